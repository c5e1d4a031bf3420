//! Unit tests of the generated client through its public API, without a network: request URLs
//! for hostile resource names, poll delays, typed resource ids, and how responses that do not
//! fit the operation become errors (never panics). Where a response has to come from somewhere,
//! an in-memory transport hands out canned responses.

use codegen_tests::server::{percent_decode, query_pairs};
use express_route::client::{self, BoxFuture, PollStatus, TransportError};
use express_route::ids::{
    ArpTableId, ExpressRouteCircuitAuthorizationId, ExpressRouteCircuitConnectionId, ExpressRouteCircuitId,
    ExpressRouteCircuitPeeringId, PeerExpressRouteCircuitConnectionId, ResourceGroupId, RouteTableId,
    RouteTablesSummaryId, SubscriptionId,
};
use express_route::{models, Client, Error, Transport};
use serde_json::json;
use std::collections::VecDeque;
use std::fmt::{Debug, Display};
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const API_VERSION: &str = "2021-08-01";
const CONNECTION_TEMPLATE: &str = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/connections/{connectionName}";

/// What the in-memory transport saw, in order.
#[derive(Clone, Debug, PartialEq)]
enum Event {
    Send(String, String),
    Sleep(Duration),
}

/// Hands out queued responses; records requests and sleeps (which return at once).
#[derive(Clone, Default)]
struct Canned {
    responses: Arc<Mutex<VecDeque<http::Response<Vec<u8>>>>>,
    events: Arc<Mutex<Vec<Event>>>,
}

impl Canned {
    fn new(responses: impl IntoIterator<Item = http::Response<Vec<u8>>>) -> Self {
        let c = Canned::default();
        c.responses.lock().unwrap().extend(responses);
        c
    }

    fn events(&self) -> Vec<Event> {
        self.events.lock().unwrap().clone()
    }

    fn sleeps(&self) -> Vec<Duration> {
        self.events()
            .into_iter()
            .filter_map(|e| match e {
                Event::Sleep(d) => Some(d),
                Event::Send(..) => None,
            })
            .collect()
    }

    fn left(&self) -> usize {
        self.responses.lock().unwrap().len()
    }
}

impl Transport for Canned {
    fn send(&self, request: http::Request<Vec<u8>>) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        self.events.lock().unwrap().push(Event::Send(request.method().to_string(), request.uri().to_string()));
        let next = self.responses.lock().unwrap().pop_front();
        Box::pin(async move { next.ok_or_else(|| TransportError("no canned response left".into())) })
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<'_, ()> {
        self.events.lock().unwrap().push(Event::Sleep(duration));
        Box::pin(async {})
    }
}

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<Vec<u8>> {
    let mut b = http::Response::builder().status(status);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(body.as_bytes().to_vec()).unwrap()
}

fn offline_client() -> Client {
    Client::with_transport(Canned::default()).endpoint("https://example.invalid").subscription_id("sub")
}

// ---- URLs ----

const HOSTILE: &[&str] = &[
    "a/b",
    "x?y",
    "#",
    "%",
    "%2F",
    "..",
    ".",
    "...",
    "a b  c",
    " ",
    "ünïcødé-名前",
    "a&api-version=evil",
    "k=v;p",
    "+plus+",
    "back\\slash",
    "tab\tnew\nline",
    "'\"<>{}|^`",
];

