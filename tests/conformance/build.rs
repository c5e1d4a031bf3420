//! Generates a client for every Swagger file of the pinned AutoRest test server into `OUT_DIR`.
//!
//! For each `node_modules/@microsoft.azure/autorest.testserver/swagger/<stem>.json`:
//! `codegen::Generator` in single-file mode, crate name = the stem in snake case
//! (`body-boolean.quirks` -> `body_boolean_quirks`, client `BodyBooleanQuirksClient`), written to
//! `$OUT_DIR/<module>.rs`. Then `$OUT_DIR/all.rs`, included once by `src/lib.rs`, declares one
//! `pub mod <module> { include!(...) }` per generated file, and the suite's report:
//! `MODULES` (generated), `SKIPPED` (file, reason: the generator refused it, or it is listed in
//! [`EXCLUDED`] because its output does not compile) and `WORKAROUNDS` (what this script did to
//! a file so the generator takes it).
//!
//! A file that fails to generate never fails the build: a `cargo:warning=` names it and its
//! scenarios show as not hit. `CONFORMANCE_EXCLUDE=a,b` (module names) leaves more files out,
//! e.g. to build the rest while one module does not compile.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Files whose generated code does not compile today (module name, reason). Each one is a gap in
/// GAPS.md; remove the entry once the generator is fixed.
const EXCLUDED: &[(&str, &str)] = &[];

/// Files generated with `nullable_items` (array items and map values as `Option<T>`): their
/// server sends `null` items where the spec says no `x-nullable` (`[true, null, false]`,
/// `{"0": 1, "1": null}`, `{"array": ["1, 2, 3, 4", "", null, ...]}`), which AutoRest's other
/// generators accept (GAPS.md "null items").
const NULLABLE_ITEMS: &[&str] = &["body-array.json", "body-dictionary.json", "body-complex.json"];

