//! The client's constructors: Resource Manager's (credential and subscription, the endpoint and
//! token scope from the cloud), a host template's, and a data-plane endpoint's (a token
//! credential, an API key, or nothing).

use super::docs;
use super::types::ident;
use crate::model::Model;
use proc_macro2::TokenStream;
use quote::quote;

/// ARM: credential and subscription; the endpoint and token scope from the cloud.
pub fn arm(options: &proc_macro2::Ident) -> TokenStream {
    quote! {
        /// A client for `subscription_id`, authenticated by `credential` (e.g.
        /// `azure_identity::DeveloperToolsCredential`). The endpoint and the token's scope come
        /// from `options.client_options.cloud`: Azure's public cloud by default, China or US
        /// Government, or a custom cloud whose audiences name this client's type.
        pub fn new(
            credential: ::std::sync::Arc<dyn ::azure_core::credentials::TokenCredential>,
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            options: ::std::option::Option<#options>,
        ) -> ::azure_core::Result<Self> {
            let options = options.unwrap_or_default();
            let audience = super::runtime::arm::audience::<Self>(options.client_options.cloud.as_deref())?;
            let endpoint = super::runtime::endpoint(&audience)?;
            let scope = super::runtime::scope_of(&audience);
            Ok(Self::build(endpoint, Some((credential, scope)), subscription_id, options))
        }

        /// A client for another endpoint (Azure Stack, a test server), with the token scope
        /// `<endpoint>/.default`.
        pub fn with_endpoint(
            endpoint: &str,
            credential: ::std::sync::Arc<dyn ::azure_core::credentials::TokenCredential>,
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            options: ::std::option::Option<#options>,
        ) -> ::azure_core::Result<Self> {
            let endpoint = super::runtime::endpoint(endpoint)?;
            let scope = super::runtime::scope_of(endpoint.origin().ascii_serialization().as_str());
            Ok(Self::build(endpoint, Some((credential, scope)), subscription_id, options.unwrap_or_default()))
        }

        /// A client for `endpoint` that sends no credential (an emulator, a test server).
        pub fn with_no_credential(
            endpoint: &str,
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            options: ::std::option::Option<#options>,
        ) -> ::azure_core::Result<Self> {
            let endpoint = super::runtime::endpoint(endpoint)?;
            Ok(Self::build(endpoint, None, subscription_id, options.unwrap_or_default()))
        }
    }
}