/// Every hostile name, in every position of a connection id, stays inside its own path segment.
#[test]
fn hostile_names_stay_in_their_segment() {
    let client = offline_client();
    let template_segments: Vec<&str> = CONNECTION_TEMPLATE.split('/').collect();
    let mut checked = 0;
    for name in HOSTILE {
        for position in 0..5 {
            let mut names = ["sub", "rg", "circuit", "peering", "conn"];
            names[position] = name;
            let id = ExpressRouteCircuitConnectionId::new(names[0], names[1], names[2], names[3], names[4]);
            let call = client.express_route_circuit_connections().get(&id);
            let request = call.request().unwrap_or_else(|e| panic!("{name:?}: {e}"));
            let uri = request.uri();
            let at = format!("{name:?} as name {position}: {uri}");
            assert_eq!(uri.scheme_str(), Some("https"), "{at}");
            assert_eq!(uri.host(), Some("example.invalid"), "{at}");
            let segments: Vec<&str> = uri.path().split('/').collect();
            assert_eq!(segments.len(), template_segments.len(), "segment count changed: {at}");
            for (got, template) in segments.iter().zip(&template_segments) {
                assert!(*got != ".." && *got != ".", "dot segment in {at}");
                assert!(!got.contains(['?', '#', '/', ' ']), "{at}");
                if !template.starts_with('{') {
                    assert_eq!(got, template, "literal segment changed: {at}");
                }
            }
            let decoded: Vec<String> = segments.iter().map(|s| percent_decode(s)).collect();
            let expected_values = ["sub", "rg", "circuit", "peering", "conn"].iter().enumerate().map(|(i, v)| {
                if i == position {
                    *name
                } else {
                    *v
                }
            });
            let placeholders: Vec<String> = template_segments
                .iter()
                .enumerate()
                .filter(|(_, t)| t.starts_with('{'))
                .map(|(i, _)| decoded[i].clone())
                .collect();
            assert_eq!(placeholders, expected_values.collect::<Vec<_>>(), "decoded names: {at}");
            assert_eq!(
                query_pairs(uri.query().unwrap_or("")),
                [("api-version".to_owned(), API_VERSION.to_owned())],
                "query: {at}"
            );
            checked += 1;
        }
    }
    println!("hostile names checked: {checked}");
}

#[test]
fn hostile_names_in_function_parameters_and_api_version() {
    let client = offline_client().api_version("2021-08-01&evil=1#frag");
    let pager = client.express_route_circuits().list("rg/../../x?y#z");
    let uri = pager.request().expect("request").uri().clone();
    let segments: Vec<&str> = uri.path().split('/').collect();
    assert_eq!(segments.len(), 8, "{uri}");
    assert_eq!(percent_decode(segments[4]), "rg/../../x?y#z");
    assert_eq!(query_pairs(uri.query().unwrap()), [("api-version".to_owned(), "2021-08-01&evil=1#frag".to_owned())]);
}

#[test]
fn empty_names_are_request_errors() {
    let client = offline_client();
    let id = ExpressRouteCircuitId::new("sub", "rg", "");
    let call = client.express_route_circuits().get(&id);
    assert!(matches!(call.request(), Err(Error::Request(m)) if m.contains("circuit_name")), "{call:?}");
    // Sending it fails the same way, before any I/O.
    assert!(matches!(pollster::block_on(call.send()), Err(Error::Request(_))));
}

#[test]
fn requests_carry_json_headers() {
    let client = offline_client();
    let id = ExpressRouteCircuitId::new("sub", "rg", "c");
    let body = models::TagsObject { tags: Some([("k".to_owned(), "v".to_owned())].into_iter().collect()) };
    let call = client.express_route_circuits().update_tags(&id, body);
    let r = call.request().unwrap();
    assert_eq!(r.method(), http::Method::PATCH);
    assert_eq!(r.headers()["content-type"], "application/json");
    assert_eq!(r.headers()["accept"], "application/json");
    assert_eq!(serde_json::from_slice::<serde_json::Value>(r.body()).unwrap(), json!({ "tags": { "k": "v" } }));
    let get = client.express_route_circuits().get(&id);
    assert!(get.request().unwrap().body().is_empty());
    assert!(get.request().unwrap().headers().get("content-type").is_none());
}

#[test]
fn endpoint_trailing_slashes_are_trimmed() {
    let client = Client::with_transport(Canned::default()).endpoint("http://127.0.0.1:1/base//");
    let id = ExpressRouteCircuitId::new("s", "rg", "c");
    let call = client.express_route_circuits().get(&id);
    assert_eq!(
        call.request().unwrap().uri().path(),
        "/base/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c"
    );
}

