//! `x-ms-pageable.operationName`: the operation that fetches the pages after the first, and
//! where each of its arguments comes from: the next link, or the first operation's argument of
//! the same wire name and location (what AutoRest's other generators pass on).

use super::operations::{ClientRole, Operation, Param, ParamLocation};
use super::{Model, TypeRef};

/// The operation a pageable operation's next pages come from.
#[derive(Debug, Clone, PartialEq)]
pub struct NextOperation {
    /// Its `operationId`.
    pub id: String,
    /// Its index in [`Model::operations`].
    pub index: usize,
    /// What it is called with: each of its arguments that has a value (its constants are its
    /// own; an optional one nothing gives is left out).
    pub args: Vec<NextArg>,
}

/// One argument of a next operation.
#[derive(Debug, Clone, PartialEq)]
pub struct NextArg {
    pub wire: String,
    pub location: ParamLocation,
    pub source: NextSource,
}

/// Where a next operation's argument comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextSource {
    /// The next link, as the page gives it (the parameter called `nextLink`).
    Link,
    /// The first operation's argument of this Rust name; `required`: whether it is required
    /// there (an optional one is an `Option` in its options).
    First { name: String, required: bool },
}

/// Resolves every pageable operation's `operationName`. One that cannot be called this way is
/// left out, with a note saying why: its pages after the first are a GET of the next link.
pub(crate) fn resolve(model: &mut Model) {
    let mut notes = Vec::new();
    let plans: Vec<Option<NextOperation>> = model
        .operations
        .iter()
        .map(|o| {
            let name = o.paging.as_ref()?.operation_name.as_deref()?;
            plan(model, o, name)
                .map_err(|why| {
                    notes.push(format!(
                        "{}: x-ms-pageable operationName `{name}` is not called ({why}); the next link is read instead",
                        o.id
                    ))
                })
                .ok()
        })
        .collect();
    for (o, next) in model.operations.iter_mut().zip(plans) {
        if let Some(paging) = &mut o.paging {
            paging.next_operation = next;
        }
    }
    model.notes.extend(notes);
}

fn plan(model: &Model, first: &Operation, name: &str) -> Result<NextOperation, String> {
    let (index, next) =
        model.operations.iter().enumerate().find(|(_, o)| o.id == name).ok_or("no operation has that operationId")?;
    let page = |o: &Operation| o.responses.iter().find_map(|r| r.ty.clone());
    if page(next) != page(first) {
        return Err("its page type is another".into());
    }
    if next.body.is_some() || next.form.is_some() {
        return Err("it takes a body".into());
    }
    if next.long_running.is_some() {
        return Err("it is long-running".into());
    }
    if first.target.is_some() || next.target.is_some() {
        return Err("a typed resource id is not passed on".into());
    }
    let mut args = Vec::new();
    for p in own_args(model, next).filter(|p| p.constant.is_none()) {
        if let Some(source) = source(model, first, p)? {
            args.push(NextArg { wire: p.wire.clone(), location: p.location, source });
        }
    }
    Ok(NextOperation { id: next.id.clone(), index, args })
}

/// The arguments an operation's method takes: its parameters and the per-call client ones.
fn own_args<'m>(model: &'m Model, op: &'m Operation) -> impl Iterator<Item = &'m Param> {
    let client = op.client_params.iter().filter_map(|w| model.client_param(w));
    op.params.iter().chain(client.filter(|c| c.role == ClientRole::Other))
}

/// Where the next operation's `p` comes from; `None`: nowhere, and it is optional.
fn source(model: &Model, first: &Operation, p: &Param) -> Result<Option<NextSource>, String> {
    // The link is the page's, even where the first operation takes one too (an operation
    // that is its own next operation).
    if p.wire.eq_ignore_ascii_case("nextLink") && p.ty == TypeRef::String {
        return Ok(Some(NextSource::Link));
    }
    let same = own_args(model, first).find(|q| q.wire == p.wire && q.location == p.location);
    match same {
        Some(q) if q.ty != p.ty => Err(format!("`{}` is of another type there", p.wire)),
        Some(q) if q.constant.is_some() => Err(format!("`{}` is a constant there", p.wire)),
        Some(q) if !q.required && p.required => Err(format!("`{}` is optional there", p.wire)),
        Some(q) => Ok(Some(NextSource::First { name: q.name.clone(), required: q.required })),
        None if p.required => Err(format!("nothing gives its `{}`", p.wire)),
        None => Ok(None),
    }
}
