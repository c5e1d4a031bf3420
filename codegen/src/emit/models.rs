//! The `models` module: one Rust type per named type of the model.
//!
//! Rules (documented for users in the README):
//! - required properties are `T`, optional ones `Option<T>` skipped when `None`;
//! - read-only properties are always `Option<T>` and never serialized (GET -> PUT is safe);
//! - flattened (`x-ms-client-flatten`) objects keep their wire shape and get read accessors;
//! - open enums keep unknown values, unions keep unknown kinds as raw JSON;
//! - `Debug` is azure_core's `SafeDebug`: no field values unless azure_core's `debug` is on.

use super::docs;
use super::types::{has_date_time, ident, is_copy, rust_type};
use crate::model::names::serde_camel;
use crate::model::{Enum, Field, Model, Struct, TypeDef, TypeKind, TypeRef, Union};
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

/// All model types, in model order, one chunk per type (see [`super::Emitter`]). `crate_name` is
/// set when the output is a crate (its resource examples become doctests).
pub fn emit(model: &Model, crate_name: Option<&str>, sink: &mut dyn FnMut(TokenStream)) {
    let imports = imports(model, crate_name.is_some());
    sink(quote! {
        //! Models: the request and response bodies of the API.
        #imports
    });
    let derives = super::derives::decide(model);
    // What the module holds: its types, and the runtime import.
    let names: std::collections::HashSet<String> =
        model.types.iter().map(|t| t.name.clone()).chain(["runtime".to_owned()]).collect();
    let mut gate = super::gate::Gate::new(sink, crate_name.is_some()).with_parent(&names);
    for t in super::by_groups(&model.types, |t| &t.groups) {
        gate.item(&t.groups, type_def(model, t, crate_name, &derives));
    }
    gate.finish();
}