// ---- polling delays ----

#[test]
fn delay_is_retry_after_bounded_by_max_else_default() {
    let s = Duration::from_secs;
    let ms = Duration::from_millis;
    assert_eq!(client::delay(None, s(30), s(60)), s(30));
    assert_eq!(client::delay(Some(s(5)), s(30), s(60)), s(5));
    assert_eq!(client::delay(Some(s(600)), s(30), s(60)), s(60));
    assert_eq!(client::delay(Some(Duration::ZERO), s(30), s(60)), Duration::ZERO);
    assert_eq!(client::delay(Some(s(1)), ms(1), ms(10)), ms(10));
    assert_eq!(client::delay(None, Duration::ZERO, ms(10)), Duration::ZERO);
    // The default is bounded by the maximum too.
    assert_eq!(client::delay(None, s(90), s(60)), s(60));
    assert_eq!(client::delay(Some(Duration::MAX), s(1), s(2)), s(2));
}

fn connection_id() -> ExpressRouteCircuitConnectionId {
    ExpressRouteCircuitConnectionId::new("sub", "rg", "c", "AzurePrivatePeering", "conn")
}

const CONNECTION_JSON: &str =
    r#"{"name":"conn","properties":{"addressPrefix":"10.0.0.0/29","provisioningState":"Succeeded"}}"#;

