//! The acceptance test for operations: every operation of expressRouteCircuit.json, sent by the
//! generated `express_route` client to a real HTTP/1.1 server on 127.0.0.1 that replays the
//! spec's `x-ms-examples`.
//!
//! The list of examples comes from the codegen model (`model.operations[i].examples`), never
//! from a hand-kept list. For each example the server checks the request (method, the path
//! template filled with the example's parameters, `api-version`, the JSON body = the example's
//! request body minus the read-only properties the model names) and answers with the example's
//! response; the test checks the typed result equals the example's body read as the model type.
//!
//! - plain calls: the example's success response;
//! - long-running operations: 201/202 with `Azure-AsyncOperation` and/or `Location` and
//!   `Retry-After: 1`, at least one `InProgress` round, then the final result where the
//!   operation's `final-state-via` says (PUT: GET of the original URL; DELETE: GET of the
//!   `Location` URL after the status monitor; POST: `Location` polled until its 200 body);
//! - pageable operations: the example's list split over two pages linked by `nextLink`.
//!
//! Further tests: the poller step by step, a failing LRO, `original-uri` (synthetic: the spec
//! has none), an ARM error response, paging page by page.

use codegen::model::{FinalStateVia, Model, Operation, ParamLocation};
use codegen_tests::examples::{
    apply_errata, file_name, fill_template, id_template, load_model, without_read_only, EXPRESS_ROUTE_ERRATA,
};
use codegen_tests::server::{Expect, Reply, TestServer};
use codegen_tests::transport::TcpTransport;
use codegen_tests::{read_spec_json, EXPRESS_ROUTE_SPEC};
use express_route::client::{Call, Lro, Pager, PollStatus};
use express_route::{ids, models, Client, Error};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::fmt::{Debug, Display};
use std::str::FromStr;
use std::time::Duration;

/// The generated runtime (`generated/src/client.rs`) compiled a second time, inside this test,
/// ONLY to drive a long-running operation with `FinalState::OriginalUri`: no operation of
/// expressRouteCircuit.json uses it, and while `client::FinalState` is public, `Lro::new` and
/// `Call::new` are `pub(crate)`, so the real crate offers no way to build such an operation.
/// The file needs `super::API_VERSION` and `super::DEFAULT_ENDPOINT`, defined below.
#[path = "../../generated/src/client.rs"]
#[allow(clippy::all, unreachable_pub)]
#[rustfmt::skip] // Not this crate's file to format.
mod runtime_copy;

const API_VERSION: &str = "2021-08-01";
const DEFAULT_ENDPOINT: &str = "https://management.azure.com";
const OPERATIONS_IN_SPEC: usize = 26;

/// Polling as fast as possible; `Retry-After: 1` (seconds) is capped at the 10 ms maximum.
const POLL_DEFAULT: Duration = Duration::from_millis(1);
const POLL_MAX: Duration = Duration::from_millis(10);

/// Example parameters that are not the spec's: (example file name, parameter name in the
/// example, what to do, why). An entry no example needs any more fails the test.
const PARAM_QUIRKS: &[(&str, &str, Quirk, &str)] = &[
    (
        "ExpressRouteCircuitConnectionCreate.json",
        "type",
        Quirk::Ignore,
        "ExpressRouteCircuitConnections_CreateOrUpdate has no `type` parameter; the upstream example lists the \
         resource type among its parameters",
    ),
    (
        "ExpressRouteCircuitCreateOnExpressRoutePort.json",
        "type",
        Quirk::Ignore,
        "ExpressRouteCircuits_CreateOrUpdate has no `type` parameter; the upstream example lists the resource \
         type among its parameters",
    ),
];

#[derive(Clone, Copy, Debug)]
enum Quirk {
    /// Not a parameter of the operation at all: ignored.
    Ignore,
    /// A misspelt name: the spec's name for it.
    #[allow(dead_code)]
    RenameTo(&'static str),
}

fn client_for(server: &TestServer, transport: &TcpTransport, subscription: &str) -> Client {
    Client::with_transport(transport.clone())
        .endpoint(server.url())
        .subscription_id(subscription)
        .poll_interval(POLL_DEFAULT, POLL_MAX)
}

fn block_on<F: std::future::IntoFuture>(f: F) -> F::Output {
    pollster::block_on(f.into_future())
}

/// One example of one operation, ready to run against the server.
struct Case<'a> {
    model: &'a Model,
    op: &'a Operation,
    file: &'a str,
    /// The example file, errata removed.
    example: Value,
    /// Its parameters under the spec's names.
    params: Map<String, Value>,
    server: &'a TestServer,
    client: Client,
    /// Unique per case: keeps polling URLs apart.
    seq: usize,
}

