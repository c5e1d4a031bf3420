//! The runtime's polling rules and bounds (`codegen/runtime/lro.rs`), through the generated
//! client and azure_core's pipeline against the loopback server: how long it waits
//! (`Retry-After` in seconds, `retry-after-ms`/`x-ms-retry-after-ms`, an HTTP date; capped by
//! `PollingOptions::max_wait`, floored by `min_wait`), when it gives up (`max_polls`,
//! `timeout`), which URL it polls and where the result is, failures as `HttpResponse` errors,
//! and options it refuses. Paging rules and the same-origin rule: `polling/links.rs`; what a
//! monitor must say and where a result is found: `polling/results.rs`.
//!
//! Waits are checked from below (a sleep never ends early) or with generous upper bounds under
//! a watchdog, never as exact timings; poll counts are checked exactly where the rules fix them.

use azure_core::error::{ErrorKind, ErrorResponse};
use azure_core::http::poller::PollerOptions;
use azure_core::time::Duration;
use codegen_tests::azure::{client_with, https_url, Setup};
use codegen_tests::server::{Expect, Reply, TestServer};
use express_route::ids::{ArpTableId, ExpressRouteCircuitId};
use express_route::models::ExpressRouteCircuit;
use express_route::PollingOptions;
use serde_json::{json, Value};
use std::time::Instant;

#[path = "polling/links.rs"]
mod links;
#[path = "polling/results.rs"]
mod results;

const API_VERSION: &str = "2021-08-01";

/// Polling bounds: waits between `min_ms` and `max_ms`, at most 100 polls, a minute in all.
fn bounds(min_ms: i64, max_ms: i64) -> PollingOptions {
    PollingOptions {
        min_wait: Duration::milliseconds(min_ms),
        max_wait: Duration::milliseconds(max_ms),
        max_polls: 100,
        timeout: Duration::seconds(60),
    }
}

fn setup(server: &TestServer, polling: PollingOptions) -> Setup {
    client_with(server, "subid", polling)
}

fn circuit() -> ExpressRouteCircuitId {
    ExpressRouteCircuitId::new("subid", "rg1", "circuitName")
}

fn arp_table() -> ArpTableId {
    circuit().peering("AzurePrivatePeering").arp_table("primary")
}

fn put_body() -> ExpressRouteCircuit {
    ExpressRouteCircuit::builder().location("westus").build()
}

fn expect_put() -> Expect {
    Expect::new("PUT", "PUT", circuit().to_string())
        .query("api-version", API_VERSION)
        .json_body(json!({"location": "westus"}))
}

fn expect_get(label: &str, path: &str) -> Expect {
    Expect::new(label, "GET", path)
}

fn expect_original(label: &str) -> Expect {
    Expect::new(label, "GET", circuit().to_string()).query("api-version", API_VERSION)
}

fn resource(state: &str) -> Value {
    json!({"name": "circuitName", "properties": {"provisioningState": state}})
}

fn status(state: &str) -> Reply {
    Reply::json(200, &json!({"status": state}))
}

/// A PUT answered 201 with a status monitor at `/operations/op` and `retry` as its headers;
/// the monitor answers `InProgress` `rounds` times (with the same headers), then `Succeeded`;
/// then the original URL gives the resource.
fn script_put(server: &TestServer, retry: &[(&str, String)], rounds: usize) {
    let monitor = format!("{}/operations/op", https_url(server));
    let with = |mut reply: Reply| {
        for (name, value) in retry {
            reply = reply.header(name, value.clone());
        }
        reply
    };
    server.expect(expect_put(), with(Reply::json(201, &resource("Updating")).header("Azure-AsyncOperation", monitor)));
    for i in 0..rounds {
        server.expect(expect_get(&format!("monitor {i}"), "/operations/op"), with(status("InProgress")));
    }
    server.expect(expect_get("monitor: done", "/operations/op"), status("Succeeded"));
    server.expect(expect_original("final GET"), Reply::json(200, &resource("Succeeded")));
}

