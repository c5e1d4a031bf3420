//! Operations: one per `operationId`, grouped by its prefix (`Group_Method`), with parameters,
//! body, responses by status, long-running and paging behaviour resolved.

use super::names::{self, Scope};
use super::resolve::Resolver;
use super::{RequestExample, TypeId, TypeKind, TypeRef};
use crate::spec::pointer;
use crate::spec::swagger::{Parameter, Schema};
use crate::spec::{DocId, Location, Node};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// `operationId` as written.
    pub id: String,
    /// Group type name (`ExpressRouteCircuitConnections`) and accessor (`express_route_circuit_connections`).
    pub group: String,
    pub group_fn: String,
    /// Method name within the group (`create_or_update`).
    pub name: String,
    /// Upper-case HTTP method.
    pub method: String,
    /// Path template, `{name}` placeholders in wire names (without a `?query` the spec's key has).
    pub path: String,
    /// Query pairs written in the spec's path key (`/xml/?comp=list`), sent as they are unless
    /// a query parameter of the same name is declared (then it is sent instead).
    pub fixed_query: Vec<(String, Option<String>)>,
    pub docs: Option<String>,
    pub deprecated: bool,
    /// Method parameters (client parameters live in [`super::Model::client_params`]).
    pub params: Vec<Param>,
    /// Client parameters this operation uses, by wire name.
    pub client_params: Vec<String>,
    pub body: Option<Body>,
    /// Declared success statuses, in spec order.
    pub responses: Vec<ResponseDef>,
    /// The `default` response's body type (usually `CloudError`).
    pub error: Option<TypeRef>,
    pub long_running: Option<FinalStateVia>,
    pub paging: Option<Paging>,
    /// `x-ms-examples`: title and path relative to the spec root.
    pub examples: Vec<(String, String)>,
    /// `info.version` of the file the operation comes from: the `api-version` it is sent with.
    /// A crate made from several files (a readme tag) may mix API versions, so this, not
    /// [`super::Model::api_version`] (the first input's), is the one to send.
    pub api_version: Option<String>,
    /// The resource the operation acts on, when its path starts with one.
    pub target: Option<super::resources::Target>,
    /// Name for an enum of responses, used when statuses carry different bodies.
    pub response_enum: String,
    /// How `formData` parameters are sent, when there are any.
    pub form: Option<FormKind>,
    /// How response bodies are written (from `produces`).
    pub response_format: super::xml::Format,
    /// Where the operation is: file and JSON pointer.
    pub origin: super::Origin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    /// The `User-Agent` header: azure_core's user agent policy replaces it, so it travels in the
    /// call's context to a policy that runs after that one (the runtime's `keep_user_agent`).
    UserAgent,
    /// `formData`: a field of the request's form body.
    Form,
}

/// What a client parameter is to the client: decided here, once, so emitters never match wire
/// names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientRole {
    /// `api-version`: the client's (overridable) version, or the operation's file's.
    ApiVersion,
    /// `subscriptionId`: the client's subscription.
    Subscription,
    /// Any other: taken per call.
    Other,
}

impl ClientRole {
    fn of(wire: &str) -> Self {
        match wire {
            "api-version" => ClientRole::ApiVersion,
            "subscriptionId" => ClientRole::Subscription,
            _ => ClientRole::Other,
        }
    }
}

/// How an operation's `formData` parameters are sent (from its `consumes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// `multipart/form-data`: files and text fields.
    Multipart,
    /// `application/x-www-form-urlencoded`.
    UrlEncoded,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// Rust name.
    pub name: String,
    pub wire: String,
    pub location: ParamLocation,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Option<String>,
    /// `x-ms-skip-url-encoding`.
    pub skip_encoding: bool,
    /// `collectionFormat` for arrays (`csv` unless given).
    pub collection_format: Option<String>,
    /// A single-value enum or `default` the spec fixes (api-version).
    pub constant: Option<String>,
    /// For client parameters: what it is to the client.
    pub role: ClientRole,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    pub name: String,
    /// The body parameter's name in the spec (examples key the request body by it).
    pub wire: String,
    pub ty: TypeRef,
    pub required: bool,
    pub docs: Option<String>,
    /// Sent as XML (`consumes` names XML only): media type and root element; JSON when `None`.
    pub xml: Option<super::xml::XmlBody>,
    /// The content types it is sent as (from `consumes`), the default first.
    pub media: super::media::BodyMedia,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResponseDef {
    pub status: u16,
    /// The body's type; [`TypeRef::Binary`] for `type: file` / `format: binary` (bytes, streamed).
    pub ty: Option<TypeRef>,
    /// The body's root element, when the operation's responses are XML.
    pub xml: Option<super::xml::XmlRoot>,
    pub docs: Option<String>,
    /// Declared response headers, in spec order.
    pub headers: Vec<ResponseHeader>,
}

