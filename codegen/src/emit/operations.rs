//! The `operations` module: one handle per operation group (`client.express_route_circuits()`),
//! one method per operation. Methods return a [`Call`], [`Lro`] or [`Pager`] from the runtime:
//! the request is built up front (inspectable as an `http::Request`), parsing is a plain
//! function, and all sending, polling and paging logic is shared runtime code, not repeated per
//! operation.

use super::docs;
use super::types::{ident, rust_type, url_template};
use crate::model::{FinalStateVia, Model, Operation, Param, ParamLocation, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// Operations, one chunk per group (see [`super::Emitter`]). `gated`: put each group behind its
/// cargo feature.
pub fn emit(model: &Model, gated: bool, sink: &mut dyn FnMut(TokenStream)) {
    let mut groups: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    for op in &model.operations {
        groups.entry(op.group.as_str()).or_default().push(op);
    }
    sink(quote! {
        //! Operations, by group. Get a group from the [`Client`], then call its methods: `.await`
        //! the result, or inspect and send the request yourself.
        #![allow(clippy::too_many_arguments)]
        #[allow(unused_imports)]
        use super::client::{self, Client};
        #[allow(unused_imports)]
        use super::models::*;
        #[allow(unused_imports)]
        use super::ids;
    });
    let mut accessors = TokenStream::new();
    for (group, ops) in &groups {
        let Some(first) = ops.first() else { continue };
        let gname = ident(group);
        let gfn = ident(&first.group_fn);
        let gdoc = format!(" `{group}` operations.");
        let feature = first.group_fn.as_str();
        let cfg = if gated { quote!(#[cfg(feature = #feature)]) } else { TokenStream::new() };
        accessors.extend(quote! {
            #[doc = #gdoc]
            #cfg
            pub fn #gfn(&self) -> #gname<'_> {
                #gname { client: self }
            }
        });
        let mut methods = TokenStream::new();
        let mut extra = TokenStream::new();
        for op in ops {
            let (m, e) = operation(model, op, &cfg);
            methods.extend(m);
            extra.extend(e);
        }
        sink(quote! {
            #[doc = #gdoc]
            #cfg
            #[derive(Clone, Copy, Debug)]
            pub struct #gname<'a> {
                client: &'a Client,
            }
            #cfg
            impl #gname<'_> {
                #methods
            }
            #extra
        });
    }
    sink(quote! { impl Client { #accessors } });
}

/// How a parameter value becomes text in the URL or a header.
fn to_text(p: &Param, value: TokenStream) -> TokenStream {
    match &p.ty {
        TypeRef::String => quote!(#value.to_string()),
        TypeRef::Vec(_) => {
            let sep = match p.collection_format.as_deref() {
                Some("ssv") => " ",
                Some("tsv") => "\t",
                Some("pipes") => "|",
                _ => ",",
            };
            quote!(#value.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(#sep))
        }
        TypeRef::Json | TypeRef::Map(_) => quote!(serde_json::to_string(&#value).unwrap_or_default()),
        _ => quote!(#value.to_string()),
    }
}

fn param_type(model: &Model, p: &Param) -> TokenStream {
    match &p.ty {
        TypeRef::String => quote!(&str),
        ty => {
            let t = rust_type(model, ty);
            quote!(#t)
        }
    }
}

/// What the success responses decode to.
enum Output {
    Unit,
    Body(TypeRef),
    /// Some statuses carry the body, others none.
    Optional(TypeRef),
    /// Different bodies by status: a generated enum.
    ByStatus(proc_macro2::Ident),
}

fn output(op: &Operation) -> Output {
    let mut types: Vec<&TypeRef> = Vec::new();
    for r in &op.responses {
        if let Some(t) = &r.ty {
            if !types.contains(&t) {
                types.push(t);
            }
        }
    }
    let all_have_body = op.responses.iter().all(|r| r.ty.is_some());
    match types.as_slice() {
        [] => Output::Unit,
        [one] if all_have_body || op.long_running.is_some() => Output::Body((*one).clone()),
        [one] => Output::Optional((*one).clone()),
        _ if op.long_running.is_some() => Output::Body(types.first().map(|t| (*t).clone()).unwrap_or(TypeRef::Json)),
        _ => Output::ByStatus(ident(&op.response_enum)),
    }
}

/// The method for one operation, and any item it needs beside the group (a response enum).
fn operation(model: &Model, op: &Operation, cfg: &TokenStream) -> (TokenStream, TokenStream) {
    let name = ident(&op.name);
    let method = ident(&op.method);
    let mut args = Vec::new();
    let mut prelude = Vec::new();
    let mut path_values = Vec::new();
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let mut docs_text = op.docs.as_deref().map(docs::clean).unwrap_or_default();

    // Path parameters: those covered by the target resource come from its typed id.
    let path_params: Vec<String> = segments_params(&op.path);
    let target = op.target.as_ref().and_then(|t| model.resources.get(t.resource).map(|r| (t, r)));
    let covered = match &target {
        Some((t, _)) => {
            op.path.split('/').filter(|s| !s.is_empty()).take(t.depth).filter(|s| s.starts_with('{')).count()
        }
        None => 0,
    };
    // The typed id writes the path it covers; the template is what follows it.
    let (base, template) = match &target {
        Some((t, r)) => {
            let id_ty = ident(&r.id_type);
            args.push(quote!(id: &ids::#id_ty));
            let rest: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).skip(t.depth).collect();
            let rest = if rest.is_empty() { String::new() } else { format!("/{}", rest.join("/")) };
            (quote!(Some(id)), url_template(&rest, &path_params))
        }
        None => (quote!(None), url_template(&op.path, &path_params)),
    };
    for wire in path_params.iter().skip(covered) {
        if let Some(p) = op.params.iter().find(|p| &p.wire == wire && p.location == ParamLocation::Path) {
            let n = ident(&p.name);
            let text = format_ident!("{}_text", p.name);
            if p.constant.is_none() {
                let ty = param_type(model, p);
                args.push(quote!(#n: #ty));
            }
            let value = match &p.constant {
                Some(c) => quote!(#c.to_owned()),
                None => to_text(p, quote!(#n)),
            };
            prelude.push(quote!(let #text = #value;));
            let raw = p.skip_encoding;
            path_values.push(quote!((#wire, #text.as_str(), #raw)));
        } else if op.client_params.iter().any(|c| c == wire) {
            let is_sub = model.client_params.iter().any(|c| &c.wire == wire && c.name == "subscription_id");
            if is_sub {
                prelude.push(quote!(let subscription_id = client_ref.client_subscription()?;));
                path_values.push(quote!((#wire, subscription_id, false)));
            } else if let Some(c) = model.client_params.iter().find(|c| &c.wire == wire) {
                // Other client-level path parameters are taken per call.
                let n = ident(&c.name);
                args.push(quote!(#n: &str));
                let raw = c.skip_encoding;
                path_values.push(quote!((#wire, #n, #raw)));
            }
        }
    }
    // Query and header parameters (api-version is added by the client), as `Option`s so
    // optional ones drop out: `[Some(("a", x)), b.map(|v| ("b", v))]`.
    for p in op.params.iter().filter(|p| p.location != ParamLocation::Path) {
        let n = ident(&p.name);
        let wire = &p.wire;
        let ty = param_type(model, p);
        let multi = p.collection_format.as_deref() == Some("multi") && matches!(p.ty, TypeRef::Vec(_));
        let entry = match (&p.constant, p.required) {
            (Some(c), _) => quote!(Some((#wire, #c.to_owned()))),
            // `multi`: the key repeats, once per value.
            (None, true) if multi => {
                args.push(quote!(#n: #ty));
                quote!(#n.iter().map(|x| (#wire, x.to_string())))
            }
            (None, false) if multi => {
                args.push(quote!(#n: Option<#ty>));
                quote!(#n.iter().flatten().map(|x| (#wire, x.to_string())))
            }
            (None, true) => {
                args.push(quote!(#n: #ty));
                let t = to_text(p, quote!(#n));
                quote!(Some((#wire, #t)))
            }
            (None, false) => {
                args.push(quote!(#n: Option<#ty>));
                let t = to_text(p, quote!(x));
                quote!(#n.map(|x| (#wire, #t)))
            }
        };
        match p.location {
            ParamLocation::Query => query.push(entry),
            _ => headers.push(entry),
        }
    }
    for wire in op.client_params.iter().filter(|w| *w != "api-version" && *w != "subscriptionId") {
        if let Some(c) = model.client_params.iter().find(|c| &c.wire == wire && c.location != ParamLocation::Path) {
            let n = ident(&c.name);
            let ty = param_type(model, c);
            let entry = if c.required {
                args.push(quote!(#n: #ty));
                let t = to_text(c, quote!(#n));
                quote!(Some((#wire, #t)))
            } else {
                args.push(quote!(#n: Option<#ty>));
                let t = to_text(c, quote!(x));
                quote!(#n.map(|x| (#wire, #t)))
            };
            match c.location {
                ParamLocation::Query => query.push(entry),
                _ => headers.push(entry),
            }
        }
    }
    let body = match &op.body {
        Some(b) => {
            let ty = rust_type(model, &b.ty);
            if b.required {
                args.push(quote!(body: impl Into<#ty>));
                prelude.push(quote!(let body: #ty = body.into();));
                quote!(client::to_body(&body)?)
            } else {
                args.push(quote!(body: Option<#ty>));
                quote!(match &body {
                    Some(b) => client::to_body(b)?,
                    None => None,
                })
            }
        }
        None => quote!(None),
    };
    let query_arg = if query.is_empty() {
        quote!(&[])
    } else {
        prelude.push(quote!(let mut query: Vec<(&str, String)> = Vec::new();));
        prelude.extend(query.iter().map(|q| quote!(query.extend(#q);)));
        quote!(&query)
    };
    let headers_arg = if headers.is_empty() {
        quote!(&[])
    } else {
        prelude.push(quote!(let mut headers: Vec<(&str, String)> = Vec::new();));
        prelude.extend(headers.iter().map(|q| quote!(headers.extend(#q);)));
        quote!(&headers)
    };
    let request = quote! {
        let client_ref = self.client;
        let request = client::build(|| {
            #(#prelude)*
            client_ref.request(http::Method::#method, #base, #template, &[#(#path_values),*], #query_arg, #headers_arg, #body)
        });
    };
    let statuses: Vec<u16> = op.responses.iter().map(|r| r.status).collect();
    let out = output(op);
    let mut extra = TokenStream::new();
    let (ret, body) = if let Some(via) = op.long_running {
        let final_state = match via {
            FinalStateVia::AzureAsyncOperation => quote!(client::FinalState::AzureAsyncOperation),
            FinalStateVia::Location => quote!(client::FinalState::Location),
            FinalStateVia::OriginalUri => quote!(client::FinalState::OriginalUri),
            FinalStateVia::OperationLocation => quote!(client::FinalState::OperationLocation),
        };
        let with_body: Vec<u16> =
            op.responses.iter().filter(|r| r.ty.is_some() && r.status != 202).map(|r| r.status).collect();
        let (t, body_statuses, finish) = match &out {
            Output::Body(ty) | Output::Optional(ty) => {
                let t = rust_type(model, ty);
                let body_statuses = if with_body.is_empty() { vec![200u16] } else { with_body };
                (t, body_statuses, quote!(client::required))
            }
            _ => (quote!(()), Vec::new(), quote!(client::unit)),
        };
        docs_text.push_str(
            "\n\nLong-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.",
        );
        (
            quote!(client::Lro<#t>),
            quote! {
                #request
                client::Lro::new(self.client, request, &[#(#statuses),*], &[#(#body_statuses),*], #final_state, #finish)
            },
        )
    } else if let Some((item_ty, items_expr)) = paging(model, op) {
        docs_text.push_str("\n\nPageable: `try_next().await` yields items across pages.");
        (
            quote!(client::Pager<#item_ty>),
            quote! {
                #request
                client::Pager::new(self.client, request, &[#(#statuses),*], #items_expr)
            },
        )
    } else {
        let (t, decode) = match &out {
            Output::Unit => (quote!(()), quote!(client::empty)),
            Output::Body(ty) => (rust_type(model, ty), quote!(client::json)),
            Output::Optional(ty) => {
                let with: Vec<u16> = op.responses.iter().filter(|r| r.ty.is_some()).map(|r| r.status).collect();
                (
                    {
                        let t = rust_type(model, ty);
                        quote!(Option<#t>)
                    },
                    quote!(|s, b| if [#(#with),*].contains(&s) { client::json(s, b).map(Some) } else { Ok(None) }),
                )
            }
            Output::ByStatus(ename) => {
                extra.extend(status_enum(model, op, ename, cfg));
                let arms = op.responses.iter().map(|r| {
                    let s = r.status;
                    let v = format_ident!("Status{}", s);
                    match &r.ty {
                        Some(_) => quote!(#s => client::json(s, b).map(#ename::#v),),
                        None => quote!(#s => Ok(#ename::#v),),
                    }
                });
                (
                    quote!(#ename),
                    quote!(|s, b| match s { #(#arms)* _ => Err(client::Error::UnexpectedStatus { status: s, body: b.to_vec() }) }),
                )
            }
        };
        (
            quote!(client::Call<#t>),
            quote! { #request client::Call::new(self.client, request, &[#(#statuses),*], #decode) },
        )
    };
    let mut text = docs_text;
    text.push_str(&format!("\n\n{} ({}).", docs::code(&format!("{} {}", op.method, op.path)), docs::code(&op.id)));
    let d = docs::lines(text.trim_start());
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    (
        quote! {
            #d
            #deprecated
            pub fn #name(&self, #(#args),*) -> #ret {
                #body
            }
        },
        extra,
    )
}

fn segments_params(path: &str) -> Vec<String> {
    path.split('/')
        .filter(|s| s.starts_with('{') && s.ends_with('}'))
        .map(|s| s.trim_matches(|c| c == '{' || c == '}').to_owned())
        .collect()
}

/// For a pageable operation whose page is a struct with the item array: the item type, and a
/// decoder to `(items, next link)`.
fn paging(model: &Model, op: &Operation) -> Option<(TokenStream, TokenStream)> {
    let p = op.paging.as_ref()?;
    let item = p.item.as_ref()?;
    let page = op.responses.iter().find_map(|r| r.ty.clone())?;
    let TypeRef::Named(pid) = &page else { return None };
    let t = model.resolve_alias(*pid)?;
    let TypeKind::Struct(s) = &t.kind else { return None };
    let items = s.fields.iter().find(|f| f.wire == p.item_name)?;
    let items_name = ident(&items.name);
    let items_get =
        if items.required { quote!(page.#items_name) } else { quote!(page.#items_name.unwrap_or_default()) };
    let next_get = match p.next_link.as_ref().and_then(|n| s.fields.iter().find(|f| &f.wire == n)) {
        Some(f) if f.ty == TypeRef::String => {
            let n = ident(&f.name);
            if f.required {
                quote!(Some(page.#n))
            } else {
                quote!(page.#n)
            }
        }
        _ => quote!(None),
    };
    let page_ty = rust_type(model, &page);
    let item_ty = rust_type(model, item);
    let expr = quote!(|s: u16, b: &[u8]| client::json::<#page_ty>(s, b).map(|page| (#items_get, #next_get)));
    Some((item_ty, expr))
}

fn status_enum(model: &Model, op: &Operation, name: &proc_macro2::Ident, cfg: &TokenStream) -> TokenStream {
    let variants = op.responses.iter().map(|r| {
        let v = format_ident!("Status{}", r.status);
        let d = docs::attrs(r.docs.as_deref());
        match &r.ty {
            Some(t) => {
                let t = rust_type(model, t);
                quote!(#d #v(#t),)
            }
            None => quote!(#d #v,),
        }
    });
    let doc = format!(" The responses of {}, by status.", docs::code(&op.id));
    quote! {
        #[doc = #doc]
        #cfg
        #[derive(Clone, Debug, PartialEq)]
        pub enum #name { #(#variants)* }
    }
}
