//! The acceptance test for operations: every operation of expressRouteCircuit.json, sent by the
//! generated `express_route` client through azure_core's pipeline (bearer token, retry policy,
//! a custom `HttpClient`) to a real HTTP/1.1 server on 127.0.0.1 that replays the spec's
//! `x-ms-examples`.
//!
//! The list of operations and their examples comes from the codegen model
//! (`model.operations[i].examples`), never from a hand-kept list; how each operation is
//! followed (long-running and its `final-state-via`, pageable and its `nextLinkName`) is read
//! from the raw spec JSON, and must agree with the model. For each example the server checks
//! the request (method, the path template filled with the example's parameters, `api-version`,
//! the JSON body = the example's request body minus the read-only properties the raw spec declares,
//! `oracle::expected_body`) and answers with
//! the example's response; the test checks the typed result (`Response<T>::into_model`) equals
//! the example's body read as the model type.
//!
//! - plain calls: the example's success response;
//! - long-running operations (awaited): PUT: 201 with `Azure-AsyncOperation`, one `InProgress`
//!   round, `Succeeded`, then a GET of the original URL; DELETE: 202 with `Azure-AsyncOperation`
//!   and `Location`, the monitor to `Succeeded`, and nothing else (no GET of `Location`); POST:
//!   202 with only `Location`, polled (202) until it answers 200 with the result;
//! - pageable operations: the example's list split over two pages linked by `nextLink`.

use codegen::model::{FinalStateVia, Model, Operation, ParamLocation};
use codegen_tests::azure::{client_with, fast_polling, https_url, Setup};
use codegen_tests::examples::{apply_errata, file_name, fill_template, id_template, load_model, EXPRESS_ROUTE_ERRATA};
use codegen_tests::oracle::{expected_body, RawSpec};
use codegen_tests::server::{Expect, Reply, TestServer};
use codegen_tests::{read_spec_json, EXPRESS_ROUTE_SPEC};
use express_route::OperationStatus;
use futures::TryStreamExt;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::fmt::Display;
use std::future::Future;
use std::str::FromStr;

#[path = "operations_e2e/dispatch.rs"]
mod dispatch;

const API_VERSION: &str = "2021-08-01";
const OPERATIONS_IN_SPEC: usize = 26;

/// Example parameters that are not the spec's: (example file name, parameter name in the
/// example, why). They are ignored; an entry no example needs any more fails the test.
const PARAM_QUIRKS: &[(&str, &str, &str)] = &[
    (
        "ExpressRouteCircuitConnectionCreate.json",
        "type",
        "ExpressRouteCircuitConnections_CreateOrUpdate has no `type` parameter; the upstream example lists the \
         resource type among its parameters",
    ),
    (
        "ExpressRouteCircuitCreateOnExpressRoutePort.json",
        "type",
        "ExpressRouteCircuits_CreateOrUpdate has no `type` parameter; the upstream example lists the resource \
         type among its parameters",
    ),
];

/// How the raw spec says an operation is followed.
#[derive(Debug)]
struct Declared {
    /// `x-ms-long-running-operation-options.final-state-via` of a long-running operation.
    final_state_via: Option<String>,
    long_running: bool,
    /// `x-ms-pageable`: (`nextLinkName`, `itemName`).
    pageable: Option<(Option<String>, String)>,
}

/// The raw spec's declaration of `op_id`, checked against the codegen model's `op`.
fn declared(spec: &Value, op: &Operation) -> Result<Declared, String> {
    let raw = spec
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|paths| paths.values())
        .filter_map(Value::as_object)
        .flat_map(|methods| methods.values())
        .find(|o| o.get("operationId").and_then(Value::as_str) == Some(op.id.as_str()))
        .ok_or_else(|| format!("{} is not in the raw spec", op.id))?;
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
    let long_running = raw.get("x-ms-long-running-operation").and_then(Value::as_bool).unwrap_or(false);
    let final_state_via = text(raw.pointer("/x-ms-long-running-operation-options/final-state-via"));
    let pageable = raw
        .get("x-ms-pageable")
        .map(|p| (text(p.get("nextLinkName")), text(p.get("itemName")).unwrap_or_else(|| "value".to_owned())));
    let declared = Declared { final_state_via, long_running, pageable };
    let model_via = op.long_running.map(|v| match v {
        FinalStateVia::AzureAsyncOperation => "azure-async-operation",
        FinalStateVia::Location => "location",
        FinalStateVia::OriginalUri => "original-uri",
        FinalStateVia::OperationLocation => "operation-location",
    });
    let model_paging = op.paging.as_ref().map(|p| (p.next_link.clone(), p.item_name.clone()));
    let agrees = declared.long_running == op.long_running.is_some()
        && (declared.final_state_via.is_none() || declared.final_state_via.as_deref() == model_via)
        && declared.pageable == model_paging;
    if !agrees {
        return Err(format!(
            "the model disagrees with the spec: spec {declared:?}, model long-running {model_via:?}, paging {model_paging:?}"
        ));
    }
    Ok(declared)
}

