//! What an operation's method returns, decided from the operation and its response types: a
//! response (with or without a body), bytes streamed, a poller, a pager, or a pager whose first
//! page a long-running operation makes.

use super::{FinalStateVia, Model, Operation, TypeRef};

/// What a method returns.
#[derive(Debug, Clone, PartialEq)]
pub enum Returns {
    /// No body: `Response<(), NoFormat>`.
    Unit,
    /// `Response<T>`.
    Body(TypeRef),
    /// A long-running operation with this result (`None`: no body).
    Lro(Option<TypeRef>, FinalStateVia),
    /// A pageable operation with this page type.
    Pager(TypeRef),
    /// Bytes, streamed: `AsyncResponse`.
    Stream,
    /// A long-running operation whose result is the first page of a pager of this page type.
    LroPager(TypeRef, FinalStateVia),
}

impl Model {
    /// What `op`'s method returns: its first response type decides, as a page where the
    /// operation is pageable and that type is a struct.
    pub fn returns(&self, op: &Operation) -> Returns {
        let first = op.responses.iter().find_map(|r| r.ty.clone());
        let page = first.clone().filter(|page| op.paging.is_some() && self.struct_of(page).is_some());
        match (op.long_running, page) {
            (Some(via), Some(page)) => Returns::LroPager(page, via),
            (Some(via), None) => Returns::Lro(first, via),
            (None, Some(page)) => Returns::Pager(page),
            (None, None) => match first {
                Some(TypeRef::Binary) => Returns::Stream,
                Some(ty) => Returns::Body(ty),
                None => Returns::Unit,
            },
        }
    }
}
