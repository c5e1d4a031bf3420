//! The `x-ms-examples` of expressRouteCircuit.json, round-tripped through the generated
//! `express_route` models.
//!
//! Every request and response body of every example file must deserialize into the type its
//! operation declares and serialize back to the example minus its read-only properties. What is
//! read-only comes from [`codegen_tests::oracle`], a walk over the raw spec JSON that shares no
//! code with codegen's model (so a model bug shows up here instead of on both sides); the same
//! walk reports properties the spec does not declare, which deserialization would silently drop.
//! The model's read-only and required sets are also checked against that walk directly.
//!
//! The other tests check single model rules (read-only, open enums, secrets, flattening, absent vs
//! empty lists) on the real crate.

use codegen::model::{Model, Operation, TypeKind, TypeRef};
use codegen_tests::examples::{apply_errata, escape, json_diff, load_model, EXPRESS_ROUTE_ERRATA};
use codegen_tests::oracle::{expected_body, reachable_shapes, At, RawSpec};
use codegen_tests::{read_spec_json, specs_root, EXPRESS_ROUTE_SPEC};
use express_route::models;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Example properties the 2021-08-01 model lacks, accepted on purpose:
/// (example file name, JSON pointer in the body, why). Only for properties the spec really does
/// not define; an entry no example needs any more fails the test.
const ALLOWED_UNKNOWN: &[(&str, &str, &str)] = &[];

/// Builds `roundtrip` and `DISPATCHED` from the model types bodies may have.
macro_rules! dispatch {
    ($($ty:ident),* $(,)?) => {
        /// Type names `roundtrip` knows.
        const DISPATCHED: &[&str] = &[$(stringify!($ty)),*];

        /// Deserializes `v` as `express_route::models::<type_name>` and serializes it back.
        fn roundtrip(type_name: &str, v: &Value) -> Result<Value, String> {
            match type_name {
                $(stringify!($ty) => through::<models::$ty>(v),)*
                other => Err(format!("`{other}` is not in the dispatch! list of examples_roundtrip.rs")),
            }
        }
    };
}

dispatch!(
    AuthorizationListResult,
    CloudError,
    ExpressRouteCircuit,
    ExpressRouteCircuitAuthorization,
    ExpressRouteCircuitConnection,
    ExpressRouteCircuitConnectionListResult,
    ExpressRouteCircuitListResult,
    ExpressRouteCircuitPeering,
    ExpressRouteCircuitPeeringListResult,
    ExpressRouteCircuitStats,
    ExpressRouteCircuitsArpTableListResult,
    ExpressRouteCircuitsRoutesTableListResult,
    ExpressRouteCircuitsRoutesTableSummaryListResult,
    ExpressRouteServiceProviderListResult,
    PeerExpressRouteCircuitConnection,
    PeerExpressRouteCircuitConnectionListResult,
    TagsObject,
);

fn through<T: DeserializeOwned + Serialize>(v: &Value) -> Result<Value, String> {
    let t: T = serde_path_to_error::deserialize(v.clone())
        .map_err(|e| format!("deserializing: at `{}`: {}", e.path(), e.inner()))?;
    serde_json::to_value(&t).map_err(|e| format!("serializing: {e}"))
}

/// The Rust name of a body type, when `roundtrip` can take it (a named type).
fn body_type_name<'m>(model: &'m Model, ty: &TypeRef) -> Result<&'m str, String> {
    match ty {
        TypeRef::Named(id) => model.name(*id).ok_or_else(|| format!("type id {id:?} is not in the model")),
        other => Err(format!("body type {other:?} is not a named type; roundtrip only dispatches named types")),
    }
}

/// Fails unless every type an operation names for a body is in the dispatch list.
fn assert_dispatch_covers(model: &Model) {
    let mut missing = BTreeSet::new();
    for op in &model.operations {
        let bodies = op.body.iter().map(|b| &b.ty);
        let responses = op.responses.iter().filter_map(|r| r.ty.as_ref());
        for ty in bodies.chain(responses).chain(op.error.as_ref()) {
            match body_type_name(model, ty) {
                Ok(name) if DISPATCHED.contains(&name) => {}
                Ok(name) => {
                    missing.insert(name.to_owned());
                }
                Err(e) => panic!("{}: {e}", op.id),
            }
        }
    }
    assert!(missing.is_empty(), "add these types to the dispatch! list of examples_roundtrip.rs: {missing:?}");
}