/// One example of one operation, ready to run against the server.
pub struct Case<'a> {
    op: &'a Operation,
    declared: Declared,
    file: &'a str,
    /// The example file, errata removed.
    example: Value,
    /// Its parameters under the spec's names.
    params: Map<String, Value>,
    server: &'a TestServer,
    setup: Setup,
    /// Unique per case: keeps polling URLs apart.
    seq: usize,
    /// The request body the client must send, from the raw spec (without codegen's model).
    expected_body: Option<Value>,
}

impl Case<'_> {
    fn label(&self) -> String {
        format!("{} ({})", file_name(self.file), self.op.id)
    }

    pub fn client(&self) -> &express_route::ExpressRouteClient {
        &self.setup.client
    }

    pub fn op_id(&self) -> &str {
        &self.op.id
    }

    pub fn param(&self, name: &str) -> Result<&str, String> {
        self.params.get(name).and_then(Value::as_str).ok_or_else(|| format!("example has no string parameter `{name}`"))
    }

    /// The request path: the template filled with the example's parameters.
    fn path(&self) -> Result<String, String> {
        fill_template(&self.op.path, &self.params)
    }

    /// The typed id the operation takes, parsed from the id its path starts with; it must print
    /// back to the same text.
    pub fn id<T: FromStr + Display>(&self) -> Result<T, String>
    where
        T::Err: Display,
    {
        let text = fill_template(id_template(&self.op.path), &self.params)?;
        let id: T = text.parse().map_err(|e| format!("parsing the id {text}: {e}"))?;
        if id.to_string() != text {
            return Err(format!("id {text} prints back as {id}"));
        }
        Ok(id)
    }

    /// The example's request body, as written.
    fn raw_body(&self) -> Option<&Value> {
        self.params.get(&self.op.body.as_ref()?.wire)
    }

    /// The request body as the model type (deserialized from the example).
    pub fn body<T: DeserializeOwned>(&self) -> Result<T, String> {
        let v = self.raw_body().ok_or("the example has no request body")?;
        serde_json::from_value(v.clone()).map_err(|e| format!("request body: {e}"))
    }

    /// The request the client must send first.
    fn expect_request(&self) -> Result<Expect, String> {
        let mut e = Expect::new(self.label(), &self.op.method, self.path()?).query("api-version", API_VERSION);
        if let Some(expected) = &self.expected_body {
            e = e.json_body(expected.clone());
        }
        Ok(e)
    }

    /// A GET the client must send while polling or paging (`url` served by this server).
    fn expect_get(&self, what: &str, url: &str) -> Expect {
        let rest = url.strip_prefix(&https_url(self.server)).unwrap_or(url);
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let mut e = Expect::new(format!("{} {what}", self.label()), "GET", path);
        for (k, v) in codegen_tests::server::query_pairs(query) {
            e = e.query(&k, &v);
        }
        e
    }

    fn response(&self, status: u16) -> Option<&Value> {
        self.example.pointer(&format!("/responses/{status}"))
    }

    /// The example's body for `status` (`Null` when it has none).
    fn response_body(&self, status: u16) -> Value {
        self.response(status).and_then(|r| r.get("body")).cloned().unwrap_or(Value::Null)
    }

    /// The example's response for `status`: status, body, headers.
    fn reply(&self, status: u16) -> Result<Reply, String> {
        let r = self.response(status).ok_or_else(|| format!("the example has no {status} response"))?;
        let mut reply = match r.get("body") {
            Some(body) => Reply::json(status, body),
            None => Reply::empty(status),
        };
        for (k, v) in r.get("headers").and_then(Value::as_object).into_iter().flatten() {
            reply = reply.header(k, v.as_str().map_or_else(|| v.to_string(), str::to_owned));
        }
        Ok(reply)
    }

    /// The lowest 2xx status of the example.
    fn success_status(&self) -> Result<u16, String> {
        self.example
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|r| r.keys())
            .filter_map(|s| s.parse::<u16>().ok())
            .filter(|s| (200..300).contains(s))
            .min()
            .ok_or_else(|| "the example has no 2xx response".to_owned())
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", https_url(self.server))
    }
}