impl Case<'_> {
    fn label(&self) -> String {
        format!("{} ({})", file_name(self.file), self.op.id)
    }

    fn param(&self, name: &str) -> Result<&str, String> {
        self.params.get(name).and_then(Value::as_str).ok_or_else(|| format!("example has no string parameter `{name}`"))
    }

    /// The request path: the template filled with the example's parameters.
    fn path(&self) -> Result<String, String> {
        fill_template(&self.op.path, &self.params)
    }

    /// The typed id the operation takes, parsed from the id its path starts with; it must print
    /// back to the same text.
    fn id<T: FromStr + Display>(&self) -> Result<T, String>
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
        let b = self.op.body.as_ref()?;
        self.params.get(&b.wire)
    }

    /// The request body as the model type (deserialized from the example).
    fn body<T: DeserializeOwned>(&self) -> Result<T, String> {
        let v = self.raw_body().ok_or("the example has no request body")?;
        serde_json::from_value(v.clone()).map_err(|e| format!("request body: {e}"))
    }

    /// The request the client must send first.
    fn expect_request(&self) -> Result<Expect, String> {
        let mut e = Expect::new(self.label(), &self.op.method, self.path()?).query("api-version", API_VERSION);
        if let (Some(b), Some(raw)) = (&self.op.body, self.raw_body()) {
            let (expected, unknown) = without_read_only(self.model, &b.ty, raw);
            if !unknown.is_empty() {
                return Err(format!("request body properties the model lacks: {unknown:?}"));
            }
            e = e.json_body(expected);
        }
        Ok(e)
    }

    /// A GET the client must send while polling or paging (`url` served by this server).
    fn expect_get(&self, what: &str, url: &str) -> Expect {
        let rest = url.strip_prefix(&self.server.url()).unwrap_or(url);
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
        if let Some(headers) = r.get("headers").and_then(Value::as_object) {
            for (k, v) in headers {
                let v = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                reply = reply.header(k, v);
            }
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

    fn has_response(&self, status: u16) -> bool {
        self.response(status).is_some()
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.server.url())
    }
}

/// `body` (`Null` for none) as the operation's result type.
fn typed<T: DeserializeOwned>(body: &Value) -> Result<T, String> {
    serde_json::from_value(body.clone()).map_err(|e| format!("the example body as the result type: {e}"))
}

fn same<T: PartialEq + Debug>(got: T, want: T) -> Result<(), String> {
    if got == want {
        Ok(())
    } else {
        Err(format!("result differs from the example:\n  got:  {got:?}\n  want: {want:?}"))
    }
}

fn run_call<T>(case: &Case, call: Call<T>) -> Result<(), String>
where
    T: DeserializeOwned + PartialEq + Debug + Send + 'static,
{
    let status = case.success_status()?;
    case.server.expect(case.expect_request()?, case.reply(status)?);
    let got = block_on(call).map_err(|e| format!("the call failed: {e}"))?;
    same(got, typed(&case.response_body(status))?)
}

fn run_lro<T>(case: &Case, lro: Lro<T>) -> Result<(), String>
where
    T: DeserializeOwned + PartialEq + Debug + Send + Sync + 'static,
{
    let via = case.op.long_running.ok_or("not long-running in the model")?;
    let n = case.seq;
    let monitor = case.url(&format!("/operations/{n}?api-version={API_VERSION}"));
    let location = case.url(&format!("/operationResults/{n}?api-version={API_VERSION}&token=t%2F{n}"));
    let in_progress = Reply::json(200, &json!({ "status": "InProgress" })).header("Retry-After", "1");
    let succeeded = Reply::json(200, &json!({ "status": "Succeeded" }));
    let method = case.op.method.as_str();
    let want = match (method, via) {
        // Azure-AsyncOperation polled to Succeeded, then a GET of the original URL.
        ("PUT" | "PATCH", FinalStateVia::AzureAsyncOperation | FinalStateVia::OriginalUri) => {
            let initial = if case.has_response(201) { 201 } else { case.success_status()? };
            case.server.expect(
                case.expect_request()?,
                case.reply(initial)?.header("Azure-AsyncOperation", &monitor).header("Retry-After", "1"),
            );
            case.server.expect(case.expect_get("status monitor", &monitor), in_progress);
            case.server.expect(case.expect_get("status monitor", &monitor), succeeded);
            case.server.expect(
                Expect::new(format!("{} final GET of the original URL", case.label()), "GET", case.path()?)
                    .query("api-version", API_VERSION),
                case.reply(200)?,
            );
            case.response_body(200)
        }
        // A POST with a result: only `Location`, polled (202) until it answers 200 with the body.
        ("POST", FinalStateVia::Location) => {
            case.server.expect(
                case.expect_request()?,
                Reply::empty(202).header("Location", &location).header("Retry-After", "1"),
            );
            case.server.expect(
                case.expect_get("Location poll", &location),
                Reply::empty(202).header("Location", &location).header("Retry-After", "1"),
            );
            case.server.expect(case.expect_get("Location poll", &location), case.reply(200)?);
            case.response_body(200)
        }
        // Both headers: the status monitor to Succeeded, then a GET of `Location`.
        ("DELETE", FinalStateVia::Location) => {
            case.server.expect(
                case.expect_request()?,
                case.reply(202)?
                    .header("Azure-AsyncOperation", &monitor)
                    .header("Location", &location)
                    .header("Retry-After", "1"),
            );
            case.server.expect(case.expect_get("status monitor", &monitor), in_progress);
            case.server.expect(case.expect_get("status monitor", &monitor), succeeded);
            let last = if case.has_response(204) { 204 } else { 200 };
            case.server.expect(case.expect_get("final GET of Location", &location), case.reply(last)?);
            case.response_body(last)
        }
        (m, v) => return Err(format!("no LRO script for {m} with final-state-via {v:?}: add one")),
    };
    let got = block_on(lro).map_err(|e| format!("the long-running operation failed: {e}"))?;
    same(got, typed(&want)?)
}

