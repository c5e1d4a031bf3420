//! The client's senders (`call`, `stream`, `poller`, `pager`, `pager_with`, `lro_pager`): which
//! one an operation's method calls, the arguments they share, and the methods themselves,
//! written once on the client.

use crate::model::returns::Returns;
use crate::model::{FinalStateVia, Model, Operation};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// Which of the client's senders an operation's method calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    /// `call`: one request, its response.
    Call,
    /// `stream`: one request, its response body (bytes) streamed.
    Stream,
    /// `poller`: a long-running operation.
    Poller,
    /// `pager`: pages linked by next links.
    Pager,
    /// `pager_with`: next pages from another operation (`x-ms-pageable.operationName`).
    PagerWith,
    /// `lro_pager`: a long-running operation whose result is the first page.
    LroPager,
}

pub fn sender(model: &Model, op: &Operation) -> Sender {
    match model.returns(op) {
        Returns::Unit | Returns::Body(_) => Sender::Call,
        Returns::Stream => Sender::Stream,
        Returns::Lro(..) => Sender::Poller,
        Returns::LroPager(..) => Sender::LroPager,
        Returns::Pager(_) => {
            match op.paging.as_ref().and_then(|p| Some((p.next_operation.as_ref()?, p.next_link.as_ref()?))) {
                Some(_) => Sender::PagerWith,
                None => Sender::Pager,
            }
        }
    }
}

/// The runtime's name for a `final-state-via`.
pub(super) fn final_state(via: FinalStateVia) -> Ident {
    match via {
        FinalStateVia::AzureAsyncOperation => format_ident!("AzureAsyncOperation"),
        FinalStateVia::Location => format_ident!("Location"),
        FinalStateVia::OriginalUri => format_ident!("OriginalUri"),
        FinalStateVia::OperationLocation => format_ident!("OperationLocation"),
    }
}

/// The page property holding the next link, as the pager's argument.
pub(super) fn next_link_name(op: &Operation) -> TokenStream {
    match op.paging.as_ref().and_then(|p| p.next_link.as_deref()) {
        Some(n) => quote!(Some(#n)),
        None => quote!(None),
    }
}

/// How operations send, written once on the client: plain calls, pollers and pagers, each
/// compiled when a group using it is.
pub fn methods(model: &Model, gated: bool) -> TokenStream {
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