/// `body` (`Null` for none) as the operation's result type.
fn typed<T: DeserializeOwned>(body: &Value) -> Result<T, String> {
    serde_json::from_value(body.clone()).map_err(|e| format!("the example body as the result type: {e}"))
}

/// `got` equals `want`; the difference as JSON otherwise (models' `Debug` shows no values).
fn same<T: PartialEq + Serialize>(got: &T, want: &T) -> Result<(), String> {
    if got == want {
        return Ok(());
    }
    let (got, want) = (serde_json::to_value(got).unwrap_or_default(), serde_json::to_value(want).unwrap_or_default());
    let mut lines = Vec::new();
    codegen_tests::examples::json_diff(&want, &got, "", &mut lines);
    Err(format!("result differs from the example:\n  {}", lines.join("\n  ")))
}

type Called<T> = azure_core::Result<azure_core::http::Response<T>>;

pub fn run_call<T>(case: &Case, call: impl Future<Output = Called<T>>) -> Result<(), String>
where
    T: DeserializeOwned + PartialEq + Serialize,
{
    let status = case.success_status()?;
    case.server.expect(case.expect_request()?, case.reply(status)?);
    let response = pollster::block_on(call).map_err(|e| format!("the call failed: {e}"))?;
    let got = response.into_model().map_err(|e| format!("the result: {e}"))?;
    same(&got, &typed(&case.response_body(status))?)
}

type Polled<T, F = azure_core::http::JsonFormat> = azure_core::Result<azure_core::http::Poller<OperationStatus<T, F>>>;

/// A long-running operation with a result (PUT or POST), awaited.
pub fn run_lro<T>(case: &Case, poller: Polled<T>) -> Result<(), String>
where
    T: DeserializeOwned + PartialEq + Serialize + Send + 'static,
{
    let poller = poller.map_err(|e| format!("no poller: {e}"))?;
    let want = match (case.op.method.as_str(), case.declared.final_state_via.as_deref()) {
        ("PUT" | "PATCH", Some("azure-async-operation" | "original-uri")) => script_put(case)?,
        ("POST", Some("location")) => script_post(case)?,
        (m, v) => return Err(format!("no LRO script for {m} with final-state-via {v:?}: add one")),
    };
    let response = pollster::block_on(poller).map_err(|e| format!("the long-running operation failed: {e}"))?;
    let got = response.into_model().map_err(|e| format!("the result: {e}"))?;
    same(&got, &typed(&want)?)
}

/// A long-running DELETE, awaited: it ends with the status monitor's `Succeeded`.
pub fn run_delete(case: &Case, poller: Polled<(), azure_core::http::NoFormat>) -> Result<(), String> {
    let poller = poller.map_err(|e| format!("no poller: {e}"))?;
    if case.declared.final_state_via.as_deref() != Some("location") {
        return Err(format!("no DELETE script for final-state-via {:?}", case.declared.final_state_via));
    }
    let (monitor, location) = case.polling_urls();
    case.server.expect(
        case.expect_request()?,
        case.reply(202)?
            .header("Azure-AsyncOperation", &monitor)
            .header("Location", &location)
            .header("Retry-After", "1"),
    );
    case.server.expect(case.expect_get("status monitor", &monitor), in_progress());
    case.server.expect(case.expect_get("status monitor", &monitor), Reply::json(200, &json!({"status": "Succeeded"})));
    let response = pollster::block_on(poller).map_err(|e| format!("the long-running operation failed: {e}"))?;
    match u16::from(response.status()) {
        200 => Ok(()),
        other => Err(format!("the DELETE ended with {other}, not the monitor's 200")),
    }
}

