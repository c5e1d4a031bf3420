//! URLs the service hands out: next links (resolved against the endpoint, sent with the
//! client's `api-version`, never followed twice) and status monitors or `Location`s (refused, before anything is sent, unless on the
//! client's origin).

use super::{bounds, circuit, expect_get, expect_put, put_body, resource, setup, within, API_VERSION};
use codegen_tests::azure::https_url;
use codegen_tests::server::{Expect, Reply, TestServer};
use futures::TryStreamExt;
use serde_json::{json, Value};

fn list_path() -> String {
    format!(
        "{}/providers/Microsoft.Network/expressRouteCircuits",
        express_route::ids::ResourceGroupId::new("subid", "rg1")
    )
}

fn page(names: &[&str], next: Option<&str>) -> Value {
    let mut page = json!({"value": names.iter().map(|n| json!({"name": n})).collect::<Vec<_>>()});
    if let Some(next) = next {
        page["nextLink"] = json!(next);
    }
    page
}

/// Collects `list("rg1")` on `server`: the names, or the error; and what was sent.
fn collect(server: &TestServer) -> (azure_core::Result<Vec<String>>, Vec<(String, String)>) {
    let setup = setup(server, bounds(1, 5));
    let pager = setup.client.express_route_circuits().list("rg1", None).expect("a pager");
    let names = within(30, move || pollster::block_on(pager.try_collect::<Vec<_>>()))
        .map(|items| items.into_iter().filter_map(|c| c.name).collect());
    (names, setup.http.sent())
}

/// A next page's request: the link's path, with the client's `api-version`.
fn expect_next(label: &str, path: &str) -> Expect {
    expect_get(label, path).query("api-version", API_VERSION)
}

fn first_page(server: &TestServer, reply: Value) {
    server
        .expect(Expect::new("page 1", "GET", list_path()).query("api-version", API_VERSION), Reply::json(200, &reply));
}

#[test]
fn a_next_link_repeated_by_the_next_page_is_an_error() {
    let server = TestServer::start();
    let a = format!("{}/pages/a", https_url(&server));
    first_page(&server, page(&["x"], Some(&a)));
    server.expect(expect_next("page a", "/pages/a"), Reply::json(200, &page(&["y"], Some(&a))));
    let (names, sent) = collect(&server);
    let err = names.expect_err("a repeated nextLink");
    assert!(err.to_string().contains("second time"), "{err}");
    server.assert_clean();
    assert_eq!(sent.len(), 2, "{sent:?}");
}

#[test]
fn a_next_link_loop_is_an_error_when_it_comes_round() {
    let server = TestServer::start();
    let (a, b) = (format!("{}/pages/a", https_url(&server)), format!("{}/pages/b", https_url(&server)));
    first_page(&server, page(&["x"], Some(&a)));
    server.expect(expect_next("page a", "/pages/a"), Reply::json(200, &page(&["y"], Some(&b))));
    server.expect(expect_next("page b", "/pages/b"), Reply::json(200, &page(&["z"], Some(&a))));
    let (names, sent) = collect(&server);
    assert!(names.is_err(), "a loop back to page a: {names:?}");
    server.assert_clean();
    assert_eq!(sent.len(), 3, "{sent:?}");
}

#[test]
fn a_next_link_back_to_the_first_page_is_an_error() {
    let server = TestServer::start();
    let first = format!("{}{}?api-version={API_VERSION}", https_url(&server), list_path());
    let a = format!("{}/pages/a", https_url(&server));
    first_page(&server, page(&["x"], Some(&a)));
    server.expect(expect_next("page a", "/pages/a"), Reply::json(200, &page(&["y"], Some(&first))));
    let (names, sent) = collect(&server);
    assert!(names.is_err(), "page a links back to page 1: {names:?}");
    server.assert_clean();
    assert_eq!(sent.len(), 2, "{sent:?}");
}

#[test]
fn a_relative_next_link_is_resolved_against_the_endpoint() {
    let server = TestServer::start();
    first_page(&server, page(&["a"], Some("/pages/2?api-version=2021-08-01&%24skiptoken=p%2F2")));
    server.expect(
        expect_get("page 2", "/pages/2").query("api-version", API_VERSION).query("$skiptoken", "p/2"),
        Reply::json(200, &page(&["b"], None)),
    );
    let (names, sent) = collect(&server);
    assert_eq!(names.expect("both pages"), ["a", "b"]);
    server.assert_clean();
    let second = &sent[1].1;
    assert!(second.starts_with(&format!("{}/pages/2?", https_url(&server))), "{second}");
}