fn type_def(model: &Model, t: &TypeDef, crate_name: Option<&str>, derives: &super::derives::Derives) -> TokenStream {
    match &t.kind {
        TypeKind::Struct(s) => {
            let mut out = structure(model, t, s, crate_name, derives);
            out.extend(super::pages::page_impl(model, t, s));
            out
        }
        TypeKind::Enum(e) => enumeration(t, e),
        TypeKind::Union(u) => union(model, t, u),
        TypeKind::Alias(r) => {
            let name = ident(&t.name);
            let d = docs::attrs(t.docs.as_deref());
            let ty = rust_type(model, r);
            quote! { #d pub type #name = #ty; }
        }
    }
}

/// The module's one import, the runtime (its date-time codecs and enum macros), compiled when
/// something uses it (items of a group set live in that set's gated module and use it through
/// `use super::*`). Everything else is named by its full path: a spec's definition may be
/// called `Option` or `Serialize`.
fn imports(model: &Model, gated: bool) -> TokenStream {
    let sections = crate::runtime::Sections::of(model);
    let mut runtime = sections.date_time.clone();
    runtime.merge(&sections.maps);
    if model.types.iter().any(|t| matches!(t.kind, TypeKind::Enum(_))) {
        runtime = crate::runtime::Need::Always;
    }
    if !runtime.is_some() {
        return TokenStream::new();
    }
    let cfg = super::gate::need_cfg(&runtime, gated);
    quote!(#cfg use super::runtime;)
}

/// The field's declared type: boxing and optionality applied.
pub fn field_type(model: &Model, f: &Field) -> TokenStream {
    let mut ty = rust_type(model, &f.ty);
    if f.boxed {
        ty = quote!(::std::boxed::Box<#ty>);
    }
    if is_optional(f) {
        ty = quote!(::std::option::Option<#ty>);
    }
    ty
}

/// Stored as `Option<T>`: not required, or nullable.
pub fn is_optional(f: &Field) -> bool {
    !f.required || f.nullable
}

fn structure(
    model: &Model,
    t: &TypeDef,
    s: &Struct,
    crate_name: Option<&str>,
    decided: &super::derives::Derives,
) -> TokenStream {
    let name = ident(&t.name);
    let mut d = docs::attrs(t.docs.as_deref());
    if let Some(page) = super::resource_docs::section(model, t, crate_name) {
        d.extend(docs::lines(&page));
    }
    let mut derives = vec![quote!(Clone), quote!(::azure_core::fmt::SafeDebug)];
    let has_required = s.fields.iter().any(|f| f.required);
    if s.default && !has_required {
        derives.push(quote!(Default));
    }
    derives.push(quote!(PartialEq));
    derives.extend(decided.extra(t.id));
    derives.extend([quote!(::serde::Serialize), quote!(::serde::Deserialize)]);
    let tag = s.tag.as_ref().map(|tag| {
        let (p, v) = (&tag.property, &tag.value);
        quote!(#[serde(tag = #p, rename = #v)])
    });
    let mut writers = Vec::new();
    let fields: Vec<TokenStream> = s
        .fields
        .iter()
        .map(|f| {
            let fname = ident(&f.name);
            let mut fd = docs::attrs(f.docs.as_deref());
            let separate = !fd.is_empty();
            fd.extend(default_docs(f, separate));
            let ty = field_type(model, f);
            let mut serde_args = Vec::new();
            match f.xml.as_ref().filter(|_| s.xml) {
                Some(x) => {
                    let (args, writer) = super::xml::field_args(model, t, f, x);
                    serde_args.extend(args);
                    writers.extend(writer);
                }
                None if serde_camel(&f.name) != f.wire => {
                    let w = &f.wire;
                    serde_args.push(quote!(rename = #w));
                }
                None => {}
            }
            if f.read_only {
                serde_args.push(quote!(skip_serializing));
            } else if !f.required {
                serde_args.push(quote!(skip_serializing_if = "::std::option::Option::is_none"));
            }
            if has_date_time(&f.ty) {
                serde_args.push(quote!(with = "runtime::date_time"));
            }
            if (f.nullable && f.required) || (has_date_time(&f.ty) && is_optional(f)) || f.constant {
                // Present-but-null and absent both read as `None` (`with` alone would require it); a
                // constant left out reads as its one value (the enum's `Default`).
                serde_args.push(quote!(default));
            }
            let attr = (!serde_args.is_empty()).then(|| quote!(#[serde(#(#serde_args),*)]));
            quote! { #fd #attr pub #fname: #ty, }
        })
        .collect();
    // A kind of a union writes its tag itself; the map must not also keep the tag it read, or it
    // would be written twice.
    let untag = match (&s.tag, &s.additional) {
        (Some(tag), Some(a)) => {
            let f = quote::format_ident!("{}_without_tag", heck::ToSnakeCase::to_snake_case(t.name.as_str()));
            let ty = rust_type(model, &a.ty);
            let key = &tag.property;
            Some((
                f.to_string(),
                quote! {
                    fn #f<'de, D: ::serde::Deserializer<'de>>(
                        deserializer: D,
                    ) -> ::std::result::Result<::std::collections::BTreeMap<::std::string::String, #ty>, D::Error> {
                        runtime::maps::without(deserializer, #key)
                    }
                },
            ))
        }
        _ => None,
    };
    let additional = s.additional.as_ref().map(|a| {
        let aname = ident(&a.name);
        let ty = rust_type(model, &a.ty);
        let serde = match &untag {
            Some((f, _)) => quote!(#[serde(flatten, deserialize_with = #f)]),
            None => quote!(#[serde(flatten)]),
        };
        quote! {
            #[doc = " Properties not named by the schema (`additionalProperties`)."]
            #serde
            pub #aname: ::std::collections::BTreeMap<::std::string::String, #ty>,
        }
    });
    let untag_fn = untag.map(|(_, f)| f);
    let accessors = accessors(model, t, s);
    let default = (s.default && has_required).then(|| default_impl(model, t, s));
    quote! {
        #d
        #[derive(#(#derives),*)]
        #[non_exhaustive]
        #[serde(rename_all = "camelCase")]
        #tag
        pub struct #name {
            #(#fields)*
            #additional
        }
        #untag_fn
        #(#writers)*
        #default
        #accessors
    }
}

/// What the docs say about a spec default: for a required field, that `Default` uses it; for an
/// optional one, that it is the service's (the field stays `None` unless set).
/// `separate`: the field has a description, so a blank line goes first.
fn default_docs(f: &Field, separate: bool) -> TokenStream {
    let Some(raw) = &f.spec_default else { return TokenStream::new() };
    let value = docs::code(&raw.to_string());
    let text = match (f.required, &f.default) {
        (true, Some(_)) => format!("Default: {value} (what `Default::default()` sets)."),
        (true, None) => format!("The spec's default, {value}, cannot be written as a constant of this type: the field has no default and must be set."),
        (false, _) => format!("When absent, the service assumes {value}."),
    };
    docs::lines(&if separate { format!("\n{text}") } else { text })
}

/// `Default` for a struct whose required fields all have spec defaults: those values, `None` for
/// the rest.
fn default_impl(model: &Model, t: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&t.name);
    let fields = s.fields.iter().map(|f| {
        let fname = ident(&f.name);
        let value = match (&f.default, f.required) {
            (Some(d), true) => {
                let v = default_expr(model, d);
                let v = if f.boxed { quote!(::std::boxed::Box::new(#v)) } else { v };
                // A required nullable field is an `Option` too.
                if is_optional(f) {
                    quote!(Some(#v))
                } else {
                    v
                }
            }
            _ => quote!(None),
        };
        quote!(#fname: #value,)
    });
    let additional = s.additional.as_ref().map(|a| {
        let aname = ident(&a.name);
        quote!(#aname: ::std::collections::BTreeMap::new(),)
    });
    quote! {
        impl ::std::default::Default for #name {
            fn default() -> Self {
                Self { #(#fields)* #additional }
            }
        }
    }
}

/// A spec default as a Rust expression of the field's type.
fn default_expr(model: &Model, d: &crate::model::DefaultValue) -> TokenStream {
    use crate::model::DefaultValue as D;
    use proc_macro2::Literal;
    let enum_name = |id: crate::model::TypeId| super::types::rust_type(model, &TypeRef::Named(id));
    match d {
        D::Bool(b) => quote!(#b),
        D::I32(v) => Literal::i32_suffixed(*v).into_token_stream(),
        D::I64(v) => Literal::i64_suffixed(*v).into_token_stream(),
        D::F32(v) => Literal::f32_suffixed(*v).into_token_stream(),
        D::F64(v) => Literal::f64_suffixed(*v).into_token_stream(),
        D::String(v) => quote!(::std::string::String::from(#v)),
        D::Variant(id, variant) => {
            let (e, v) = (enum_name(*id), ident(variant));
            quote!(#e::#v)
        }
        D::Other(id, other, value) => {
            let (e, o) = (enum_name(*id), ident(other));
            quote!(#e::#o(::std::string::String::from(#value)))
        }
        D::EmptyVec => quote!(::std::vec::Vec::new()),
        D::EmptyMap => quote!(::std::collections::BTreeMap::new()),
    }
}

/// Slice accessors for optional arrays, and read accessors for flattened properties.
fn accessors(model: &Model, t: &TypeDef, s: &Struct) -> Option<TokenStream> {
    let mut methods = Vec::new();
    for f in &s.fields {
        if let (TypeRef::Vec(inner), true) = (&f.ty, is_optional(f)) {
            let fname = ident(&f.name);
            let item = rust_type(model, inner);
            let fd = docs::attrs(f.docs.as_deref());
            methods.push(quote! {
                #fd
                pub fn #fname(&self) -> &[#item] {
                    self.#fname.as_deref().unwrap_or_default()
                }
            });
        }
    }
    for a in &s.accessors {
        let Some(m) = flattened_accessor(model, a) else { continue };
        methods.push(m);
    }
    if methods.is_empty() {
        return None;
    }
    let name = ident(&t.name);
    Some(quote! { impl #name { #(#methods)* } })
}

/// `self.properties.as_ref().and_then(|v| v.address_prefix.as_deref())`, typed to match.
fn flattened_accessor(model: &Model, a: &crate::model::Accessor) -> Option<TokenStream> {
    let (last, containers) = a.path.split_last()?;
    let leaf = model.field_at(*last)?;
    let mut chain = TokenStream::new();
    for (i, step) in containers.iter().enumerate() {
        let f = model.field_at(*step)?;
        let fname = ident(&f.name);
        let get = match (is_optional(f), f.boxed) {
            (true, true) => quote!(#fname.as_deref()),
            (true, false) => quote!(#fname.as_ref()),
            (false, true) => quote!(#fname.as_ref()),
            (false, false) => quote!(#fname),
        };
        chain = if i == 0 {
            if is_optional(f) {
                quote!(self.#get)
            } else {
                quote!(Some(&self.#get))
            }
        } else if is_optional(f) {
            quote!(#chain.and_then(|v| v.#get))
        } else {
            quote!(#chain.map(|v| &v.#get))
        };
    }
    let lname = ident(&leaf.name);
    let mname = ident(&a.name);
    let fd = docs::attrs(leaf.docs.as_deref());
    let opt = is_optional(leaf);
    let (ret, body) = match &leaf.ty {
        TypeRef::Vec(inner) => {
            let item = rust_type(model, inner);
            let get =
                if opt { quote!(and_then(|v| v.#lname.as_deref())) } else { quote!(map(|v| v.#lname.as_slice())) };
            (quote!(&[#item]), quote!(#chain.#get.unwrap_or_default()))
        }
        TypeRef::String => {
            let get = if opt { quote!(and_then(|v| v.#lname.as_deref())) } else { quote!(map(|v| v.#lname.as_str())) };
            (quote!(::std::option::Option<&str>), quote!(#chain.#get))
        }
        ty if is_copy(ty) && !leaf.boxed => {
            let t = rust_type(model, ty);
            let get = if opt { quote!(and_then(|v| v.#lname)) } else { quote!(map(|v| v.#lname)) };
            (quote!(::std::option::Option<#t>), quote!(#chain.#get))
        }
        ty => {
            let t = rust_type(model, ty);
            let get = match (opt, leaf.boxed) {
                (true, true) => quote!(and_then(|v| v.#lname.as_deref())),
                (true, false) => quote!(and_then(|v| v.#lname.as_ref())),
                (false, true) => quote!(map(|v| &*v.#lname)),
                (false, false) => quote!(map(|v| &v.#lname)),
            };
            (quote!(::std::option::Option<&#t>), quote!(#chain.#get))
        }
    };
    Some(quote! {
        #fd
        pub fn #mname(&self) -> #ret {
            #body
        }
    })
}

fn enumeration(t: &TypeDef, e: &Enum) -> TokenStream {
    let name = ident(&t.name);
    let d = docs::attrs(t.docs.as_deref());
    let vnames: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
    let vdocs: Vec<_> = e.variants.iter().map(|v| docs::attrs(v.docs.as_deref())).collect();
    if !e.open {
        // A constant's one value is its default: a struct field of it may be left out on the wire.
        let constant = e.constant().is_some();
        let default = constant.then(|| quote!(Default,));
        let markers: Vec<_> = vnames.iter().map(|_| constant.then(|| quote!(#[default]))).collect();
        return quote! {
            #d
            #[derive(Clone, Copy, Debug, #default PartialEq, Eq, Hash, ::serde::Serialize, ::serde::Deserialize)]
            pub enum #name {
                #( #vdocs #[serde(rename = #values)] #markers #vnames, )*
            }
            runtime::closed_enum!(#name { #( #vnames => #values, )* });
        };
    }
    let other = ident(&e.other);
    quote! {
        #d
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum #name {
            #( #vdocs #vnames, )*
            /// A value this version of the crate does not know; kept as sent.
            #other(::std::string::String),
        }
        runtime::open_enum!(#name, #other { #( #vnames => #values, )* });
    }
}

fn union(model: &Model, t: &TypeDef, u: &Union) -> TokenStream {
    let name = ident(&t.name);
    let d = docs::attrs(t.docs.as_deref());
    let prop = &u.property;
    let other = ident(&u.other);
    let vnames: Vec<_> = u.variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<&str> = u.variants.iter().map(|v| v.value.as_str()).collect();
    let tys: Vec<_> = u.variants.iter().map(|v| rust_type(model, &TypeRef::Named(v.ty))).collect();
    let vdocs: Vec<String> = values.iter().map(|v| format!(" {} = {}.", docs::code(prop), docs::code(v))).collect();
    let other_doc =
        format!(" A kind this version of the crate does not know (by {}), kept as raw JSON.", docs::code(prop));
    // Without the discriminator, a union of a kind and its own kinds reads the kind itself.
    let base = u.base.as_ref().map(|b| {
        let b = ident(b);
        quote!(None => ::serde_json::from_value(value).map(|v| Self::#b(::std::boxed::Box::new(v))).map_err(::serde::de::Error::custom),)
    });
    quote! {
        #d
        #[derive(Clone, ::azure_core::fmt::SafeDebug, PartialEq)]
        pub enum #name {
            #( #[doc = #vdocs] #vnames(::std::boxed::Box<#tys>), )*
            #[doc = #other_doc]
            #other(::serde_json::Value),
        }
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    #( Self::#vnames(v) => v.serialize(serializer), )*
                    Self::#other(v) => v.serialize(serializer),
                }
            }
        }
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = ::serde_json::Value::deserialize(deserializer)?;
                let kind = value.get(#prop).and_then(::serde_json::Value::as_str).map(str::to_owned);
                match kind.as_deref() {
                    #( Some(#values) => ::serde_json::from_value(value).map(|v| Self::#vnames(::std::boxed::Box::new(v))).map_err(::serde::de::Error::custom), )*
                    #base
                    _ => Ok(Self::#other(value)),
                }
            }
        }
        #( impl ::std::convert::From<#tys> for #name {
            fn from(v: #tys) -> Self {
                Self::#vnames(::std::boxed::Box::new(v))
            }
        } )*
    }
}