/// Runs `work` on its own thread; panics if it takes longer than `seconds` (a hang, not a
/// slow machine: the bounds are generous).
fn within<T: Send + 'static>(seconds: u64, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(work()));
    rx.recv_timeout(std::time::Duration::from_secs(seconds))
        .unwrap_or_else(|_| panic!("did not finish within {seconds} s: a wait was not capped"))
}

/// Awaits the circuit PUT on `setup`, under a 30 s watchdog; returns the result and how long
/// it took.
fn run_put(setup: &Setup) -> (azure_core::Result<ExpressRouteCircuit>, std::time::Duration) {
    let poller = setup.client.express_route_circuits().create_or_update(&circuit(), put_body(), None);
    within(30, move || {
        let started = Instant::now();
        let result = poller.and_then(|p| pollster::block_on(p)?.into_model());
        (result, started.elapsed())
    })
}

#[test]
fn retry_after_in_seconds_is_waited_for() {
    let server = TestServer::start();
    script_put(&server, &[("Retry-After", "1".into())], 0);
    let (result, elapsed) = run_put(&setup(&server, bounds(1, 30_000)));
    result.expect("the circuit");
    server.assert_clean();
    // One wait of a second (the monitor's first poll), not the 1 ms floor.
    assert!(elapsed >= std::time::Duration::from_millis(900), "waited only {elapsed:?}");
}

#[test]
fn millisecond_retry_headers_are_waited_for_and_win_over_retry_after() {
    for header in ["retry-after-ms", "x-ms-retry-after-ms"] {
        let server = TestServer::start();
        // An hour in seconds, 400 ms in milliseconds: the millisecond header counts.
        script_put(&server, &[(header, "400".into()), ("Retry-After", "3600".into())], 1);
        let (result, elapsed) = run_put(&setup(&server, bounds(1, 60_000)));
        result.unwrap_or_else(|e| panic!("{header}: {e}"));
        server.assert_clean();
        // Two waits: before the first and the second poll.
        assert!(elapsed >= std::time::Duration::from_millis(750), "{header}: waited only {elapsed:?}");
    }
}

#[test]
fn retry_after_as_an_http_date_is_waited_for() {
    let server = TestServer::start();
    let date = azure_core::time::to_rfc7231(&(azure_core::time::OffsetDateTime::now_utc() + Duration::seconds(3)));
    script_put(&server, &[("Retry-After", date.clone())], 0);
    let (result, elapsed) = run_put(&setup(&server, bounds(1, 30_000)));
    result.expect("the circuit");
    server.assert_clean();
    // Three seconds from now, in whole seconds: at least two.
    assert!(elapsed >= std::time::Duration::from_millis(1500), "Retry-After: {date}: waited only {elapsed:?}");
}

#[test]
fn a_long_retry_after_is_capped_at_max_wait() {
    let far = azure_core::time::to_rfc7231(&(azure_core::time::OffsetDateTime::now_utc() + Duration::days(365)));
    let forms = [("Retry-After", "3600".to_owned()), ("retry-after-ms", "3600000".to_owned()), ("Retry-After", far)];
    for (name, value) in forms {
        let server = TestServer::start();
        script_put(&server, &[(name, value.clone())], 2);
        // Three waits, each capped at 20 ms; the watchdog allows 30 s.
        let (result, _) = run_put(&setup(&server, bounds(1, 20)));
        result.unwrap_or_else(|e| panic!("{name}: {value}: {e}"));
        server.assert_clean();
    }
}

#[test]
fn retry_after_zero_is_floored_by_min_wait() {
    let server = TestServer::start();
    script_put(&server, &[("Retry-After", "0".into())], 2);
    let (result, elapsed) = run_put(&setup(&server, bounds(150, 10_000)));
    result.expect("the circuit");
    server.assert_clean();
    // Three waits of at least 150 ms each.
    assert!(elapsed >= std::time::Duration::from_millis(440), "waited only {elapsed:?}");
}