/// The poller waits `Retry-After` bounded by the maximum, else the default (itself bounded).
#[test]
fn lro_waits_use_retry_after_and_client_bounds() {
    let canned = Canned::new([
        response(201, &[("Azure-AsyncOperation", "http://h/op"), ("Retry-After", "3")], CONNECTION_JSON),
        response(200, &[("Retry-After", "7")], r#"{"status":"InProgress"}"#),
        response(200, &[("Retry-After", "2")], r#"{"status":"Updating"}"#),
        response(200, &[], r#"{"status":"InProgress"}"#),
        response(200, &[], r#"{"status":"Succeeded"}"#),
        response(200, &[], CONNECTION_JSON),
    ]);
    let client = Client::with_transport(canned.clone()).poll_interval(Duration::from_secs(4), Duration::from_secs(5));
    let lro = client.express_route_circuit_connections().create_or_update(
        &connection_id(),
        models::ExpressRouteCircuitConnection::builder().address_prefix("10.0.0.0/29").build(),
    );
    let result = pollster::block_on(lro).expect("succeeds");
    assert_eq!(result.address_prefix(), Some("10.0.0.0/29"));
    assert_eq!(canned.left(), 0);
    // Before the first poll: the initial 3 s; after each InProgress answer: 7 s capped at 5 s;
    // 2 s; none: the default 4 s.
    let s = Duration::from_secs;
    assert_eq!(canned.sleeps(), [s(3), s(5), s(2), s(4)]);
}

/// Azure's millisecond headers win over `Retry-After`; an HTTP date counts from now (zero once
/// past) and is bounded like any other wait.
#[test]
fn lro_waits_read_millisecond_headers_and_http_dates() {
    let canned = Canned::new([
        response(
            201,
            &[("Azure-AsyncOperation", "http://h/op"), ("retry-after-ms", "1500"), ("Retry-After", "3")],
            CONNECTION_JSON,
        ),
        response(200, &[("x-ms-retry-after-ms", "250")], r#"{"status":"InProgress"}"#),
        response(200, &[("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT")], r#"{"status":"InProgress"}"#),
        response(200, &[("Retry-After", "Fri, 01 Jan 2100 00:00:00 GMT")], r#"{"status":"InProgress"}"#),
        response(200, &[("Retry-After", "soon")], r#"{"status":"InProgress"}"#),
        response(200, &[], r#"{"status":"Succeeded"}"#),
        response(200, &[], CONNECTION_JSON),
    ]);
    let client = Client::with_transport(canned.clone()).poll_interval(Duration::from_secs(4), Duration::from_secs(5));
    let lro = client.express_route_circuit_connections().create_or_update(
        &connection_id(),
        models::ExpressRouteCircuitConnection::builder().address_prefix("10.0.0.0/29").build(),
    );
    pollster::block_on(lro).expect("succeeds");
    let ms = Duration::from_millis;
    // 1.5 s; 0.25 s; a past date: none; a date in 2100: capped at 5 s; unreadable: the default.
    assert_eq!(canned.sleeps(), [ms(1500), ms(250), ms(0), ms(5000), ms(4000)]);
}

#[test]
fn retry_at_reads_http_dates_only() {
    use time::macros::datetime;
    let now = datetime!(1994-11-06 08:49:00 UTC);
    assert_eq!(client::retry_at("Sun, 06 Nov 1994 08:49:37 GMT", now), Some(Duration::from_secs(37)));
    assert_eq!(client::retry_at("Sun, 06 Nov 1994 08:48:00 GMT", now), Some(Duration::ZERO));
    for not_a_date in ["37", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 +0000", ""] {
        assert_eq!(client::retry_at(not_a_date, now), None, "{not_a_date}");
    }
}

#[test]
fn poll_interval_default_is_capped_by_max() {
    let canned = Canned::new([
        response(202, &[("Location", "http://h/result")], ""),
        response(202, &[], ""),
        response(204, &[], ""),
    ]);
    let client = Client::with_transport(canned.clone()).poll_interval(Duration::from_secs(90), Duration::from_secs(1));
    pollster::block_on(client.express_route_circuit_connections().delete(&connection_id())).expect("deleted");
    let sleeps = canned.sleeps();
    assert!(!sleeps.is_empty() && sleeps.iter().all(|d| *d == Duration::from_secs(1)), "{sleeps:?}");
    assert_eq!(
        canned.events().first(),
        Some(&Event::Send(
            "DELETE".into(),
            format!("https://management.azure.com{}?api-version={API_VERSION}", connection_id())
        ))
    );
}

/// Azure's LRO guidance (and azure-core) waits before every poll, the first included: the
/// initial response's `Retry-After` applies to the first poll.
#[test]
fn first_poll_waits_for_the_initial_retry_after() {
    let canned = Canned::new([
        response(201, &[("Azure-AsyncOperation", "http://h/op"), ("Retry-After", "3")], CONNECTION_JSON),
        response(200, &[], r#"{"status":"Succeeded"}"#),
        response(200, &[], CONNECTION_JSON),
    ]);
    let client = Client::with_transport(canned.clone()).poll_interval(Duration::from_secs(1), Duration::from_secs(10));
    pollster::block_on(
        client
            .express_route_circuit_connections()
            .create_or_update(&connection_id(), models::ExpressRouteCircuitConnection::default()),
    )
    .expect("succeeds");
    let events = canned.events();
    assert!(matches!(&events[0], Event::Send(m, _) if m == "PUT"), "{events:?}");
    assert_eq!(events[1], Event::Sleep(Duration::from_secs(3)), "{events:?}");
}

// ---- resource ids ----

fn round_trip<T>(canonical: &str, id: &T)
where
    T: FromStr + Display + PartialEq + Debug,
    T::Err: Debug,
{
    assert_eq!(id.to_string(), canonical);
    assert_eq!(&canonical.parse::<T>().unwrap(), id, "{canonical}");
    // Literal segments compare case-insensitively, as ARM's do; names keep their case; the
    // printed form is canonical.
    let mut odd_case = String::new();
    for (i, seg) in canonical.split('/').enumerate() {
        if i > 0 {
            odd_case.push('/');
        }
        if i % 2 == 1 || seg == "Microsoft.Network" {
            odd_case.push_str(&if i % 4 == 1 { seg.to_ascii_uppercase() } else { seg.to_ascii_lowercase() });
        } else {
            odd_case.push_str(seg);
        }
    }
    assert_ne!(odd_case, canonical);
    let parsed: T = odd_case.parse().unwrap_or_else(|e| panic!("{odd_case}: {e:?}"));
    assert_eq!(&parsed, id, "{odd_case}");
    assert_eq!(parsed.to_string(), canonical);
}

#[test]
fn valid_ids_round_trip() {
    let circuit = ExpressRouteCircuitId::new("Sub-1", "My-RG", "CircuitA");
    let base = "/subscriptions/Sub-1/resourceGroups/My-RG/providers/Microsoft.Network/expressRouteCircuits/CircuitA";
    round_trip(base, &circuit);
    let peering = circuit.peering("AzurePrivatePeering");
    round_trip(&format!("{base}/peerings/AzurePrivatePeering"), &peering);
    round_trip(&format!("{base}/authorizations/Auth1"), &circuit.authorization("Auth1"));
    round_trip(&format!("{base}/peerings/AzurePrivatePeering/connections/Conn1"), &peering.connection("Conn1"));
    round_trip(
        &format!("{base}/peerings/AzurePrivatePeering/peerConnections/Peer1"),
        &peering.peer_connection("Peer1"),
    );
    round_trip(&format!("{base}/peerings/AzurePrivatePeering/arpTables/primary"), &peering.arp_table("primary"));
    round_trip(
        &format!("{base}/peerings/AzurePrivatePeering/routeTables/secondary"),
        &peering.route_table("secondary"),
    );
    round_trip(
        &format!("{base}/peerings/AzurePrivatePeering/routeTablesSummary/primary"),
        &peering.route_tables_summary("primary"),
    );
    round_trip("/subscriptions/Sub-1/resourceGroups/My-RG", circuit.parent());
    round_trip("/subscriptions/Sub-1", circuit.parent().parent());

    // Constructors and parents agree.
    let conn = ExpressRouteCircuitConnectionId::new("Sub-1", "My-RG", "CircuitA", "AzurePrivatePeering", "Conn1");
    assert_eq!(conn.parent(), &peering);
    assert_eq!(conn.parent().parent(), &circuit);
    assert_eq!(
        (conn.subscription_id(), conn.resource_group_name(), conn.circuit_name(), conn.peering_name()),
        ("Sub-1", "My-RG", "CircuitA", "AzurePrivatePeering")
    );
    assert_eq!((conn.name(), conn.connection_name()), ("Conn1", "Conn1"));
    assert_eq!(ResourceGroupId::new("Sub-1", "My-RG").express_route_circuit("CircuitA"), circuit);
    assert_eq!(SubscriptionId::new("Sub-1").resource_group("My-RG"), *circuit.parent());
    let auth = ExpressRouteCircuitAuthorizationId::new("Sub-1", "My-RG", "CircuitA", "Auth1");
    assert_eq!(auth.authorization_name(), "Auth1");
    assert_eq!(
        ArpTableId::new("s", "r", "c", "p", "d").device_path(),
        RouteTableId::new("s", "r", "c", "p", "d").device_path()
    );
    assert_eq!(
        RouteTablesSummaryId::new("s", "r", "c", "p", "d").parent(),
        PeerExpressRouteCircuitConnectionId::new("s", "r", "c", "p", "x").parent()
    );
    // A trailing slash is tolerated.
    assert_eq!(format!("{base}/").parse::<ExpressRouteCircuitId>().unwrap(), circuit);
}

fn rejects<T: FromStr + Debug>(kind: &str, text: &str)
where
    T::Err: Display,
{
    match text.parse::<T>() {
        Ok(id) => panic!("{kind}: {text:?} parsed as {id:?}"),
        Err(e) => {
            let message = e.to_string();
            assert!(message.contains(text), "{kind}: the error names the id: {message}");
        }
    }
}

#[test]
fn malformed_ids_are_errors() {
    let base = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c";
    let circuit_bad = [
        "",
        "/",
        "//",
        "c",
        "subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits//",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/c",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/expressRouteCircuits/c",
        "/subscriptions/s/resourceGroups/rg/Microsoft.Network/expressRouteCircuits/c",
        "/subscriptions/s/resourceGroup/rg/providers/Microsoft.Network/expressRouteCircuits/c",
        "/subscriptions//resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c",
        "/subscriptions/s/resourceGroups//providers/Microsoft.Network/expressRouteCircuits/c",
        "/x/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c",
        " /subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c",
        "https://management.azure.com/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c",
        // Trailing garbage: a child id is not its parent's id.
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c/peerings/p",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c/extra",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/expressRouteCircuits/c/peerings",
    ];
    for text in circuit_bad {
        rejects::<ExpressRouteCircuitId>("circuit", text);
    }
    let peering_bad = [
        String::new(),
        base.to_owned(),
        format!("{base}/peerings"),
        format!("{base}/peerings/"),
        format!("{base}/authorizations/p"),
        format!("{base}/peerings/p/connections/x"),
        format!("{base}/peerings/p/extra"),
        "/subscriptions/s/resourceGroups/rg/peerings/p".to_owned(),
    ];
    for text in &peering_bad {
        rejects::<ExpressRouteCircuitPeeringId>("peering", text);
    }
    let connection_bad = [
        format!("{base}/peerings/p/connections"),
        format!("{base}/peerings/p/peerConnections/x"),
        format!("{base}/connections/x"),
        format!("{base}/peerings/p/connections/x/y"),
    ];
    for text in &connection_bad {
        rejects::<ExpressRouteCircuitConnectionId>("connection", text);
    }
    rejects::<PeerExpressRouteCircuitConnectionId>("peer connection", &format!("{base}/peerings/p/connections/x"));
    rejects::<ArpTableId>("arp table", &format!("{base}/peerings/p/routeTables/d"));
    rejects::<RouteTableId>("route table", &format!("{base}/peerings/p/routeTablesSummary/d"));
    rejects::<RouteTablesSummaryId>("summary", &format!("{base}/peerings/p/routeTables/d"));
    rejects::<ExpressRouteCircuitAuthorizationId>("authorization", &format!("{base}/authorizations"));
    rejects::<ResourceGroupId>("resource group", "/subscriptions/s");
    rejects::<ResourceGroupId>("resource group", "/subscriptions/s/resourceGroups/rg/x");
    rejects::<SubscriptionId>("subscription", "/subscription/s");
    rejects::<SubscriptionId>("subscription", "");
}

// ---- responses that do not fit ----

fn get_call() -> express_route::client::Call<models::ExpressRouteCircuit> {
    offline_client().express_route_circuits().get(&ExpressRouteCircuitId::new("sub", "rg", "c"))
}

#[test]
fn undeclared_statuses_are_unexpected_status_with_the_raw_body() {
    let call = get_call();
    for (status, body) in [
        (418, "I'm a teapot"),
        (418, ""),
        (500, "<html>gateway</html>"),
        (203, r#"{"name":"c"}"#),
        (204, ""),
        (302, "moved"),
        (101, ""),
    ] {
        match call.parse(response(status, &[], body)) {
            Err(Error::UnexpectedStatus { status: s, body: b }) => {
                assert_eq!(s, status);
                assert_eq!(b, body.as_bytes());
                let e = Error::UnexpectedStatus { status: s, body: b };
                assert_eq!(e.status(), Some(status));
                assert!(e.to_string().contains(&status.to_string()));
            }
            other => panic!("{status} {body:?}: expected UnexpectedStatus, got {other:?}"),
        }
    }
    // An error status with an ARM error body is the operation's declared `default` error.
    match call.parse(response(418, &[], r#"{"error":{"code":"Teapot","message":"short and stout"}}"#)) {
        Err(Error::Service(e)) => {
            assert_eq!((e.status, e.error.code.as_deref()), (418, Some("Teapot")));
        }
        other => panic!("expected Service, got {other:?}"),
    }
}

#[test]
fn undecodable_bodies_are_decode_errors() {
    let call = get_call();
    let long = "[".repeat(100_000);
    for body in [
        "",
        "{",
        "not json",
        r#"{"name": 5}"#,
        r#"{"properties": {"serviceProviderProperties": []}}"#,
        "[]",
        "null",
        "\u{feff}{}",
        long.as_str(),
    ] {
        match call.parse(response(200, &[], body)) {
            Err(e @ Error::Decode { .. }) => {
                let Error::Decode { status, body: raw, .. } = &e else { unreachable!() };
                assert_eq!(*status, 200);
                assert_eq!(raw, body.as_bytes());
                assert!(std::error::Error::source(&e).is_some());
                assert_eq!(e.status(), Some(200));
                let _ = e.to_string();
            }
            other => panic!("{body:.40}: expected Decode, got {other:?}"),
        }
    }
    // Unknown properties and open enum values are not errors.
    let ok = call
        .parse(response(
            200,
            &[],
            r#"{"name":"c","surprise":1,"properties":{"serviceProviderProvisioningState":"Brand-new"}}"#,
        ))
        .expect("lenient");
    assert_eq!(ok.name.as_deref(), Some("c"));
    assert_eq!(
        ok.service_provider_provisioning_state(),
        Some(&models::ServiceProviderProvisioningState::Other("Brand-new".into()))
    );
}

#[test]
fn bad_pages_and_polls_are_errors_not_panics() {
    // A page that is not a page.
    let canned = Canned::new([response(200, &[], r#"{"value": {"not": "a list"}}"#)]);
    let client = Client::with_transport(canned).subscription_id("sub");
    assert!(matches!(
        pollster::block_on(client.express_route_circuits().list_all().collect_all()),
        Err(Error::Decode { status: 200, .. })
    ));
    // A status monitor answer without a status.
    let canned = Canned::new([
        response(201, &[("Azure-AsyncOperation", "http://h/op")], CONNECTION_JSON),
        response(200, &[], r#"{"percentComplete": 50}"#),
    ]);
    let client = Client::with_transport(canned).poll_interval(Duration::ZERO, Duration::ZERO);
    assert!(matches!(
        pollster::block_on(
            client
                .express_route_circuit_connections()
                .create_or_update(&connection_id(), models::ExpressRouteCircuitConnection::default())
        ),
        Err(Error::Decode { status: 200, .. })
    ));
    // A Location that is not a URL.
    let canned = Canned::new([response(202, &[("Location", "http://bad host/ x")], "")]);
    let client = Client::with_transport(canned).poll_interval(Duration::ZERO, Duration::ZERO);
    assert!(matches!(
        pollster::block_on(client.express_route_circuit_connections().delete(&connection_id())),
        Err(Error::Request(_))
    ));
    // The transport failing.
    let client = Client::with_transport(Canned::default());
    let e = pollster::block_on(client.express_route_circuit_connections().get(&connection_id())).unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
    assert!(std::error::Error::source(&e).is_some());
    assert_eq!(e.status(), None);
}

#[test]
fn lro_that_finishes_at_once_sends_one_request() {
    // 200 without polling headers: the answer is final.
    let canned = Canned::new([response(200, &[], CONNECTION_JSON)]);
    let client = Client::with_transport(canned.clone());
    let mut poller = pollster::block_on(
        client
            .express_route_circuit_connections()
            .create_or_update(&connection_id(), models::ExpressRouteCircuitConnection::default())
            .begin(),
    )
    .unwrap();
    match pollster::block_on(poller.poll()).unwrap() {
        PollStatus::Done(c) => assert_eq!(c.name.as_deref(), Some("conn")),
        PollStatus::InProgress(s) => panic!("in progress: {s}"),
    }
    assert_eq!(canned.events().len(), 1);
}
