//! Arbitrary bytes -> `parse_document`: returns `Ok` or `Err`, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = codegen::spec::load::parse_document(data);
});
