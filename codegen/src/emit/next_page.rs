//! `x-ms-pageable.operationName`: a pager whose pages after the first are the named operation's
//! requests, built from each next link by a closure (the model says where each of that
//! operation's arguments comes from).

use super::operation::Plan;
use super::types::ident;
use crate::model::paging::{NextOperation, NextSource};
use crate::model::{Model, Operation, TypeRef};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The end of `op`'s method: its pager, with the closure that builds `next`'s requests.
pub fn tail(model: &Model, next: &NextOperation, span: &str, ok: &[Literal], name: &str) -> TokenStream {
    let Some(next_op) = model.operations.get(next.index) else { return TokenStream::new() };
    let mut captures = Vec::new();
    let (mut names, mut values) = (Vec::new(), Vec::new());
    let mut locals = Vec::new();
    let mut uses_link = false;
    for arg in &next.args {
        let Some(param) = param_of(model, next_op, &arg.wire, arg.location) else { continue };
        let string = param.ty == TypeRef::String;
        let value = match &arg.source {
            NextSource::Link => {
                uses_link = true;
                quote!(link)
            }
            NextSource::First { name, required } => {
                let n = ident(name);
                captures.push(capture(name, *required, string));
                match (*required, string) {
                    (true, true) => quote!(#n.as_str()),
                    (true, false) | (false, _) => quote!(&#n),
                }
            }
        };
        // The next operation's optional parameters are `Option`s there.
        let value = match (&arg.source, param.required) {
            (_, true) | (NextSource::First { required: false, .. }, false) => value,
            _ => quote!(Some(#value)),
        };
        if !param.required {
            locals.push(arg.wire.clone());
        }
        names.push(ident(&param.name));
        values.push(value);
    }
    let bindings = match (names.as_slice(), values.as_slice()) {
        ([], _) => TokenStream::new(),
        ([n], [v]) => quote!(let #n = #v;),
        _ => quote!(let (#(#names),*) = (#(#values),*);),
    };
    let plan = Plan::next_page(model, next_op, quote!(client), locals);
    let build = plan.request_statements();
    let link = if uses_link { quote!(link) } else { quote!(_) };
    quote! {
        let next = {
            #(#captures)*
            let client = self.client.clone();
            move |#link: &str| -> ::azure_core::Result<::azure_core::http::Request> {
                #bindings
                #(#build)*
                Ok(request)
            }
        };
        self.client.pager_with(#span, request, &[#(#ok),*], #name, ::std::boxed::Box::new(next), options.method_options)
    }
}

/// A parameter the next operation takes (its own, or a per-call client parameter).
fn param_of<'m>(
    model: &'m Model,
    op: &'m Operation,
    wire: &str,
    location: crate::model::ParamLocation,
) -> Option<&'m crate::model::Param> {
    let client = op.client_params.iter().filter_map(|w| model.client_param(w));
    op.params.iter().chain(client).find(|p| p.wire == wire && p.location == location)
}

/// The statement that moves the first operation's value `name` into the closure: an owned
/// copy of a `&str` argument, or the option taken out of the options struct.
fn capture(name: &str, required: bool, string: bool) -> TokenStream {
    let n = ident(name);
    match (required, string) {
        (true, true) => quote!(let #n = #n.to_owned();),
        (true, false) => TokenStream::new(),
        (false, _) => quote!(let #n = options.#n;),
    }
}
