//! Inputs found by fuzzing (`fuzz/`, see README "Fuzzing"), kept as plain spec files in
//! `tests/fixtures/fuzz/`. Every file goes through the whole pipeline and must give exactly the
//! outcome recorded for it in [`EXPECTED`]: generated code, or the spec diagnostics listed there
//! (no more, no fewer). An outcome that changes fails the test, so a fix that starts rejecting
//! valid input, or lets a broken spec through, is noticed. Each run must also finish in bounded
//! time and never panic. The inputs that generate are also compiled (`cargo check`), since a
//! `syn` parse says nothing about types and names.

mod common;

use codegen::Generator;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// Generous: the debug build is slow, and real specs take milliseconds.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// What one input must give.
enum Expect {
    /// Generates; the output compiles.
    Generates,
    /// Refused with exactly these diagnostics: (JSON pointer, part of the message).
    Fails(&'static [(&'static str, &'static str)]),
}

use Expect::{Fails, Generates};

const ALLOF_CYCLE: &str = "allOf cycle: a schema inherits from itself";

/// Every file of `tests/fixtures/fuzz/`, with its outcome. The allOf cycles the fuzzers built
/// once hung `Resolver::inherits`; now they are reported where the cycle closes.
const EXPECTED: &[(&str, Expect)] = &[
    ("corpus-3612b8a1.json", Generates),
    ("corpus-388a1eb9.json", Generates),
    ("corpus-5117807b.json", Generates),
    ("cr-in-path-segment.json", Generates),
    ("crash-cr-2fbd7da6.json", Generates),
    ("hang-allof-diamond-chain.json", Generates),
    ("hang-union-allof-cycle.json", Fails(&[("/definitions/Loop", ALLOF_CYCLE)])),
    ("timeout-inherits-0057b8c2.json", Fails(&[("/definitions/locationlocation", ALLOF_CYCLE)])),
    (
        "timeout-inherits-024d0d99.json",
        Fails(&[("/definitions/FooListResult", ALLOF_CYCLE), ("/definitions/locationsku", ALLOF_CYCLE)]),
    ),
    ("timeout-inherits-045760bb.json", Fails(&[("/definitions/locationlocation", ALLOF_CYCLE)])),
    (
        "timeout-inherits-21c265ad.json",
        Fails(&[("/definitions/FooListResult", ALLOF_CYCLE), ("/definitions/locationlocation", ALLOF_CYCLE)]),
    ),
    ("timeout-inherits-23715190.json", Fails(&[("/definitions/ProxyResource", ALLOF_CYCLE)])),
    ("timeout-inherits-3503943b.json", Fails(&[("/definitions/skusku", ALLOF_CYCLE)])),
    ("timeout-inherits-365ea646.json", Fails(&[("/definitions/skusku", ALLOF_CYCLE)])),
    ("timeout-inherits-3a2ec40b.json", Fails(&[("/definitions/skusku", ALLOF_CYCLE)])),
    ("timeout-inherits-48e50923.json", Fails(&[("/definitions/locationlocation", ALLOF_CYCLE)])),
    ("timeout-inherits-4a8b2f69.json", Fails(&[("/definitions/skusku", ALLOF_CYCLE)])),
    ("timeout-inherits-4e966675.json", Fails(&[("/definitions/Foo", ALLOF_CYCLE)])),
    ("timeout-inherits-82449795.json", Fails(&[("/definitions/FooListResult", ALLOF_CYCLE)])),
    ("timeout-inherits-8cdab1ec.json", Fails(&[("/definitions/into_builder", ALLOF_CYCLE)])),
    ("timeout-inherits-8f5e01e9.json", Fails(&[("/definitions/FooPropertiesFooProperties", ALLOF_CYCLE)])),
    (
        "timeout-inherits-a0205836.json",
        // Its formData parameter is a form field now; the allOf cycle still fails it.
        Fails(&[("/definitions/locationlocation", ALLOF_CYCLE)]),
    ),
    ("timeout-inherits-a529a383.json", Fails(&[("/definitions/FooListResult", ALLOF_CYCLE)])),
    (
        "timeout-inherits-ccfc449e.json",
        Fails(&[("/definitions/FooListResult", ALLOF_CYCLE), ("/definitions/locationlocation", ALLOF_CYCLE)]),
    ),
    ("timeout-inherits-ce9467dc.json", Fails(&[("/definitions/Foo", ALLOF_CYCLE)])),
    ("timeout-inherits-df38363f.json", Fails(&[("/definitions/locationlocation", ALLOF_CYCLE)])),
    (
        "timeout-inherits-efc2963d.json",
        Fails(&[("/definitions/Foo", ALLOF_CYCLE), ("/definitions/super", ALLOF_CYCLE)]),
    ),
    ("timeout-inherits-efe3ab91.json", Fails(&[("/definitions/FooListResult", ALLOF_CYCLE)])),
    ("timeout-inherits-f4581147.json", Fails(&[("/definitions/location", ALLOF_CYCLE)])),
    ("timeout-inherits-f52719cc.json", Fails(&[("/definitions/locationlocation", ALLOF_CYCLE)])),
];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz")
}

