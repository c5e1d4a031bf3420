//! The `clients` module: the crate's client (`ExpressRouteClient`: credential, endpoint from the
//! cloud configuration, azure_core pipeline) and one sub-client per operation group, each in
//! its own module behind its cargo feature, with one `…Options` struct per method.
//!
//! Operations print what the model decided; sending, polling and paging are the runtime's.

use super::docs;
use super::operation;
use super::types::ident;
use super::CrateInfo;
use crate::model::operations::ClientRole;
use crate::model::{Model, Operation};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeMap;

/// The client's type name, from the crate's (`express_route` -> `ExpressRouteClient`).
pub fn client_name(info: &CrateInfo) -> String {
    format!("{}Client", heck::ToUpperCamelCase::to_upper_camel_case(info.name.as_str()))
}

/// Whether the spec is an ARM API: a subscription parameter, or Azure Resource Manager's host.
pub fn is_arm(model: &Model) -> bool {
    let subscription = model.client_params.iter().any(|p| p.role == ClientRole::Subscription);
    // A host template says where the service is; without one, Resource Manager's host does.
    subscription || (model.host.is_none() && model.endpoint.contains("management.azure.com"))
}

/// The module, one chunk for the client and one per operation group.
pub fn emit(model: &Model, info: &CrateInfo, gated: bool, sink: &mut dyn FnMut(TokenStream)) {
    let client = ident(&client_name(info));
    sink(quote! {
        //! The client and its operation groups, one sub-client each.
    });
    sink(root(model, &client, gated));
    let mut groups: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    for op in &model.operations {
        groups.entry(op.group.as_str()).or_default().push(op);
    }
    for ops in groups.values() {
        sink(group(model, &client, ops, gated));
    }
}

/// The client, its options and constructors.
fn root(model: &Model, client: &proc_macro2::Ident, gated: bool) -> TokenStream {
    let options = format_ident!("{}Options", client);
    let arm = is_arm(model);
    let lro_need = crate::runtime::Sections::of(model).lro;
    let lro = lro_need.is_some();
    let cfg = super::gate::need_cfg(&lro_need, gated);
    let api_version = model.api_version.clone().unwrap_or_default();
    let title = docs::clean(if model.title.is_empty() { "The service's client." } else { &model.title });
    let doc = docs::lines(&title);
    let (polling_field, polling_option, polling_default, polling_init) = if lro {
        (
            quote!(#cfg pub(crate) polling: super::PollingOptions,),
            quote! {
                /// Bounds on long-running operations: the longest wait a `Retry-After` may ask for,
                /// the shortest wait, and the most polls and time per operation.
                #cfg
                pub polling: super::PollingOptions,
            },
            quote!(#cfg polling: ::std::default::Default::default(),),
            quote!(#cfg polling: options.polling,),
        )
    } else {
        (TokenStream::new(), TokenStream::new(), TokenStream::new(), TokenStream::new())
    };
    let (sub_field, sub_arg, sub_init) = if arm {
        (
            quote!(pub(crate) subscription_id: ::std::string::String,),
            quote!(subscription_id: impl ::std::convert::Into<::std::string::String>,),
            quote!(subscription_id: subscription_id.into(),),
        )
    } else {
        (TokenStream::new(), TokenStream::new(), TokenStream::new())
    };
    let sub_accessor = arm.then(|| {
        quote! {
            /// The subscription operations without a resource id act in.
            pub fn subscription_id(&self) -> &str {
                &self.subscription_id
            }
        }
    });
    let constructors = match (&model.host, arm) {
        (Some(host), _) => host_constructors(model, host, &options, arm),
        (None, true) => arm_constructors(&options),
        (None, false) => endpoint_constructors(model, &options),
    };
    let (host_fields, host_defaults) = host_options(model);
    let options_doc = format!(" Options for [`{client}`].");
    let senders = senders(model, gated);
    let (prelude, pipeline) = pipeline(model, gated);
    let api_doc = format!(" The `api-version` sent (default: {}).", docs::code(&api_version));
    quote! {
        #doc
        #[derive(Clone, Debug)]
        pub struct #client {
            pub(crate) endpoint: ::azure_core::http::Url,
            pub(crate) pipeline: ::azure_core::http::Pipeline,
            pub(crate) api_version: ::std::string::String,
            #sub_field
            #polling_field
        }

        #[doc = #options_doc]
        #[derive(Clone, Debug)]
        pub struct #options {
            /// azure_core's options: retry, transport (the HTTP client), logging, cloud.
            pub client_options: ::azure_core::http::ClientOptions,
            #[doc = #api_doc]
            pub api_version: ::std::string::String,
            #host_fields
            #polling_option
        }

        impl Default for #options {
            fn default() -> Self {
                #options {
                    client_options: ::std::default::Default::default(),
                    api_version: #api_version.to_owned(),
                    #host_defaults
                    #polling_default
                }
            }
        }

        impl #client {
            #constructors

            #senders

            fn build(
                endpoint: ::azure_core::http::Url,
                credential: ::std::option::Option<(::std::sync::Arc<dyn ::azure_core::credentials::TokenCredential>, ::std::string::String)>,
                #sub_arg
                options: #options,
            ) -> Self {
                #prelude
                #client {
                    pipeline: #pipeline,
                    endpoint,
                    api_version: options.api_version,
                    #sub_init
                    #polling_init
                }
            }

            /// The endpoint requests go to.
            pub fn endpoint(&self) -> &::azure_core::http::Url {
                &self.endpoint
            }

            /// The `api-version` sent.
            pub fn api_version(&self) -> &str {
                &self.api_version
            }

            /// azure_core's pipeline the client sends through (for requests of your own).
            pub fn pipeline(&self) -> &::azure_core::http::Pipeline {
                &self.pipeline
            }
            #sub_accessor
        }
    }
}

