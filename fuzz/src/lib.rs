//! Shared code of the fuzz targets: the pipeline driver with its oracle, and the
//! structure-aware spec builder.

pub mod structured;

use std::path::PathBuf;
use std::sync::OnceLock;

/// A folder for the spec file, made once per process (each libFuzzer job is its own process).
fn spec_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("codegen-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    })
}

/// Writes `spec` as `spec.json` in a scratch folder and runs the whole pipeline on it.
///
/// The oracle: the generator must not panic (libFuzzer's panic hook aborts on any panic, also
/// one on a formatter thread), must not report an internal error (generated code that does not
/// parse), and every Rust file it returns must parse with `syn`.
pub fn generate_and_check(spec: &[u8]) {
    let dir = spec_dir();
    std::fs::write(dir.join("spec.json"), spec).expect("write spec");
    check_result(codegen::Generator::new(dir, ["spec.json"]).generate());
    // Again with the spec as a referenced file, whose entries are parsed only when used.
    if let Some(wrapper) = wrapper(spec) {
        std::fs::write(dir.join("wrapper.json"), wrapper).expect("write wrapper");
        check_result(codegen::Generator::new(dir, ["wrapper.json"]).generate());
    }
}

/// An input whose one definition refers to (up to 16 of) the spec's definitions and its first
/// path's first parameter, so they are reached through `$ref`s into another file.
fn wrapper(spec: &[u8]) -> Option<Vec<u8>> {
    use serde_json::{json, Map, Value};
    let escape = |s: &str| s.replace('~', "~0").replace('/', "~1");
    let v: Value = serde_json::from_slice(spec).ok()?;
    let mut props = Map::new();
    if let Some(defs) = v.get("definitions").and_then(Value::as_object) {
        for (i, name) in defs.keys().take(16).enumerate() {
            props.insert(format!("p{i}"), json!({ "$ref": format!("spec.json#/definitions/{}", escape(name)) }));
        }
    }
    if let Some(path) = v.get("paths").and_then(Value::as_object).and_then(|p| p.keys().next()) {
        let r = format!("spec.json#/paths/{}/get/parameters/0/schema", escape(path));
        props.insert("path".into(), json!({ "$ref": r }));
    }
    if props.is_empty() {
        return None;
    }
    let doc = json!({
        "swagger": "2.0",
        "info": { "title": "wrapper", "version": "1" },
        "paths": {},
        "definitions": { "Wrapper": { "type": "object", "properties": props } }
    });
    serde_json::to_vec(&doc).ok()
}

/// Whether this exact text already parsed in this process. The static runtime files are the same
/// every run; parsing them again would be most of the fuzzer's time.
fn already_parsed(text: &str) -> bool {
    use std::collections::HashSet;
    use std::hash::{DefaultHasher, Hash, Hasher};
    use std::sync::Mutex;
    static SEEN: Mutex<Option<HashSet<u64>>> = Mutex::new(None);
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    let key = h.finish();
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    let set = seen.get_or_insert_with(HashSet::new);
    if set.contains(&key) {
        return true;
    }
    if set.len() > 100_000 {
        set.clear();
    }
    set.insert(key);
    false
}

/// The oracle on a finished generation.
pub fn check_result(result: Result<codegen::Generated, codegen::Error>) {
    match result {
        Ok(generated) => {
            for (path, text) in &generated.files {
                if path.ends_with(".rs") && !already_parsed(text) {
                    if let Err(e) = syn::parse_file(text) {
                        panic!("generated {path} does not parse: {e}\n----\n{text}");
                    }
                }
            }
        }
        Err(e @ codegen::Error::Internal { .. }) => panic!("generator bug: {e}"),
        Err(_) => {}
    }
}
