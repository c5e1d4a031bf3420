//! Compile-fail cases live in `cases/`; `tests/compile_fail.rs` runs them.
