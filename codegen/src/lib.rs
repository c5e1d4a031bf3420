//! codegen: Azure REST API specs in, a Rust crate out.
pub mod error;
pub mod fetch;
pub mod manifest;

pub use error::{Diagnostic, Error, Result};