/// Example files the spec names in `x-ms-examples`, read from the spec JSON itself (not the model).
fn examples_named_in_spec() -> BTreeSet<String> {
    let spec = read_spec_json(EXPRESS_ROUTE_SPEC);
    let dir = EXPRESS_ROUTE_SPEC.rsplit_once('/').map_or("", |(d, _)| d);
    let mut out = BTreeSet::new();
    for section in ["paths", "x-ms-paths"] {
        let Some(paths) = spec.get(section).and_then(Value::as_object) else {
            continue;
        };
        for op in paths.values().filter_map(Value::as_object).flat_map(|item| item.values()) {
            let Some(examples) = op.get("x-ms-examples").and_then(Value::as_object) else {
                continue;
            };
            for ex in examples.values() {
                if let Some(r) = ex.get("$ref").and_then(Value::as_str) {
                    out.insert(join_relative(dir, r));
                }
            }
        }
    }
    out
}

/// `dir/reference` with `.` and `..` segments resolved.
fn join_relative(dir: &str, reference: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in reference.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
}

/// Counts and failures of the whole run.
struct Run {
    /// The raw spec, read without codegen: what is read-only.
    spec: RawSpec,
    requests: usize,
    responses: usize,
    failures: Vec<String>,
    /// `ALLOWED_UNKNOWN` entries met, to flag stale ones.
    allowed_used: BTreeSet<(String, String)>,
}

impl Run {
    fn new() -> Self {
        Run {
            spec: RawSpec::new(specs_root()),
            requests: 0,
            responses: 0,
            failures: Vec::new(),
            allowed_used: BTreeSet::new(),
        }
    }

    /// Checks one body: `where_` names it in messages (file, operation, request or status);
    /// `schema` is where the raw spec declares it, `ty` the model's type for it (which Rust type
    /// to read it as).
    fn body(&mut self, model: &Model, file: &str, where_: &str, (ty, schema): (&TypeRef, &At), body: &Value) {
        let name = match body_type_name(model, ty) {
            Ok(n) => n,
            Err(e) => return self.failures.push(format!("{where_}: {e}")),
        };
        let (expected, unknown) = expected_body(&mut self.spec, schema, body);
        let file_name = file.rsplit('/').next().unwrap_or(file);
        for (ptr, owner) in unknown {
            let owner = format!("{}#{}", owner.file, owner.pointer);
            if ALLOWED_UNKNOWN.iter().any(|(f, p, _)| *f == file_name && *p == ptr) {
                self.allowed_used.insert((file_name.to_owned(), ptr));
            } else {
                self.failures.push(format!(
                    "{where_}: property `{ptr}` is not declared by the spec (schema {owner}) and would be dropped; \
                     add it to ALLOWED_UNKNOWN with the reason if the 2021-08-01 spec really lacks it"
                ));
            }
        }
        match roundtrip(name, body) {
            Err(e) => self.failures.push(format!("{where_}: as {name}: {e}")),
            Ok(got) if got != expected => {
                let mut lines = Vec::new();
                json_diff(&expected, &got, "", &mut lines);
                self.failures.push(format!(
                    "{where_}: as {name}, serialized != example minus read-only properties:\n  {}\n--- expected:\n{}\n--- serialized:\n{}",
                    lines.join("\n  "),
                    pretty(&expected),
                    pretty(&got)
                ));
            }
            Ok(_) => {}
        }
    }