fn in_progress() -> Reply {
    Reply::json(200, &json!({"status": "InProgress"})).header("Retry-After", "1")
}

impl Case<'_> {
    /// The status monitor's and the `Location` URL for this case.
    fn polling_urls(&self) -> (String, String) {
        let n = self.seq;
        (
            self.url(&format!("/operations/{n}?api-version={API_VERSION}")),
            self.url(&format!("/operationResults/{n}?api-version={API_VERSION}&token=t%2F{n}")),
        )
    }
}

/// PUT: 201 with `Azure-AsyncOperation`, the monitor to `Succeeded`, a GET of the original URL.
fn script_put(case: &Case) -> Result<Value, String> {
    let (monitor, _) = case.polling_urls();
    let initial = if case.response(201).is_some() { 201 } else { case.success_status()? };
    case.server.expect(
        case.expect_request()?,
        case.reply(initial)?.header("Azure-AsyncOperation", &monitor).header("Retry-After", "1"),
    );
    case.server.expect(case.expect_get("status monitor", &monitor), in_progress());
    case.server.expect(case.expect_get("status monitor", &monitor), Reply::json(200, &json!({"status": "Succeeded"})));
    case.server.expect(
        Expect::new(format!("{} final GET of the original URL", case.label()), "GET", case.path()?)
            .query("api-version", API_VERSION),
        case.reply(200)?,
    );
    Ok(case.response_body(200))
}

/// POST: only `Location`, polled (202, the same `Location`) until it answers 200 with the body.
fn script_post(case: &Case) -> Result<Value, String> {
    let (_, location) = case.polling_urls();
    let accepted = || Reply::empty(202).header("Location", &location).header("Retry-After", "1");
    case.server.expect(case.expect_request()?, accepted());
    case.server.expect(case.expect_get("Location poll", &location), accepted());
    case.server.expect(case.expect_get("Location poll", &location), case.reply(200)?);
    Ok(case.response_body(200))
}

/// A pageable operation: the example's items over two pages, collected from the item stream.
pub fn run_pager<P>(case: &Case, pager: azure_core::Result<azure_core::http::Pager<P>>) -> Result<(), String>
where
    P: azure_core::http::pager::Page + DeserializeOwned + Send + 'static,
    P::Item: DeserializeOwned + PartialEq + Serialize,
{
    let pager = pager.map_err(|e| format!("no pager: {e}"))?;
    let (next_name, item_name) = case.declared.pageable.clone().ok_or("not pageable in the spec")?;
    let next_name = next_name.ok_or("the spec has no nextLinkName")?;
    let body = case.response_body(200);
    let items = body
        .get(&item_name)
        .and_then(Value::as_array)
        .cloned()
        .ok_or_else(|| format!("the 200 body has no `{item_name}` array"))?;
    // Page 1: the first item (or all of one), with a nextLink; page 2: the rest, without.
    let split = items.len().min(1);
    let next = case.url(&format!("/pages/{}/2?api-version={API_VERSION}&%24skiptoken=a%2Fb%3Dc", case.seq));
    let mut first = body.clone();
    first[item_name.as_str()] = Value::Array(items[..split].to_vec());
    first[next_name.as_str()] = Value::String(next.clone());
    let mut second = body.clone();
    second[item_name.as_str()] = Value::Array(items[split..].to_vec());
    if let Some(obj) = second.as_object_mut() {
        obj.remove(&next_name);
    }
    case.server.expect(case.expect_request()?, Reply::json(200, &first));
    case.server.expect(case.expect_get("page 2", &next), Reply::json(200, &second));
    let got: Vec<P::Item> = pollster::block_on(pager.try_collect()).map_err(|e| format!("paging failed: {e}"))?;
    same(&got, &typed(&Value::Array(items))?)
}

