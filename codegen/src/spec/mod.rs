//! The spec layer: Swagger 2.0 (and OpenAPI 3.0, mapped onto it) as typed data, file loading and
//! `$ref` resolution. It knows nothing about Rust.
pub mod examples;
pub mod lazy;
pub mod load;
pub mod openapi3;
pub mod pointer;
pub mod readme;
pub mod swagger;

pub use load::{DocId, Document, Limits, Loader, Location, Node, RootId};
pub use swagger::Swagger;
