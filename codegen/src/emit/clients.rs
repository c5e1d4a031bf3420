//! The `clients` module: the crate's client (`ExpressRouteClient`: credential, endpoint from the
//! cloud configuration, azure_core pipeline) and one sub-client per operation group, each in
//! its own module behind its cargo feature, with one `…Options` struct per method.
//!
//! Operations print what the model decided; sending, polling and paging are the runtime's.

use super::constructors;
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
        (Some(host), _) => constructors::host(model, host, &options, arm),
        (None, true) => constructors::arm(&options),
        (None, false) => constructors::endpoint(model, &options),
    };
    let (host_fields, host_defaults) = constructors::host_options(model);
    let options_doc = format!(" Options for [`{client}`].");
    let senders = super::senders::methods(model, gated);
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
