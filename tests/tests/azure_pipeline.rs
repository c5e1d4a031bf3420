//! The generated client on azure_core's pipeline against the loopback server: bearer token,
//! typed `Response<T>`, a long-running operation awaited and polled, paging across pages and
//! resumed, errors as `ErrorKind::HttpResponse`, the same-origin rule, and cloud configuration.

use azure_core::error::{ErrorKind, ErrorResponse};
use azure_core::http::poller::PollerStatus;
use azure_core::http::StatusCode;
use codegen_tests::azure::{client, https_url, TOKEN};
use codegen_tests::server::{Expect, Reply, TestServer};
use express_route::ids::ExpressRouteCircuitId;
use futures::TryStreamExt;
use serde_json::json;

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
    let rg = express_route::ids::ResourceGroupId::new("subid", "rg1");
    let path = format!("{rg}/providers/Microsoft.Network/expressRouteCircuits");
    let next = format!("{}/page2?api-version={API_VERSION}", https_url(&server));
    server.expect(
        Expect::new("page 1", "GET", path.clone()).query("api-version", API_VERSION),
        Reply::json(200, &json!({"value": [{"name": "a"}, {"name": "b"}], "nextLink": next})),
    );
    server.expect(
        Expect::new("page 2", "GET", "/page2").query("api-version", API_VERSION),
        Reply::json(200, &json!({"value": [{"name": "c"}]})),
    );
    let pager = setup.client.express_route_circuits().list("rg1", None).expect("a pager");
    let names: Vec<String> = pollster::block_on(pager.try_collect::<Vec<_>>())
        .expect("all items")
        .into_iter()
        .filter_map(|c| c.name)
        .collect();
    assert_eq!(names, ["a", "b", "c"]);
    server.assert_clean();
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
