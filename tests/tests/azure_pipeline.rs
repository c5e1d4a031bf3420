//! The generated client on azure_core's pipeline against the loopback server: bearer token,
//! typed `Response<T>`, a long-running operation awaited and polled, paging across pages and
//! resumed, errors as `ErrorKind::HttpResponse`, the same-origin rule, and cloud configuration.

use azure_core::cloud::{Audiences, CloudConfiguration, CustomConfiguration};
use azure_core::error::{ErrorKind, ErrorResponse};
use azure_core::http::pager::PagerOptions;
use azure_core::http::poller::PollerStatus;
use azure_core::http::StatusCode;
use codegen_tests::azure::{
    assert_bearer, client, client_options, https_url, FixedTokenCredential, LoopbackHttpClient, TOKEN,
};
use codegen_tests::server::{Expect, Reply, TestServer};
use express_route::ids::{ExpressRouteCircuitId, ResourceGroupId};
use express_route::{ExpressRouteClient, ExpressRouteClientOptions};
use futures::TryStreamExt;
use serde_json::json;
use std::sync::Arc;

const API_VERSION: &str = "2021-08-01";

fn circuit() -> ExpressRouteCircuitId {
    ExpressRouteCircuitId::new("subid", "rg1", "circuitName")
}

#[test]
fn get_returns_a_typed_response_with_status_and_headers() {
    let server = TestServer::start();
    let setup = client(&server);
    let id = circuit();
    let body = json!({"name": "circuitName", "id": id.to_string(), "properties": {"serviceKey": "secret-key"}});
    server.expect(
        Expect::new("get", "GET", id.to_string()).query("api-version", API_VERSION),
        Reply::json(200, &body).header("x-ms-request-id", "r1").header("etag", "W/\"1\""),
    );
    let response = pollster::block_on(setup.client.express_route_circuits().get(&id, None)).expect("the circuit");
    assert_eq!(response.status(), StatusCode::Ok);
    assert_eq!(response.headers().get_optional_str(&"x-ms-request-id".into()), Some("r1"));
    let circuit = response.into_model().expect("a circuit");
    assert_eq!(circuit.name.as_deref(), Some("circuitName"));
    assert_eq!(circuit.service_key(), Some("secret-key"));
    // SafeDebug: the type's name, never a value.
    assert!(!format!("{circuit:?}").contains("secret-key"), "{circuit:?}");
    let log = server.log();
    server.assert_clean();
    assert_eq!(log[0].header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(setup.credential.requested_scopes(), [format!("{}/.default", https_url(&server))]);
}

#[test]
fn a_long_running_put_is_awaited_through_the_status_monitor() {
    let server = TestServer::start();
    let setup = client(&server);
    let id = circuit();
    let monitor = format!("{}/operations/op1", https_url(&server));
    let resource = json!({"name": "circuitName", "properties": {"provisioningState": "Succeeded"}});
    server.expect(
        Expect::new("put", "PUT", id.to_string())
            .query("api-version", API_VERSION)
            .json_body(json!({"location": "westus"})),
        Reply::json(201, &json!({"name": "circuitName", "properties": {"provisioningState": "Updating"}}))
            .header("azure-asyncoperation", monitor.clone())
            .header("retry-after", "0"),
    );
    server.expect(Expect::new("poll 1", "GET", "/operations/op1"), Reply::json(200, &json!({"status": "InProgress"})));
    server.expect(Expect::new("poll 2", "GET", "/operations/op1"), Reply::json(200, &json!({"status": "Succeeded"})));
    server.expect(
        Expect::new("final", "GET", id.to_string()).query("api-version", API_VERSION),
        Reply::json(200, &resource),
    );
    let body = express_route::models::ExpressRouteCircuit::builder().location("westus").build();
    let poller = setup.client.express_route_circuits().create_or_update(&id, body, None).expect("a poller");
    let done = pollster::block_on(poller).expect("finished").into_model().expect("the circuit");
    assert_eq!(done.name.as_deref(), Some("circuitName"));
    server.assert_clean();
}

#[test]
fn a_long_running_delete_polls_location_as_a_stream() {
    let server = TestServer::start();
    let setup = client(&server);
    let id = circuit();
    let location = format!("{}/locations/op2", https_url(&server));
    server.expect(
        Expect::new("delete", "DELETE", id.to_string()).query("api-version", API_VERSION),
        Reply::empty(202).header("location", location.clone()),
    );
    server.expect(Expect::new("poll 1", "GET", "/locations/op2"), Reply::empty(202).header("location", location));
    server.expect(Expect::new("poll 2", "GET", "/locations/op2"), Reply::empty(204));
    let mut poller = setup.client.express_route_circuits().delete(&id, None).expect("a poller");
    let mut states = Vec::new();
    pollster::block_on(async {
        while let Some(status) = poller.try_next().await.expect("a status") {
            states.push(status.into_model().expect("a status body").status());
        }
    });
    assert_eq!(states, [PollerStatus::InProgress, PollerStatus::InProgress, PollerStatus::Succeeded]);
    server.assert_clean();
}

#[test]
fn a_list_is_a_stream_across_pages_and_resumes_from_a_continuation() {
    let server = TestServer::start();
    let setup = client(&server);
    let path = format!("{}/providers/Microsoft.Network/expressRouteCircuits", ResourceGroupId::new("subid", "rg1"));
    let page = |n: u32| format!("{}/page{n}?api-version={API_VERSION}", https_url(&server));
    let expect_page =
        |n: u32| Expect::new(format!("page {n}"), "GET", format!("/page{n}")).query("api-version", API_VERSION);
    server.expect(
        Expect::new("page 1", "GET", path).query("api-version", API_VERSION),
        Reply::json(200, &json!({"value": [{"name": "a"}, {"name": "b"}], "nextLink": page(2)})),
    );
    let page_2 = json!({"value": [{"name": "c"}, {"name": "d"}], "nextLink": page(3)});
    server.expect(expect_page(2), Reply::json(200, &page_2));
    // The resumed pager starts again at page 2 (the page of the last item read).
    server.expect(expect_page(2), Reply::json(200, &page_2));
    server.expect(expect_page(3), Reply::json(200, &json!({"value": [{"name": "e"}]})));

    let mut pager = setup.client.express_route_circuits().list("rg1", None).expect("a pager");
    let mut read = Vec::new();
    pollster::block_on(async {
        while read.len() < 3 {
            read.extend(pager.try_next().await.expect("an item").and_then(|c| c.name));
        }
    });
    assert_eq!(read, ["a", "b", "c"]);
    let continuation = pager.into_continuation().expect("a continuation after page 1");
    assert_eq!(continuation.to_string(), page(2));
    let options = express_route::clients::express_route_circuits::ExpressRouteCircuitsListOptions {
        method_options: PagerOptions { continuation: Some(continuation), ..Default::default() },
    };
    let resumed = setup.client.express_route_circuits().list("rg1", Some(options)).expect("a resumed pager");
    let rest: Vec<String> = pollster::block_on(resumed.try_collect::<Vec<_>>())
        .expect("the rest")
        .into_iter()
        .filter_map(|c| c.name)
        .collect();
    assert_eq!(rest, ["c", "d", "e"]);
    let log = server.log();
    server.assert_clean();
    assert_bearer(&log);
}

#[test]
fn a_503_is_retried_by_azure_cores_retry_policy() {
    let server = TestServer::start();
    let setup = client(&server);
    let id = circuit();
    let expect = Expect::new("get", "GET", id.to_string()).query("api-version", API_VERSION);
    server.expect(expect.clone(), Reply::json(503, &json!({"error": {"code": "ServerBusy", "message": "try again"}})));
    server.expect(expect, Reply::json(200, &json!({"name": "circuitName"})));
    let response = pollster::block_on(setup.client.express_route_circuits().get(&id, None)).expect("retried");
    assert_eq!(response.into_model().expect("a circuit").name.as_deref(), Some("circuitName"));
    let log = server.log();
    server.assert_clean();
    assert_eq!(log.len(), 2, "one 503, one retry");
    assert_bearer(&log);
}

#[test]
fn every_request_of_a_long_running_operation_carries_the_token_and_azure_cores_headers() {
    let server = TestServer::start();
    let setup = client(&server);
    let id = circuit().authorization("auth1");
    let monitor = format!("{}/operations/op", https_url(&server));
    server.expect(
        Expect::new("put", "PUT", id.to_string()).query("api-version", API_VERSION).json_body(json!({})),
        Reply::json(201, &json!({"name": "auth1"})).header("azure-asyncoperation", monitor).header("retry-after", "0"),
    );
    server.expect(Expect::new("poll", "GET", "/operations/op"), Reply::json(200, &json!({"status": "InProgress"})));
    server.expect(Expect::new("poll", "GET", "/operations/op"), Reply::json(200, &json!({"status": "Succeeded"})));
    server.expect(
        Expect::new("final", "GET", id.to_string()).query("api-version", API_VERSION),
        Reply::json(200, &json!({"name": "auth1", "properties": {"provisioningState": "Succeeded"}})),
    );
    let body = express_route::models::ExpressRouteCircuitAuthorization::builder().build();
    let poller = setup.client.express_route_circuit_authorizations().create_or_update(&id, body, None).expect("poller");
    pollster::block_on(poller).expect("created");
    let log = server.log();
    server.assert_clean();
    assert_eq!(log.len(), 4);
    assert_bearer(&log);
    for request in &log {
        assert!(request.header("x-ms-client-request-id").is_some_and(|v| !v.is_empty()), "{:?}", request.headers);
        let agent = request.header("user-agent").unwrap_or_default();
        assert!(agent.contains("express_route"), "user-agent {agent:?}");
    }
}

#[test]
fn a_custom_cloud_sets_the_endpoint_and_the_token_scope() {
    let server = TestServer::start();
    let credential = Arc::new(FixedTokenCredential::new(TOKEN));
    let http = Arc::new(LoopbackHttpClient::default());
    let mut custom = CustomConfiguration::default();
    custom.audiences = Audiences::new().with::<ExpressRouteClient>(https_url(&server));
    let mut options = ExpressRouteClientOptions { client_options: client_options(http.clone()), ..Default::default() };
    options.client_options.cloud = Some(Arc::new(CloudConfiguration::from(custom)));
    let client = ExpressRouteClient::new(credential.clone(), "subid", Some(options)).expect("a client");
    assert_eq!(client.endpoint().as_str(), format!("{}/", https_url(&server)));
    let id = circuit();
    server.expect(
        Expect::new("get", "GET", id.to_string()).query("api-version", API_VERSION),
        Reply::json(200, &json!({"name": "circuitName"})),
    );
    pollster::block_on(client.express_route_circuits().get(&id, None)).expect("the circuit");
    let log = server.log();
    server.assert_clean();
    assert_bearer(&log);
    assert_eq!(credential.requested_scopes(), [format!("{}/.default", https_url(&server))]);
    assert_eq!(http.sent().len(), 1);
}

#[test]
fn a_custom_cloud_without_this_clients_audience_is_an_error() {
    let mut options = ExpressRouteClientOptions {
        client_options: client_options(Arc::new(LoopbackHttpClient::default())),
        ..Default::default()
    };
    options.client_options.cloud = Some(Arc::new(CloudConfiguration::from(CustomConfiguration::default())));
    let err = ExpressRouteClient::new(Arc::new(FixedTokenCredential::new(TOKEN)), "subid", Some(options))
        .expect_err("no audience for ExpressRouteClient");
    assert!(err.to_string().contains("audience"), "{err}");
}

#[test]
fn sovereign_clouds_map_to_their_resource_manager_endpoints() {
    let clouds = [
        (None, "https://management.azure.com/"),
        (Some(CloudConfiguration::AzurePublic), "https://management.azure.com/"),
        (Some(CloudConfiguration::AzureChina), "https://management.chinacloudapi.cn/"),
        (Some(CloudConfiguration::AzureGovernment), "https://management.usgovcloudapi.net/"),
    ];
    for (cloud, endpoint) in clouds {
        let http = Arc::new(LoopbackHttpClient::default());
        let mut options =
            ExpressRouteClientOptions { client_options: client_options(http.clone()), ..Default::default() };
        options.client_options.cloud = cloud.clone().map(Arc::new);
        let client = ExpressRouteClient::new(Arc::new(FixedTokenCredential::new(TOKEN)), "subid", Some(options))
            .unwrap_or_else(|e| panic!("{cloud:?}: {e}"));
        assert_eq!(client.endpoint().as_str(), endpoint, "{cloud:?}");
        assert!(http.sent().is_empty());
    }
}

#[test]
fn a_service_error_is_an_http_response_error_with_the_cloud_error() {
    let server = TestServer::start();
    let setup = client(&server);
    let id = circuit();
    server.expect(
        Expect::new("get", "GET", id.to_string()).query("api-version", API_VERSION),
        Reply::json(
            404,
            &json!({"error": {"code": "ResourceNotFound", "message": "no such circuit", "target": "circuitName"}}),
        ),
    );
    let err = pollster::block_on(setup.client.express_route_circuits().get(&id, None)).expect_err("a 404");
    match err.kind() {
        ErrorKind::HttpResponse { status, error_code, .. } => {
            assert_eq!(*status, StatusCode::NotFound);
            assert_eq!(error_code.as_deref(), Some("ResourceNotFound"));
        }
        other => panic!("not an HTTP error: {other:?}"),
    }
    let detail = ErrorResponse::try_from(err).expect("a cloud error").error.expect("its detail");
    assert_eq!(detail.message.as_deref(), Some("no such circuit"));
    assert_eq!(detail.target.as_deref(), Some("circuitName"));
    server.assert_clean();
}

#[test]
fn a_next_link_on_another_origin_is_refused_before_anything_is_sent() {
    let server = TestServer::start();
    let setup = client(&server);
    let rg = express_route::ids::ResourceGroupId::new("subid", "rg1");
    let path = format!("{rg}/providers/Microsoft.Network/expressRouteCircuits");
    server.expect(
        Expect::new("page 1", "GET", path).query("api-version", API_VERSION),
        Reply::json(200, &json!({"value": [{"name": "a"}], "nextLink": "https://attacker.example/steal"})),
    );
    let pager = setup.client.express_route_circuits().list("rg1", None).expect("a pager");
    let err = pollster::block_on(pager.try_collect::<Vec<_>>()).expect_err("a foreign nextLink");
    assert!(err.to_string().contains("attacker.example"), "{err}");
    assert_eq!(setup.http.sent().len(), 1, "{:?}", setup.http.sent());
    server.assert_clean();
}

#[test]
fn a_500_cloud_error_is_read_through_http_response_with_its_code() {
    let server = TestServer::start();
    let setup = client(&server);
    let id = circuit();
    let error =
        json!({"error": {"code": "InternalServerError", "message": "try later", "details": [{"code": "Inner"}]}});
    // azure_core retries a 500 (twice, in the tests' options) before it is the call's error.
    for _ in 0..3 {
        server.expect(
            Expect::new("get", "GET", id.to_string()).query("api-version", API_VERSION),
            Reply::json(500, &error),
        );
    }
    let err = pollster::block_on(setup.client.express_route_circuits().get(&id, None)).expect_err("a 500");
    server.assert_clean();
    let ErrorKind::HttpResponse { status, error_code, .. } = err.kind() else { panic!("not an HTTP error: {err:?}") };
    assert_eq!(*status, StatusCode::InternalServerError);
    assert_eq!(error_code.as_deref(), Some("InternalServerError"));
    let detail = ErrorResponse::try_from(err).expect("a cloud error").error.expect("its detail");
    assert_eq!(detail.message.as_deref(), Some("try later"));
    assert_eq!(detail.details.first().and_then(|d| d.code.as_deref()), Some("Inner"));
}

#[test]
fn a_body_can_be_raw_json_in_request_content() {
    let server = TestServer::start();
    let setup = client(&server);
    let id = circuit();
    let raw = r#"{"location":"westus","tags":{"written":"by hand"}}"#;
    server.expect(
        Expect::new("put", "PUT", id.to_string())
            .query("api-version", API_VERSION)
            .json_body(json!({"location": "westus", "tags": {"written": "by hand"}})),
        Reply::json(200, &json!({"name": "circuitName", "properties": {"provisioningState": "Succeeded"}})),
    );
    let body = azure_core::http::RequestContent::from_str(raw);
    let poller = setup.client.express_route_circuits().create_or_update(&id, body, None).expect("a poller");
    let done = pollster::block_on(poller).expect("finished").into_model().expect("the circuit");
    assert_eq!(done.name.as_deref(), Some("circuitName"));
    server.assert_clean();
}

#[test]
fn a_call_whose_context_holds_no_client_request_id_is_sent_without_one() {
    use express_route::clients::express_route_circuits::ExpressRouteCircuitsGetOptions;
    let server = TestServer::start();
    let setup = client(&server);
    let id = circuit();
    for _ in 0..2 {
        server.expect(
            Expect::new("get", "GET", id.to_string()).query("api-version", API_VERSION),
            Reply::json(200, &json!({"name": "circuitName"})),
        );
    }
    let circuits = setup.client.express_route_circuits();
    pollster::block_on(circuits.get(&id, None)).expect("the circuit");
    let context = azure_core::http::Context::new().with_value(express_route::NoClientRequestId);
    let options = ExpressRouteCircuitsGetOptions { method_options: azure_core::http::ClientMethodOptions { context } };
    pollster::block_on(circuits.get(&id, Some(options))).expect("the circuit");
    let log = server.log();
    server.assert_clean();
    assert!(log[0].header("x-ms-client-request-id").is_some_and(|id| !id.is_empty()), "azure_core's id");
    assert_eq!(log[1].header("x-ms-client-request-id"), None);
    // The token is still sent: only the id is taken off.
    assert_eq!(log[1].header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
}
