//! Golden tests: the generator's whole output for small fixture specs, one per feature.
//!
//! Every fixture in `tests/golden/fixtures/` — a file `<name>.json`, or a folder `<name>/` whose
//! entry point is `main.json` (for `$ref`s across files) — is generated in single-file mode
//! (`codegen::Generator::single_file(true)`, crate name `<name>`) and compared with
//! `tests/golden/expected/<name>.rs`. A mismatch fails with a unified diff per fixture.
//!
//! After an intended generator change, rewrite every snapshot and review the diff:
//!
//! ```sh
//! UPDATE_SNAPSHOTS=1 cargo test -p codegen-tests --test golden
//! git diff tests/golden/expected
//! ```
//!
//! The update also writes the golden of a new fixture and deletes the golden of a removed one.
//!
//! The static runtime (`mod runtime`: the sections of `codegen/runtime/` the crate uses) is left
//! out of each snapshot: it is the runtime's own source, so comparing it with itself here would
//! prove nothing. `golden-compile` puts it back into every snapshot's module (its build script
//! generates each fixture's runtime with codegen) and builds it with them.
//! Never edit a golden by hand: it is generator output. The `golden-compile` crate
//! (`tests/golden-compile/`) `include!`s every golden, so a snapshot of code that does not build
//! (or warns) fails there.

use codegen::{Generator, Settings};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// How many diff lines are printed per fixture before the rest is summarised.
const MAX_DIFF_LINES: usize = 400;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("golden")
}

fn fixtures_dir() -> PathBuf {
    golden_dir().join("fixtures")
}

fn expected_dir() -> PathBuf {
    golden_dir().join("expected")
}

