//! Inputs found by fuzzing (`fuzz/`, see README "Fuzzing"), kept as plain spec files in
//! `tests/fixtures/fuzz/`. Every file goes through the whole pipeline. It must not panic, must
//! finish in bounded time, must not report an internal error, and when it succeeds every Rust
//! file must parse.
//!
//! Inputs that still trip the generator are listed in [`OPEN_BUGS`]. The folder test skips them,
//! and the bug gets a test running its files. Fixing a bug means deleting its
//! entries and its test. From then on, the folder test covers those files.

use codegen::Generator;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Generous: the debug build is slow, and real specs take milliseconds.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// Files the generator still gets wrong (file, bug), skipped by the folder test. Empty: the
/// hangs in `Resolver::inherits`/`collect` (allOf cycles and diamonds) and the bare CR in doc
/// comments that the fuzzers found are fixed, and their inputs now run in the folder test.
const OPEN_BUGS: &[(&str, &str)] = &[];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz")
}

type Outcome = std::thread::Result<Result<codegen::Generated, codegen::Error>>;

/// Starts generating from one input on its own thread. A thread, so a hang is reported (and the
/// test fails) instead of blocking the suite. A hung generation keeps its thread until the test
/// binary exits.
fn start(file: &str) -> mpsc::Receiver<Outcome> {
    let (root, input) = (dir(), file.to_owned());
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let result = catch_unwind(AssertUnwindSafe(|| Generator::new(root, [input]).generate()));
        let _ = tx.send(result);
    });
    rx
}

/// What went wrong with one input, if anything, waiting until `deadline`.
fn finish(file: &str, rx: &mpsc::Receiver<Outcome>, deadline: Instant) -> Result<(), String> {
    let result = match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        Ok(r) => r,
        Err(_) => return Err(format!("{file}: no result after {TIME_LIMIT:?} (hang)")),
    };
    let generated = match result {
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            return Err(format!("{file}: generator panicked: {msg}"));
        }
        Ok(Err(e @ codegen::Error::Internal { .. })) => return Err(format!("{file}: {e}")),
        // Rejecting bad input with a message is fine.
        Ok(Err(_)) => return Ok(()),
        Ok(Ok(g)) => g,
    };
    for (path, text) in &generated.files {
        if path.ends_with(".rs") {
            if let Err(e) = syn::parse_file(text) {
                return Err(format!("{file}: generated {path} does not parse: {e}"));
            }
        }
    }
    Ok(())
}

fn check(file: &str) -> Result<(), String> {
    finish(file, &start(file), Instant::now() + TIME_LIMIT)
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

#[test]
fn every_fuzz_input_is_handled() {
    let files = all_files();
    assert!(!files.is_empty(), "no fuzz inputs in {}", dir().display());
    let mut failures = Vec::new();
    for file in &files {
        if OPEN_BUGS.iter().any(|(f, _)| f == file) {
            continue;
        }
        if let Err(e) = check(file) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn open_bugs_name_existing_files() {
    let files = all_files();
    for (file, _) in OPEN_BUGS {
        assert!(files.iter().any(|f| f == file), "OPEN_BUGS names {file}, which is not in tests/fixtures/fuzz");
    }
}
