//! Pipeline benchmarks (`cargo bench -p codegen`): each stage on expressRouteCircuit.json, the
//! whole pipeline on it and on every mirror file, and a synthetic scale series.
//!
//! The scale series is synthetic: the target spec's definitions and operations replicated N times
//! under new names (`Foo` -> `FooR3`, operation groups likewise), written to a temporary folder
//! beside copies of the files it refers to. It shows how cost grows with input size.
//!
//! Needs `AZURE_REST_API_SPECS` (or the mirror at `../shared/azure-rest-api-specs`).

use codegen::emit::{self, CrateInfo};
use codegen::spec::{Limits, Loader};
use codegen::{format, model, Generator, Settings};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const TARGET: &str =
    "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/expressRouteCircuit.json";

fn main() {
    divan::main();
}

fn root() -> PathBuf {
    codegen::fetch::checkout_near(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_or_default()
}

fn info() -> CrateInfo {
    CrateInfo { name: "bench".into(), version: "0.1.0".into(), standalone: true, single_file: false }
}

/// Every swagger file in the mirror (not examples).
fn mirror_files() -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                if p.file_name().is_some_and(|n| n != "examples") {
                    walk(&p, root, out);
                }
            } else if p.extension().is_some_and(|x| x == "json") {
                if let Ok(rel) = p.strip_prefix(root) {
                    out.push(rel.to_string_lossy().into_owned());
                }
            }
        }
    }
    let r = root();
    let mut out = Vec::new();
    walk(&r.join("specification"), &r, &mut out);
    out.sort();
    // virtualWan.json refers to files the mirror lacks: it cannot generate on its own.
    out.retain(|p| !p.ends_with("virtualWan.json"));
    out
}

#[divan::bench]
fn load(bencher: divan::Bencher) {
    let r = root();
    bencher.bench(|| {
        let mut l = Loader::new(&r, Limits::default());
        l.load_input(TARGET).ok()
    });
}

#[divan::bench]
fn load_and_resolve(bencher: divan::Bencher) {
    let r = root();
    bencher.bench(|| {
        let mut l = Loader::new(&r, Limits::default());
        let id = l.load_input(TARGET).ok()?;
        model::resolve::build(&mut l, &[id], &Settings::default()).ok()
    });
}

fn target_model() -> &'static model::Model {
    static M: OnceLock<model::Model> = OnceLock::new();
    M.get_or_init(|| Generator::new(root(), [TARGET]).model().map(|(m, _)| m).unwrap_or_default())
}

#[divan::bench]
fn emit_and_format(bencher: divan::Bencher) {
    let m = target_model();
    let info = info();
    bencher.bench(|| format::format_all(m, &info, emit::emit(m, &info)).ok());
}

#[divan::bench]
fn total_express_route(bencher: divan::Bencher) {
    let g = Generator::new(root(), [TARGET]).crate_name("express_route");
    bencher.bench(|| g.generate().ok());
}

/// Every mirror file, one crate per service folder (files of different services repeat
/// operationIds such as `Operations_List`, so they cannot share a crate).
#[divan::bench(sample_count = 20)]
fn total_all_mirror_files(bencher: divan::Bencher) {
    let mut groups: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for f in mirror_files() {
        let service = f.split('/').nth(1).unwrap_or("other").to_owned();
        groups.entry(service).or_default().push(f);
    }
    let generators: Vec<Generator> = groups.into_values().map(|files| Generator::new(root(), files)).collect();
    let ok = generators.iter().filter(|g| g.generate().is_ok()).count();
    eprintln!("all mirror files: {ok} of {} service crates generate", generators.len());
    bencher.bench(|| generators.iter().map(|g| g.generate().is_ok()).filter(|ok| *ok).count());
}

/// Writes the N-times replicated target spec and returns (root, input path).
fn synthetic(n: usize) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let r = root();
    let base = Path::new(TARGET).parent().unwrap_or(Path::new(""));
    let out_dir = dir.path().join(base);
    std::fs::create_dir_all(&out_dir).unwrap_or_else(|e| panic!("mkdir: {e}"));
    for f in ["network.json", "virtualWan.json"] {
        std::fs::copy(r.join(base).join(f), out_dir.join(f)).unwrap_or_else(|e| panic!("copy: {e}"));
    }
    let text = std::fs::read_to_string(r.join(TARGET)).unwrap_or_else(|e| panic!("read: {e}"));
    let spec: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse: {e}"));
    let mut out = spec.clone();
    let defs = spec["definitions"].as_object().cloned().unwrap_or_default();
    let paths = spec["paths"].as_object().cloned().unwrap_or_default();
    let mut all_defs = serde_json::Map::new();
    let mut all_paths = serde_json::Map::new();
    for k in 0..n {
        let rename = |v: &serde_json::Value| -> serde_json::Value {
            let mut s = v.to_string();
            for name in defs.keys() {
                s = s.replace(&format!("\"#/definitions/{name}\""), &format!("\"#/definitions/{name}R{k}\""));
            }
            s = s.replace("\"operationId\":\"", &format!("\"operationId\":\"R{k}"));
            serde_json::from_str(&s).unwrap_or_else(|e| panic!("rename: {e}"))
        };
        for (name, d) in &defs {
            all_defs.insert(format!("{name}R{k}"), rename(d));
        }
        for (p, item) in &paths {
            all_paths.insert(format!("{p}/r{k}"), rename(item));
        }
    }
    out["definitions"] = serde_json::Value::Object(all_defs);
    out["paths"] = serde_json::Value::Object(all_paths);
    let input = base.join(format!("synthetic{n}.json"));
    std::fs::write(dir.path().join(&input), serde_json::to_vec_pretty(&out).unwrap_or_default())
        .unwrap_or_else(|e| panic!("write: {e}"));
    (dir, input.to_string_lossy().into_owned())
}

#[divan::bench(args = [1, 4, 16, 64], sample_count = 10)]
fn scale_series(bencher: divan::Bencher, n: usize) {
    let (dir, input) = synthetic(n);
    let size = std::fs::metadata(dir.path().join(&input)).map(|m| m.len()).unwrap_or(0);
    eprintln!("scale {n}x: input {size} bytes");
    let g = Generator::new(dir.path(), [input]).crate_name("synthetic");
    bencher.bench(|| g.generate().ok());
}