fn run_pager<T>(case: &Case, pager: Pager<T>) -> Result<(), String>
where
    T: DeserializeOwned + PartialEq + Debug + Send + 'static,
{
    let paging = case.op.paging.as_ref().ok_or("not pageable in the model")?;
    let next_name = paging.next_link.as_deref().ok_or("the model has no nextLinkName")?;
    let body = case.response_body(200);
    let items = body
        .get(&paging.item_name)
        .and_then(Value::as_array)
        .cloned()
        .ok_or_else(|| format!("the 200 body has no `{}` array", paging.item_name))?;
    // Page 1: the first item (or all of one), with a nextLink; page 2: the rest, without.
    let split = if items.len() >= 2 { 1 } else { items.len() };
    let next = case.url(&format!("/pages/{}/2?api-version={API_VERSION}&%24skiptoken=a%2Fb%3Dc", case.seq));
    let mut first = body.clone();
    first[paging.item_name.as_str()] = Value::Array(items[..split].to_vec());
    first[next_name] = Value::String(next.clone());
    let mut second = body.clone();
    second[paging.item_name.as_str()] = Value::Array(items[split..].to_vec());
    if let Some(obj) = second.as_object_mut() {
        obj.remove(next_name);
    }
    case.server.expect(case.expect_request()?, Reply::json(200, &first));
    case.server.expect(case.expect_get("page 2", &next), Reply::json(200, &second));
    let got = block_on(pager.collect_all()).map_err(|e| format!("paging failed: {e}"))?;
    same(got, typed(&Value::Array(items))?)
}

