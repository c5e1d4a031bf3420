//! An operation's body: its argument (or options field), its content type (the caller's choice
//! where the operation declares several), and the statements that send it, as the model's
//! [`BodyMedia`] plan says.

use super::{docs, ident, model_type, needs_rfc3339, Plan};
use crate::model::media::{BodyMedia, Encoding};
use crate::model::operations::Body;
use crate::model::{Model, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// How the body's value becomes the request's body.
enum Send {
    /// Bytes as they are: `RequestContent<Bytes>`.
    Bytes,
    /// A string as its text.
    Text,
    /// Date-times: taken as their type, written through `Rfc3339`.
    DateTimes,
    /// JSON: the model, or `RequestContent` already serialized (`IntoContent`).
    Json,
}

fn send(model: &Model, body: &Body) -> Send {
    let encoding = body.media.default_type().map_or(Encoding::Json, |t| t.encoding);
    match (&body.ty, encoding) {
        (TypeRef::Binary, _) => Send::Bytes,
        (TypeRef::String, Encoding::Text) => Send::Text,
        (ty, _) if needs_rfc3339(model, ty) => Send::DateTimes,
        _ => Send::Json,
    }
}

impl Plan<'_> {
    pub(super) fn body(&mut self, body: &Body) {
        if let Some(xml) = &body.xml {
            // XML: the model, serialized as the root element (`consumes` names XML only).
            let ty = model_type(self.model, &body.ty);
            return self.take(body, ty.clone(), ty, crate::emit::xml::send_body(xml));
        }
        let content_type = self.content_type(&body.media);
        let send = send(self.model, body);
        let ty = model_type(self.model, &body.ty);
        let bytes = quote!(::azure_core::http::RequestContent<::azure_core::Bytes>);
        // Where the caller may choose another content type, an optional JSON body is taken as
        // `RequestContent`, so it can hold another encoding's bytes.
        let raw = body.media.choice.is_some();
        let (arg, field, set) = match send {
            Send::Bytes => (bytes.clone(), bytes, quote!(request.set_body(body);)),
            Send::Text if body.required => {
                (quote!(&str), quote!(::std::string::String), quote!(request.set_body(body.to_owned());))
            }
            Send::Text => (quote!(&str), quote!(::std::string::String), quote!(request.set_body(body);)),
            Send::DateTimes => {
                (ty.clone(), ty, quote!(request.set_body(::azure_core::json::to_json(&super::super::Rfc3339(body))?);))
            }
            Send::Json if body.required => {
                (quote!(impl super::super::IntoContent<#ty>), ty, quote!(request.set_body(body.into_content()?);))
            }
            Send::Json if raw => {
                (ty.clone(), quote!(::azure_core::http::RequestContent<#ty>), quote!(request.set_body(body);))
            }
            Send::Json => (ty.clone(), ty, quote!(request.set_body(super::super::IntoContent::into_content(body)?);)),
        };
        let send = quote! {
            request.insert_header("content-type", #content_type);
            #set
        };
        self.take(body, arg, field, send);
    }

    /// Takes the body as an argument (`arg`) when required, else as an options field of `field`,
    /// and sends it with `send`.
    fn take(&mut self, body: &Body, arg: TokenStream, field: TokenStream, send: TokenStream) {
        if body.required {
            self.args.push(quote!(body: #arg));
            self.build.push(send);
        } else {
            let d = docs::attrs(body.docs.as_deref());
            self.fields.push(quote!(#d pub body: ::std::option::Option<#field>,));
            self.build.push(quote!(if let Some(body) = options.body.take() { #send }));
        }
    }

    /// The `content-type` value: the declared one, or the caller's choice among several (an enum
    /// printed beside the options, its field in them).
    fn content_type(&mut self, media: &BodyMedia) -> TokenStream {
        let default = media.default_type().map_or("application/json", |t| t.content_type.as_str());
        let Some(choice) = &media.choice else { return quote!(#default) };
        let name = ident(choice);
        let variants: Vec<_> = media.types.iter().map(|t| ident(&t.name)).collect();
        let values: Vec<&str> = media.types.iter().map(|t| t.content_type.as_str()).collect();
        let mut docs: Vec<String> = values.iter().map(|v| format!(" `{v}`.")).collect();
        if let Some(first) = docs.first_mut() {
            *first = format!("{} The default.", first);
        }
        let doc = format!(" The content types `{}` can send its body as.", self.op.name);
        let field_doc = format!(
            " The body's content type (default `{default}`). The body is written for the default; for \
             another encoding, give it as `RequestContent` bytes."
        );
        let (Some(first), Some(first_doc)) = (variants.first(), docs.first()) else { return quote!(#default) };
        let (rest, rest_docs) = (variants.get(1..).unwrap_or_default(), docs.get(1..).unwrap_or_default());
        self.items.push(quote! {
            #[doc = #doc]
            #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
            pub enum #name {
                #[doc = #first_doc]
                #[default]
                #first,
                #( #[doc = #rest_docs] #rest, )*
            }
            impl #name {
                /// The `content-type` header's value.
                pub fn as_str(self) -> &'static str {
                    match self {
                        #( Self::#variants => #values, )*
                    }
                }
            }
        });
        self.fields.push(quote!(#[doc = #field_doc] pub content_type: ::std::option::Option<#name>,));
        quote!(options.content_type.unwrap_or_default().as_str())
    }
}