    /// Checks the request body and every response body of one example of `op`.
    fn example(&mut self, model: &Model, op: &Operation, file: &str, example: &Value) {
        let at = format!("{file} ({})", op.id);
        let Some(raw) = self.spec.operation(EXPRESS_ROUTE_SPEC, &op.id) else {
            return self.failures.push(format!("{at}: the raw spec has no operation {}", op.id));
        };
        if let Some(b) = &op.body {
            let Some((raw_name, schema)) = &raw.body else {
                return self.failures.push(format!("{at}: the model has a body, the raw spec none"));
            };
            if *raw_name != b.wire {
                self.failures.push(format!("{at}: body `{}` in the model, `{raw_name}` in the spec", b.wire));
            }
            match example.pointer(&format!("/parameters/{}", escape(&b.wire))) {
                Some(body) => {
                    self.requests += 1;
                    self.body(model, file, &format!("{at} request `{}`", b.wire), (&b.ty, schema), body);
                }
                None if b.required => self.failures.push(format!("{at}: no request body `parameters/{}`", b.wire)),
                None => {}
            }
        }
        let Some(responses) = example.get("responses").and_then(Value::as_object) else {
            return self.failures.push(format!("{at}: no `responses` object"));
        };
        for (status, resp) in responses {
            let declared = if status == "default" {
                Some(op.error.as_ref())
            } else {
                let code = status.parse::<u16>().ok();
                op.responses.iter().find(|r| Some(r.status) == code).map(|r| r.ty.as_ref())
            };
            let where_ = format!("{at} response {status}");
            match (declared, resp.get("body")) {
                (None, _) => self.failures.push(format!("{where_}: status not declared by the operation")),
                (Some(Some(ty)), Some(body)) => match raw.responses.get(status) {
                    Some(Some(schema)) => {
                        self.responses += 1;
                        self.body(model, file, &where_, (ty, schema), body);
                    }
                    _ => self.failures.push(format!("{where_}: the model has a body type, the raw spec no schema")),
                },
                (Some(None), Some(_)) => {
                    self.failures.push(format!("{where_}: has a body, the operation declares none"))
                }
                (Some(_), None) => {}
            }
        }
    }
}

#[test]
fn every_example_round_trips() {
    let model = load_model(EXPRESS_ROUTE_SPEC);
    assert_dispatch_covers(&model);

    // Each example file with the operations that name it.
    let mut files: BTreeMap<&str, Vec<&Operation>> = BTreeMap::new();
    for op in &model.operations {
        for (_title, path) in &op.examples {
            files.entry(path.as_str()).or_default().push(op);
        }
    }
    let in_spec = examples_named_in_spec();
    let in_model: BTreeSet<String> = files.keys().map(|s| (*s).to_owned()).collect();
    assert!(!in_spec.is_empty(), "{EXPRESS_ROUTE_SPEC} names no x-ms-examples");
    assert_eq!(in_model, in_spec, "the model's examples differ from the spec's x-ms-examples");

    let mut run = Run::new();
    let mut errata = 0;
    for (file, ops) in &files {
        let mut example = read_spec_json(file);
        let file_name = file.rsplit('/').next().unwrap_or(file);
        errata += apply_errata(file_name, &mut example, EXPRESS_ROUTE_ERRATA).unwrap_or_else(|e| {
            run.failures.push(e);
            0
        });
        for op in ops {
            run.example(&model, op, file, &example);
        }
    }
    let walked: BTreeSet<&str> = files.keys().map(|f| f.rsplit('/').next().unwrap_or(f)).collect();
    for (f, p, _, why) in EXPRESS_ROUTE_ERRATA {
        if !walked.contains(f) {
            run.failures
                .push(format!("EXAMPLE_ERRATA entry ({f}, {p}: {why}) names no example of the spec: remove it"));
        }
    }
    for (f, p, why) in ALLOWED_UNKNOWN {
        if !run.allowed_used.contains(&((*f).to_owned(), (*p).to_owned())) {
            run.failures.push(format!("ALLOWED_UNKNOWN entry ({f}, {p}: {why}) is no longer needed: remove it"));
        }
    }

    println!(
        "examples: {}, request bodies: {}, response bodies: {} (example errata removed: {errata})",
        files.len(),
        run.requests,
        run.responses
    );
    assert!(run.failures.is_empty(), "{} failure(s):\n\n{}", run.failures.len(), run.failures.join("\n\n"));
    assert_eq!(files.len(), in_spec.len());
    assert!(run.requests + run.responses > 0, "no body was checked");
}