/// A declared response header.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHeader {
    /// Wire name, lower-cased (header names are case-insensitive).
    pub wire: String,
    /// Rust accessor name.
    pub name: String,
    pub ty: HeaderType,
    pub docs: Option<String>,
}

/// What a header's text is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderType {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    /// `format: date-time` (RFC 3339).
    DateTime,
    /// `format: date-time-rfc1123` (HTTP dates).
    DateTimeRfc1123,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalStateVia {
    AzureAsyncOperation,
    Location,
    OriginalUri,
    OperationLocation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paging {
    /// JSON property holding the next page's URL; `None`: one page only.
    pub next_link: Option<String>,
    /// JSON property holding the items (`value`).
    pub item_name: String,
    /// The item type, when the page type is a struct with that array field.
    pub item: Option<TypeRef>,
    /// `operationName`, as written (an `operationId`); resolved into [`Paging::next_operation`].
    pub operation_name: Option<String>,
    /// The operation that fetches the pages after the first, when `operationName` names one
    /// this operation can call.
    pub next_operation: Option<super::paging::NextOperation>,
}

/// What [`build`] finds.
pub(crate) struct Built {
    pub ops: Vec<Operation>,
    pub client_params: Vec<Param>,
    pub request_examples: Vec<RequestExample>,
    /// What was left out, one line each.
    pub notes: Vec<String>,
}

/// Builds every operation of the inputs' `paths` (and `x-ms-paths`), plus the client parameters
/// and the request bodies of their examples.
pub(crate) fn build(r: &mut Resolver<'_>, inputs: &[DocId]) -> Built {
    let mut ops = Vec::new();
    let mut request_examples = Vec::new();
    let mut notes = Vec::new();
    let mut client: Vec<Param> = Vec::new();
    let mut seen_ids: HashMap<String, (DocId, String)> = HashMap::new();
    let mut method_scopes: HashMap<String, Scope> = HashMap::new();
    // Group accessors double as cargo feature names: keep clear of the crate's own features.
    let mut group_scope = Scope::with_reserved(&["new", "with_transport", "endpoint", "transport", "azure", "default"]);
    let mut group_fns: HashMap<String, String> = HashMap::new();
    for &doc_id in inputs {
        let Some(doc) = r.doc(doc_id) else { continue };
        let all_paths = doc
            .swagger
            .paths
            .iter()
            .map(|p| ("paths", p))
            .chain(doc.swagger.x_ms_paths.iter().map(|p| ("x-ms-paths", p)));
        for (section, (path, item)) in all_paths {
            for (method, op) in item.operations() {
                let op_ptr = pointer::join("", &[section, path, &method.to_ascii_lowercase()]);
                if method == "OPTIONS" {
                    // azure_core's `Method` has no OPTIONS: the client could not send it.
                    let file = r.doc(doc_id).map(|d| d.display.clone()).unwrap_or_default();
                    notes.push(format!("{file} #{op_ptr}: OPTIONS operation left out (azure_core cannot send it)"));
                    continue;
                }
                let Some(op_id) = op.operation_id.clone() else {
                    r.diag(doc_id, &op_ptr, "operation has no operationId");
                    continue;
                };
                if let Some((prev_doc, prev_ptr)) = seen_ids.get(&op_id) {
                    let prev_file = r.doc(*prev_doc).map(|d| d.display.clone()).unwrap_or_default();
                    r.diag(
                        doc_id,
                        &op_ptr,
                        format!("duplicate operationId `{op_id}` (also at {prev_file} #{prev_ptr})"),
                    );
                    continue;
                }
                seen_ids.insert(op_id.clone(), (doc_id, op_ptr.clone()));
                let (group_raw, method_raw) = match op_id.split_once('_') {
                    Some((g, m)) if !g.is_empty() && !m.is_empty() => (g.to_owned(), m.to_owned()),
                    _ => (String::new(), op_id.clone()),
                };
                let group = if group_raw.is_empty() { "Operations".to_owned() } else { names::type_name(&group_raw) };
                let group_fn = group_fns
                    .entry(group.clone())
                    .or_insert_with(|| group_scope.claim(&names::field_name(&group), &[]))
                    .clone();
                let name = method_scopes.entry(group.clone()).or_default().claim(&names::field_name(&method_raw), &[]);
                let (template, fixed_query) = split_query(path);
                let mut o = Operation {
                    id: op_id.clone(),
                    group,
                    group_fn,
                    name,
                    method: method.to_owned(),
                    path: template.to_owned(),
                    fixed_query,
                    docs: op.description.clone().or_else(|| op.summary.clone()),
                    deprecated: op.deprecated,
                    params: Vec::new(),
                    client_params: Vec::new(),
                    body: None,
                    responses: Vec::new(),
                    error: None,
                    long_running: None,
                    paging: None,
                    examples: Vec::new(),
                    api_version: doc.swagger.info.version.clone(),
                    target: None,
                    response_enum: String::new(),
                    form: None,
                    response_format: super::xml::Format::of(op.produces.as_ref().unwrap_or(&doc.swagger.produces)),
                    origin: super::Origin { file: doc.display.clone(), pointer: op_ptr.clone() },
                };
                let request_format = super::xml::Format::of(op.consumes.as_ref().unwrap_or(&doc.swagger.consumes));
                if request_format.is_xml() || o.response_format.is_xml() {
                    r.xml = true;
                }
                // The locals of a generated method: a parameter never shadows one.
                let mut pscope = Scope::with_reserved(&[
                    "self", "body", "options", "path", "url", "request", "context", "form", "client", "link",
                ]);
                // Path-level parameters first, overridden by operation-level ones of the same name.
                let path_params = item
                    .parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (pointer::join("", &[section, path, "parameters", &i.to_string()]), p));
                let op_params = op.parameters.iter().enumerate().map(|(i, p)| (format!("{op_ptr}/parameters/{i}"), p));
                let mut resolved: Vec<(Location, Parameter, bool)> = Vec::new();
                for (ptr, p) in path_params.chain(op_params) {
                    if let Some((loc, param, global)) = resolve_param(r, doc_id, &ptr, p) {
                        let key = (param.name.clone(), param.location.clone());
                        resolved.retain(|(_, q, _)| (q.name.clone(), q.location.clone()) != key);
                        resolved.push((loc, param, global));
                    }
                }
                for (loc, p, global) in resolved {
                    add_param(r, &mut o, &mut client, &mut pscope, &loc, &p, global, &op_id);
                    if p.location.as_deref() == Some("body") {
                        super::xml::body(r, &mut o, &loc, &p, &request_format);
                    }
                }
                let declared: Vec<String> =
                    o.params.iter().filter(|p| p.location == ParamLocation::Query).map(|p| p.wire.clone()).collect();
                o.fixed_query.retain(|(k, _)| !declared.contains(k) && !o.client_params.contains(k));
                let consumes = op.consumes.as_ref().unwrap_or(&doc.swagger.consumes);
                if let Some(b) = &mut o.body {
                    b.media = super::media::body_media(consumes, &b.ty);
                }
                if o.params.iter().any(|p| p.location == ParamLocation::Form) {
                    let multipart = consumes.iter().any(|c| c.starts_with("multipart/form-data"));
                    o.form = Some(if multipart { FormKind::Multipart } else { FormKind::UrlEncoded });
                }
                super::responses::read(r, doc_id, &op_ptr, op, &mut o);
                o.long_running = super::responses::long_running(op, method);
                o.paging = super::responses::paging(op);
                examples(r, doc_id, &op_ptr, op, &mut o, &mut request_examples);
                ops.push(o);
            }
        }
    }
    Built { ops, client_params: client, request_examples, notes }
}