type Outcome = std::thread::Result<Result<codegen::Generated, codegen::Error>>;

/// Generates from one input on its own thread (single-file output, so it can be compiled as a
/// module), waiting at most [`TIME_LIMIT`]. A thread, so a hang is reported (and the test fails)
/// instead of blocking the suite; a hung generation keeps its thread until the binary exits.
fn run(file: &str) -> Result<Result<codegen::Generated, codegen::Error>, String> {
    let (root, input) = (dir(), file.to_owned());
    let (tx, rx) = mpsc::channel::<Outcome>();
    std::thread::spawn(move || {
        let result = catch_unwind(AssertUnwindSafe(|| Generator::new(root, [input]).single_file(true).generate()));
        let _ = tx.send(result);
    });
    match rx.recv_timeout(TIME_LIMIT) {
        Err(_) => Err(format!("{file}: no result after {TIME_LIMIT:?} (hang)")),
        Ok(Err(panic)) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            Err(format!("{file}: generator panicked: {msg}"))
        }
        Ok(Ok(result)) => Ok(result),
    }
}

/// Compares one input's outcome with what is expected of it. Returns the generated single file
/// of an input that generates, for compiling.
fn check(file: &str, expect: &Expect) -> Result<Option<String>, String> {
    let result = run(file)?;
    match (expect, result) {
        (Generates, Ok(g)) => match g.files.as_slice() {
            [(_, text)] => Ok(Some(text.clone())),
            other => Err(format!("{file}: expected one single-file output, got {} files", other.len())),
        },
        (Generates, Err(e)) => Err(format!("{file}: expected to generate, failed with: {e}")),
        (Fails(_), Ok(_)) => Err(format!("{file}: expected diagnostics, but it generates")),
        (Fails(expected), Err(codegen::Error::Spec(diags))) => {
            let matches = |d: &codegen::Diagnostic, (ptr, msg): &(&str, &str)| {
                d.pointer.ends_with(ptr) && d.message.contains(msg)
            };
            let unmatched: Vec<String> =
                diags.iter().filter(|d| !expected.iter().any(|e| matches(d, e))).map(|d| d.to_string()).collect();
            let missing: Vec<String> = expected
                .iter()
                .filter(|e| !diags.iter().any(|d| matches(d, e)))
                .map(|(p, m)| format!("#{p}: {m}"))
                .collect();
            if unmatched.is_empty() && missing.is_empty() && diags.len() == expected.len() {
                Ok(None)
            } else {
                Err(format!("{file}: diagnostics differ; not expected: {unmatched:?}; missing: {missing:?}"))
            }
        }
        (Fails(_), Err(e)) => Err(format!("{file}: expected spec diagnostics, got: {e}")),
    }
}

fn all_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir())
        .expect("tests/fixtures/fuzz exists")
        .map(|e| e.expect("dir entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    files
}

/// A module name for a fixture file (`cr-in-path-segment.json` -> `cr_in_path_segment`).
fn module_name(file: &str) -> String {
    file.trim_end_matches(".json").replace(['-', '.'], "_")
}

#[test]
fn every_fuzz_input_has_its_recorded_outcome_and_what_generates_compiles() {
    let files = all_files();
    assert!(!files.is_empty(), "no fuzz inputs in {}", dir().display());
    let listed: Vec<&str> = EXPECTED.iter().map(|(f, _)| *f).collect();
    let unlisted: Vec<&String> = files.iter().filter(|f| !listed.contains(&f.as_str())).collect();
    let gone: Vec<&&str> = listed.iter().filter(|f| !files.iter().any(|x| x == **f)).collect();
    assert!(
        unlisted.is_empty() && gone.is_empty(),
        "EXPECTED must list every fuzz input: unlisted {unlisted:?}, listed but not in the folder {gone:?}"
    );
    let mut failures = Vec::new();
    let mut generated = Vec::new();
    for (file, expect) in EXPECTED {
        match check(file, expect) {
            Ok(Some(text)) => generated.push((module_name(file), text)),
            Ok(None) => {}
            Err(e) => failures.push(e),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(!generated.is_empty(), "no fuzz input generates: nothing was compiled");
    if let Err(stderr) = common::check_single_files("fuzz_regressions_sample", &generated, "") {
        panic!("the generated code of the fuzz inputs does not compile:\n{stderr}");
    }
}