/// Calls the generated method of `case.op`. One arm per operation of the spec.
fn dispatch(case: &Case) -> Result<(), String> {
    use models::*;
    let c = &case.client;
    match case.op.id.as_str() {
        "ExpressRouteCircuitAuthorizations_Get" => {
            run_call(case, c.express_route_circuit_authorizations().get(&case.id()?))
        }
        "ExpressRouteCircuitAuthorizations_CreateOrUpdate" => run_lro(
            case,
            c.express_route_circuit_authorizations()
                .create_or_update(&case.id()?, case.body::<ExpressRouteCircuitAuthorization>()?),
        ),
        "ExpressRouteCircuitAuthorizations_Delete" => {
            run_lro(case, c.express_route_circuit_authorizations().delete(&case.id()?))
        }
        "ExpressRouteCircuitAuthorizations_List" => {
            run_pager(case, c.express_route_circuit_authorizations().list(&case.id()?))
        }
        "ExpressRouteCircuitConnections_Get" => run_call(case, c.express_route_circuit_connections().get(&case.id()?)),
        "ExpressRouteCircuitConnections_CreateOrUpdate" => run_lro(
            case,
            c.express_route_circuit_connections()
                .create_or_update(&case.id()?, case.body::<ExpressRouteCircuitConnection>()?),
        ),
        "ExpressRouteCircuitConnections_Delete" => {
            run_lro(case, c.express_route_circuit_connections().delete(&case.id()?))
        }
        "ExpressRouteCircuitConnections_List" => {
            run_pager(case, c.express_route_circuit_connections().list(&case.id()?))
        }
        "ExpressRouteCircuitPeerings_Get" => run_call(case, c.express_route_circuit_peerings().get(&case.id()?)),
        "ExpressRouteCircuitPeerings_CreateOrUpdate" => run_lro(
            case,
            c.express_route_circuit_peerings()
                .create_or_update(&case.id()?, case.body::<ExpressRouteCircuitPeering>()?),
        ),
        "ExpressRouteCircuitPeerings_Delete" => run_lro(case, c.express_route_circuit_peerings().delete(&case.id()?)),
        "ExpressRouteCircuitPeerings_List" => run_pager(case, c.express_route_circuit_peerings().list(&case.id()?)),
        "ExpressRouteCircuits_Get" => run_call(case, c.express_route_circuits().get(&case.id()?)),
        "ExpressRouteCircuits_CreateOrUpdate" => {
            run_lro(case, c.express_route_circuits().create_or_update(&case.id()?, case.body::<ExpressRouteCircuit>()?))
        }
        "ExpressRouteCircuits_Delete" => run_lro(case, c.express_route_circuits().delete(&case.id()?)),
        "ExpressRouteCircuits_UpdateTags" => {
            run_call(case, c.express_route_circuits().update_tags(&case.id()?, case.body::<TagsObject>()?))
        }
        "ExpressRouteCircuits_ListArpTable" => run_lro(case, c.express_route_circuits().list_arp_table(&case.id()?)),
        "ExpressRouteCircuits_ListRoutesTable" => {
            run_lro(case, c.express_route_circuits().list_routes_table(&case.id()?))
        }
        "ExpressRouteCircuits_ListRoutesTableSummary" => {
            run_lro(case, c.express_route_circuits().list_routes_table_summary(&case.id()?))
        }
        "ExpressRouteCircuits_GetStats" => run_call(case, c.express_route_circuits().get_stats(&case.id()?)),
        "ExpressRouteCircuits_GetPeeringStats" => {
            run_call(case, c.express_route_circuits().get_peering_stats(&case.id()?))
        }
        "ExpressRouteCircuits_List" => {
            run_pager(case, c.express_route_circuits().list(case.param("resourceGroupName")?))
        }
        "ExpressRouteCircuits_ListAll" => run_pager(case, c.express_route_circuits().list_all()),
        "ExpressRouteServiceProviders_List" => run_pager(case, c.express_route_service_providers().list()),
        "PeerExpressRouteCircuitConnections_Get" => {
            run_call(case, c.peer_express_route_circuit_connections().get(&case.id()?))
        }
        "PeerExpressRouteCircuitConnections_List" => {
            run_pager(case, c.peer_express_route_circuit_connections().list(&case.id()?))
        }
        other => Err(format!("no dispatch arm for {other}: add one to dispatch() in operations_e2e.rs")),
    }
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
        let quirk = PARAM_QUIRKS.iter().find(|(f, p, _, _)| *f == file_name(file) && p == name);
        if let Some((f, p, _, _)) = quirk {
            quirks_used.insert(((*f).to_owned(), (*p).to_owned()));
        }
        match quirk.map(|q| q.2) {
            Some(Quirk::Ignore) => {}
            Some(Quirk::RenameTo(spec_name)) => {
                out.insert(spec_name.to_owned(), value.clone());
            }
            None if known.contains(name.as_str()) => {
                out.insert(name.clone(), value.clone());
            }
            None => {
                return Err(format!(
                    "example parameter `{name}` is not a parameter of {}: add it to PARAM_QUIRKS with the reason",
                    op.id
                ))
            }
        }
    }
    for p in op.params.iter().filter(|p| p.location == ParamLocation::Path && p.required) {
        if !out.contains_key(&p.wire) {
            return Err(format!("the example lacks the path parameter `{}`", p.wire));
        }
    }
    if let Some(v) = out.get("api-version") {
        if v != API_VERSION {
            return Err(format!("the example's api-version is {v}, the crate's {API_VERSION}"));
        }
    }
    Ok(out)
}