/// The example's parameters under the spec's names; unknown names are errors unless
/// `PARAM_QUIRKS` explains them. Records the quirks used.
fn example_params(
    model: &Model,
    op: &Operation,
    file: &str,
    example: &Value,
    quirks_used: &mut BTreeSet<(String, String)>,
) -> Result<Map<String, Value>, String> {
    let raw = example.get("parameters").and_then(Value::as_object).ok_or("the example has no `parameters` object")?;
    let known: BTreeSet<&str> = op
        .params
        .iter()
        .map(|p| p.wire.as_str())
        .chain(op.client_params.iter().map(String::as_str))
        .chain(model.client_params.iter().map(|p| p.wire.as_str()))
        .chain(op.body.iter().map(|b| b.wire.as_str()))
        .collect();
    let mut out = Map::new();
    for (name, value) in raw {
        if let Some((f, p, _)) = PARAM_QUIRKS.iter().find(|(f, p, _)| *f == file_name(file) && p == name) {
            quirks_used.insert(((*f).to_owned(), (*p).to_owned()));
        } else if known.contains(name.as_str()) {
            out.insert(name.clone(), value.clone());
        } else {
            return Err(format!(
                "example parameter `{name}` is not a parameter of {}: add it to PARAM_QUIRKS with the reason",
                op.id
            ));
        }
    }
    for p in op.params.iter().filter(|p| p.location == ParamLocation::Path && p.required) {
        if !out.contains_key(&p.wire) {
            return Err(format!("the example lacks the path parameter `{}`", p.wire));
        }
    }
    match out.get("api-version") {
        Some(v) if v != API_VERSION => Err(format!("the example's api-version is {v}, the crate's {API_VERSION}")),
        _ => Ok(out),
    }
}

/// The example's request body as the client must send it: read-only properties left out, as
/// the raw spec says (the oracle shares no code with codegen's model). Properties no schema
/// declares are errors: the client would drop them.
fn expected_request_body(
    raw: &mut RawSpec,
    op: &Operation,
    params: &Map<String, Value>,
) -> Result<Option<Value>, String> {
    let declared =
        raw.operation(EXPRESS_ROUTE_SPEC, &op.id).ok_or_else(|| format!("{} is not in the raw spec", op.id))?;
    let Some((name, schema)) = declared.body else { return Ok(None) };
    let Some(body) = params.get(&name) else { return Ok(None) };
    let (expected, unknown) = expected_body(raw, &schema, body);
    if !unknown.is_empty() {
        return Err(format!("request body properties no schema declares: {unknown:?}"));
    }
    Ok(Some(expected))
}

/// What replaying every example found.
struct Tally {
    /// The raw spec, read without codegen.
    raw: RawSpec,
    exercised: BTreeSet<String>,
    examples: usize,
    failures: Vec<String>,
    quirks_used: BTreeSet<(String, String)>,
    seq: usize,
}

impl Tally {
    /// Replays `file`, an example of `op`; true when it passed.
    fn replay(&mut self, model: &Model, spec: &Value, server: &TestServer, op: &Operation, file: &str) -> bool {
        let raw = &mut self.raw;
        self.seq += 1;
        self.examples += 1;
        let mut example = read_spec_json(file);
        let outcome = apply_errata(file_name(file), &mut example, EXPRESS_ROUTE_ERRATA)
            .and_then(|_| example_params(model, op, file, &example, &mut self.quirks_used))
            .and_then(|params| {
                let subscription = params.get("subscriptionId").and_then(Value::as_str).unwrap_or("no-subscription");
                let setup = client_with(server, subscription, fast_polling());
                let declared = declared(spec, op)?;
                let expected_body = expected_request_body(raw, op, &params)?;
                let case = Case { op, declared, file, example, params, server, setup, seq: self.seq, expected_body };
                dispatch::dispatch(&case).map_err(|e| format!("{}: {e}", case.label()))
            });
        let server_failures = server.finish();
        let mut ok = true;
        if let Err(e) = outcome {
            ok = false;
            self.failures.push(e);
        }
        if !server_failures.is_empty() {
            ok = false;
            self.failures.push(format!("{} ({}): server:\n  {}", file_name(file), op.id, server_failures.join("\n  ")));
        }
        ok
    }
}

