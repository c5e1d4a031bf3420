//! One operation as a sub-client method: its arguments (required parameters positional,
//! optional ones in its `…Options` struct), the request it builds, and what it returns
//! (`Response<T>`, an azure_core `Poller` or `Pager`).

use super::docs;
use super::types::{ident, rust_type_in, url_template};
use crate::model::operations::ClientRole;
use crate::model::{Model, Operation, Param, ParamLocation, TypeId, TypeKind, TypeRef};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::BTreeSet;

use crate::model::returns::Returns;

mod body;
mod headers;
mod params;

use params::{push, text};

/// Everything the method and its options struct are printed from.
pub struct Plan<'a> {
    model: &'a Model,
    op: &'a Operation,
    options: Ident,
    shape: Returns,
    /// Positional arguments, after `&self`.
    args: Vec<TokenStream>,
    /// Fields of the options struct, before `method_options`.
    fields: Vec<TokenStream>,
    /// Statements that build `request`.
    build: Vec<TokenStream>,
    /// Header statements, run once `request` exists.
    headers: Vec<TokenStream>,
    /// `formData` fields: always-present ones (`form`'s initial items), then statements adding
    /// the optional and repeated ones.
    form: (Vec<TokenStream>, Vec<TokenStream>),
    /// Items printed beside the options struct (the body's content-type enum).
    items: Vec<TokenStream>,
    /// Statements on the call's context (a `User-Agent` parameter), last before sending.
    context: Vec<TokenStream>,
    /// The client the request is built on (`self.client`, or a next page's clone).
    client: TokenStream,
    /// For a next page's request (`x-ms-pageable.operationName`): the optional parameters it
    /// sends, read from locals of their names (`Option`s); the others are left out.
    locals: Option<Vec<String>>,
}

impl<'a> Plan<'a> {
    pub fn new(model: &'a Model, op: &'a Operation, sub: &Ident) -> Self {
        Self::build(model, op, sub, quote!(self.client), None)
    }

    /// The plan of `op`'s request as a next page's: built on `client`, with the optional
    /// parameters `locals` (by wire name) read from locals.
    pub fn next_page(model: &'a Model, op: &'a Operation, client: TokenStream, locals: Vec<String>) -> Self {
        // The options struct's name is not printed: the request's statements do not name it.
        Self::build(model, op, &format_ident!("Next"), client, Some(locals))
    }

    /// The statements that build `request`.
    pub fn request_statements(&self) -> &[TokenStream] {
        &self.build
    }

    fn build(
        model: &'a Model,
        op: &'a Operation,
        sub: &Ident,
        client: TokenStream,
        locals: Option<Vec<String>>,
    ) -> Self {
        let group = sub.to_string();
        let group = group.trim_end_matches("Client");
        let options =
            format_ident!("{}{}Options", group, heck::ToUpperCamelCase::to_upper_camel_case(op.name.as_str()));
        let mut plan = Plan {
            model,
            op,
            options,
            shape: model.returns(op),
            args: Vec::new(),
            fields: Vec::new(),
            build: Vec::new(),
            headers: Vec::new(),
            form: (Vec::new(), Vec::new()),
            items: Vec::new(),
            context: Vec::new(),
            client,
            locals,
        };
        plan.path();
        plan.query();
        plan.request();
        plan
    }

