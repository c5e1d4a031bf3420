//! The `azure` feature of the generated crate without Azure: `AzureTransport` (azure_core's
//! pipeline with its bearer-token and retry policies) in front of the loopback test server, a
//! fixed-token credential, and an HTTP client speaking plain HTTP to 127.0.0.1 (see
//! `src/lib.rs`).

use azure_core::http::{ClientOptions, FixedRetryOptions, RetryOptions, Transport as HttpTransport};
use azure_feature_tests::{FixedTokenCredential, LoopbackHttpClient};
use codegen_tests::read_spec_json;
use codegen_tests::server::{Expect, Reply, TestServer};
use express_route::azure::{scope_for, AzureTransport};
use express_route::ids::ExpressRouteCircuitId;
use express_route::models::{ExpressRouteCircuit, ExpressRouteCircuitAuthorization};
use express_route::{Client, Error, Transport, API_VERSION, DEFAULT_ENDPOINT};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};

const TOKEN: &str = "fake-token-for-tests";
const EXAMPLES: &str = "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/examples";

/// azure_core options for the tests: the loopback HTTP client, and fast fixed retries.
fn options() -> ClientOptions {
    ClientOptions {
        transport: Some(HttpTransport::new(Arc::new(LoopbackHttpClient))),
        retry: RetryOptions::fixed(FixedRetryOptions {
            delay: azure_core::time::Duration::milliseconds(5),
            max_retries: 2,
            max_total_elapsed: azure_core::time::Duration::seconds(10),
        }),
        ..ClientOptions::default()
    }
}

/// The server's address as `https://` (azure_core's bearer-token policy requires TLS URLs; the
/// loopback HTTP client talks plain HTTP to it).
fn https_url(server: &TestServer) -> String {
    server.url().replacen("http://", "https://", 1)
}

fn client(server: &TestServer, credential: &Arc<FixedTokenCredential>) -> Client {
    let endpoint = https_url(server);
    let credential: Arc<dyn azure_core::credentials::TokenCredential> = credential.clone();
    Client::with_transport(AzureTransport::new(credential, &endpoint, options()))
        .endpoint(endpoint)
        .subscription_id("subid")
        .poll_interval(Duration::from_millis(1), Duration::from_millis(5))
}

fn circuit() -> ExpressRouteCircuitId {
    ExpressRouteCircuitId::new("subid", "rg1", "circuitName")
}

fn example_body(file: &str, status: &str) -> Value {
    let example = read_spec_json(&format!("{EXAMPLES}/{file}"));
    example.pointer(&format!("/responses/{status}/body")).cloned().expect("the example's response body")
}

fn assert_bearer(server_log: &[codegen_tests::server::Recorded]) {
    for request in server_log {
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {TOKEN}").as_str()),
            "{} {} carries the credential's token",
            request.method,
            request.target
        );
    }
}

#[test]
fn get_carries_the_bearer_token_and_parses_the_typed_result() {
    let server = TestServer::start();
    let credential = Arc::new(FixedTokenCredential::new(TOKEN));
    let body = example_body("ExpressRouteCircuitGet.json", "200");
    let id = circuit();
    server.expect(
        Expect::new("get", "GET", id.to_string()).query("api-version", API_VERSION),
        Reply::json(200, &body).header("x-ms-request-id", "r1"),
    );

    let got = pollster::block_on(client(&server, &credential).express_route_circuits().get(&id)).expect("the circuit");
    let log = server.log();
    server.assert_clean();

    let want: ExpressRouteCircuit = serde_json::from_value(body).expect("the example is a circuit");
    assert_eq!(got, want);
    assert_eq!(log.len(), 1);
    assert_bearer(&log);
    // azure_core's per-call policies ran too.
    assert!(log[0].header("x-ms-client-request-id").is_some_and(|v| !v.is_empty()), "{:?}", log[0].headers);
    let agent = log[0].header("user-agent").unwrap_or_default();
    assert!(agent.contains("express_route"), "user-agent {agent:?}");
    // Headers our client set come through as set.
    assert_eq!(log[0].header("accept"), Some("application/json"));
    // The scope is the endpoint's.
    assert_eq!(credential.requested_scopes(), [format!("{}/.default", https_url(&server))]);
}

#[test]
fn a_503_is_retried_by_azure_cores_retry_policy() {
    let server = TestServer::start();
    let credential = Arc::new(FixedTokenCredential::new(TOKEN));
    let body = example_body("ExpressRouteCircuitGet.json", "200");
    let id = circuit();
    let expect = Expect::new("get", "GET", id.to_string()).query("api-version", API_VERSION);
    server.expect(expect.clone(), Reply::json(503, &json!({"error": {"code": "ServerBusy", "message": "try again"}})));
    server.expect(expect, Reply::json(200, &body));

    let started = Instant::now();
    let got = pollster::block_on(client(&server, &credential).express_route_circuits().get(&id)).expect("retried");
    let log = server.log();
    server.assert_clean();

    assert_eq!(got.name.as_deref(), Some("circuitName"));
    assert_eq!(log.len(), 2, "one 503, one retry");
    assert_bearer(&log);
    assert!(started.elapsed() < Duration::from_secs(5), "fast retries: {:?}", started.elapsed());
}