/// The client's pipeline: statements before the client is built, and the expression. Where an
/// operation takes a `User-Agent` parameter, the options get the policy that sends it.
fn pipeline(model: &Model, gated: bool) -> (TokenStream, TokenStream) {
    let user_agent = crate::runtime::Sections::of(model).user_agent;
    if !user_agent.is_some() {
        return (TokenStream::new(), quote!(super::runtime::pipeline(options.client_options, credential)));
    }
    let cfg = super::gate::need_cfg(&user_agent, gated);
    let prelude = quote! {
        let client_options = options.client_options;
        #cfg
        let client_options = super::runtime::keep_user_agent(client_options);
    };
    (prelude, quote!(super::runtime::pipeline(client_options, credential)))
}

/// ARM: credential and subscription; the endpoint and token scope from the cloud.
fn arm_constructors(options: &proc_macro2::Ident) -> TokenStream {
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
fn host_constructors(
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
fn host_options(model: &Model) -> (TokenStream, TokenStream) {
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
fn endpoint_constructors(model: &Model, options: &proc_macro2::Ident) -> TokenStream {
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

/// One operation group: its module (behind its feature), sub-client, options and methods.
fn group(model: &Model, client: &proc_macro2::Ident, ops: &[&Operation], gated: bool) -> TokenStream {
    let Some(first) = ops.first() else { return TokenStream::new() };
    let module = ident(&first.group_fn);
    let sub = format_ident!("{}Client", first.group);
    let feature = first.group_fn.as_str();
    let cfg = gated.then(|| quote!(#[cfg(feature = #feature)]));
    let mod_doc = format!(" `{}` operations: [`{}`]({}::{}).", first.group, sub, first.group_fn, sub);
    let sub_doc = format!(
        " The `{}` operations, from [`{}::{}`](super::{}::{}).",
        first.group, client, first.group_fn, client, first.group_fn
    );
    let accessor_doc = format!(" The `{}` operations.", first.group);
    let mut methods = TokenStream::new();
    let mut options = TokenStream::new();
    for op in ops {
        let plan = operation::Plan::new(model, op, &sub);
        methods.extend(plan.method());
        options.extend(plan.options_struct());
        options.extend(plan.headers_trait());
    }
    let uses_ids = ops.iter().any(|o| o.target.is_some());
    let ids = uses_ids.then(|| {
        quote!(
            use super::super::{ids, runtime::ResourcePath as _};
        )
    });
    let models = operation::uses_models(model, ops).then(|| {
        quote!(
            use super::super::models;
        )
    });
    quote! {
        #[doc = #mod_doc]
        #cfg
        pub mod #module {
            use super::super::runtime;
            #ids
            #models

            #[doc = #sub_doc]
            #[derive(Clone, Copy, Debug)]
            pub struct #sub<'a> {
                client: &'a super::#client,
            }

            impl super::#client {
                #[doc = #accessor_doc]
                pub fn #module(&self) -> #sub<'_> {
                    #sub { client: self }
                }
            }

            impl #sub<'_> {
                #methods
            }

            #options
        }
    }
}

/// How operations send, written once on the client: plain calls, pollers and pagers, each
/// compiled when a group using it is.
fn senders(model: &Model, gated: bool) -> TokenStream {
    let sections = crate::runtime::Sections::of(model);
    let gate = |need: &crate::runtime::Need| super::gate::need_cfg(need, gated);
    let call = sections.call.is_some().then(|| {
        let cfg = gate(&sections.call);
        quote! {
            /// Sends one operation's `request` and types its response.
            #cfg
            async fn call<T, F>(
                &self,
                context: &::azure_core::http::Context<'_>,
                operation: &'static str,
                request: ::azure_core::http::Request,
                ok: &'static [u16],
            ) -> ::azure_core::Result<::azure_core::http::Response<T, F>> {
                super::runtime::call(&self.pipeline, context, operation, request, ok).await
            }
        }
    });
    let stream = sections.stream.is_some().then(|| {
        let cfg = gate(&sections.stream);
        quote! {
            /// Sends one operation's `request`; its response body (bytes) is streamed.
            #cfg
            async fn stream(
                &self,
                context: &::azure_core::http::Context<'_>,
                operation: &'static str,
                request: ::azure_core::http::Request,
                ok: &'static [u16],
            ) -> ::azure_core::Result<::azure_core::http::AsyncResponse> {
                super::runtime::stream(&self.pipeline, context, operation, request, ok).await
            }
        }
    });
    let poller = sections.pollers.is_some().then(|| {
        let cfg = gate(&sections.pollers);
        quote! {
            /// A poller for a long-running operation's initial `request`.
            #cfg
            fn poller<T: ::std::marker::Send + 'static, F: ::azure_core::http::Format + ::std::marker::Send + 'static>(
                &self,
                operation: &'static str,
                request: ::azure_core::http::Request,
                ok: &'static [u16],
                final_state: super::FinalState,
                options: ::azure_core::http::poller::PollerOptions<'_>,
            ) -> ::azure_core::Result<::azure_core::http::Poller<super::OperationStatus<T, F>>> {
                super::runtime::lro::poller(self.lro(operation, request, ok, final_state), options)
            }
        }
    });
    let lro = sections.lro.is_some().then(|| {
        let cfg = gate(&sections.lro);
        quote! {
            /// One long-running operation: its initial `request`, followed under the client's bounds.
            #cfg
            fn lro(
                &self,
                operation: &'static str,
                request: ::azure_core::http::Request,
                ok: &'static [u16],
                final_state: super::FinalState,
            ) -> super::runtime::lro::Lro {
                super::runtime::lro::Lro {
                    pipeline: self.pipeline.clone(),
                    endpoint: self.endpoint.clone(),
                    request,
                    ok,
                    final_state,
                    polling: self.polling.clone(),
                    operation,
                }
            }
        }
    });
    let paged = sections.paging.is_some().then(|| {
        let cfg = gate(&sections.paging);
        quote! {
            /// One pageable operation: its first `request`, and how its pages go on.
            #cfg
            fn paged(
                &self,
                operation: &'static str,
                request: ::azure_core::http::Request,
                ok: &'static [u16],
                next_link: ::std::option::Option<&'static str>,
                next_request: ::std::option::Option<super::runtime::paging::NextRequest>,
            ) -> super::runtime::paging::Paged {
                super::runtime::paging::Paged {
                    pipeline: self.pipeline.clone(),
                    endpoint: self.endpoint.clone(),
                    request,
                    ok,
                    next_link,
                    next_request,
                    operation,
                }
            }
        }
    });
    let pager_bound =
        quote!(P: ::azure_core::http::pager::Page + ::serde::de::DeserializeOwned + ::std::marker::Send + 'static);
    let pager = sections.pagers.is_some().then(|| {
        let cfg = gate(&sections.pagers);
        quote! {
            /// A pager whose first page is `request`'s response.
            #cfg
            fn pager<P>(
                &self,
                operation: &'static str,
                request: ::azure_core::http::Request,
                ok: &'static [u16],
                next_link: ::std::option::Option<&'static str>,
                options: ::azure_core::http::pager::PagerOptions<'_>,
            ) -> ::azure_core::Result<::azure_core::http::Pager<P>>
            where
                #pager_bound,
            {
                let paged = self.paged(operation, request, ok, next_link, None);
                Ok(super::runtime::paging::pager(paged, options))
            }
        }
    });
    let pager_with = sections.next_operations.is_some().then(|| {
        let cfg = gate(&sections.next_operations);
        quote! {
            /// A pager whose first page is `request`'s response, and whose next pages are the
            /// requests `next` builds from each next link.
            #cfg
            fn pager_with<P>(
                &self,
                operation: &'static str,
                request: ::azure_core::http::Request,
                ok: &'static [u16],
                next_link: &'static str,
                next: super::runtime::paging::NextRequest,
                options: ::azure_core::http::pager::PagerOptions<'_>,
            ) -> ::azure_core::Result<::azure_core::http::Pager<P>>
            where
                #pager_bound,
            {
                let paged = self.paged(operation, request, ok, Some(next_link), Some(next));
                Ok(super::runtime::paging::pager(paged, options))
            }
        }
    });
    let lro_pager = sections.lro_pages.is_some().then(|| {
        let cfg = gate(&sections.lro_pages);
        quote! {
            /// A pager whose first page is the result of the long-running operation `request`
            /// starts; the pages after it answer 200.
            #cfg
            fn lro_pager<P>(
                &self,
                operation: &'static str,
                request: ::azure_core::http::Request,
                ok: &'static [u16],
                final_state: super::FinalState,
                next_link: ::std::option::Option<&'static str>,
                options: ::azure_core::http::pager::PagerOptions<'_>,
            ) -> ::azure_core::Result<::azure_core::http::Pager<P>>
            where
                #pager_bound,
            {
                let paged = self.paged(operation, request.clone(), &[200], next_link, None);
                let lro = self.lro(operation, request, ok, final_state);
                Ok(super::runtime::lro_pages::pager(lro, paged, options))
            }
        }
    });
    let default_version = model.api_version.clone().unwrap_or_default();
    let url = sections.calls.is_some().then(|| {
        let cfg = gate(&sections.calls);
        quote! {
            /// `path` on the endpoint, with the `api-version` of the operation's spec file where
            /// it declares one: the client's own (`options.api_version`) for the crate's version.
            #cfg
            fn url(&self, path: &str, api_version: ::std::option::Option<&'static str>) -> ::azure_core::http::Url {
                let mut url = super::runtime::url(&self.endpoint, path);
                if let Some(version) = api_version {
                    let version = if version == #default_version { self.api_version.as_str() } else { version };
                    url.query_pairs_mut().append_pair("api-version", version);
                }
                url
            }
        }
    });
    quote!(#url #call #stream #lro #poller #paged #pager #pager_with #lro_pager)
}