#[test]
fn every_operation_replays_its_examples() {
    let model = load_model(EXPRESS_ROUTE_SPEC);
    let server = TestServer::start();
    let transport = TcpTransport::new();
    let mut exercised = BTreeSet::new();
    let mut examples_run = 0;
    let mut failures = Vec::new();
    let mut quirks_used = BTreeSet::new();
    let mut seq = 0;
    for op in &model.operations {
        if op.examples.is_empty() {
            failures.push(format!("{}: no x-ms-examples to replay", op.id));
        }
        let mut all_ok = !op.examples.is_empty();
        for (_title, file) in &op.examples {
            seq += 1;
            let mut example = read_spec_json(file);
            let outcome = apply_errata(file_name(file), &mut example, EXPRESS_ROUTE_ERRATA)
                .and_then(|_| example_params(&model, op, file, &example, &mut quirks_used))
                .and_then(|params| {
                    let subscription =
                        params.get("subscriptionId").and_then(Value::as_str).unwrap_or("no-subscription").to_owned();
                    let case = Case {
                        model: &model,
                        op,
                        file,
                        example,
                        params,
                        server: &server,
                        client: client_for(&server, &transport, &subscription),
                        seq,
                    };
                    dispatch(&case).map_err(|e| format!("{}: {e}", case.label()))
                });
            let server_failures = server.finish();
            examples_run += 1;
            if let Err(e) = outcome {
                all_ok = false;
                failures.push(e);
            }
            if !server_failures.is_empty() {
                all_ok = false;
                failures.push(format!("{} ({}): server:\n  {}", file_name(file), op.id, server_failures.join("\n  ")));
            }
        }
        if all_ok {
            exercised.insert(op.id.clone());
        }
    }
    for (f, p, _, why) in PARAM_QUIRKS {
        if !quirks_used.contains(&((*f).to_owned(), (*p).to_owned())) {
            failures.push(format!("PARAM_QUIRKS entry ({f}, {p}: {why}) is no longer needed: remove it"));
        }
    }
    println!("operations exercised: {}/{}", exercised.len(), OPERATIONS_IN_SPEC);
    println!("examples replayed: {examples_run}, requests served: {}", transport.sent().len());
    assert!(failures.is_empty(), "{} failure(s):\n\n{}", failures.len(), failures.join("\n\n"));
    assert_eq!(model.operations.len(), OPERATIONS_IN_SPEC, "operations in the model");
    assert_eq!(exercised.len(), OPERATIONS_IN_SPEC, "operations exercised");
}

// ---- long-running operations, step by step ----

const CONNECTION_CREATE: &str =
    "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/examples/ExpressRouteCircuitConnectionCreate.json";

fn connection_id() -> ids::ExpressRouteCircuitConnectionId {
    ids::ExpressRouteCircuitId::new("subid1", "rg1", "ExpressRouteARMCircuitA")
        .peering("AzurePrivatePeering")
        .connection("circuitConnectionUSAUS")
}

fn connection_path() -> String {
    connection_id().to_string()
}

fn connection_body() -> models::ExpressRouteCircuitConnection {
    let v = read_spec_json(CONNECTION_CREATE)
        .pointer("/parameters/expressRouteCircuitConnectionParameters")
        .cloned()
        .expect("request body");
    serde_json::from_value(v).expect("request body as ExpressRouteCircuitConnection")
}

fn connection_response() -> Value {
    read_spec_json(CONNECTION_CREATE).pointer("/responses/200/body").cloned().expect("200 body")
}

#[test]
fn lro_poller_step_by_step() {
    let server = TestServer::start();
    let transport = TcpTransport::new();
    let client = client_for(&server, &transport, "subid1");
    let monitor = format!("{}/operations/step", server.url());
    server.expect(
        Expect::new("PUT", "PUT", connection_path())
            .query("api-version", API_VERSION)
            .json_body(serde_json::to_value(connection_body()).unwrap()),
        Reply::json(201, &connection_response()).header("Azure-AsyncOperation", &monitor).header("Retry-After", "1"),
    );
    server.expect(
        Expect::new("monitor 1", "GET", "/operations/step"),
        Reply::json(200, &json!({ "status": "InProgress" })),
    );
    server.expect(
        Expect::new("monitor 2", "GET", "/operations/step"),
        Reply::json(200, &json!({ "status": "Succeeded" })),
    );
    server.expect(
        Expect::new("final GET", "GET", connection_path()).query("api-version", API_VERSION),
        Reply::json(200, &connection_response()),
    );

    let lro = client.express_route_circuit_connections().create_or_update(&connection_id(), connection_body());
    assert_eq!(lro.request().unwrap().method(), http::Method::PUT);
    let mut poller = block_on(lro.begin()).expect("begin");
    // Retry-After: 1 second, bounded by the client's 10 ms maximum.
    assert_eq!(poller.delay(), POLL_MAX);
    match block_on(poller.poll()).expect("poll 1") {
        PollStatus::InProgress(s) => assert_eq!(s, "InProgress"),
        PollStatus::Done(_) => panic!("done after one InProgress"),
    }
    // No Retry-After on the monitor's answer: the client's default.
    assert_eq!(poller.delay(), POLL_DEFAULT);
    block_on(poller.sleep());
    let done = match block_on(poller.poll()).expect("poll 2") {
        PollStatus::Done(v) => v,
        PollStatus::InProgress(s) => panic!("still {s} after Succeeded"),
    };
    let want: models::ExpressRouteCircuitConnection = serde_json::from_value(connection_response()).unwrap();
    assert_eq!(done, want);
    assert_eq!(done.provisioning_state(), Some(&models::ProvisioningState::Succeeded));
    // Polling a finished operation is an error, not a hang or a panic.
    assert!(matches!(block_on(poller.poll()), Err(Error::Request(_))));
    server.assert_clean();
}