    /// `path`: the typed id's path, then the rest of the template, each value in its segment.
    fn path(&mut self) {
        let (model, op) = (self.model, self.op);
        self.build.push(quote!(let mut path = ::std::string::String::new();));
        let target = op.target.as_ref().and_then(|t| model.resources.get(t.resource).map(|r| (t, r)));
        let depth = match target {
            Some((t, r)) => {
                let id_ty = ident(&r.id_type);
                self.args.push(quote!(id: &ids::#id_ty));
                self.build.push(quote!(id.write_path(&mut path)?;));
                t.depth
            }
            None => 0,
        };
        let rest: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).skip(depth).collect();
        let template = if rest.is_empty() { String::new() } else { format!("/{}", rest.join("/")) };
        let names = placeholders(&template);
        let encoded = url_template(&template, &names);
        for piece in pieces(&encoded) {
            match piece {
                Piece::Text(text) => match text.as_str() {
                    "/" => self.build.push(quote!(path.push('/');)),
                    _ => self.build.push(quote!(path.push_str(#text);)),
                },
                Piece::Param(wire) => {
                    let value = self.path_value(&wire);
                    self.build.push(value);
                }
            }
        }
    }

    /// The statement appending one path parameter's value.
    fn path_value(&mut self, wire: &str) -> TokenStream {
        let op = self.op;
        if let Some(p) = op.params.iter().find(|p| p.wire == wire && p.location == ParamLocation::Path) {
            let value = match &p.constant {
                Some(c) => quote!(#c),
                None => {
                    let n = ident(&p.name);
                    self.args.push(arg(self.model, p));
                    text(self.model, p, quote!(#n)).borrowed()
                }
            };
            return push(value, p.skip_encoding, wire);
        }
        let role = self.model.client_param(wire).map(|c| c.role);
        if role == Some(ClientRole::Subscription) && op.client_params.iter().any(|c| c == wire) {
            let client = &self.client;
            return push(quote!(&#client.subscription_id), false, wire);
        }
        match self.model.client_params.iter().find(|c| c.wire == wire) {
            Some(c) => {
                let n = ident(&c.name);
                self.args.push(arg(self.model, c));
                push(text(self.model, c, quote!(#n)).borrowed(), c.skip_encoding, wire)
            }
            None => push(quote!(""), false, wire),
        }
    }

    /// `request`: method, headers, body.
    fn request(&mut self) {
        let method = format_ident!(
            "{}",
            heck::ToUpperCamelCase::to_upper_camel_case(self.op.method.to_ascii_lowercase().as_str())
        );
        let xml = self.op.response_format.is_xml();
        let binding = if !self.headers.is_empty() || self.op.body.is_some() || self.op.form.is_some() || xml {
            quote!(let mut request)
        } else {
            quote!(let request)
        };
        self.build.push(quote!(#binding = runtime::request(url, ::azure_core::http::Method::#method);));
        if let crate::model::xml::Format::Xml(media) = &self.op.response_format {
            self.build.push(quote!(request.insert_header("accept", #media);));
        }
        self.build.append(&mut self.headers);
        if let Some(kind) = self.op.form {
            let (items, more) = std::mem::take(&mut self.form);
            let encode = match kind {
                crate::model::operations::FormKind::Multipart => quote!(multipart),
                crate::model::operations::FormKind::UrlEncoded => quote!(urlencoded),
            };
            let binding = if more.is_empty() { quote!(let form) } else { quote!(let mut form) };
            self.build.push(quote! {
                #binding: ::std::vec::Vec<(&str, runtime::form::Part)> = vec![#(#items),*];
                #(#more)*
                let (content_type, body) = runtime::form::#encode(form);
                request.insert_header("content-type", content_type);
                request.set_body(body);
            });
        }
        if let Some(body) = &self.op.body {
            self.body(body);
        }
        self.build.append(&mut self.context);
    }

    /// The type a response body decodes as (and its format): its own, `Rfc3339<T>` for
    /// date-times, `Option<T>` read with `NullableJson` (no body is `None`) where `x-nullable`.
    fn result_type(&self, ty: &TypeRef) -> TokenStream {
        let t = model_type(self.model, ty);
        let xml = self.op.responses.iter().find(|r| r.ty.as_ref() == Some(ty)).and_then(|r| r.xml.as_ref());
        if let Some(root) = xml {
            match root.item {
                Some(_) => quote!(#t, super::super::XmlList),
                None => quote!(#t, ::azure_core::http::XmlFormat),
            }
        } else if needs_rfc3339(self.model, ty) {
            quote!(super::super::Rfc3339<#t>)
        } else if matches!(ty, TypeRef::Nullable(_)) && !matches!(self.shape, Returns::Lro(..)) {
            quote!(#t, super::super::NullableJson)
        } else {
            t
        }
    }

    /// The method.
    pub fn method(&self) -> TokenStream {
        let (op, model) = (self.op, self.model);
        let name = ident(&op.name);
        let options = &self.options;
        let args = &self.args;
        let build = &self.build;
        let ok: Vec<proc_macro2::Literal> =
            op.responses.iter().map(|r| proc_macro2::Literal::u16_unsuffixed(r.status)).collect();
        let span = op.id.replacen('_', ".", 1);
        let mut text = op.docs.as_deref().map(docs::clean).unwrap_or_default();
        let optional_form =
            self.op.params.iter().any(|p| p.location == ParamLocation::Form && !p.required && p.constant.is_none());
        let user_agent = self.op.params.iter().any(|p| p.location == ParamLocation::UserAgent && p.constant.is_none());
        let opt_mut =
            (self.op.body.as_ref().is_some_and(|b| !b.required) || optional_form || user_agent).then(|| quote!(mut));
        let (asyncness, ret, tail) = match &self.shape {
            Returns::Unit | Returns::Body(_) => {
                let t = match &self.shape {
                    Returns::Body(ty) => self.result_type(ty),
                    _ => quote!((), ::azure_core::http::NoFormat),
                };
                (
                    quote!(async),
                    quote!(::azure_core::http::Response<#t>),
                    quote! {
                        let context = &options.method_options.context;
                        self.client.call(context, #span, request, &[#(#ok),*]).await
                    },
                )
            }
            Returns::Lro(result, via) => {
                text.push_str("\n\nLong-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.");
                let t = match result {
                    Some(ty) => self.result_type(ty),
                    None => quote!((), ::azure_core::http::NoFormat),
                };
                let via = super::senders::final_state(*via);
                (
                    TokenStream::new(),
                    quote!(::azure_core::http::Poller<super::super::OperationStatus<#t>>),
                    quote! {
                        let final_state = super::super::FinalState::#via;
                        self.client.poller(#span, request, &[#(#ok),*], final_state, options.method_options)
                    },
                )
            }
            Returns::Stream => {
                text.push_str(
                    "\n\nThe response body is bytes, streamed: [`azure_core::http::AsyncResponse::into_body`].",
                );
                (
                    quote!(async),
                    quote!(::azure_core::http::AsyncResponse),
                    quote! {
                        let context = &options.method_options.context;
                        self.client.stream(context, #span, request, &[#(#ok),*]).await
                    },
                )
            }
            Returns::LroPager(page, via) => {
                text.push_str(
                    "\n\nLong-running and pageable: the [`Pager`](azure_core::http::Pager)'s first page is the operation's result \
                     (polled to the end); it streams items across pages.",
                );
                let page = model_type(model, page);
                let via = super::senders::final_state(*via);
                let next = super::senders::next_link_name(op);
                (
                    TokenStream::new(),
                    quote!(::azure_core::http::Pager<#page>),
                    quote! {
                        let final_state = super::super::FinalState::#via;
                        self.client.lro_pager(#span, request, &[#(#ok),*], final_state, #next, options.method_options)
                    },
                )
            }
            Returns::Pager(page) => {
                text.push_str("\n\nPageable: the [`Pager`](azure_core::http::Pager) streams items across pages.");
                let page = model_type(model, page);
                let next = super::senders::next_link_name(op);
                let next_op =
                    op.paging.as_ref().and_then(|p| Some((p.next_operation.as_ref()?, p.next_link.as_ref()?)));
                let tail = match next_op {
                    Some((next_op, name)) => super::next_page::tail(model, next_op, &span, &ok, name),
                    None => quote! {
                        self.client.pager(#span, request, &[#(#ok),*], #next, options.method_options)
                    },
                };
                (TokenStream::new(), quote!(::azure_core::http::Pager<#page>), tail)
            }
        };
        text.push_str(&format!("\n\n{} ({}).", docs::code(&format!("{} {}", op.method, op.path)), docs::code(&op.id)));
        let d = docs::lines(text.trim_start());
        let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
        quote! {
            #d
            #deprecated
            pub #asyncness fn #name(&self, #(#args,)* options: ::std::option::Option<#options<'_>>) -> ::azure_core::Result<#ret> {
                let #opt_mut options = options.unwrap_or_default();
                #(#build)*
                #tail
            }
        }
    }

    /// The method's options struct, and the items printed beside it.
    pub fn options_struct(&self) -> TokenStream {
        let name = &self.options;
        let fields = &self.fields;
        let method_options = match &self.shape {
            Returns::Lro(..) => quote!(::azure_core::http::poller::PollerOptions<'a>),
            Returns::Pager(_) | Returns::LroPager(..) => quote!(::azure_core::http::pager::PagerOptions<'a>),
            _ => quote!(::azure_core::http::ClientMethodOptions<'a>),
        };
        let doc = format!(" Options for `{}`; `method_options` holds the call's context.", self.op.name);
        let items = &self.items;
        quote! {
            #(#items)*
            #[doc = #doc]
            #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
            pub struct #name<'a> {
                #(#fields)*
                pub method_options: #method_options,
            }
        }
    }
}

/// Whether a body is date-times itself (through aliases): serde needs `Rfc3339` around it.
pub fn needs_rfc3339(model: &Model, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Named(id) => match model.resolve_alias(*id).map(|t| &t.kind) {
            Some(TypeKind::Alias(inner)) => super::types::has_date_time(inner),
            _ => false,
        },
        ty => super::types::has_date_time(ty),
    }
}

/// Whether an operation gets a `…Headers` trait: it declares response headers, and its response
/// is a `Response` (a pager's pages and streamed bytes are not).
pub fn declares_headers(model: &Model, op: &Operation) -> bool {
    !matches!(model.returns(op), Returns::Pager(_) | Returns::LroPager(..) | Returns::Stream)
        && op.responses.iter().any(|r| !r.headers.is_empty())
}

/// A positional argument for a required parameter.
fn arg(model: &Model, p: &Param) -> TokenStream {
    let n = ident(&p.name);
    match &p.ty {
        TypeRef::String => quote!(#n: &str),
        ty => {
            let t = model_type(model, ty);
            quote!(#n: #t)
        }
    }
}

/// `{name}` placeholders of a template.
fn placeholders(template: &str) -> Vec<String> {
    pieces(template)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Param(w) => Some(w),
            Piece::Text(_) => None,
        })
        .collect()
}

enum Piece {
    Text(String),
    Param(String),
}

fn pieces(template: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest.get(open..).and_then(|r| r.find('}')).map(|c| c + open) else { break };
        if let Some(text) = rest.get(..open).filter(|t| !t.is_empty()) {
            out.push(Piece::Text(text.to_owned()));
        }
        out.push(Piece::Param(rest.get(open + 1..close).unwrap_or("").to_owned()));
        rest = rest.get(close + 1..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_owned()));
    }
    out
}

/// Whether a group's methods name model types (its module then imports `models`).
pub fn uses_models(model: &Model, ops: &[&Operation]) -> bool {
    let mut ids = BTreeSet::new();
    for op in ops {
        // Constants are literals, and the typed id writes the path parameters it covers.
        let covered = covered_by_id(model, op);
        let params = op.params.iter().filter(|p| p.constant.is_none() && !covered.contains(&p.wire));
        let tys = params.map(|p| &p.ty).chain(op.body.iter().map(|b| &b.ty));
        let results = op.responses.iter().filter_map(|r| r.ty.as_ref()).take(1);
        for ty in tys.chain(results) {
            named(ty, &mut ids);
        }
        // `api-version` and `subscriptionId` are the client's strings, never their spec types.
        let typed = op.client_params.iter().filter_map(|w| model.client_param(w));
        for c in typed.filter(|c| c.role == ClientRole::Other) {
            named(&c.ty, &mut ids);
        }
    }
    !ids.is_empty()
}

/// The path parameters the operation's typed id writes (the template's first segments).
fn covered_by_id(model: &Model, op: &Operation) -> Vec<String> {
    let Some(t) = op.target.as_ref().filter(|t| model.resources.get(t.resource).is_some()) else { return Vec::new() };
    let covered: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).take(t.depth).collect();
    placeholders(&format!("/{}", covered.join("/")))
}

fn named(ty: &TypeRef, out: &mut BTreeSet<TypeId>) {
    match ty {
        TypeRef::Named(id) => {
            out.insert(*id);
        }
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => named(inner, out),
        _ => {}
    }
}

/// A type as the group modules name it: model types through their `models` import.
fn model_type(model: &Model, ty: &TypeRef) -> TokenStream {
    rust_type_in(model, ty, &quote!(models::))
}
