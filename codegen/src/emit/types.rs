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
    rust_type_in(model, ty, &TokenStream::new())
}

/// The Rust type of `ty`, named types behind `prefix` (`models::`) for code outside `models`.
pub fn rust_type_in(model: &Model, ty: &TypeRef, prefix: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => quote!(::std::string::String),
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::DateTime => quote!(::azure_core::time::OffsetDateTime),
        TypeRef::Json => quote!(::serde_json::Value),
        TypeRef::Binary => quote!(::std::vec::Vec<u8>),
        TypeRef::Named(id) => match model.get(*id) {
            Some(t) => {
                let i = ident(&t.name);
                quote!(#prefix #i)
            }
            // Unreachable: `model::check` rejects a model holding an id it has no type for.
            None => quote!(::serde_json::Value),
        },
        TypeRef::Vec(inner) => {
            let i = rust_type_in(model, inner, prefix);
            quote!(::std::vec::Vec<#i>)
        }
        TypeRef::Nullable(inner) => {
            let i = rust_type_in(model, inner, prefix);
            quote!(::std::option::Option<#i>)
        }
        TypeRef::Map(inner) => {
            let i = rust_type_in(model, inner, prefix);
            quote!(::std::collections::BTreeMap<::std::string::String, #i>)
        }
    }
}

/// Whether the type holds date-times, which serde reads through the runtime's `date_time`.
pub fn has_date_time(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::DateTime => true,
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => has_date_time(inner),
        _ => false,
    }
}

/// Whether values of the type are `Copy` (returned by value from accessors).
pub fn is_copy(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 | TypeRef::DateTime)
}

/// A spec's literal path text as it goes into a URL: characters a path may not hold are
/// percent-encoded at generation time, while `/` and the `{name}` placeholders of `params` stay.
/// Ordinary templates (`/providers/Microsoft.Network/...`) come out unchanged.
pub fn url_template(path: &str, params: &[String]) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(c) = rest.chars().next() {
        if c == '{' {
            if let Some(end) = rest.find('}') {
                let name = rest.get(1..end).unwrap_or("");
                if params.iter().any(|p| p == name) {
                    out.push_str(rest.get(..=end).unwrap_or(""));
                    rest = rest.get(end + 1..).unwrap_or("");
                    continue;
                }
            }
        }
        let escape = c == '%' && rest.get(1..3).is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        if c.is_ascii_alphanumeric() || "-._~/:@!$&'()*+,;=".contains(c) || escape {
            // A `%XX` the spec wrote is already an escape: sent as written.
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::url_template;

    #[test]
    fn templates_keep_placeholders_and_encode_the_rest() {
        let params = vec!["name".to_owned()];
        assert_eq!(
            url_template("/providers/Microsoft.Foo/foos/{name}", &params),
            "/providers/Microsoft.Foo/foos/{name}"
        );
        assert_eq!(url_template("/a b/{x}\"/{name}", &params), "/a%20b/%7Bx%7D%22/{name}");
        assert_eq!(url_template("/green%20color/100%", &params), "/green%20color/100%25");
    }
}