#[test]
fn max_polls_reached_is_an_error_and_nothing_more_is_sent() {
    let server = TestServer::start();
    let monitor = format!("{}/operations/op", https_url(&server));
    server.expect(
        expect_put(),
        Reply::json(201, &resource("Updating")).header("Azure-AsyncOperation", monitor).header("Retry-After", "0"),
    );
    for i in 0..2 {
        server.expect(expect_get(&format!("monitor {i}"), "/operations/op"), status("InProgress"));
    }
    let mut polling = bounds(1, 5);
    polling.max_polls = 2;
    let setup = setup(&server, polling);
    let (result, _) = run_put(&setup);
    let err = result.expect_err("max_polls reached");
    assert!(err.to_string().contains("2 polls"), "{err}");
    server.assert_clean();
    assert_eq!(setup.http.sent().len(), 3, "{:?}", setup.http.sent());
}

#[test]
fn polling_stops_at_the_timeout() {
    let server = TestServer::start();
    let monitor = format!("{}/operations/op", https_url(&server));
    server.expect(expect_put(), Reply::json(201, &resource("Updating")).header("Azure-AsyncOperation", monitor));
    for i in 0..30 {
        server.expect(expect_get(&format!("monitor {i}"), "/operations/op"), status("InProgress"));
    }
    let mut polling = bounds(100, 100);
    polling.timeout = Duration::milliseconds(300);
    let setup = setup(&server, polling);
    let (result, _) = run_put(&setup);
    let err = result.expect_err("the timeout");
    assert!(err.to_string().contains("did not finish"), "{err}");
    // Each poll follows a wait of at least 100 ms: at most three fit in 300 ms.
    let polls = server.log().len() - 1;
    assert!(polls <= 3, "{polls} polls in a 300 ms timeout with 100 ms waits");
    server.finish();
}

#[test]
fn a_new_location_from_a_poll_is_followed() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    let base = https_url(&server);
    server.expect(
        Expect::new("DELETE", "DELETE", circuit().to_string()).query("api-version", API_VERSION),
        Reply::empty(202).header("Location", format!("{base}/locations/a")),
    );
    server.expect(
        expect_get("poll a", "/locations/a"),
        Reply::empty(202).header("Location", format!("{base}/locations/b")),
    );
    server.expect(expect_get("poll b", "/locations/b"), Reply::empty(204));
    let poller = setup.client.express_route_circuits().delete(&circuit(), None).expect("a poller");
    let done = within(30, move || pollster::block_on(poller)).expect("deleted");
    assert_eq!(u16::from(done.status()), 204);
    server.assert_clean();
}

#[test]
fn a_location_that_answers_200_is_the_result_and_the_original_url_is_not_fetched() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    let location = format!("{}/operationResults/arp", https_url(&server));
    server.expect(
        Expect::new("POST", "POST", arp_table().to_string()).query("api-version", API_VERSION),
        Reply::empty(202).header("Location", location),
    );
    let table = json!({"value": [{"age": 0, "interface": "Ethernet1/1", "ipAddress": "1.1.1.1", "macAddress": "mac"}]});
    server.expect(expect_get("poll", "/operationResults/arp"), Reply::json(200, &table));
    let poller = setup.client.express_route_circuits().list_arp_table(&arp_table(), None).expect("a poller");
    let got = within(30, move || pollster::block_on(poller)).expect("the table").into_model().expect("typed");
    assert_eq!(serde_json::to_value(&got).expect("serializes"), table);
    server.assert_clean();
    assert_eq!(setup.http.sent().len(), 2, "{:?}", setup.http.sent());
}

#[test]
fn a_delete_ends_at_the_monitors_succeeded_without_fetching_location() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    let base = https_url(&server);
    server.expect(
        Expect::new("DELETE", "DELETE", circuit().to_string()).query("api-version", API_VERSION),
        Reply::empty(202)
            .header("Azure-AsyncOperation", format!("{base}/operations/del"))
            .header("Location", format!("{base}/operationResults/del")),
    );
    server.expect(expect_get("monitor", "/operations/del"), status("Succeeded"));
    let poller = setup.client.express_route_circuits().delete(&circuit(), None).expect("a poller");
    let done = within(30, move || pollster::block_on(poller)).expect("deleted");
    assert_eq!(u16::from(done.status()), 200);
    server.assert_clean();
    assert_eq!(setup.http.sent().len(), 2, "{:?}", setup.http.sent());
}