/// Text replacements in the generated code that keep a module compiling despite a generator
/// gap (needle, replacement, what): each one applied is listed in `WORKAROUNDS`, and the gap in
/// GAPS.md. Remove an entry once the generator is fixed.
const FIXUPS: &[(&str, &str, &str)] = &[];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let swagger = manifest_dir.join("node_modules/@microsoft.azure/autorest.testserver/swagger");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=package-lock.json");
    println!("cargo:rerun-if-changed={}", swagger.display());
    println!("cargo:rerun-if-env-changed=CONFORMANCE_EXCLUDE");
    if !swagger.is_dir() {
        eprintln!(
            "error: {} is missing: install the pinned test server first (`npm ci` in tests/conformance, \
             or run tests/conformance/run, which does it)",
            swagger.display()
        );
        std::process::exit(1);
    }

    let mut files: Vec<String> = std::fs::read_dir(&swagger)
        .expect("read the swagger folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    for f in &files {
        println!("cargo:rerun-if-changed={}", swagger.join(f).display());
    }

    // The same files without a UTF-8 BOM, for when the generator refuses one (issue #12).
    let no_bom = out_dir.join("swagger-no-bom");
    std::fs::create_dir_all(&no_bom).expect("create swagger-no-bom");
    for f in &files {
        let bytes = std::fs::read(swagger.join(f)).expect("read a swagger file");
        let stripped = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        write_if_changed(&no_bom.join(f), stripped);
    }

    let env_excluded: Vec<String> = std::env::var("CONFORMANCE_EXCLUDE")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();

    let mut modules = Vec::new();
    let mut skipped: Vec<(String, String)> = Vec::new();
    let mut workarounds: Vec<(String, String)> = Vec::new();
    for f in &files {
        let stem = f.strip_suffix(".json").unwrap_or(f);
        let module = snake(stem);
        if let Some((_, why)) = EXCLUDED.iter().find(|(m, _)| *m == module) {
            skipped.push((f.clone(), format!("excluded in build.rs: {why}")));
            continue;
        }
        if env_excluded.contains(&module) {
            skipped.push((f.clone(), "excluded by CONFORMANCE_EXCLUDE".into()));
            continue;
        }
        let code = match generate(&swagger, f, &module) {
            Ok(code) => Ok(code),
            Err(e) if e.contains("byte order mark") => {
                let r = generate(&no_bom, f, &module);
                if r.is_ok() {
                    workarounds.push((f.clone(), "UTF-8 BOM stripped (the generator refuses it)".into()));
                }
                r
            }
            Err(e) => Err(e),
        };
        match code {
            Ok(mut code) => {
                for (needle, replacement, what) in FIXUPS {
                    if code.contains(needle) {
                        code = code.replace(needle, replacement);
                        workarounds.push((f.clone(), (*what).to_owned()));
                    }
                }
                write_if_changed(&out_dir.join(format!("{module}.rs")), code.as_bytes());
                modules.push(module);
            }
            Err(e) => {
                let first = e.lines().take(2).map(str::trim).collect::<Vec<_>>().join(" ");
                println!("cargo:warning=conformance: {f} is left out, the generator failed: {first}");
                skipped.push((f.clone(), e));
            }
        }
    }

    let mut all = String::from("// Generated by build.rs: one module per generated Swagger file.\n");
    for m in &modules {
        writeln!(all, "#[allow(clippy::all, unused, unreachable_code)]\npub mod {m} {{ include!(concat!(env!(\"OUT_DIR\"), \"/{m}.rs\")); }}").unwrap();
    }
    writeln!(all, "/// The modules generated (one per Swagger file).\npub const MODULES: &[&str] = &{modules:?};").unwrap();
    writeln!(all, "/// Swagger files left out: (file, why).\npub const SKIPPED: &[(&str, &str)] = &{skipped:?};").unwrap();
    writeln!(all, "/// What build.rs did to a file so that it generates: (file, what).\npub const WORKAROUNDS: &[(&str, &str)] = &{workarounds:?};").unwrap();
    write_if_changed(&out_dir.join("all.rs"), all.as_bytes());

    let mut report = String::new();
    for (f, why) in &skipped {
        writeln!(report, "skipped\t{f}\t{}", why.replace('\n', " | ")).unwrap();
    }
    for (f, what) in &workarounds {
        writeln!(report, "workaround\t{f}\t{what}").unwrap();
    }
    write_if_changed(&out_dir.join("skipped.tsv"), report.as_bytes());
}

/// The single-file client for `file` (below `dir`), or the generator's message.
fn generate(dir: &Path, file: &str, module: &str) -> Result<String, String> {
    let result = std::panic::catch_unwind(|| {
        codegen::Generator::new(dir, [file])
            .crate_name(module)
            .single_file(true)
            .nullable_items(NULLABLE_ITEMS.contains(&file))
            .generate()
    });
    let generated = match result {
        Ok(Ok(g)) => g,
        Ok(Err(e)) => return Err(e.to_string()),
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            return Err(format!("the generator panicked: {msg}"));
        }
    };
    let want = format!("{module}.rs");
    match generated.files.into_iter().find(|(name, _)| name == &want || name.ends_with(&format!("/{want}"))) {
        Some((_, text)) => Ok(text),
        None => Err(format!("the generator wrote no {want}")),
    }
}

/// `body-boolean.quirks` -> `body_boolean_quirks`, `custom-baseUrl` -> `custom_base_url`.
fn snake(stem: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in stem.chars() {
        if c == '-' || c == '.' || c == '_' || c == ' ' {
            if !out.ends_with('_') {
                out.push('_');
            }
            prev_lower = false;
        } else if c.is_ascii_uppercase() {
            if prev_lower && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            prev_lower = false;
        } else {
            out.push(c);
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    out
}

fn write_if_changed(path: &Path, bytes: &[u8]) {
    if std::fs::read(path).ok().as_deref() == Some(bytes) {
        return;
    }
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}
