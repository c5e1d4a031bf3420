//! An operation's query and form parameters, and how a parameter's value becomes text (path
//! segments, query values, headers).

use super::{arg, docs, ident, model_type, Plan};
use crate::model::operations::ClientRole;
use crate::model::{Model, Param, ParamLocation, TypeId, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

impl Plan<'_> {
    /// Query parameters, `api-version` first where the operation declares it.
    pub(super) fn query(&mut self) {
        let op = self.op;
        // Query statements go after the `url` binding, whose mutability they decide.
        let path = std::mem::take(&mut self.build);
        // The operation's own file's version: a crate from several files sends each its own.
        let declares = self.model.takes(op, ClientRole::ApiVersion);
        let version = op.api_version.as_deref().or(self.model.api_version.as_deref()).unwrap_or_default();
        let api_version = if declares { quote!(Some(#version)) } else { quote!(None) };
        let client = op.client_params.iter().filter_map(|w| self.model.client_param(w));
        let client: Vec<&Param> = client.filter(|c| c.role == ClientRole::Other).collect();
        let params: Vec<&Param> =
            op.params.iter().chain(client).filter(|p| p.location != ParamLocation::Path).collect();
        for p in params {
            let local = self.locals.as_ref().map(|sent| sent.contains(&p.wire));
            if local == Some(false) && !p.required && p.constant.is_none() {
                continue;
            }
            if p.location == ParamLocation::Form {
                self.form_field(p);
                continue;
            }
            // Header names are case-insensitive; azure_core keeps them lower-case.
            let wire = if p.location == ParamLocation::Header { p.wire.to_ascii_lowercase() } else { p.wire.clone() };
            let add = |value: Text| match p.location {
                // `x-ms-skip-url-encoding`: the value is query text already.
                ParamLocation::Query if p.skip_encoding => {
                    let v = value.borrowed();
                    quote!(runtime::push_raw_query(&mut url, #wire, #v);)
                }
                ParamLocation::Query => {
                    let v = value.borrowed();
                    quote!(url.query_pairs_mut().append_pair(#wire, #v);)
                }
                ParamLocation::UserAgent => {
                    let v = value.owned();
                    quote!(options.method_options.context.insert(runtime::UserAgent(#v));)
                }
                _ => {
                    let v = value.owned();
                    quote!(request.insert_header(#wire, #v);)
                }
            };
            let multi = p.collection_format.as_deref() == Some("multi") && matches!(p.ty, TypeRef::Vec(_));
            let statement = match (&p.constant, p.required) {
                (Some(c), _) => add(Text::Borrowed(quote!(#c))),
                (None, required) => {
                    let n = ident(&p.name);
                    let (binding, source) = if required {
                        self.args.push(arg(self.model, p));
                        (quote!(#n), None)
                    } else {
                        let ty = model_type(self.model, &p.ty);
                        let d = docs::attrs(p.docs.as_deref());
                        self.fields.push(quote!(#d pub #n: ::std::option::Option<#ty>,));
                        let source = if local.is_some() { quote!(#n) } else { quote!(&options.#n) };
                        (quote!(#n), Some(source))
                    };
                    let one = if multi {
                        let item = match &p.ty {
                            TypeRef::Vec(inner) => Text::of(self.model, inner, quote!(item)),
                            ty => Text::of(self.model, ty, quote!(item)),
                        };
                        let a = add(item);
                        quote!(for item in #binding.iter() { #a })
                    } else {
                        add(text(self.model, p, binding.clone()))
                    };
                    match source {
                        None => one,
                        Some(src) => quote!(if let Some(#binding) = #src { #one }),
                    }
                }
            };
            match p.location {
                ParamLocation::Query => self.build.push(statement),
                ParamLocation::UserAgent => self.context.push(statement),
                _ => self.headers.push(statement),
            }
        }
        let fixed = op.fixed_query.iter().map(|(k, v)| match v {
            Some(v) => quote!(url.query_pairs_mut().append_pair(#k, #v);),
            None => quote!(url.query_pairs_mut().append_key_only(#k);),
        });
        let mut query: Vec<TokenStream> = fixed.collect();
        query.append(&mut std::mem::replace(&mut self.build, path));
        let binding = if query.is_empty() { quote!(let url) } else { quote!(let mut url) };
        let client = &self.client;
        self.build.push(quote!(#binding = #client.url(&path, #api_version);));
        self.build.extend(query);
    }

    /// One `formData` field: text, a file's bytes, or several files under one name.
    pub(super) fn form_field(&mut self, p: &Param) {
        let (n, wire) = (ident(&p.name), &p.wire);
        let files = matches!(&p.ty, TypeRef::Vec(inner) if **inner == TypeRef::Binary);
        // `owned`: the value was taken out of the options, a `String` already for text.
        let item = |value: TokenStream, owned: bool| match &p.ty {
            TypeRef::Binary => quote!((#wire, runtime::form::Part::File(#value))),
            TypeRef::String if owned => quote!((#wire, runtime::form::Part::Text(#value))),
            ty => {
                let text = Text::of(self.model, ty, value).owned();
                quote!((#wire, runtime::form::Part::Text(#text)))
            }
        };
        let each_file =
            |value: TokenStream| quote!(for file in #value { form.push((#wire, runtime::form::Part::File(file))); });
        match (&p.constant, p.required) {
            (Some(c), _) => self.form.0.push(quote!((#wire, runtime::form::Part::Text(#c.to_owned())))),
            (None, true) => {
                self.args.push(arg(self.model, p));
                if files {
                    self.form.1.push(each_file(quote!(#n)));
                } else {
                    self.form.0.push(item(quote!(#n), false));
                }
            }
            (None, false) => {
                let ty = model_type(self.model, &p.ty);
                let d = docs::attrs(p.docs.as_deref());
                self.fields.push(quote!(#d pub #n: ::std::option::Option<#ty>,));
                let one = if files {
                    each_file(quote!(#n))
                } else {
                    let i = item(quote!(#n), true);
                    quote!(form.push(#i);)
                };
                self.form.1.push(quote!(if let Some(#n) = options.#n.take() { #one }));
            }
        }
    }
}

/// A value's text: an expression of type `&str` (or `&String`), or one of type `String`.
pub(super) enum Text {
    Borrowed(TokenStream),
    Owned(TokenStream),
}

impl Text {
    /// The text of one value.
    fn of(model: &Model, ty: &TypeRef, value: TokenStream) -> Text {
        let string_enum = |id: &TypeId| model.resolve_alias(*id).is_some_and(|t| matches!(t.kind, TypeKind::Enum(_)));
        match ty {
            TypeRef::String => Text::Borrowed(value),
            TypeRef::Named(id) if string_enum(id) => Text::Borrowed(quote!(#value.as_str())),
            ty => Text::Owned(owned_text(ty, value)),
        }
    }

    /// As `&str`.
    pub(super) fn borrowed(self) -> TokenStream {
        match self {
            Text::Borrowed(e) => e,
            Text::Owned(e) => quote!(&#e),
        }
    }

    /// As `String`.
    pub(super) fn owned(self) -> TokenStream {
        match self {
            Text::Borrowed(e) => quote!(#e.to_owned()),
            Text::Owned(e) => e,
        }
    }
}

/// A parameter's value as text (arrays joined by their collection format's separator).
pub(super) fn text(model: &Model, p: &Param, value: TokenStream) -> Text {
    match &p.ty {
        TypeRef::Vec(inner) if p.collection_format.as_deref() != Some("multi") => {
            let sep = match p.collection_format.as_deref() {
                Some("ssv") => " ",
                Some("tsv") => "\t",
                Some("pipes") => "|",
                _ => ",",
            };
            // JSON items may fail to serialize: collected as a `Result` outside the closure.
            let json = |t: &TypeRef| matches!(t, TypeRef::Json | TypeRef::Map(_) | TypeRef::Vec(_));
            let joined = match inner.as_ref() {
                t if json(t) || matches!(t, TypeRef::Nullable(i) if json(i)) => {
                    quote!(#value.iter().map(::serde_json::to_string).collect::<::std::result::Result<::std::vec::Vec<_>, _>>()?.join(#sep))
                }
                inner => {
                    let item = owned_text(inner, quote!(v));
                    quote!(#value.iter().map(|v| #item).collect::<::std::vec::Vec<_>>().join(#sep))
                }
            };
            Text::Owned(joined)
        }
        ty => Text::of(model, ty, value),
    }
}

/// The text of one value, as `String`.
pub(super) fn owned_text(ty: &TypeRef, value: TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => quote!(#value.to_string()),
        TypeRef::DateTime => quote!(runtime::date_time::to_text(&#value)),
        TypeRef::Json | TypeRef::Map(_) | TypeRef::Vec(_) => quote!(::serde_json::to_string(&#value)?),
        // A `null` item is empty text, as AutoRest's other generators send it.
        TypeRef::Nullable(inner) => {
            let item = owned_text(inner, quote!(v));
            quote!(#value.as_ref().map(|v| #item).unwrap_or_default())
        }
        _ => quote!(#value.to_string()),
    }
}

pub(super) fn push(value: TokenStream, raw: bool, wire: &str) -> TokenStream {
    if raw {
        // `x-ms-skip-url-encoding`: the spec says the value is already a path.
        quote!(path.push_str(#value);)
    } else {
        quote!(runtime::push_segment(&mut path, #value, #wire)?;)
    }
}
