//! The conformance tests: one test binary, one module per Swagger file (or group of files) of
//! the AutoRest test server, in `tests/cases/`. Each test drives one or more scenarios with the
//! client `build.rs` generated and asserts the server's answer. Tests blocked by a generator gap
//! are `#[ignore = "GAP: ..."]`, the gap described in GAPS.md (`cargo test -- --ignored` runs them).

#[path = "cases/server.rs"]
mod server;