fn updating() -> bool {
    std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// One fixture: its name and its entry file, relative to the fixtures folder (the spec root).
#[derive(Debug)]
struct Fixture {
    name: String,
    input: String,
    /// Every spec file of the fixture, relative to the fixtures folder.
    files: BTreeSet<String>,
}

/// The fixtures, sorted by name. Anything in the folder that is neither a `.json` file nor a
/// folder with a `main.json` fails the test, so a misplaced file is not silently ignored.
fn fixtures() -> Vec<Fixture> {
    let dir = fixtures_dir();
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        let file_name = path.file_name().expect("file name").to_string_lossy().into_owned();
        if path.is_dir() {
            assert!(path.join("main.json").is_file(), "fixture folder {} has no main.json", path.display());
            let mut files = BTreeSet::new();
            for f in std::fs::read_dir(&path).expect("read fixture folder") {
                let f = f.expect("directory entry").path();
                let n = f.file_name().expect("file name").to_string_lossy().into_owned();
                assert!(
                    f.is_file() && n.ends_with(".json"),
                    "fixture folder {} may hold only .json spec files, found {n}",
                    path.display()
                );
                files.insert(format!("{file_name}/{n}"));
            }
            out.push(Fixture { input: format!("{file_name}/main.json"), name: file_name, files });
        } else if let Some(name) = file_name.strip_suffix(".json") {
            out.push(Fixture {
                name: name.to_owned(),
                input: file_name.clone(),
                files: BTreeSet::from([file_name.clone()]),
            });
        } else {
            panic!("unexpected file in {}: {file_name} (fixtures are <name>.json or <name>/main.json)", dir.display());
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    for f in &out {
        assert!(
            f.name.starts_with(|c: char| c.is_ascii_lowercase())
                && f.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                && !["self", "super", "crate", "type", "mod", "fn", "struct", "enum", "match"].contains(&f.name.as_str()),
            "fixture name `{}` must be a snake_case identifier: it becomes the crate name and a module name in golden-compile",
            f.name
        );
    }
    out
}

/// Generation settings a fixture needs beyond its spec (what a manifest's `[settings]` holds).
fn settings(fixture: &str) -> Settings {
    match fixture {
        // `connectionString` has no `x-ms-secret` in the fixture: it is a secret by setting only.
        "secrets" => Settings { secret_properties: vec!["connectionString".into()], ..Settings::default() },
        _ => Settings::default(),
    }
}

/// Drops the top-level `mod runtime { .. }` block (prettyplease puts a top-level item's first and
/// last lines at column 0).
fn without_runtime(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skipping = false;
    for line in text.lines() {
        // `mod runtime {` at column 0, whatever its visibility.
        if line.strip_suffix("mod runtime {").is_some_and(|vis| vis.is_empty() || vis.starts_with("pub")) {
            skipping = true;
        } else if skipping && line == "}" {
            skipping = false;
        } else if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn generate(f: &Fixture) -> Result<codegen::Generated, String> {
    Generator::new(fixtures_dir(), [f.input.as_str()])
        .crate_name(f.name.as_str())
        .settings(settings(&f.name))
        .single_file(true)
        .generate()
        .map_err(|e| e.to_string())
}

/// The single file of single-file output, without the static runtime modules.
fn single_output(f: &Fixture, g: &codegen::Generated) -> String {
    let expected_name = format!("{}.rs", f.name);
    match g.files.as_slice() {
        [(name, text)] if *name == expected_name => without_runtime(text),
        other => {
            let names: Vec<&str> = other.iter().map(|(n, _)| n.as_str()).collect();
            panic!("{}: single-file mode should produce exactly `{expected_name}`, produced {names:?}", f.name)
        }
    }
}

fn diff(expected_path: &Path, expected: &str, actual: &str) -> String {
    let d = similar::TextDiff::from_lines(expected, actual);
    let text =
        d.unified_diff().context_radius(3).header(&expected_path.display().to_string(), "generated now").to_string();
    let n = text.lines().count();
    if n <= MAX_DIFF_LINES {
        return text;
    }
    let mut short: String = text.lines().take(MAX_DIFF_LINES).collect::<Vec<_>>().join("\n");
    short.push_str(&format!("\n... ({} more diff lines)\n", n - MAX_DIFF_LINES));
    short
}

/// The fixtures' names: each must have a golden.
fn golden_names(fixtures: &[Fixture]) -> BTreeSet<String> {
    fixtures.iter().map(|f| f.name.clone()).collect()
}

fn expected_names() -> BTreeSet<String> {
    let dir = expected_dir();
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return BTreeSet::new();
    };
    rd.map(|e| e.expect("directory entry").path())
        .map(|p| {
            let n = p.file_name().expect("file name").to_string_lossy().into_owned();
            assert!(p.is_file() && n.ends_with(".rs"), "unexpected entry in {}: {n}", dir.display());
            n.trim_end_matches(".rs").to_owned()
        })
        .collect()
}

#[test]
fn goldens_match() {
    let update = updating();
    let fixtures = fixtures();
    assert!(!fixtures.is_empty(), "no fixtures in {}", fixtures_dir().display());
    std::fs::create_dir_all(expected_dir()).expect("create expected dir");
    let mut failures = Vec::new();
    for f in &fixtures {
        let g = match generate(f) {
            Ok(g) => g,
            Err(e) => {
                failures.push(format!("{}: generation failed:\n{e}\n", f.name));
                continue;
            }
        };
        let actual = single_output(f, &g);

        // Every file of a fixture folder is reached (else it is dead weight or a broken $ref).
        let read: BTreeSet<String> = g.inputs_read.iter().cloned().collect();
        if read != f.files {
            failures.push(format!("{}: files read {read:?}, but the fixture has {:?}\n", f.name, f.files));
        }

        // Same input, same output: nothing depends on hash order or threads.
        match generate(f) {
            Ok(again) if single_output(f, &again) == actual => {}
            Ok(_) => failures.push(format!("{}: generating twice gave different output\n", f.name)),
            Err(e) => failures.push(format!("{}: second generation failed: {e}\n", f.name)),
        }

        let path = expected_dir().join(format!("{}.rs", f.name));
        let expected = std::fs::read_to_string(&path).ok();
        if expected.as_deref() == Some(actual.as_str()) {
            continue;
        }
        if update {
            std::fs::write(&path, &actual).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            eprintln!("updated {}", path.display());
            continue;
        }
        match expected {
            None => failures.push(format!(
                "{}: no golden at {} (run with UPDATE_SNAPSHOTS=1 to create it)\n",
                f.name,
                path.display()
            )),
            Some(expected) => failures.push(format!(
                "{}: generated output differs from its golden:\n{}",
                f.name,
                diff(&path, &expected, &actual)
            )),
        }
    }
    if update {
        let names = golden_names(&fixtures);
        for orphan in expected_names().difference(&names) {
            let path = expected_dir().join(format!("{orphan}.rs"));
            std::fs::remove_file(&path).unwrap_or_else(|e| panic!("cannot remove {}: {e}", path.display()));
            eprintln!("removed {} (its fixture is gone)", path.display());
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden fixtures failed:\n\n{}\nIf the change is intended: UPDATE_SNAPSHOTS=1 cargo test -p codegen-tests --test golden",
        failures.len(),
        fixtures.len(),
        failures.join("\n")
    );
}

/// Every fixture has a golden and every golden has a fixture.
#[test]
fn goldens_and_fixtures_pair_up() {
    if updating() {
        // `goldens_match` is writing and deleting goldens right now; it makes the sets equal.
        return;
    }
    let fixtures = golden_names(&fixtures());
    let expected = expected_names();
    let missing: Vec<&String> = fixtures.difference(&expected).collect();
    let orphans: Vec<&String> = expected.difference(&fixtures).collect();
    assert!(
        missing.is_empty() && orphans.is_empty(),
        "fixtures without a golden: {missing:?}; goldens without a fixture (in {}): {orphans:?}.\n\
         UPDATE_SNAPSHOTS=1 cargo test -p codegen-tests --test golden creates and removes them",
        expected_dir().display()
    );
}