#[test]
fn lro_failed_status_is_operation_failed() {
    for terminal in ["Failed", "Canceled"] {
        let server = TestServer::start();
        let transport = TcpTransport::new();
        let client = client_for(&server, &transport, "subid1");
        let monitor = format!("{}/operations/fail", server.url());
        server.expect(
            Expect::new("PUT", "PUT", connection_path())
                .query("api-version", API_VERSION)
                .json_body(serde_json::to_value(connection_body()).unwrap()),
            Reply::json(201, &connection_response())
                .header("Azure-AsyncOperation", &monitor)
                .header("Retry-After", "1"),
        );
        server.expect(
            Expect::new("monitor 1", "GET", "/operations/fail"),
            Reply::json(200, &json!({ "status": "InProgress" })),
        );
        server.expect(
            Expect::new("monitor 2", "GET", "/operations/fail"),
            Reply::json(
                200,
                &json!({
                    "status": terminal,
                    "error": { "code": "PeeringConflict", "message": "the peer circuit is busy", "target": "peering" }
                }),
            ),
        );
        let result =
            block_on(client.express_route_circuit_connections().create_or_update(&connection_id(), connection_body()));
        match result {
            Err(Error::OperationFailed { status, error }) => {
                assert_eq!(status, terminal);
                let error = error.expect("the monitor's error");
                assert_eq!(error.code.as_deref(), Some("PeeringConflict"));
                assert_eq!(error.message.as_deref(), Some("the peer circuit is busy"));
                assert_eq!(error.target.as_deref(), Some("peering"));
            }
            other => panic!("{terminal}: expected OperationFailed, got {other:?}"),
        }
        server.assert_clean();
    }
}

#[test]
fn lro_initial_error_is_service_error() {
    let server = TestServer::start();
    let transport = TcpTransport::new();
    let client = client_for(&server, &transport, "subid1");
    server.expect(
        Expect::new("DELETE", "DELETE", connection_path()).query("api-version", API_VERSION),
        Reply::json(409, &json!({ "error": { "code": "InUse", "message": "still referenced" } })),
    );
    match block_on(client.express_route_circuit_connections().delete(&connection_id())) {
        Err(Error::Service(e)) => {
            assert_eq!(e.status, 409);
            assert_eq!(e.error.code.as_deref(), Some("InUse"));
        }
        other => panic!("expected a service error, got {other:?}"),
    }
    server.assert_clean();
}

/// Transport for the runtime copy (a distinct `Transport` trait): the same TCP client.
struct CopyTransport;

impl runtime_copy::Transport for CopyTransport {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> runtime_copy::BoxFuture<'_, Result<http::Response<Vec<u8>>, runtime_copy::TransportError>> {
        let r = codegen_tests::transport::round_trip(&request).map_err(|e| runtime_copy::TransportError(e.into()));
        Box::pin(async move { r })
    }
}

/// Statuses of the synthetic operations: all succeed, 202 carries no result.
const SYNTHETIC_OK: &[u16] = &[200, 201, 202, 204];
const SYNTHETIC_BODY: &[u16] = &[200, 201, 204];

/// A synthetic long-running operation with `final-state-via: original-uri` (none in this spec).
fn original_uri_lro(client: &runtime_copy::Client, method: http::Method) -> runtime_copy::Lro<Value> {
    let request = client.request(method, None, "/things/{name}", &[("name", "thing 1", false)], &[], &[], None);
    runtime_copy::Lro::new(
        client,
        request,
        SYNTHETIC_OK,
        SYNTHETIC_BODY,
        runtime_copy::FinalState::OriginalUri,
        runtime_copy::required,
    )
}

