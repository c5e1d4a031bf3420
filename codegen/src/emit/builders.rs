//! The `builders` module: a builder for every struct that can be sent in a request body.
//!
//! - `Model::builder(required...)` takes the required properties up front, so `build()` cannot
//!   fail and a missing required property is a compile error;
//! - setters exist only for writable properties: read-only ones have none;
//! - setters follow `x-ms-client-flatten` (`.address_prefix(..)`, not `.properties(..)`);
//! - setters take `impl Into<T>`: strings, enum variants, nested builders, and `{id}` references
//!   from an id string.

use super::docs;
use super::models::is_optional;
use super::types::{ident, rust_type_in};
use crate::model::names::Scope;
use crate::model::{Accessor, Field, Model, Struct, TypeDef, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Builders, one chunk per request type (see [`super::Emitter`]). `gated`: put each builder
/// behind the cargo features of the operation groups that use it.
pub fn emit(model: &Model, gated: bool, sink: &mut dyn FnMut(TokenStream)) {
    let mut need = crate::runtime::Need::None;
    for t in model.types.iter().filter(|t| matches!(&t.kind, TypeKind::Struct(s) if s.builder.is_some())) {
        need.add(&t.groups);
    }
    let cfg = super::gate::need_cfg(&need, gated);
    let imports = need.is_some().then(|| quote!(#cfg use super::models;));
    sink(quote! {
        //! Builders for request bodies. Start one with `Model::builder(...)`; required properties
        //! are its arguments, so `build()` always succeeds.
        #imports
    });
    let mut gate = super::gate::Gate::new(sink, gated);
    for t in super::by_groups(&model.types, |t| &t.groups) {
        // A struct that can be sent has its builder's name (`Model::check`).
        if let TypeKind::Struct(s @ Struct { builder: Some(bname), .. }) = &t.kind {
            let mut chunk = builder(model, t, s, bname);
            chunk.extend(id_reference(t, s));
            gate.item(&t.groups, chunk);
        }
    }
    gate.finish();
}

/// How a setter takes a value of `ty`, and how that value becomes the field's type.
fn param(model: &Model, ty: &TypeRef, value: &proc_macro2::Ident) -> (TokenStream, TokenStream) {
    match ty {
        TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 => {
            (rust_type_in(model, ty, &quote!(models::)), quote!(#value))
        }
        TypeRef::Vec(inner) => {
            let item = item_param(model, inner);
            let conv = if is_by_value(inner) {
                quote!(#value.into_iter().collect())
            } else {
                quote!(#value.into_iter().map(::std::convert::Into::into).collect())
            };
            (quote!(impl ::std::iter::IntoIterator<Item = #item>), conv)
        }
        TypeRef::Map(inner) => {
            let v = item_param(model, inner);
            let conv = if is_by_value(inner) {
                quote!(#value.into_iter().map(|(k, v)| (k.into(), v)).collect())
            } else {
                quote!(#value.into_iter().map(|(k, v)| (k.into(), v.into())).collect())
            };
            (
                quote!(impl ::std::iter::IntoIterator<Item = (impl ::std::convert::Into<::std::string::String>, #v)>),
                conv,
            )
        }
        _ => {
            let t = rust_type_in(model, ty, &quote!(models::));
            (quote!(impl ::std::convert::Into<#t>), quote!(#value.into()))
        }
    }
}

fn is_by_value(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 | TypeRef::Vec(_) | TypeRef::Map(_)
    )
}

fn item_param(model: &Model, ty: &TypeRef) -> TokenStream {
    let t = rust_type_in(model, ty, &quote!(models::));
    if is_by_value(ty) {
        t
    } else {
        quote!(impl ::std::convert::Into<#t>)
    }
}

/// Wraps a converted value for storage in field `f`.
fn store(f: &Field, conv: TokenStream) -> TokenStream {
    let v = if f.boxed { quote!(::std::boxed::Box::new(#conv)) } else { conv };
    if is_optional(f) {
        quote!(Some(#v))
    } else {
        v
    }
}

/// The place a flattened setter writes to, creating empty containers on the way; `None` when a
/// container cannot be created empty (it has required properties) or is read-only.
fn flattened_place<'m>(model: &'m Model, a: &Accessor) -> Option<(TokenStream, &'m Field)> {
    let (last, containers) = a.path.split_last()?;
    let mut place = quote!(self.inner);
    for step in containers {
        let f = model.field_at(*step)?;
        if f.read_only || !model.struct_of(&f.ty)?.1.fillable() {
            return None;
        }
        let name = ident(&f.name);
        place = if is_optional(f) {
            quote!(#place.#name.get_or_insert_with(::std::default::Default::default))
        } else {
            quote!(#place.#name)
        };
    }
    let leaf = model.field_at(*last)?;
    if leaf.read_only {
        return None;
    }
    let name = ident(&leaf.name);
    Some((quote!(#place.#name), leaf))
}

fn setter_docs(f: &Field) -> TokenStream {
    let mut d = docs::attrs(f.docs.as_deref());
    if f.create_only {
        d.extend(docs::lines("\nOnly honoured when the resource is created; ignored on update."));
    }
    d
}

/// Setter (and `push_`/`insert_` helpers for collections) writing `place`.
fn setters(model: &Model, name: &str, place: TokenStream, f: &Field, scope: &mut Scope) -> TokenStream {
    let (pty, conv) = param(model, &f.ty, &format_ident!("value"));
    let value = store(f, conv);
    let d = setter_docs(f);
    let m = ident(name);
    let mut out = quote! {
        #d
        pub fn #m(mut self, value: #pty) -> Self {
            #place = #value;
            self
        }
    };
    let target =
        if is_optional(f) { quote!(#place.get_or_insert_with(::std::default::Default::default)) } else { place };
    match &f.ty {
        TypeRef::Vec(inner) if !f.boxed => {
            let push = ident(&scope.claim(&format!("push_{name}"), &[]));
            let item = item_param(model, inner);
            let conv = if is_by_value(inner) { quote!(value) } else { quote!(value.into()) };
            let doc = format!(" Appends one item to `{name}`.");
            out.extend(quote! {
                #[doc = #doc]
                pub fn #push(mut self, value: #item) -> Self {
                    #target.push(#conv);
                    self
                }
            });
        }
        TypeRef::Map(inner) if !f.boxed => {
            let insert = ident(&scope.claim(&format!("insert_{name}"), &[]));
            let v = item_param(model, inner);
            let conv = if is_by_value(inner) { quote!(value) } else { quote!(value.into()) };
            let doc = format!(" Adds one entry to `{name}`.");
            out.extend(quote! {
                #[doc = #doc]
                pub fn #insert(mut self, key: impl ::std::convert::Into<::std::string::String>, value: #v) -> Self {
                    #target.insert(key.into(), #conv);
                    self
                }
            });
        }
        _ => {}
    }
    out
}

fn builder(model: &Model, t: &TypeDef, s: &Struct, bname: &str) -> TokenStream {
    let name = ident(&t.name);
    let bname = ident(bname);
    let mut scope = Scope::with_reserved(&["build"]);
    for f in s.fields.iter().filter(|f| !f.read_only) {
        scope.claim(&f.name, &[]);
    }
    for a in &s.accessors {
        scope.claim(&a.name, &[]);
    }
    let mut methods = TokenStream::new();
    for f in s.fields.iter().filter(|f| !f.read_only) {
        let fname = ident(&f.name);
        methods.extend(setters(model, &f.name, quote!(self.inner.#fname), f, &mut scope));
    }
    for a in &s.accessors {
        if let Some((place, leaf)) = flattened_place(model, a) {
            methods.extend(setters(model, &a.name, place, leaf, &mut scope));
        }
    }
    if let Some(a) = &s.additional {
        let aname = ident(&a.name);
        let insert = ident(&scope.claim("insert_additional_property", &[]));
        let (v, conv) = match &a.ty {
            TypeRef::Bool | TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64 => {
                (rust_type_in(model, &a.ty, &quote!(models::)), quote!(value))
            }
            other => {
                let t = rust_type_in(model, other, &quote!(models::));
                (quote!(impl ::std::convert::Into<#t>), quote!(value.into()))
            }
        };
        methods.extend(quote! {
            /// Adds a property the schema does not name (`additionalProperties`).
            pub fn #insert(mut self, key: impl ::std::convert::Into<::std::string::String>, value: #v) -> Self {
                self.inner.#aname.insert(key.into(), #conv);
                self
            }
        });
    }
    // `builder(required...)`: every field listed, required ones from the arguments.
    let required: Vec<&Field> = s.fields.iter().filter(|f| f.required && !f.read_only).collect();
    let args = required.iter().map(|f| {
        let n = ident(&f.name);
        let (pty, _) = param(model, &f.ty, &n);
        quote!(#n: #pty)
    });
    let inits = s.fields.iter().map(|f| {
        let n = ident(&f.name);
        if f.required && !f.read_only {
            let (_, conv) = param(model, &f.ty, &n);
            let v = store(f, conv);
            if n == v.to_string() {
                quote!(#n)
            } else {
                quote!(#n: #v)
            }
        } else if is_optional(f) {
            quote!(#n: None)
        } else {
            quote!(#n: ::std::default::Default::default())
        }
    });
    let additional_init = s.additional.as_ref().map(|a| {
        let n = ident(&a.name);
        quote!(#n: ::std::default::Default::default(),)
    });
    let req_doc = if required.is_empty() {
        String::new()
    } else {
        let names: Vec<String> = required.iter().map(|f| docs::code(&f.wire)).collect();
        format!(" Takes the required properties: {}.", names.join(", "))
    };
    let start_doc = format!(" Starts a builder for a request body.{req_doc}");
    // Required properties are the arguments: as many as the spec requires.
    let many = (args.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let bdoc = format!(" Builds a [`{0}`](models::{0}). Read-only properties have no setter.", t.name);
    quote! {
        impl models::#name {
            #[doc = #start_doc]
            #many
            pub fn builder(#(#args),*) -> #bname {
                #bname { inner: models::#name { #(#inits,)* #additional_init } }
            }
            /// Turns a value (one read with GET, say) back into a builder, to change and send it.
            pub fn into_builder(self) -> #bname {
                #bname { inner: self }
            }
        }
        #[doc = #bdoc]
        #[derive(Clone, Debug)]
        #[must_use]
        pub struct #bname {
            inner: models::#name,
        }
        impl #bname {
            #methods
            /// The finished value.
            pub fn build(self) -> models::#name {
                self.inner
            }
        }
        impl ::std::convert::From<#bname> for models::#name {
            fn from(b: #bname) -> Self {
                b.inner
            }
        }
    }
}

/// `{ "id": ... }` references (SubResource and the like) convert from an id string.
fn id_reference(t: &TypeDef, s: &Struct) -> Option<TokenStream> {
    if !s.is_id_reference() {
        return None;
    }
    let f = s.fields.iter().find(|f| !f.read_only)?;
    let name = ident(&t.name);
    let fname = ident(&f.name);
    let rest = (s.fields.len() > 1).then(|| quote!(..::std::default::Default::default()));
    Some(quote! {
        impl ::std::convert::From<::std::string::String> for models::#name {
            /// A reference to the resource with this id.
            fn from(id: ::std::string::String) -> Self {
                models::#name { #fname: Some(id), #rest }
            }
        }
        impl ::std::convert::From<&str> for models::#name {
            /// A reference to the resource with this id.
            fn from(id: &str) -> Self {
                Self::from(id.to_owned())
            }
        }
    })
}
