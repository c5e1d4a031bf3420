//! An operation's `…Headers` trait: typed access to the response headers it declares.

use super::{declares_headers, docs, ident, Plan};
use crate::model::returns::Returns;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Plan<'_> {
    /// `…Headers`: the response headers the operation declares, read from its `Response`.
    pub fn headers_trait(&self) -> Option<TokenStream> {
        let mut headers: Vec<&crate::model::operations::ResponseHeader> = Vec::new();
        for h in self.op.responses.iter().flat_map(|r| &r.headers) {
            if !headers.iter().any(|x| x.wire == h.wire) {
                headers.push(h);
            }
        }
        if !declares_headers(self.model, self.op) {
            return None;
        }
        let response = match &self.shape {
            Returns::Pager(_) | Returns::LroPager(..) | Returns::Stream => return None,
            Returns::Body(ty) | Returns::Lro(Some(ty), _) => {
                let t = self.result_type(ty);
                quote!(::azure_core::http::Response<#t>)
            }
            Returns::Unit | Returns::Lro(None, _) => {
                quote!(::azure_core::http::Response<(), ::azure_core::http::NoFormat>)
            }
        };
        let name = format_ident!("{}Headers", self.options.to_string().trim_end_matches("Options"));
        let doc = format!(" The response headers of `{}`.", self.op.name);
        let (sigs, bodies): (Vec<_>, Vec<_>) = headers.iter().map(|h| header_method(h)).unzip();
        Some(quote! {
            #[doc = #doc]
            pub trait #name {
                #(#sigs)*
            }
            impl #name for #response {
                #(#bodies)*
            }
        })
    }
}

/// One header's trait method: its declaration and its implementation.
fn header_method(h: &crate::model::operations::ResponseHeader) -> (TokenStream, TokenStream) {
    use crate::model::operations::HeaderType as H;
    let name = ident(&h.name);
    let wire = &h.wire;
    let d = docs::attrs(h.docs.as_deref());
    let (ty, parse) = match h.ty {
        H::String => (quote!(::std::string::String), quote!(str::parse::<::std::string::String>)),
        H::Bool => (quote!(bool), quote!(str::parse::<bool>)),
        H::I32 => (quote!(i32), quote!(str::parse::<i32>)),
        H::I64 => (quote!(i64), quote!(str::parse::<i64>)),
        H::F32 => (quote!(f32), quote!(str::parse::<f32>)),
        H::F64 => (quote!(f64), quote!(str::parse::<f64>)),
        H::DateTime => (quote!(::azure_core::time::OffsetDateTime), quote!(::azure_core::time::parse_rfc3339)),
        H::DateTimeRfc1123 => (quote!(::azure_core::time::OffsetDateTime), quote!(::azure_core::time::parse_rfc7231)),
    };
    let sig = quote!(fn #name(&self) -> ::azure_core::Result<::std::option::Option<#ty>>);
    (
        quote!(#d #sig;),
        quote! {
            #sig {
                runtime::header(self.headers(), #wire, #parse)
            }
        },
    )
}
