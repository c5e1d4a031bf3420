//! The downstream example against the spec: its builder-made body is the
//! `ExpressRouteCircuitConnectionCreate` example's request body, and create / get / list /
//! delete go through the generated client and azure_core's pipeline to the loopback test server
//! of `codegen-tests` (its fixed-token credential and loopback `HttpClient`).

use codegen_tests::azure::https_url;
use codegen_tests::read_spec_json;
use codegen_tests::server::{Expect, Reply, TestServer};
use downstream_example::express_route::models::{ExpressRouteCircuitConnection, ProvisioningState};
use downstream_example::{connect, connection_names, disconnect, find, global_reach_connection, local_peering};
use serde_json::{json, Value};

const API_VERSION: &str = "2021-08-01";

const EXAMPLES: &str = "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/examples";

fn example(name: &str) -> Value {
    read_spec_json(&format!("{EXAMPLES}/{name}"))
}

fn at(v: &Value, pointer: &str) -> Value {
    v.pointer(pointer).cloned().unwrap_or_else(|| panic!("no {pointer} in the example"))
}

#[test]
fn builder_body_is_the_create_examples_request_body() {
    let want =
        at(&example("ExpressRouteCircuitConnectionCreate.json"), "/parameters/expressRouteCircuitConnectionParameters");
    let got = serde_json::to_value(global_reach_connection()).expect("serializes");
    assert_eq!(got, want);
}

#[test]
fn create_get_list_delete() {
    let server = TestServer::start();
    let client = codegen_tests::azure::client(&server).client;
    let id = local_peering().connection("circuitConnectionUSAUS");
    let path = id.to_string();
    let create = example("ExpressRouteCircuitConnectionCreate.json");

    // Create: 201 + status monitor, one InProgress round, then the connection itself.
    let monitor = format!("{}/operations/create", https_url(&server));
    server.expect(
        Expect::new("create", "PUT", &path)
            .query("api-version", API_VERSION)
            .json_body(at(&create, "/parameters/expressRouteCircuitConnectionParameters")),
        Reply::json(201, &at(&create, "/responses/201/body"))
            .header("Azure-AsyncOperation", &monitor)
            .header("Retry-After", "1"),
    );
    server.expect(
        Expect::new("monitor", "GET", "/operations/create"),
        Reply::json(200, &json!({ "status": "InProgress" })),
    );
    server.expect(
        Expect::new("monitor", "GET", "/operations/create"),
        Reply::json(200, &json!({ "status": "Succeeded" })),
    );
    server.expect(
        Expect::new("read back", "GET", &path).query("api-version", API_VERSION),
        Reply::json(200, &at(&create, "/responses/200/body")),
    );
    let created = pollster::block_on(connect(&client, &id, global_reach_connection())).expect("created");
    let want: ExpressRouteCircuitConnection = serde_json::from_value(at(&create, "/responses/200/body")).unwrap();
    assert_eq!(created, want);
    assert_eq!(created.provisioning_state(), Some(&ProvisioningState::Succeeded));
    server.assert_clean();

    // Get, and a missing one.
    let get = example("ExpressRouteCircuitConnectionGet.json");
    server.expect(
        Expect::new("get", "GET", &path).query("api-version", API_VERSION),
        Reply::json(200, &at(&get, "/responses/200/body")),
    );
    let missing = local_peering().connection("gone");
    server.expect(
        Expect::new("get missing", "GET", missing.to_string()).query("api-version", API_VERSION),
        Reply::json(404, &json!({ "error": { "code": "NotFound", "message": "no such connection" } })),
    );
    let found = pollster::block_on(find(&client, &id)).expect("get").expect("exists");
    assert_eq!(found.address_prefix(), Some("10.0.0.0/24"));
    assert_eq!(found, serde_json::from_value(at(&get, "/responses/200/body")).unwrap());
    assert_eq!(pollster::block_on(find(&client, &missing)).expect("404 is None"), None);
    server.assert_clean();

    // List, over two pages.
    let list = at(&example("ExpressRouteCircuitConnectionList.json"), "/responses/200/body/value");
    let items = list.as_array().expect("value is a list");
    let next = format!("{}/connections-page-2?api-version={API_VERSION}", https_url(&server));
    server.expect(
        Expect::new("list", "GET", format!("{}/connections", local_peering())).query("api-version", API_VERSION),
        Reply::json(200, &json!({ "value": items[..1], "nextLink": next })),
    );
    server.expect(
        Expect::new("list page 2", "GET", "/connections-page-2").query("api-version", API_VERSION),
        Reply::json(200, &json!({ "value": items[1..] })),
    );
    let names = pollster::block_on(connection_names(&client, &local_peering())).expect("list");
    let want: Vec<&str> = items.iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(names, want);
    assert!(!names.is_empty());
    server.assert_clean();

    // Delete: 202 + Location, polled until 204.
    let location = format!("{}/operationResults/delete", https_url(&server));
    server.expect(
        Expect::new("delete", "DELETE", &path).query("api-version", API_VERSION),
        Reply::empty(202).header("Location", &location).header("Retry-After", "1"),
    );
    server.expect(Expect::new("delete poll", "GET", "/operationResults/delete"), Reply::empty(202));
    server.expect(Expect::new("delete poll", "GET", "/operationResults/delete"), Reply::empty(204));
    pollster::block_on(disconnect(&client, &id)).expect("deleted");
    server.assert_clean();
}