/// `x-ms-parameterized-host`: the template's parameters without a default are the constructors'
/// arguments; those with one are fields of the options.
pub fn host(
    model: &Model,
    host: &crate::model::host::HostTemplate,
    options: &proc_macro2::Ident,
    arm: bool,
) -> TokenStream {
    let required: Vec<_> = host.params.iter().filter(|p| p.default.is_none()).collect();
    // A subscription too, when the operations take it from the client.
    let (sub_arg, sub) = if arm {
        (quote!(subscription_id: impl ::std::convert::Into<::std::string::String>,), quote!(subscription_id,))
    } else {
        (TokenStream::new(), TokenStream::new())
    };
    let args: Vec<_> = required.iter().map(|p| ident(&p.name)).collect();
    let values = host.params.iter().map(|p| {
        let (wire, name) = (&p.wire, ident(&p.name));
        if p.default.is_some() {
            quote!((#wire, options.#name.as_str()))
        } else {
            quote!((#wire, #name))
        }
    });
    let template = &host.template;
    let (scope_doc, scope) = scope(model);
    let doc = format!(
        " A client for the endpoint {}, authenticated by `credential` with the scope {scope_doc}.",
        docs::code(template)
    );
    let key = key_constructor(
        model,
        options,
        (quote!(#(#args: &str,)* #sub_arg), quote!(Self::host_endpoint(#(#args,)* &options)?), sub.clone()),
    );
    let no_credential_doc = format!(" A client for the endpoint {} that sends no credential.", docs::code(template));
    quote! {
        #[doc = #doc]
        pub fn new(
            #(#args: &str,)*
            credential: ::std::sync::Arc<dyn ::azure_core::credentials::TokenCredential>,
            #sub_arg
            options: ::std::option::Option<#options>,
        ) -> ::azure_core::Result<Self> {
            let endpoint = Self::host_endpoint(#(#args,)* &options)?;
            #scope
            Ok(Self::build(endpoint, Some((credential, scope)), #sub options.unwrap_or_default()))
        }

        #key

        #[doc = #no_credential_doc]
        pub fn with_no_credential(#(#args: &str,)* #sub_arg options: ::std::option::Option<#options>) -> ::azure_core::Result<Self> {
            let endpoint = Self::host_endpoint(#(#args,)* &options)?;
            Ok(Self::build(endpoint, None, #sub options.unwrap_or_default()))
        }

        fn host_endpoint(#(#args: &str,)* options: &::std::option::Option<#options>) -> ::azure_core::Result<::azure_core::http::Url> {
            let defaults = #options::default();
            let options = options.as_ref().unwrap_or(&defaults);
            super::runtime::host_endpoint(#template, &[#(#values),*])
        }
    }
}

/// The options' fields (and their defaults) for host parameters that have a default.
pub fn host_options(model: &Model) -> (TokenStream, TokenStream) {
    let Some(host) = &model.host else { return (TokenStream::new(), TokenStream::new()) };
    let with_default: Vec<_> = host.params.iter().filter_map(|p| p.default.as_ref().map(|d| (p, d))).collect();
    let fields = with_default.iter().map(|(p, d)| {
        let name = ident(&p.name);
        let doc = format!(
            "{} (in the endpoint `{}`; default {}).",
            p.docs.as_deref().map(docs::clean).unwrap_or_default(),
            host.template,
            docs::code(d)
        );
        let doc = docs::lines(doc.trim_start());
        quote!(#doc pub #name: ::std::string::String,)
    });
    let defaults = with_default.iter().map(|(p, d)| {
        let name = ident(&p.name);
        quote!(#name: #d.to_owned(),)
    });
    (quote!(#(#fields)*), quote!(#(#defaults)*))
}

/// Data plane: an endpoint, with a token credential, a key (where the spec has an API key
/// scheme), or nothing.
pub fn endpoint(model: &Model, options: &proc_macro2::Ident) -> TokenStream {
    let (scope_doc, scope) = scope(model);
    let doc = format!(" A client for `endpoint`, authenticated by `credential` with the scope {scope_doc}.");
    let key = key_constructor(
        model,
        options,
        (quote!(endpoint: &str,), quote!(super::runtime::endpoint(endpoint)?), TokenStream::new()),
    );
    quote! {
        #[doc = #doc]
        pub fn new(
            endpoint: &str,
            credential: ::std::sync::Arc<dyn ::azure_core::credentials::TokenCredential>,
            options: ::std::option::Option<#options>,
        ) -> ::azure_core::Result<Self> {
            let endpoint = super::runtime::endpoint(endpoint)?;
            #scope
            Ok(Self::build(endpoint, Some((credential, scope)), options.unwrap_or_default()))
        }

        #key

        /// A client for `endpoint` that sends no credential.
        pub fn with_no_credential(endpoint: &str, options: ::std::option::Option<#options>) -> ::azure_core::Result<Self> {
            Ok(Self::build(super::runtime::endpoint(endpoint)?, None, options.unwrap_or_default()))
        }
    }
}

/// The token scope of data-plane clients, as docs and as the statement binding `scope`: the
/// spec's OAuth2 scope, else the endpoint's `<origin>/.default`.
fn scope(model: &Model) -> (String, TokenStream) {
    match &model.security.scope {
        Some(s) => (format!("{} (the spec's)", docs::code(s)), quote!(let scope = #s.to_owned();)),
        None => (
            "`<endpoint>/.default`".to_owned(),
            quote!(let scope = super::runtime::scope_of(endpoint.origin().ascii_serialization().as_str());),
        ),
    }
}

/// `with_key_credential`, where the spec has an API key scheme: `args` before the key, the
/// `endpoint` expression (which may read `options`), `sub` the subscription argument passed on.
fn key_constructor(
    model: &Model,
    options: &proc_macro2::Ident,
    (args, endpoint, sub): (TokenStream, TokenStream, TokenStream),
) -> TokenStream {
    let Some(header) = &model.security.key_header else { return TokenStream::new() };
    let doc = format!(
        " A client that sends `key` in the `{header}` header (the spec's API key scheme), to its \
         endpoint only."
    );
    quote! {
        #[doc = #doc]
        pub fn with_key_credential(
            #args
            key: impl ::std::convert::Into<::azure_core::credentials::Secret>,
            options: ::std::option::Option<#options>,
        ) -> ::azure_core::Result<Self> {
            let endpoint = #endpoint;
            let mut options = options.unwrap_or_default();
            options.client_options.per_try_policies.push(super::runtime::key_policy(#header, key.into(), &endpoint));
            Ok(Self::build(endpoint, None, #sub options))
        }
    }
}
