//! `codegen generate --readme README [--tag TAG]`: the input files of one tag of an AutoRest
//! readme become one crate. A fixture readme covers the shapes real readmes use and every way a
//! tag can be unusable; the mirror's readmes cover the real thing: every tag whose input files
//! are all in the mirror generates.

use codegen::spec::readme::{inputs_of, Readme, ReadmeError};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

mod common;

const WIDGETS: &str = "specification/widgets/resource-manager/readme.md";

fn fixture_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/readme")
}

struct Run {
    code: Option<i32>,
    stderr: String,
    out: tempfile::TempDir,
}

/// `codegen generate <args> --out <tmp>/out`, without `AZURE_REST_API_SPECS`.
fn generate(args: &[&str]) -> Run {
    let out = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .arg("generate")
        .args(args)
        .arg("--out")
        .arg(out.path().join("out"))
        .env_remove("AZURE_REST_API_SPECS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    Run { code: output.status.code(), stderr, out }
}

fn fixture_readme() -> String {
    fixture_root().join(WIDGETS).display().to_string()
}

impl Run {
    fn file(&self, rel: &str) -> String {
        std::fs::read_to_string(self.out.path().join("out").join(rel)).unwrap_or_default()
    }

    /// Exit 2, one `error:` line, containing every needle, and no output folder.
    #[track_caller]
    fn assert_refused(&self, needles: &[&str]) {
        assert_eq!(self.code, Some(2), "{}", self.stderr);
        assert_eq!(self.stderr.lines().filter(|l| l.starts_with("error:")).count(), 1, "{}", self.stderr);
        for n in needles {
            assert!(self.stderr.contains(n), "{n:?} missing from:\n{}", self.stderr);
        }
        assert!(!self.out.path().join("out").exists(), "a failed run wrote output");
    }
}

#[test]
fn default_tag_generates_every_input_file_and_notes_what_it_ignores() {
    let run = generate(&["--readme", &fixture_readme()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let ops = run.file("src/clients.rs");
    assert!(
        ops.contains("struct WidgetsClient") && ops.contains("struct GadgetsClient"),
        "both input files' operations"
    );
    assert!(!ops.contains("OldWidgets"), "another tag's input was read");
    assert!(run.stderr.contains("tag package-2024-01"), "{}", run.stderr);
    // Nothing ignored silently: the keys and the blocks with other conditions are named.
    for needle in
        ["openapi-type (line 11)", "suppressions (line 25)", "directive", "`$(python)`", "`!$(python) || !$(track2)`"]
    {
        assert!(run.stderr.contains(needle), "{needle:?} not noted:\n{}", run.stderr);
    }
    assert!(run.stderr.lines().filter(|l| l.starts_with("note:")).all(|l| l.contains("readme.md")));
}

#[test]
fn explicit_tags_select_their_blocks() {
    let run = generate(&["--readme", &fixture_readme(), "--tag", "package-2023-01"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.file("src/clients.rs").contains("OldWidgets"));
    assert!(!run.file("src/clients.rs").contains("struct GadgetsClient"));
    // `$(tag) == 'package-a' || $(tag) == "package-b"`, input-file as one string.
    let run = generate(&["--readme", &fixture_readme(), "--tag", "package-b"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.file("src/clients.rs").contains("struct GadgetsClient"));
}

#[test]
fn a_repository_path_is_found_in_the_specs_dir() {
    let root = fixture_root();
    let out = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(["--specs-dir", &root.display().to_string(), "generate", "--readme", WIDGETS, "--out"])
        .arg(out.path().join("out"))
        .current_dir(out.path())
        .env_remove("AZURE_REST_API_SPECS")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(out.path().join("out/src/clients.rs").is_file());
}

#[test]
fn unusable_tags_are_one_error_naming_readme_tag_and_entry() {
    let readme = fixture_readme();
    let cases: &[(&str, &[&str])] = &[
        ("nope", &["tag `nope` not found", "package-2024-01, package-2023-01, package-a, package-b"]),
        ("package-missing", &["package-missing", "Microsoft.Widgets/stable/2025-01-01/widgets.json", "file not found"]),
        ("package-escape", &["package-escape", "../../../../../outside.json", "outside the spec root"]),
        ("package-typespec", &["package-typespec", "main.tsp", "TypeSpec"]),
        ("package-broken", &["readme.md:63:", "invalid YAML"]),
        ("package-empty", &["package-empty", "no input-file"]),
    ];
    for (tag, needles) in cases {
        let run = generate(&["--readme", &readme, "--tag", tag]);
        run.assert_refused(needles);
        assert!(run.stderr.starts_with(&format!("error: {readme}")), "{tag}: readme not named first:\n{}", run.stderr);
    }
    // A missing entry is named with its line; the present one beside it is not complained about.
    let run = generate(&["--readme", &readme, "--tag", "package-missing"]);
    run.assert_refused(&["readme.md:48:"]);
    assert!(!run.stderr.contains("2024-01-01/widgets.json"), "{}", run.stderr);
    // No readme at all.
    generate(&["--readme", "specification/none/readme.md"]).assert_refused(&["readme not found"]);
}

#[test]
fn readme_parsing_rules() {
    let text = "```yaml\ntag: b\n```\n``` yaml $(tag) == 'a'\ninput-file:\n  - a.json\n```\n\n\
                ```yaml $(tag)=='b'\ninput-file: [b.json, a.json]\n```\n```yaml\ninput-file: common.json\n```\n";
    let r = Readme::parse("r.md", text);
    assert_eq!(r.tags(), ["a", "b"]);
    assert_eq!(r.default_tag().unwrap().as_deref(), Some("b"));
    let paths = |tag| r.select(Some(tag)).unwrap().inputs.into_iter().map(|e| e.path).collect::<Vec<_>>();
    // Unconditional inputs apply to every tag; each path once, in readme order.
    assert_eq!(paths("a"), ["a.json", "common.json"]);
    assert_eq!(paths("b"), ["b.json", "a.json", "common.json"]);
    let no_default = Readme::parse("r.md", "```yaml $(tag) == 'x'\ninput-file: x.json\n```\n");
    assert!(matches!(no_default.select(None), Err(ReadmeError::NoDefaultTag { .. })));
    let bad = Readme::parse("r.md", "```yaml $(tag) == 'x'\ninput-file: {a: 1}\n```\n");
    assert!(matches!(bad.select(Some("x")), Err(ReadmeError::Value { line: 2, .. })), "{:?}", bad.select(Some("x")));
}

/// The mirror's complete tags (SOURCES.md): servicebus package-2021-11 (11 input files) and
/// containerinstance's default, package-2021-10.
#[test]
fn servicebus_and_containerinstance_tags_generate() {
    let mirror = common::mirror();
    for (readme, tag, group) in [
        ("specification/servicebus/resource-manager/readme.md", Some("package-2021-11"), "struct Queues"),
        ("specification/containerinstance/resource-manager/readme.md", None, "struct ContainerGroups"),
    ] {
        let path = mirror.join(readme).display().to_string();
        let mut args = vec!["--readme", path.as_str()];
        args.extend(tag.iter().flat_map(|t| ["--tag", t]));
        let run = generate(&args);
        assert_eq!(run.code, Some(0), "{readme}: {}", run.stderr);
        assert!(run.file("src/clients.rs").contains(group), "{readme}: {group} missing");
        assert!(run.file("Cargo.toml").contains("[workspace]"), "not a standalone crate");
    }
}

/// Every tag of every mirror readme whose input files are all present generates.
#[test]
fn every_complete_mirror_tag_generates() {
    let mirror = common::mirror();
    let mut generated = Vec::new();
    for readme in mirror_readmes(&mirror) {
        let tags = Readme::load(&mirror.join(&readme)).unwrap().tags();
        for tag in tags {
            let inputs = match inputs_of(&mirror, &readme, Some(&tag), None) {
                Ok(t) => t.inputs,
                Err(ReadmeError::Inputs { .. } | ReadmeError::NoInputs { .. }) => continue,
                Err(e) => panic!("{readme} {tag}: {e}"),
            };
            let start = Instant::now();
            if let Err(e) = codegen::Generator::new(&mirror, inputs).generate() {
                panic!("{readme} tag {tag} does not generate:\n{e}");
            }
            generated.push(format!("{readme} {tag} ({} ms)", start.elapsed().as_millis()));
        }
    }
    eprintln!("generated:\n  {}", generated.join("\n  "));
    for expected in [
        "servicebus/resource-manager/readme.md package-2021-11 ",
        "containerinstance/resource-manager/readme.md package-2021-10 ",
    ] {
        assert!(generated.iter().any(|g| g.contains(expected)), "{expected:?} not among {generated:#?}");
    }
}

/// `specification/*/resource-manager/readme.md` of the mirror, sorted.
fn mirror_readmes(mirror: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(mirror.join("specification"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .map(|service| format!("specification/{service}/resource-manager/readme.md"))
        .filter(|r| mirror.join(r).is_file())
        .collect();
    found.sort();
    assert!(found.len() >= 2, "mirror readmes: {found:?}");
    found
}

/// The readme and its inputs are confined to the spec root like `$ref`s: neither `..` nor a
/// symlink leads out.
#[cfg(unix)]
#[test]
fn readme_and_inputs_stay_inside_the_root() {
    let tmp = tempfile::tempdir().unwrap();
    let (root, outside) = (tmp.path().join("root"), tmp.path().join("outside"));
    let service = root.join("specification/s/resource-manager");
    std::fs::create_dir_all(&service).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    let spec =
        std::fs::read(fixture_root().join(WIDGETS).with_file_name("Microsoft.Widgets/stable/2024-01-01/widgets.json"));
    std::fs::write(outside.join("widgets.json"), spec.unwrap()).unwrap();
    std::fs::write(
        outside.join("readme.md"),
        "```yaml\ntag: t\n```\n```yaml $(tag) == 't'\ninput-file: link.json\n```\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.join("widgets.json"), service.join("link.json")).unwrap();
    std::fs::copy(outside.join("readme.md"), service.join("readme.md")).unwrap();
    std::os::unix::fs::symlink(outside.join("readme.md"), service.join("linked-readme.md")).unwrap();

    let err = inputs_of(&root, "specification/s/resource-manager/readme.md", None, None).unwrap_err();
    let msg = err.to_string();
    for needle in ["readme.md:5:", "tag `t`", "input-file `link.json`", "outside the spec root"] {
        assert!(msg.contains(needle), "{needle:?} missing from: {msg}");
    }
    for readme in ["specification/s/resource-manager/linked-readme.md", "../outside/readme.md"] {
        let err = inputs_of(&root, readme, None, None).unwrap_err();
        assert!(err.to_string().contains("inside the spec root"), "{readme}: {err}");
    }
}

/// A manifest names its inputs or a readme (with an optional tag), and pins the readme.
#[test]
fn manifests_name_inputs_or_a_pinned_readme() {
    let tmp = tempfile::tempdir().unwrap();
    let pin = "[[pin]]\npath = \"specification/s/readme.md\"\nrepository = \"Azure/azure-rest-api-specs\"\n\
               commit = \"0000000000000000000000000000000000000000\"\nsha256 = \"{}\"\n"
        .replace("{}", &"0".repeat(64));
    let cases = [
        ("readme = \"specification/s/readme.md\"\ntag = \"package-1\"\n", Some(&pin), None),
        ("readme = \"specification/s/readme.md\"\n", Some(&pin), None),
        ("readme = \"specification/s/readme.md\"\n", None, Some("is not pinned")),
        ("inputs = [\"a.json\"]\nreadme = \"specification/s/readme.md\"\n", Some(&pin), Some("not both")),
        ("inputs = [\"a.json\"]\ntag = \"package-1\"\n", None, Some("`tag` needs a `readme`")),
        ("", None, Some("`inputs` is empty")),
    ];
    for (i, (body, pin, error)) in cases.into_iter().enumerate() {
        let path = tmp.path().join(format!("m{i}.toml"));
        let text = format!("crate-name = \"x\"\nout = \"out\"\n{body}\n{}", pin.map_or("", |p| p.as_str()));
        std::fs::write(&path, text).unwrap();
        match (codegen::Manifest::load(&path), error) {
            (Ok(m), None) => assert!(m.readme.is_some(), "{body}"),
            (Err(e), Some(needle)) => assert!(e.to_string().contains(needle), "{body}: {e}"),
            (result, _) => panic!("{body}: unexpected {result:?}"),
        }
    }
}