#[test]
fn lro_final_state_original_uri() {
    let server = TestServer::start();
    let client = runtime_copy::Client::with_transport(CopyTransport)
        .endpoint(server.url())
        .poll_interval(POLL_DEFAULT, POLL_MAX);
    let location = format!("{}/operationResults/x", server.url());
    let monitor = format!("{}/operations/x", server.url());
    let final_body = json!({ "name": "thing 1", "state": "final, read from the original URL" });

    // PUT, Location only: polled until 200, whose body is NOT the result; then the original URL.
    server.expect(
        Expect::new("PUT", "PUT", "/things/thing 1").query("api-version", API_VERSION),
        Reply::empty(201).header("Location", &location).header("Retry-After", "1"),
    );
    server.expect(Expect::new("poll 1", "GET", "/operationResults/x"), Reply::empty(202));
    server.expect(
        Expect::new("poll 2", "GET", "/operationResults/x"),
        Reply::json(200, &json!({ "state": "location body" })),
    );
    server.expect(
        Expect::new("original URL", "GET", "/things/thing 1").query("api-version", API_VERSION),
        Reply::json(200, &final_body),
    );
    let got = block_on(original_uri_lro(&client, http::Method::PUT)).expect("PUT original-uri");
    assert_eq!(got, final_body);
    server.assert_clean();

    // POST, status monitor and Location: after Succeeded, the original URL, not Location.
    server.expect(
        Expect::new("POST", "POST", "/things/thing 1").query("api-version", API_VERSION),
        Reply::empty(202)
            .header("Azure-AsyncOperation", &monitor)
            .header("Location", &location)
            .header("Retry-After", "1"),
    );
    server
        .expect(Expect::new("monitor 1", "GET", "/operations/x"), Reply::json(200, &json!({ "status": "InProgress" })));
    server
        .expect(Expect::new("monitor 2", "GET", "/operations/x"), Reply::json(200, &json!({ "status": "Succeeded" })));
    server.expect(
        Expect::new("original URL", "GET", "/things/thing 1").query("api-version", API_VERSION),
        Reply::json(200, &final_body),
    );
    let got = block_on(original_uri_lro(&client, http::Method::POST)).expect("POST original-uri");
    assert_eq!(got, final_body);
    server.assert_clean();
}

/// GENERATOR BUG (reported): a POST with `final-state-via: azure-async-operation` should end
/// with the status monitor's final answer (azure-core: no final GET for POST with
/// azure-async-operation/operation-location), but when the initial response also has a
/// `Location` the runtime GETs that instead (`Poller::finish`, the `(_, Some(url)) if POST`
/// arm). No operation of this spec is such a POST; shown with the runtime copy. Run with
/// `--ignored` once fixed, then drop the `#[ignore]`.
#[test]
fn post_with_azure_async_operation_ends_at_the_status_monitor() {
    let server = TestServer::start();
    let client = runtime_copy::Client::with_transport(CopyTransport)
        .endpoint(server.url())
        .poll_interval(POLL_DEFAULT, POLL_MAX);
    let monitor = format!("{}/operations/y", server.url());
    let location = format!("{}/operationResults/y", server.url());
    let done = json!({ "status": "Succeeded", "properties": { "answer": 42 } });
    server.expect(
        Expect::new("POST", "POST", "/things/thing 1").query("api-version", API_VERSION),
        Reply::empty(202).header("Azure-AsyncOperation", &monitor).header("Location", &location),
    );
    server.expect(Expect::new("monitor", "GET", "/operations/y"), Reply::json(200, &done));
    let request =
        client.request(http::Method::POST, None, "/things/{name}", &[("name", "thing 1", false)], &[], &[], None);
    let lro: runtime_copy::Lro<Value> = runtime_copy::Lro::new(
        &client,
        request,
        SYNTHETIC_OK,
        SYNTHETIC_BODY,
        runtime_copy::FinalState::AzureAsyncOperation,
        runtime_copy::required,
    );
    let got = block_on(lro);
    server.assert_clean();
    assert_eq!(got.expect("succeeds"), done);
}

// ---- errors and paging ----

#[test]
fn not_found_is_a_service_error() {
    let server = TestServer::start();
    let transport = TcpTransport::new();
    let client = client_for(&server, &transport, "subid");
    let id = ids::ExpressRouteCircuitId::new("subid", "rg1", "missing");
    server.expect(
        Expect::new("GET", "GET", id.to_string()).query("api-version", API_VERSION),
        Reply::json(
            404,
            &json!({ "error": {
                "code": "NotFound",
                "message": "The Resource 'Microsoft.Network/expressRouteCircuits/missing' was not found.",
                "details": [{ "code": "Inner", "message": "detail" }]
            } }),
        )
        .header("x-ms-request-id", "req-1"),
    );
    let err = block_on(client.express_route_circuits().get(&id)).expect_err("404");
    assert_eq!(err.status(), Some(404));
    match &err {
        Error::Service(e) => {
            assert_eq!(e.status, 404);
            assert_eq!(e.error.code.as_deref(), Some("NotFound"));
            assert_eq!(
                e.error.message.as_deref(),
                Some("The Resource 'Microsoft.Network/expressRouteCircuits/missing' was not found.")
            );
            assert_eq!(e.error.details.len(), 1);
            assert_eq!(e.headers.get("x-ms-request-id").unwrap(), "req-1");
            let typed: models::CloudError = e.body_as().expect("the spec's CloudError");
            assert_eq!(typed.error.and_then(|b| b.code).as_deref(), Some("NotFound"));
        }
        other => panic!("expected Error::Service, got {other:?}"),
    }
    assert!(err.to_string().contains("NotFound"), "{err}");
    server.assert_clean();
}