/// The model's read-only, required and property sets of every struct, against the raw walk of
/// the spec (which knows nothing of codegen): a model bug here would otherwise pass the round
/// trip, since the generated crate is made from the same model.
#[test]
fn model_read_only_and_required_sets_match_the_raw_spec() {
    let model = load_model(EXPRESS_ROUTE_SPEC);
    let mut spec = RawSpec::new(specs_root());
    let shapes = reachable_shapes(&mut spec, EXPRESS_ROUTE_SPEC);
    let root = format!("{}/", specs_root().display());
    let mut compared = 0;
    let mut failures = Vec::new();
    for t in &model.types {
        let TypeKind::Struct(st) = &t.kind else { continue };
        let file = t.origin.file.strip_prefix(&root).unwrap_or(&t.origin.file).to_owned();
        let at = At { file, pointer: t.origin.pointer.clone() };
        let Some(shape) = shapes.get(&at) else {
            failures.push(format!(
                "{}: {}#{} is not an object schema the spec's operations reach",
                t.name, at.file, at.pointer
            ));
            continue;
        };
        compared += 1;
        let tag = shape.tag.as_deref();
        let names = |keep: &dyn Fn(&str) -> bool| -> BTreeSet<String> {
            shape.properties.keys().filter(|k| Some(k.as_str()) != tag && keep(k)).cloned().collect()
        };
        let want_all = names(&|_| true);
        let want_read_only = names(&|k| shape.read_only.contains(k));
        let want_required = names(&|k| shape.required.contains(k) && !shape.read_only.contains(k));
        let got = |keep: &dyn Fn(&codegen::model::Field) -> bool| -> BTreeSet<String> {
            st.fields.iter().filter(|f| keep(f)).map(|f| f.wire.clone()).collect()
        };
        for (what, want, have) in [
            ("properties", want_all, got(&|_| true)),
            ("read-only", want_read_only, got(&|f| f.read_only)),
            ("required", want_required, got(&|f| f.required)),
        ] {
            if want != have {
                failures.push(format!(
                    "{} ({}#{}): {what} are {have:?} in the model, {want:?} in the spec",
                    t.name, at.file, at.pointer
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} mismatch(es):\n{}", failures.len(), failures.join("\n"));
    println!("structs compared with the raw spec: {compared}");
    // Not vacuous: the target spec has dozens of structs.
    assert!(compared >= 30, "only {compared} structs compared");
}

/// Which operations poll, and where their result is read, against the raw spec: the same walk
/// the end-to-end replay can take its polling expectations from.
#[test]
fn long_running_operations_match_the_raw_spec() {
    use codegen::model::FinalStateVia;
    let model = load_model(EXPRESS_ROUTE_SPEC);
    let mut spec = RawSpec::new(specs_root());
    let mut polling = 0;
    for op in &model.operations {
        let raw = spec.operation(EXPRESS_ROUTE_SPEC, &op.id).unwrap_or_else(|| panic!("{} not in the spec", op.id));
        let want = raw.long_running.as_ref().map(|l| l.final_state(&raw.method).to_owned());
        let have = op.long_running.map(|v| {
            match v {
                FinalStateVia::AzureAsyncOperation => "azure-async-operation",
                FinalStateVia::Location => "location",
                FinalStateVia::OriginalUri => "original-uri",
                FinalStateVia::OperationLocation => "operation-location",
            }
            .to_owned()
        });
        assert_eq!(have, want, "{}: final state in the model vs the spec", op.id);
        let statuses: Vec<u16> = op.responses.iter().map(|r| r.status).collect();
        if let Some(lro) = &raw.long_running {
            polling += 1;
            let mut sorted = statuses.clone();
            sorted.sort();
            assert_eq!(sorted, lro.statuses, "{}: declared statuses", op.id);
        }
    }
    assert!(polling >= 5, "only {polling} long-running operations");
}

// ---- single model rules, on the real crate ----

const CONNECTION_GET: &str =
    "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/examples/ExpressRouteCircuitConnectionGet.json";

/// The `ExpressRouteCircuitConnection` of the connection GET example.
fn example_connection() -> (Value, models::ExpressRouteCircuitConnection) {
    let body = read_spec_json(CONNECTION_GET).pointer("/responses/200/body").cloned().expect("200 body");
    let conn = serde_json::from_value(body.clone()).expect("deserializes");
    (body, conn)
}

#[test]
fn read_only_fields_are_not_serialized() {
    let (body, conn) = example_connection();
    let out = serde_json::to_value(&conn).unwrap();
    // Present in the example, read-only in the spec: gone. (`circuitConnectionStatus` is read-only
    // through its definition, CircuitConnectionStatus, which says `readOnly: true`.)
    for ptr in [
        "/etag",
        "/type",
        "/properties/provisioningState",
        "/properties/circuitConnectionStatus",
        "/properties/ipv6CircuitConnectionConfig/circuitConnectionStatus",
    ] {
        assert!(body.pointer(ptr).is_some(), "example has {ptr}");
        assert_eq!(out.pointer(ptr), None, "read-only {ptr} serialized");
    }
    // Writable: kept.
    for ptr in ["/id", "/name", "/properties/addressPrefix", "/properties/ipv6CircuitConnectionConfig/addressPrefix"] {
        assert_eq!(out.pointer(ptr), body.pointer(ptr), "{ptr}");
    }
}

#[test]
fn unknown_enum_value_round_trips() {
    let state: models::ProvisioningState = serde_json::from_value(json!("SomethingNew")).unwrap();
    assert_eq!(state, models::ProvisioningState::UnknownValue("SomethingNew".into()));
    assert_eq!(serde_json::to_value(&state).unwrap(), json!("SomethingNew"));
    // Known values stay known.
    let known: models::ProvisioningState = serde_json::from_value(json!("Succeeded")).unwrap();
    assert_eq!(known, models::ProvisioningState::Succeeded);
}

#[test]
fn debug_redacts_secrets() {
    let (_, conn) = example_connection();
    let key = conn.authorization_key().expect("example has an authorizationKey").to_owned();
    let debug = format!("{conn:?}");
    assert!(!debug.contains(&key), "Debug shows the authorization key: {debug}");
    // azure_core's SafeDebug (without the crate's `debug` feature): the type's name, no values.
    assert!(debug.starts_with("ExpressRouteCircuitConnection"), "Debug does not name the type: {debug}");
    // Serialization still sends it.
    assert_eq!(serde_json::to_value(&conn).unwrap().pointer("/properties/authorizationKey"), Some(&json!(key)));
}

#[test]
fn flattened_accessors_reach_nested_values() {
    let (body, conn) = example_connection();
    assert_eq!(conn.address_prefix(), body.pointer("/properties/addressPrefix").and_then(Value::as_str));
    assert_eq!(conn.address_prefix(), Some("10.0.0.0/24"));
    assert_eq!(conn.authorization_key(), body.pointer("/properties/authorizationKey").and_then(Value::as_str));
    assert_eq!(conn.provisioning_state(), Some(&models::ProvisioningState::Succeeded));
    // No properties at all: accessors give None, not a panic.
    assert_eq!(models::ExpressRouteCircuitConnection::default().address_prefix(), None);
}

#[test]
fn optional_lists_keep_absent_apart_from_empty() {
    for v in [json!({}), json!({ "value": [] }), json!({ "value": [{ "name": "p" }] })] {
        let page: models::ExpressRouteCircuitPeeringListResult = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(serde_json::to_value(&page).unwrap(), v);
    }
    let absent: models::ExpressRouteCircuitPeeringListResult = serde_json::from_value(json!({})).unwrap();
    let empty: models::ExpressRouteCircuitPeeringListResult = serde_json::from_value(json!({ "value": [] })).unwrap();
    assert_eq!(absent.value, None);
    assert_eq!(empty.value, Some(Vec::new()));
    // The slice accessor reads both as empty.
    assert!(absent.value().is_empty() && empty.value().is_empty());
}
