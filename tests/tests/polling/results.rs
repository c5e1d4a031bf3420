//! How an operation ends: what an operation monitor must say, where a PUT polled through
//! `Location` finds its result, and an initial answer that is already final.

use super::{bounds, expect_original, expect_put, resource, run_put, setup, status};
use azure_core::error::ErrorKind;
use codegen_tests::azure::https_url;
use codegen_tests::server::{Expect, Reply, TestServer};
use serde_json::json;

/// A PUT answered 201 `Updating` with a status monitor at `/operations/op`.
fn put_with_monitor(server: &TestServer) {
    let monitor = format!("{}/operations/op", https_url(server));
    server.expect(expect_put(), Reply::json(201, &resource("Updating")).header("Azure-AsyncOperation", monitor));
}

#[test]
fn a_monitor_answer_without_a_status_is_an_error_and_nothing_more_is_sent() {
    let answers = [
        ("no body", Reply::empty(200)),
        ("no status", Reply::json(200, &json!({}))),
        ("a resource, not a status", Reply::json(200, &resource("Succeeded"))),
        ("not JSON", Reply::raw(200, r#"{ "status": "Accepted""#).header("content-type", "application/json")),
    ];
    for (what, answer) in answers {
        let server = TestServer::start();
        let setup = setup(&server, bounds(1, 5));
        put_with_monitor(&server);
        server.expect(Expect::new("monitor", "GET", "/operations/op"), answer);
        let (result, _) = run_put(&setup);
        let err = result.expect_err(what);
        assert!(matches!(err.kind(), ErrorKind::DataConversion), "{what}: {err:?}");
        assert!(err.to_string().contains("without a status"), "{what}: {err}");
        server.assert_clean();
        assert_eq!(setup.http.sent().len(), 2, "{what}: {:?}", setup.http.sent());
    }
}

#[test]
fn a_failed_monitor_with_a_numeric_error_code_is_an_error_with_that_code() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    put_with_monitor(&server);
    let failed = json!({"status": "Failed", "error": {"code": 500, "message": "Internal Server Error"}});
    server.expect(Expect::new("monitor", "GET", "/operations/op"), Reply::json(200, &failed));
    let (result, _) = run_put(&setup);
    let err = result.expect_err("a failed operation");
    match err.kind() {
        ErrorKind::HttpResponse { error_code, .. } => assert_eq!(error_code.as_deref(), Some("500")),
        other => panic!("not an HttpResponse error: {other:?}"),
    }
    server.assert_clean();
}

/// A PUT answered 201 with only a `Location` (the circuit's PUT declares no 202), which answers
/// 202 once, then `last`.
fn put_through_location(server: &TestServer, last: Reply) {
    let location = format!("{}/operationResults/put", https_url(server));
    server.expect(expect_put(), Reply::json(201, &resource("Updating")).header("Location", location));
    server.expect(Expect::new("location: running", "GET", "/operationResults/put"), Reply::empty(202));
    server.expect(Expect::new("location: done", "GET", "/operationResults/put"), last);
}

#[test]
fn a_put_polled_through_location_ends_at_the_locations_result() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    let mut done = resource("Succeeded");
    done["etag"] = json!("W/\"3\"");
    put_through_location(&server, Reply::json(200, &done));
    let (result, _) = run_put(&setup);
    assert_eq!(result.expect("the circuit").etag.as_deref(), Some("W/\"3\""));
    server.assert_clean();
    assert_eq!(setup.http.sent().len(), 3, "the original URL is not read: {:?}", setup.http.sent());
}

#[test]
fn a_put_whose_location_ends_without_a_body_reads_the_original_url() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    put_through_location(&server, Reply::empty(204));
    server.expect(expect_original("final GET"), Reply::json(200, &resource("Succeeded")));
    let (result, _) = run_put(&setup);
    assert_eq!(result.expect("the circuit").name.as_deref(), Some("circuitName"));
    server.assert_clean();
}

#[test]
fn a_put_answered_200_with_a_terminal_resource_does_not_follow_its_monitor() {
    // Another origin: following it would be refused, and reading it is not needed.
    let elsewhere = "https://elsewhere.example/operations/op";
    for state in ["Succeeded", "Failed", "Canceled"] {
        let server = TestServer::start();
        let setup = setup(&server, bounds(1, 5));
        server.expect(expect_put(), Reply::json(200, &resource(state)).header("Azure-AsyncOperation", elsewhere));
        let (result, _) = run_put(&setup);
        match (state, result) {
            ("Succeeded", Ok(circuit)) => assert_eq!(circuit.name.as_deref(), Some("circuitName")),
            ("Succeeded", Err(e)) => panic!("{state}: {e}"),
            (_, Ok(_)) => panic!("{state}: not an error"),
            (_, Err(e)) => assert!(matches!(e.kind(), ErrorKind::HttpResponse { .. }), "{state}: {e:?}"),
        }
        server.assert_clean();
        assert_eq!(setup.http.sent().len(), 1, "{state}: {:?}", setup.http.sent());
    }
}

#[test]
fn a_put_answered_201_succeeded_with_a_monitor_follows_the_monitor() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    let monitor = format!("{}/operations/op", https_url(&server));
    server.expect(expect_put(), Reply::json(201, &resource("Succeeded")).header("Azure-AsyncOperation", monitor));
    server.expect(Expect::new("monitor", "GET", "/operations/op"), status("Succeeded"));
    let mut done = resource("Succeeded");
    done["etag"] = json!("W/\"4\"");
    server.expect(expect_original("final GET"), Reply::json(200, &done));
    let (result, _) = run_put(&setup);
    assert_eq!(result.expect("the circuit").etag.as_deref(), Some("W/\"4\""));
    server.assert_clean();
}
