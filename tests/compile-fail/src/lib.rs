//! Compile-fail cases live in `cases/`; `tests/compile_fail.rs` runs them: no setters for
//! read-only properties, no builder without its required arguments, and no struct literal of a
//! `#[non_exhaustive]` model outside its crate (with or without `..Default::default()`). That
//! required properties cannot be left to a `Default` inside the crate is checked by
//! `codegen/tests/defaults.rs`.