/// A path key's template and the query pairs after its `?`, if any.
fn split_query(key: &str) -> (&str, Vec<(String, Option<String>)>) {
    let Some((template, query)) = key.split_once('?') else { return (key, Vec::new()) };
    let pairs = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.to_owned(), Some(v.to_owned())),
            // `?next`: a key without a value, sent so.
            None => (p.to_owned(), None),
        })
        .collect();
    (template, pairs)
}

/// Records `op`'s `x-ms-examples` in `o`, and reads (through the loader) those whose request
/// body is of a named type, for the docs.
fn examples(
    r: &mut Resolver<'_>,
    doc: DocId,
    op_ptr: &str,
    op: &crate::spec::swagger::Operation,
    o: &mut Operation,
    found: &mut Vec<RequestExample>,
) {
    let Some(from) = r.doc(doc) else { return };
    let base = std::path::Path::new(&from.path).parent().map(|p| p.to_path_buf()).unwrap_or_default();
    let body = o.body.as_ref().and_then(|b| match b.ty {
        TypeRef::Named(ty) => Some((ty, b.wire.clone())),
        _ => None,
    });
    for (title, ex) in &op.examples {
        let Some(reference) = &ex.reference else { continue };
        if let Some(p) = crate::spec::load::normalize(&base, pointer::split_ref(reference).file) {
            o.examples.push((title.clone(), p));
        }
        let Some((ty, wire)) = &body else { continue };
        let at = pointer::join(op_ptr, &["x-ms-examples", title]);
        match r.loader.example(doc, reference, &at) {
            Ok(Some(example)) => {
                if let Some(v) = example.get("parameters").and_then(|p| p.get(wire)) {
                    found.push(RequestExample { ty: *ty, title: title.clone(), body: v.clone() });
                }
            }
            Ok(None) => {}
            Err(d) => r.diags.push(d),
        }
    }
}