#[test]
fn pager_page_by_page() {
    let server = TestServer::start();
    let transport = TcpTransport::new();
    let client = client_for(&server, &transport, "subid");
    let next = format!("{}/next?api-version={API_VERSION}&%24skiptoken=p2", server.url());
    let last = format!("{}/next?api-version={API_VERSION}&%24skiptoken=p3", server.url());
    server.expect(
        Expect::new(
            "page 1",
            "GET",
            "/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/expressRouteCircuits",
        )
        .query("api-version", API_VERSION),
        Reply::json(200, &json!({ "value": [{ "name": "a" }, { "name": "b" }], "nextLink": next })),
    );
    server.expect(
        Expect::new("page 2", "GET", "/next").query("api-version", API_VERSION).query("$skiptoken", "p2"),
        Reply::json(200, &json!({ "value": [{ "name": "c" }], "nextLink": last })),
    );
    server.expect(
        Expect::new("page 3", "GET", "/next").query("api-version", API_VERSION).query("$skiptoken", "p3"),
        Reply::json(200, &json!({ "value": [] })),
    );
    let mut pager = client.express_route_circuits().list("rg1");
    let names = |page: Vec<models::ExpressRouteCircuit>| -> Vec<String> {
        page.into_iter().map(|c| c.name.unwrap_or_default()).collect()
    };
    assert_eq!(names(block_on(pager.next_page()).unwrap().unwrap()), ["a", "b"]);
    assert_eq!(names(block_on(pager.next_page()).unwrap().unwrap()), ["c"]);
    assert_eq!(names(block_on(pager.next_page()).unwrap().unwrap()), Vec::<String>::new());
    assert!(block_on(pager.next_page()).unwrap().is_none(), "no page after the last");
    assert!(block_on(pager.try_next()).unwrap().is_none());
    server.assert_clean();
    // The next links were followed verbatim.
    let sent: Vec<String> = transport.sent().into_iter().map(|r| r.uri).collect();
    assert_eq!(&sent[1..], [next, last]);
}

#[test]
fn a_page_error_stops_the_pager() {
    let server = TestServer::start();
    let transport = TcpTransport::new();
    let client = client_for(&server, &transport, "subid");
    let next = format!("{}/next", server.url());
    server.expect(
        Expect::new("page 1", "GET", "/subscriptions/subid/providers/Microsoft.Network/expressRouteServiceProviders")
            .query("api-version", API_VERSION),
        Reply::json(200, &json!({ "value": [{ "name": "p1" }], "nextLink": next })),
    );
    server.expect(
        Expect::new("page 2", "GET", "/next"),
        Reply::json(503, &json!({ "error": { "code": "ServerBusy", "message": "try later" } })),
    );
    let mut pager = client.express_route_service_providers().list();
    let first = block_on(pager.try_next()).unwrap().unwrap();
    assert_eq!(first.name.as_deref(), Some("p1"));
    match block_on(pager.try_next()) {
        Err(Error::Service(e)) => assert_eq!((e.status, e.error.code.as_deref()), (503, Some("ServerBusy"))),
        other => panic!("expected the page's service error, got {other:?}"),
    }
    server.assert_clean();
}

#[test]
fn subscription_operations_need_a_subscription() {
    let server = TestServer::start();
    let client = Client::with_transport(TcpTransport::new()).endpoint(server.url());
    match block_on(client.express_route_circuits().list_all().collect_all()) {
        Err(Error::Request(m)) => assert!(m.contains("subscription"), "{m}"),
        other => panic!("expected Error::Request, got {other:?}"),
    }
    server.assert_clean();
}

#[test]
fn the_default_endpoint_is_the_specs() {
    let client = Client::with_transport(TcpTransport::new()).subscription_id("s");
    let call = client.express_route_circuits().get(&ids::ExpressRouteCircuitId::new("s", "rg", "c"));
    let uri = call.request().unwrap().uri().to_string();
    assert_eq!(
        uri,
        format!("{DEFAULT_ENDPOINT}/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c?api-version={API_VERSION}")
    );
    assert_eq!(express_route::DEFAULT_ENDPOINT, DEFAULT_ENDPOINT);
    assert_eq!(express_route::API_VERSION, API_VERSION);
}
