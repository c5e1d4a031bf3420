//! XML forms of struct fields, as serde attributes for quick-xml (through azure_core's `xml`):
//! `@name` for attributes, `$text` for text content, and wrapped lists through the runtime.

use crate::model::xml::{XmlBody, XmlField, XmlKind};
use crate::model::{Field, Model, TypeDef, TypeRef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The serde name of a field in XML, written with `prefix` or not (readers match names
/// without their prefix).
fn serde_name(x: &XmlField, prefix: bool) -> String {
    let name = match (&x.prefix, prefix) {
        (Some(p), true) => format!("{p}:{}", x.name),
        _ => x.name.clone(),
    };
    match x.kind {
        XmlKind::Element => name,
        XmlKind::Attribute => format!("@{name}"),
        XmlKind::Text => "$text".to_owned(),
    }
}

/// The field's serde arguments for its XML form (the name first), and the function writing a
/// wrapped list's items, when it is one.
pub fn field_args(model: &Model, t: &TypeDef, f: &Field, x: &XmlField) -> (Vec<TokenStream>, Option<TokenStream>) {
    let mut args = Vec::new();
    let (written, read) = (serde_name(x, true), serde_name(x, false));
    if written != read {
        args.push(quote!(rename(serialize = #written, deserialize = #read)));
    } else if crate::model::names::serde_camel(&f.name) != read {
        args.push(quote!(rename = #read));
    }
    let Some(item) = &x.wrapped else {
        // No items and no element are the same list in XML (date-times have `default` already).
        let dated = super::types::has_date_time(&f.ty) && super::models::is_optional(f);
        if matches!(f.ty, TypeRef::Vec(_)) && !dated {
            args.push(quote!(default));
        }
        return (args, None);
    };
    let writer = format_ident!("{}_{}", heck::ToSnakeCase::to_snake_case(t.name.as_str()), f.name);
    let writer_name = writer.to_string();
    args.push(quote!(default));
    args.push(quote!(serialize_with = #writer_name));
    args.push(quote!(deserialize_with = "runtime::xml::deserialize_wrapped"));
    let ty = super::models::field_type(model, f);
    let doc = format!(" Writes `{}`: each item a `{item}` element inside it.", x.name);
    let writer_fn = quote! {
        #[doc = #doc]
        fn #writer<S: ::serde::Serializer>(list: &#ty, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
            runtime::xml::serialize_wrapped(list, #item, serializer)
        }
    };
    (args, Some(writer_fn))
}

/// The statements sending `body` as the XML body `xml`: its media type, its root element.
pub fn send_body(xml: &XmlBody) -> TokenStream {
    let (media, root) = (&xml.media, &xml.root.name);
    let content = match (&xml.root.item, &xml.root.namespace) {
        (Some(item), None) => quote!(runtime::xml::list_to_content(&body, #root, #item)?),
        (None, None) => quote!(runtime::xml::to_content(&body, #root)?),
        (Some(item), Some((attr, uri))) => {
            quote!(runtime::xml::list_to_content_in(&body, #root, #item, (#attr, #uri))?)
        }
        (None, Some((attr, uri))) => quote!(runtime::xml::to_content_in(&body, #root, (#attr, #uri))?),
    };
    quote! {
        request.insert_header("content-type", #media);
        request.set_body(#content);
    }
}