#[test]
fn error_statuses_reach_the_typed_error_not_azure_cores() {
    let server = TestServer::start();
    let credential = Arc::new(FixedTokenCredential::new(TOKEN));
    let id = circuit();
    server.expect(
        Expect::new("get", "GET", id.to_string()).query("api-version", API_VERSION),
        Reply::json(404, &json!({"error": {"code": "ResourceNotFound", "message": "no such circuit"}}))
            .header("x-ms-request-id", "r404"),
    );

    let err = pollster::block_on(client(&server, &credential).express_route_circuits().get(&id)).expect_err("a 404");
    server.assert_clean();

    let Error::Service(e) = &err else { panic!("expected a service error, got {err:?}") };
    assert_eq!(e.status, 404);
    assert_eq!(e.error.code.as_deref(), Some("ResourceNotFound"));
    assert_eq!(e.headers.get("x-ms-request-id").and_then(|v| v.to_str().ok()), Some("r404"));
}

#[test]
fn a_long_running_put_sends_its_body_and_polls_through_the_pipeline() {
    let server = TestServer::start();
    let credential = Arc::new(FixedTokenCredential::new(TOKEN));
    let id = circuit().authorization("authorizationName");
    let path = id.to_string();
    let body = ExpressRouteCircuitAuthorization::builder().build();
    let sent = serde_json::to_value(&body).expect("serializes");
    let created = example_body("ExpressRouteCircuitAuthorizationCreate.json", "201");
    let monitor = format!("{}/operations/op1", https_url(&server));
    server.expect(
        Expect::new("create", "PUT", &path).query("api-version", API_VERSION).json_body(sent),
        Reply::json(201, &created).header("Azure-AsyncOperation", &monitor).header("Retry-After", "1"),
    );
    server.expect(
        Expect::new("monitor: running", "GET", "/operations/op1"),
        Reply::json(200, &json!({"status": "InProgress"})),
    );
    server.expect(
        Expect::new("monitor: done", "GET", "/operations/op1"),
        Reply::json(200, &json!({"status": "Succeeded"})),
    );
    let mut done = created.clone();
    done["properties"]["provisioningState"] = json!("Succeeded");
    server.expect(Expect::new("final get", "GET", &path).query("api-version", API_VERSION), Reply::json(200, &done));

    let got = pollster::block_on(
        client(&server, &credential).express_route_circuit_authorizations().create_or_update(&id, body),
    )
    .expect("created");
    let log = server.log();
    server.assert_clean();

    let want: ExpressRouteCircuitAuthorization = serde_json::from_value(done).expect("an authorization");
    assert_eq!(got, want);
    assert_eq!(log.len(), 4);
    assert_bearer(&log);
    assert!(log[0].header("content-type").is_some_and(|v| v.starts_with("application/json")));
}

#[test]
fn the_token_never_leaves_its_endpoint() {
    let credential: Arc<dyn azure_core::credentials::TokenCredential> = Arc::new(FixedTokenCredential::new(TOKEN));
    // Nothing listens there, and nothing is sent: the check comes first.
    let transport = AzureTransport::new(credential, "https://127.0.0.1:9", options());
    for url in ["https://127.0.0.2:9/x", "http://127.0.0.1:9/x", "https://127.0.0.1:10/x"] {
        let request = http::Request::get(url).body(Vec::new()).expect("a request");
        let err = pollster::block_on(transport.send(request)).expect_err(url);
        assert!(err.to_string().contains("refusing to send a token"), "{url}: {err}");
    }
}

#[test]
fn a_dot_dot_name_is_refused_not_resolved_away() {
    let server = TestServer::start();
    let credential = Arc::new(FixedTokenCredential::new(TOKEN));
    // Our client encodes it as `%2E%2E`, which URL parsers still treat as `..`.
    let id = ExpressRouteCircuitId::new("subid", "rg1", "..");
    let err = pollster::block_on(client(&server, &credential).express_route_circuits().get(&id)).expect_err("refused");
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(err.to_string().contains("azure_core would send"), "{err}");
    assert!(server.log().is_empty(), "nothing was sent");
}

#[test]
fn client_new_targets_the_default_endpoint_and_its_scope() {
    assert_eq!(scope_for(DEFAULT_ENDPOINT), "https://management.azure.com/.default");
    assert_eq!(scope_for("https://management.usgovcloudapi.net/"), "https://management.usgovcloudapi.net/.default");
    assert_eq!(scope_for("https://example.test:8443/base"), "https://example.test:8443/.default");

    let credential: Arc<dyn azure_core::credentials::TokenCredential> = Arc::new(FixedTokenCredential::new(TOKEN));
    assert_eq!(
        AzureTransport::new(credential.clone(), DEFAULT_ENDPOINT, options()).scope(),
        "https://management.azure.com/.default"
    );
    // `Client::new(credential)` needs azure_core's default HTTP client (reqwest), which this
    // test build leaves out; `with_options` is the same with a given HTTP client.
    let client = Client::with_options(credential, options()).subscription_id("subid1");
    let call = client.express_route_circuits().get(&circuit());
    let uri = call.request().expect("a request").uri().to_string();
    assert!(uri.starts_with("https://management.azure.com/subscriptions/subid/"), "{uri}");
}

#[test]
fn sleep_uses_azure_cores_timer() {
    let credential: Arc<dyn azure_core::credentials::TokenCredential> = Arc::new(FixedTokenCredential::new(TOKEN));
    let transport = AzureTransport::new(credential, DEFAULT_ENDPOINT, options());
    let started = Instant::now();
    pollster::block_on(transport.sleep(Duration::from_millis(20)));
    assert!(started.elapsed() >= Duration::from_millis(20));
}
