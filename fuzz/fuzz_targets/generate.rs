//! Arbitrary bytes as a spec file -> the whole pipeline. Never panics; when generation succeeds,
//! every Rust file must parse.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    codegen_fuzz::generate_and_check(data);
});
