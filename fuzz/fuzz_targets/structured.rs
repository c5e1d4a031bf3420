//! Structure-aware: the fuzzer's bytes drive the construction of a Swagger document (definitions
//! that refer to each other, allOf, discriminators, flattening, read-only and required
//! properties, enums, paths with parameters and responses, hostile text everywhere), which then
//! goes through the whole pipeline. When generation succeeds, every Rust file must parse.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    let Ok(doc) = codegen_fuzz::structured::document(&mut u) else { return };
    let Ok(bytes) = serde_json::to_vec(&doc) else { return };
    codegen_fuzz::generate_and_check(&bytes);
});
