//! Every golden snapshot of `tests/golden/expected/`, compiled.
//!
//! `build.rs` writes one `pub mod <fixture> { include!("…/<fixture>.rs"); <its runtime> }` per golden, so a
//! snapshot that does not compile, or warns (`#![deny(warnings)]` here, plus
//! `cargo clippy -p golden-compile -- -D warnings` and `cargo doc -p golden-compile --no-deps`),
//! fails the build instead of being pinned by the golden test.
#![deny(warnings)]

include!(concat!(env!("OUT_DIR"), "/goldens.rs"));