#[test]
fn a_put_without_polling_headers_polls_the_resource_until_it_is_succeeded() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    server.expect(expect_put(), Reply::json(201, &resource("Updating")));
    server.expect(expect_original("resource: updating"), Reply::json(200, &resource("Updating")));
    let mut done = resource("Succeeded");
    done["etag"] = json!("W/\"2\"");
    server.expect(expect_original("resource: succeeded"), Reply::json(200, &done));
    let (result, _) = run_put(&setup);
    let got = result.expect("the circuit");
    assert_eq!(got.etag.as_deref(), Some("W/\"2\""), "the last poll's body is the result");
    server.assert_clean();
}

#[test]
fn a_put_that_answers_succeeded_is_not_polled() {
    for code in [200, 201] {
        let server = TestServer::start();
        let setup = setup(&server, bounds(1, 5));
        server.expect(expect_put(), Reply::json(code, &resource("Succeeded")));
        let (result, _) = run_put(&setup);
        assert_eq!(result.expect("the circuit").name.as_deref(), Some("circuitName"));
        server.assert_clean();
        assert_eq!(setup.http.sent().len(), 1, "{code}: {:?}", setup.http.sent());
    }
}

#[test]
fn failed_or_canceled_is_an_http_response_error_with_the_monitors_error() {
    for terminal in ["Failed", "Canceled"] {
        let server = TestServer::start();
        let setup = setup(&server, bounds(1, 5));
        let monitor = format!("{}/operations/fail", https_url(&server));
        server.expect(expect_put(), Reply::json(201, &resource("Updating")).header("Azure-AsyncOperation", monitor));
        server.expect(expect_get("monitor 1", "/operations/fail"), status("InProgress"));
        let error = json!({"code": "PeeringConflict", "message": "the peer circuit is busy", "target": "peering"});
        server.expect(
            expect_get("monitor 2", "/operations/fail"),
            Reply::json(200, &json!({"status": terminal, "error": error})),
        );
        let (result, _) = run_put(&setup);
        let err = result.err().unwrap_or_else(|| panic!("{terminal}: not an error"));
        server.assert_clean();
        match err.kind() {
            ErrorKind::HttpResponse { error_code, .. } => {
                assert_eq!(error_code.as_deref(), Some("PeeringConflict"), "{terminal}")
            }
            other => panic!("{terminal}: not an HttpResponse error: {other:?}"),
        }
        let detail = ErrorResponse::try_from(err).expect("the monitor's body").error.expect("its error");
        assert_eq!(detail.message.as_deref(), Some("the peer circuit is busy"), "{terminal}");
        assert_eq!(detail.target.as_deref(), Some("peering"), "{terminal}");
    }
}

#[test]
fn a_resource_that_failed_is_an_error_without_polling() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    server.expect(expect_put(), Reply::json(200, &resource("Failed")));
    let (result, _) = run_put(&setup);
    let err = result.expect_err("a failed resource");
    assert!(matches!(err.kind(), ErrorKind::HttpResponse { .. }), "{err:?}");
    server.assert_clean();
    assert_eq!(setup.http.sent().len(), 1);
}

#[test]
fn a_poller_frequency_below_one_second_is_an_error_not_a_panic() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    let circuits = setup.client.express_route_circuits();
    for ms in [999, 0, -1000] {
        let method_options = PollerOptions { frequency: Duration::milliseconds(ms), ..Default::default() };
        let put = express_route::clients::express_route_circuits::ExpressRouteCircuitsCreateOrUpdateOptions {
            method_options: method_options.clone(),
        };
        let err = circuits.create_or_update(&circuit(), put_body(), Some(put)).expect_err("refused");
        assert!(err.to_string().contains("frequency"), "{ms} ms: {err}");
        let delete =
            express_route::clients::express_route_circuits::ExpressRouteCircuitsDeleteOptions { method_options };
        assert!(circuits.delete(&circuit(), Some(delete)).is_err(), "{ms} ms: DELETE");
    }
    assert!(setup.http.sent().is_empty(), "{:?}", setup.http.sent());
    server.assert_clean();
}