#[test]
fn every_operation_replays_its_examples() {
    let model = load_model(EXPRESS_ROUTE_SPEC);
    let spec = read_spec_json(EXPRESS_ROUTE_SPEC);
    let server = TestServer::start();
    let mut tally = Tally {
        raw: RawSpec::new(codegen_tests::specs_root()),
        exercised: BTreeSet::new(),
        examples: 0,
        failures: Vec::new(),
        quirks_used: BTreeSet::new(),
        seq: 0,
    };
    for op in &model.operations {
        if op.examples.is_empty() {
            tally.failures.push(format!("{}: no x-ms-examples to replay", op.id));
            continue;
        }
        let mut all_ok = true;
        for (_title, file) in &op.examples {
            all_ok &= tally.replay(&model, &spec, &server, op, file);
        }
        if all_ok {
            tally.exercised.insert(op.id.clone());
        }
    }
    for (f, p, why) in PARAM_QUIRKS {
        if !tally.quirks_used.contains(&((*f).to_owned(), (*p).to_owned())) {
            tally.failures.push(format!("PARAM_QUIRKS entry ({f}, {p}: {why}) is no longer needed: remove it"));
        }
    }
    println!("operations exercised: {}/{}", tally.exercised.len(), OPERATIONS_IN_SPEC);
    println!("examples replayed: {}", tally.examples);
    assert!(tally.failures.is_empty(), "{} failure(s):\n\n{}", tally.failures.len(), tally.failures.join("\n\n"));
    assert_eq!(model.operations.len(), OPERATIONS_IN_SPEC, "operations in the model");
    assert_eq!(tally.exercised.len(), OPERATIONS_IN_SPEC, "operations exercised");
}

// ---- a long-running operation polled as a stream ----

const CONNECTION_CREATE: &str =
    "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/examples/ExpressRouteCircuitConnectionCreate.json";

fn connection_id() -> express_route::ids::ExpressRouteCircuitConnectionId {
    express_route::ids::ExpressRouteCircuitId::new("subid1", "rg1", "ExpressRouteARMCircuitA")
        .peering("AzurePrivatePeering")
        .connection("circuitConnectionUSAUS")
}

fn connection_example(pointer: &str) -> Value {
    read_spec_json(CONNECTION_CREATE).pointer(pointer).cloned().unwrap_or_else(|| panic!("{pointer} in the example"))
}

#[test]
fn an_lro_polled_as_a_stream_reports_each_status_then_the_result() {
    use azure_core::http::poller::PollerStatus;
    let server = TestServer::start();
    let setup = client_with(&server, "subid1", fast_polling());
    let path = connection_id().to_string();
    let body: express_route::models::ExpressRouteCircuitConnection =
        serde_json::from_value(connection_example("/parameters/expressRouteCircuitConnectionParameters"))
            .expect("the example's request body");
    let sent = serde_json::to_value(&body).expect("serializes");
    let monitor = format!("{}/operations/stream", https_url(&server));
    let created = connection_example("/responses/201/body");
    server.expect(
        Expect::new("PUT", "PUT", &path).query("api-version", API_VERSION).json_body(sent),
        Reply::json(201, &created).header("Azure-AsyncOperation", &monitor).header("Retry-After", "1"),
    );
    server.expect(Expect::new("monitor 1", "GET", "/operations/stream"), in_progress());
    server.expect(
        Expect::new("monitor 2", "GET", "/operations/stream"),
        Reply::json(200, &json!({"status": "Succeeded"})),
    );
    let done = connection_example("/responses/200/body");
    server.expect(Expect::new("final GET", "GET", &path).query("api-version", API_VERSION), Reply::json(200, &done));

    let mut poller = setup
        .client
        .express_route_circuit_connections()
        .create_or_update(&connection_id(), body, None)
        .expect("poller");
    let mut states = Vec::new();
    // Up to the final status, not past it: the result is then the poller's, awaited (azure_core's
    // stream must not be polled after its end, which awaiting an exhausted poller does).
    pollster::block_on(async {
        while let Some(status) = poller.try_next().await.expect("a status") {
            states.push(status.into_model().expect("a status body").status());
            if states.last() == Some(&PollerStatus::Succeeded) {
                break;
            }
        }
    });
    // The 201 says `provisioningState: Succeeded`, but the monitor still runs: in progress.
    assert_eq!(states, [PollerStatus::InProgress, PollerStatus::InProgress, PollerStatus::Succeeded]);
    let got = pollster::block_on(poller).expect("the result").into_model().expect("a connection");
    same(&got, &typed(&done).expect("typed")).expect("the final GET's body");
    server.assert_clean();
}