/// Follows a parameter's or response's `$ref` (`what` names the kind for the message; `pick`
/// takes the node if it is one). Returns where it is, the value, and whether it came from a `$ref`.
pub(super) fn follow<T: Clone>(
    r: &mut Resolver<'_>,
    doc: DocId,
    ptr: &str,
    (value, reference): (&T, Option<&String>),
    what: &str,
    pick: impl Fn(Node<'_>) -> Option<&T>,
) -> Option<(Location, T, bool)> {
    let Some(reference) = reference else {
        return Some((Location { doc, pointer: ptr.to_owned() }, value.clone(), false));
    };
    match r.loader.resolve(doc, reference, ptr) {
        Ok(loc) => match r.loader.node(&loc).and_then(pick) {
            Some(x) => Some((loc.clone(), x.clone(), true)),
            None => {
                r.diag(doc, ptr, format!("$ref `{reference}` does not point to a {what}"));
                None
            }
        },
        Err(d) => {
            r.diags.push(d);
            None
        }
    }
}

pub(crate) fn resolve_param(
    r: &mut Resolver<'_>,
    doc: DocId,
    ptr: &str,
    p: &Parameter,
) -> Option<(Location, Parameter, bool)> {
    follow(r, doc, ptr, (p, p.reference.as_ref()), "parameter", |n| match n {
        Node::Parameter(p) => Some(p),
        _ => None,
    })
}

#[allow(clippy::too_many_arguments)]
fn add_param(
    r: &mut Resolver<'_>,
    o: &mut Operation,
    client: &mut Vec<Param>,
    scope: &mut Scope,
    loc: &Location,
    p: &Parameter,
    global: bool,
    op_id: &str,
) {
    let Some(wire) = p.name.clone() else {
        r.diag(loc.doc, &loc.pointer, "parameter has no name");
        return;
    };
    let location = match p.location.as_deref() {
        Some("body") => {
            let Some(schema) = &p.schema else {
                r.diag(loc.doc, &loc.pointer, "body parameter has no schema");
                return;
            };
            let sloc = Location { doc: loc.doc, pointer: format!("{}/schema", loc.pointer) };
            // Bytes (`format: binary`, `type: file`) are sent as they are, never as JSON.
            let ty = if super::media::is_binary(schema) {
                TypeRef::Binary
            } else {
                r.type_of(&sloc, schema, &format!("{op_id} Body"))
            };
            o.body = Some(Body {
                name: "body".into(),
                wire: wire.clone(),
                ty,
                required: p.required,
                docs: p.description.clone(),
                xml: None,
                // Decided with the operation's `consumes` once every parameter is read.
                media: super::media::BodyMedia::default(),
            });
            return;
        }
        Some("path") => ParamLocation::Path,
        Some("query") => ParamLocation::Query,
        Some("header") if wire.eq_ignore_ascii_case("user-agent") => ParamLocation::UserAgent,
        Some("header") => ParamLocation::Header,
        Some("formData") => ParamLocation::Form,
        other => {
            r.diag(
                loc.doc,
                &loc.pointer,
                format!("parameter location {other:?} is not one of path, query, header, body"),
            );
            return;
        }
    };
    let as_schema = Schema {
        type_: p.type_.clone(),
        format: p.format.clone(),
        items: p.items.clone(),
        enum_: p.enum_.clone(),
        x_ms_enum: p.x_ms_enum.clone(),
        ..Schema::default()
    };
    // `type: file` (a form's file field, or array items of one) is bytes.
    let file = |s: Option<&str>| s == Some("file");
    let ty = if file(p.type_.as_deref()) {
        TypeRef::Binary
    } else if p.type_.as_deref() == Some("array") && file(p.items.as_ref().and_then(|i| i.type_.as_deref())) {
        TypeRef::Vec(Box::new(TypeRef::Binary))
    } else {
        r.type_of_synthetic(loc, as_schema, &format!("{op_id} {wire}"))
    };
    // A required single-value enum is a constant; an optional one is the caller's to send.
    let constant = match &p.enum_ {
        Some(v) if v.len() == 1 && (p.required || location == ParamLocation::Path) => {
            v.first().and_then(|x| x.as_str()).map(str::to_owned)
        }
        _ => None,
    };
    // Parameters defined once for the whole file are the client's unless marked `method`.
    let on_client = match p.parameter_location.as_deref() {
        Some("client") => true,
        Some("method") => false,
        _ => global,
    };
    let raw = p.client_name.clone().unwrap_or_else(|| wire.clone());
    if on_client {
        if !client.iter().any(|c| c.wire == wire) {
            client.push(Param {
                name: names::field_name(&raw),
                wire: wire.clone(),
                location,
                ty,
                required: p.required,
                docs: p.description.clone(),
                skip_encoding: p.skip_url_encoding,
                collection_format: p.collection_format.clone(),
                constant,
                role: ClientRole::of(&wire),
            });
        }
        o.client_params.push(wire);
        return;
    }
    o.params.push(Param {
        name: scope.claim(&names::field_name(&raw), &[]),
        wire,
        location,
        ty,
        required: p.required || location == ParamLocation::Path,
        docs: p.description.clone(),
        skip_encoding: p.skip_url_encoding,
        collection_format: p.collection_format.clone(),
        constant,
        role: ClientRole::Other,
    });
}

/// The element type of a page's item array, when the page type is a struct that has it.
pub(crate) fn page_item(model: &super::Model, page: &TypeRef, item_name: &str) -> Option<TypeRef> {
    let TypeRef::Named(id) = page else { return None };
    let t = model.resolve_alias(*id)?;
    match &t.kind {
        TypeKind::Struct(s) => s.fields.iter().find(|f| f.wire == item_name).and_then(|f| match &f.ty {
            TypeRef::Vec(inner) => Some((**inner).clone()),
            _ => None,
        }),
        _ => None,
    }
}

impl super::Model {
    /// The named type behind an id, following aliases.
    pub fn resolve_alias(&self, id: TypeId) -> Option<&super::TypeDef> {
        let mut cur = self.get(id)?;
        for _ in 0..64 {
            match &cur.kind {
                TypeKind::Alias(TypeRef::Named(next)) => cur = self.get(*next)?,
                _ => return Some(cur),
            }
        }
        None
    }
}
