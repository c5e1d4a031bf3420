//! Which of the client's senders (`call`, `stream`, `poller`, `pager`, `pager_with`, `lro_pager`) an
//! operation's method calls, and the arguments they share.

use super::operation::{shape, Shape};
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
    match shape(model, op) {
        Shape::Unit | Shape::Body(_) => Sender::Call,
        Shape::Stream => Sender::Stream,
        Shape::Lro(..) => Sender::Poller,
        Shape::LroPager(..) => Sender::LroPager,
        Shape::Pager(_) => {
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
