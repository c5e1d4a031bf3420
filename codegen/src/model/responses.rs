//! An operation's responses (types by status, the error type, declared headers), and its
//! long-running and paging plans, from the spec's `responses`, `x-ms-long-running-operation`
//! and `x-ms-pageable`.

use super::names::{self, Scope};
use super::operations::{follow, FinalStateVia, HeaderType, Operation, Paging, ResponseDef, ResponseHeader};
use super::resolve::Resolver;
use super::TypeRef;
use crate::spec::pointer;
use crate::spec::swagger::{Operation as SpecOperation, Response};
use crate::spec::{DocId, Location, Node};

/// Reads `op`'s responses into `o`: the success statuses with their types and headers, the
/// `default` response's type as the error type.
pub(super) fn read(r: &mut Resolver<'_>, doc_id: DocId, op_ptr: &str, op: &SpecOperation, o: &mut Operation) {
    let op_id = o.id.clone();
    for (status, resp) in &op.responses {
        let rptr = pointer::join(op_ptr, &["responses", status]);
        let Some((rloc, resp)) = resolve_response(r, doc_id, &rptr, resp) else { continue };
        let sloc = Location { doc: rloc.doc, pointer: format!("{}/schema", rloc.pointer) };
        let ty = resp.schema.as_ref().map(|s| {
            if super::media::is_binary(s) {
                return TypeRef::Binary;
            }
            super::resolve::nullable(r.type_of(&sloc, s, &format!("{op_id} Response{status}")), s)
        });
        let xml = match (&resp.schema, o.response_format.is_xml()) {
            (Some(s), true) => Some(super::xml::root(r, &sloc, s, &format!("{op_id}Response"))),
            _ => None,
        };
        if status == "default" {
            o.error = ty;
            continue;
        }
        match status.parse::<u16>() {
            // `x-ms-error-response`: a declared status that is an error all the same.
            Ok(_) if resp.error_response == Some(true) => {}
            Ok(code) if (100..600).contains(&code) => o.responses.push(ResponseDef {
                status: code,
                ty,
                xml,
                docs: resp.description.clone(),
                headers: response_headers(&resp),
            }),
            _ => r.diag(
                doc_id,
                &rptr,
                format!("response status `{status}` is neither an HTTP status code nor `default`"),
            ),
        }
    }
}

/// `x-ms-long-running-operation`: where the final result is read.
pub(super) fn long_running(op: &SpecOperation, method: &str) -> Option<FinalStateVia> {
    if !op.long_running {
        return None;
    }
    let via = op.long_running_options.as_ref().and_then(|o| o.final_state_via.as_deref());
    Some(match via {
        Some("azure-async-operation") => FinalStateVia::AzureAsyncOperation,
        Some("location") => FinalStateVia::Location,
        Some("original-uri") => FinalStateVia::OriginalUri,
        Some("operation-location") => FinalStateVia::OperationLocation,
        // ARM's default: PUT/PATCH end at the resource, others at the Location header.
        _ if method == "PUT" || method == "PATCH" => FinalStateVia::OriginalUri,
        _ => FinalStateVia::Location,
    })
}

/// `x-ms-pageable`: the next link's property and the items' (the item type is filled in once
/// the page type is built).
pub(super) fn paging(op: &SpecOperation) -> Option<Paging> {
    let pg = op.pageable.as_ref()?;
    let next_link = match &pg.next_link_name {
        None => Some("nextLink".to_owned()),
        Some(v) => v.clone(),
    };
    let item_name = pg.item_name.clone().unwrap_or_else(|| "value".into());
    Some(Paging { next_link, item_name, item: None, operation_name: pg.operation_name.clone(), next_operation: None })
}

fn resolve_response(r: &mut Resolver<'_>, doc: DocId, ptr: &str, resp: &Response) -> Option<(Location, Response)> {
    let (loc, x, _) = follow(r, doc, ptr, (resp, resp.reference.as_ref()), "response", |n| match n {
        Node::Response(x) => Some(x),
        _ => None,
    })?;
    Some((loc, x))
}

/// A response's declared headers; accessor names unique within the response.
fn response_headers(resp: &Response) -> Vec<ResponseHeader> {
    let mut scope = Scope::new();
    resp.headers
        .iter()
        .map(|(wire, h)| {
            let ty = match (h.type_.as_deref(), h.format.as_deref()) {
                (Some("boolean"), _) => HeaderType::Bool,
                (Some("integer"), Some("int64")) => HeaderType::I64,
                (Some("integer"), _) => HeaderType::I32,
                (Some("number"), Some("float")) => HeaderType::F32,
                (Some("number"), _) => HeaderType::F64,
                (_, Some("date-time")) => HeaderType::DateTime,
                (_, Some("date-time-rfc1123")) => HeaderType::DateTimeRfc1123,
                _ => HeaderType::String,
            };
            let name = scope.claim(&names::field_name(wire), &[]);
            ResponseHeader { wire: wire.to_ascii_lowercase(), name, ty, docs: h.description.clone() }
        })
        .collect()
}