#[test]
fn a_next_link_without_the_api_version_is_sent_with_the_clients() {
    let server = TestServer::start();
    first_page(&server, page(&["a"], Some("/pages/2?%24skiptoken=bar")));
    server.expect(expect_next("page 2", "/pages/2").query("$skiptoken", "bar"), Reply::json(200, &page(&["b"], None)));
    let (names, sent) = collect(&server);
    assert_eq!(names.expect("both pages"), ["a", "b"]);
    server.assert_clean();
    assert_eq!(sent.len(), 2, "{sent:?}");
}

#[test]
fn a_next_links_other_api_version_is_replaced_and_its_other_parameters_kept_as_written() {
    let server = TestServer::start();
    let query = "Api-Version=notMe&%24skiptoken=bar&startTime=1/1/1970%2012%3A00%3A00%20AM%20%2B00%3A00";
    first_page(&server, page(&["a"], Some(&format!("/pages/2?{query}"))));
    let next =
        expect_next("page 2", "/pages/2").query("$skiptoken", "bar").query("startTime", "1/1/1970 12:00:00 AM +00:00");
    server.expect(next, Reply::json(200, &page(&["b"], None)));
    let (names, _) = collect(&server);
    assert_eq!(names.expect("both pages"), ["a", "b"]);
    let log = server.log();
    server.assert_clean();
    assert_eq!(
        log[1].raw_query(),
        Some("%24skiptoken=bar&startTime=1/1/1970%2012%3A00%3A00%20AM%20%2B00%3A00&api-version=2021-08-01")
    );
}

/// Starts an operation whose first answer hands out `header: url`; it must fail having sent
/// only that first request.
fn refused(header: &str, url: &str) {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    let delete = header.eq_ignore_ascii_case("location");
    let result = if delete {
        server.expect(
            Expect::new("DELETE", "DELETE", circuit().to_string()).query("api-version", API_VERSION),
            Reply::empty(202).header(header, url),
        );
        let poller = setup.client.express_route_circuits().delete(&circuit(), None).expect("a poller");
        within(30, move || pollster::block_on(poller).map(drop))
    } else {
        server.expect(expect_put(), Reply::json(201, &resource("Updating")).header(header, url));
        let poller = setup.client.express_route_circuits().create_or_update(&circuit(), put_body(), None);
        within(30, move || pollster::block_on(poller.expect("a poller")).map(drop))
    };
    let err = result.expect_err(&format!("{header}: {url} followed"));
    assert!(err.to_string().contains("refusing to follow"), "{header}: {url}: {err}");
    server.assert_clean();
    assert_eq!(setup.http.sent().len(), 1, "{header}: {url}: {:?}", setup.http.sent());
}

#[test]
fn status_monitors_and_locations_on_another_origin_are_refused_before_anything_is_sent() {
    let port = TestServer::start().url().rsplit(':').next().map(str::to_owned).unwrap_or_default();
    for header in ["Azure-AsyncOperation", "Operation-Location", "Location"] {
        for url in [
            "https://attacker.example/operations/1".to_owned(),
            "https://127.0.0.2:9/operations/1".to_owned(),
            // The same host on another port, or in plain HTTP: another origin.
            "https://127.0.0.1:1/operations/1".to_owned(),
            format!("http://127.0.0.1:{port}/operations/1"),
        ] {
            refused(header, &url);
        }
    }
}

#[test]
fn a_location_on_another_origin_handed_out_by_a_poll_is_refused() {
    let server = TestServer::start();
    let setup = setup(&server, bounds(1, 5));
    server.expect(
        Expect::new("DELETE", "DELETE", circuit().to_string()).query("api-version", API_VERSION),
        Reply::empty(202).header("Location", format!("{}/locations/a", https_url(&server))),
    );
    server.expect(
        expect_get("poll a", "/locations/a"),
        Reply::empty(202).header("Location", "https://attacker.example/locations/b"),
    );
    let poller = setup.client.express_route_circuits().delete(&circuit(), None).expect("a poller");
    let err = within(30, move || pollster::block_on(poller)).expect_err("a foreign Location");
    assert!(err.to_string().contains("attacker.example"), "{err}");
    server.assert_clean();
    assert_eq!(setup.http.sent().len(), 2, "{:?}", setup.http.sent());
}
