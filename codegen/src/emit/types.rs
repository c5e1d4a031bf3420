//! Type references -> Rust type tokens.

use crate::model::{Model, TypeRef};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

/// An identifier from a name the model already made valid; raw identifiers are never needed
/// because keywords were renamed there.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The Rust type of `ty`, written as code in the `models` module.
pub fn rust_type(model: &Model, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::DateTime => quote!(super::DateTime),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::Named(id) => match model.get(*id) {
            Some(t) => {
                let i = ident(&t.name);
                quote!(#i)
            }
            None => quote!(serde_json::Value),
        },
        TypeRef::Vec(inner) => {
            let i = rust_type(model, inner);
            quote!(Vec<#i>)
        }
        TypeRef::Map(inner) => {
            let i = rust_type(model, inner);
            quote!(std::collections::BTreeMap<String, #i>)
        }
    }
}

/// Whether values of the type are `Copy` (returned by value from accessors).
pub fn is_copy(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 | TypeRef::DateTime)
}
