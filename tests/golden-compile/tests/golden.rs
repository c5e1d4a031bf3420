//! What the golden snapshots do, not only that they compile: one test (or a few) per fixture,
//! each on the feature its fixture is about (wire names, read-only, enums, unions, paging...).
//!
//! Clients are built with `with_no_credential` on [`BASE`] and send through azure_core's
//! pipeline; the pipeline's transport is [`Scripted`], an in-memory `HttpClient` that answers
//! from a script and records every request it was given.
//!
//! A test that shows a generator bug is `#[ignore]`d with a `FIXME(generator)` reason, so the
//! suite stays green while the bug is open; `cargo test -p golden-compile -- --ignored` runs them
//! (they pass once the generator is fixed and the goldens are updated).
//!
//! The target is named `golden`, like `tests/tests/golden.rs`, so that
//! `cargo test -p codegen-tests --test golden -p golden-compile -p build-script-example` runs it
//! too (`--test` selects by name in every package).

use azure_core::error::ErrorKind;
use azure_core::http::headers::Headers;
use azure_core::http::poller::PollerStatus;
use azure_core::http::{
    AsyncRawResponse, Body, ClientOptions, HttpClient, Request, RetryOptions, StatusCode, Transport,
};
use futures::TryStreamExt;
use golden_compile as g;
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};

#[path = "golden/paging.rs"]
mod paging;

fn to_json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serialize")
}

fn from_json<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("deserialize")
}

/// Deserializes and serializes again: the JSON must come back unchanged.
fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(value: Value) -> T {
    let typed: T = serde_json::from_value(value.clone()).expect("deserialize");
    assert_eq!(to_json(&typed), value, "round trip changed the JSON");
    typed
}

#[path = "golden/security.rs"]
mod security;
#[path = "golden/xml.rs"]
mod xml;

/// The endpoint every test client is built on.
const BASE: &str = "https://management.azure.com";

/// One canned response.
#[derive(Clone, Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

/// A response with `status`, `headers` and `body` as JSON (`Value::Null`: no body).
fn reply(status: u16, headers: &[(&str, &str)], body: Value) -> Reply {
    Reply {
        status,
        headers: headers.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
        body: if body.is_null() { Vec::new() } else { serde_json::to_vec(&body).expect("json") },
    }
}

/// One request the pipeline sent.
#[derive(Clone, Debug)]
struct Sent {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Sent {
    /// The value of header `name`, if sent.
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body as JSON.
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

/// azure_core's transport for the tests: answers each request with the script's next response
/// (or, once the script is used up, `200 {}` if it was built with [`Scripted::ok`]), and records
/// what was sent.
#[derive(Debug, Default)]
struct Scripted {
    replies: Mutex<VecDeque<Reply>>,
    sent: Mutex<Vec<Sent>>,
    /// Answer `200 {}` when the script is used up, instead of failing the request.
    ok_after: bool,
}

impl Scripted {
    fn new(replies: impl IntoIterator<Item = Reply>) -> Arc<Self> {
        Arc::new(Scripted { replies: Mutex::new(replies.into_iter().collect()), ..Default::default() })
    }

    /// Answers every request with `200 {}`: for tests of what is sent.
    fn ok() -> Arc<Self> {
        Arc::new(Scripted { ok_after: true, ..Default::default() })
    }

    /// Every request sent so far, in order.
    fn requests(&self) -> Vec<Sent> {
        self.sent.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Every request sent so far as `METHOD URL`.
    fn sent(&self) -> Vec<String> {
        self.requests().iter().map(|s| format!("{} {}", s.method, s.url)).collect()
    }

    /// The last request sent.
    fn last(&self) -> Sent {
        self.requests().pop().expect("a request was sent")
    }

    /// The replies the script still holds.
    fn left(&self) -> usize {
        self.replies.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

#[async_trait::async_trait]
impl HttpClient for Scripted {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
        let body = match request.body() {
            Body::Bytes(bytes) => bytes.to_vec(),
            #[allow(unreachable_patterns)]
            _ => return Err(azure_core::Error::with_message(ErrorKind::Other, "streams are not supported")),
        };
        let headers = request.headers().iter().map(|(k, v)| (k.as_str().to_owned(), v.as_str().to_owned())).collect();
        let sent = Sent { method: request.method().as_str().to_owned(), url: request.url().to_string(), headers, body };
        self.sent.lock().unwrap_or_else(PoisonError::into_inner).push(sent);
        let next = self.replies.lock().unwrap_or_else(PoisonError::into_inner).pop_front();
        let reply = match next {
            Some(reply) => reply,
            None if self.ok_after => reply(200, &[], json!({})),
            None => {
                return Err(azure_core::Error::with_message(
                    ErrorKind::Other,
                    format!("the script has no response left for {} {}", request.method().as_str(), request.url()),
                ))
            }
        };
        let mut headers = Headers::new();
        for (k, v) in reply.headers {
            headers.insert(k, v);
        }
        Ok(AsyncRawResponse::from_bytes(StatusCode::from(reply.status), headers, reply.body))
    }
}

/// azure_core's options with `http` as the transport and no retries (each reply is used once).
fn client_options(http: &Arc<Scripted>) -> ClientOptions {
    ClientOptions { transport: Some(Transport::new(http.clone())), retry: RetryOptions::none(), ..Default::default() }
}

/// Runs a future to completion on this thread.
fn block_on<F: std::future::IntoFuture>(future: F) -> F::Output {
    pollster::block_on(future.into_future())
}

/// The status code and service error code of an `ErrorKind::HttpResponse` error.
fn http_error(error: &azure_core::Error) -> (StatusCode, Option<String>) {
    match error.kind() {
        ErrorKind::HttpResponse { status, error_code, .. } => (*status, error_code.clone()),
        other => panic!("expected an HttpResponse error, got {other:?}: {error}"),
    }
}

// ---------------------------------------------------------------------------------------------

#[test]
fn read_only_properties_are_read_but_never_sent() {
    use g::read_only::models::*;
    let full = json!({
        "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v",
        "location": "westus",
        "etag": "W/\"1\"",
        "systemData": { "createdBy": "me", "createdAt": "2024-01-02T03:04:05Z" },
        "properties": {
            "tenantId": "t",
            "vaultUri": "https://v.vault.azure.net",
            "hsmPoolResourceId": "pool",
            "enableSoftDelete": true,
            "provisioningState": "RegisteringDns",
            "accessPolicies": [{ "objectId": "o" }]
        }
    });
    let vault: Vault = from_json(full);
    assert_eq!(vault.id.as_deref(), Some("/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v"));
    assert_eq!(vault.etag.as_deref(), Some("W/\"1\""));
    let system = vault.system_data.as_ref().expect("systemData (read-only by its definition) is read");
    assert_eq!(system.created_at.expect("createdAt").year(), 2024);
    let props = vault.properties.as_ref().expect("properties");
    assert_eq!(props.hsm_pool_resource_id.as_deref(), Some("pool"), "x-ms-mutability [read] is read");
    assert_eq!(props.provisioning_state, Some(VaultProvisioningState::RegisteringDns));
    assert_eq!(props.access_policies().len(), 1);
    // GET -> PUT: everything read-only drops out.
    assert_eq!(
        to_json(&vault),
        json!({ "location": "westus", "properties": { "tenantId": "t", "enableSoftDelete": true } })
    );
    // A required read-only property (`id`) may be absent.
    let minimal: Vault = from_json(json!({ "location": "eastus" }));
    assert_eq!(minimal.id, None);
}

#[test]
fn required_properties_are_plain_values() {
    use g::required::models::*;
    // Required and nullable: absent reads as `None`, sent as `null`.
    let w: Window = from_json(json!({ "lengthMinutes": 5 }));
    assert_eq!(w.label, None);
    assert_eq!(to_json(&w), json!({ "lengthMinutes": 5, "label": null }));

    let start = azure_core::time::parse_rfc3339("2024-05-06T07:08:09Z").expect("date-time");
    let props = ScheduleProperties::builder(
        start,
        2,
        0.5,
        true,
        Recurrence::Weekly,
        "UTC",
        ["first"],
        Window::builder(30, "night"),
    )
    .owner("ops")
    .build();
    let schedule = Schedule::builder(props).build();
    assert_eq!(
        to_json(&schedule),
        json!({ "properties": {
            "startTime": "2024-05-06T07:08:09Z",
            "durationHours": 2,
            "weight": 0.5,
            "enabled": true,
            "recurrence": "Weekly",
            "timeZone": "UTC",
            "notes": ["first"],
            "window": { "lengthMinutes": 30, "label": "night" },
            "owner": "ops"
        }})
    );
    // A missing required property is an error, not a default.
    let mut missing = to_json(&schedule);
    missing["properties"].as_object_mut().expect("object").remove("timeZone");
    assert!(serde_json::from_value::<Schedule>(missing).is_err());
}

#[test]
fn open_and_closed_enums() {
    use g::enums::models::*;
    // Open: x-ms-enum `values[].name` names the variants; unknown values are kept.
    let sku: Sku = round_trip(json!({ "name": "Standard_LRS", "tier": "Premium" }));
    assert_eq!(sku.name, SkuName::StandardLocallyRedundant);
    assert_eq!(sku.tier, Some(Tier::PremiumTier));
    let sku: Sku = round_trip(json!({ "name": "Standard_ZRS" }));
    assert_eq!(sku.name, SkuName::UnknownValue("Standard_ZRS".into()));
    assert_eq!(SkuName::PremiumLrs.as_str(), "Premium_LRS");
    // Closed: an unknown value is an error.
    assert!(serde_json::from_value::<Sku>(json!({ "name": "Premium_LRS", "tier": "Basic" })).is_err());
    assert!(serde_json::from_value::<LargeFileSharesState>(json!("Maybe")).is_err());
    // A value named `Other` moves the catch-all aside; both enum properties share one type.
    let p: StorageAccountProperties = round_trip(json!({
        "accessTier": "Other",
        "defaultAccessTier": "Archive",
        "minimumTlsVersion": "TLS1_2",
        "largeFileSharesState": "Enabled",
        "retentionDays": 30
    }));
    assert_eq!(p.access_tier, Some(AccessTier::Other));
    assert_eq!(p.default_access_tier, Some(AccessTier::UnknownValue("Archive".into())));
    assert_eq!(p.minimum_tls_version, Some(StorageAccountPropertiesMinimumTlsVersion::Tls12));
    assert_eq!(p.retention_days, Some(30));
}

#[test]
fn all_of_copies_parent_properties_in() {
    use g::all_of::models::*;
    let server: Server = round_trip(json!({
        "location": "westus",
        "tags": { "env": "test" },
        "properties": { "version": "12.0", "administratorLogin": "admin" }
    }));
    let props = server.properties.as_ref().expect("properties");
    assert_eq!(props.administrator_login, "admin", "from the inline allOf part");
    assert_eq!(props.version.as_deref(), Some("12.0"), "from the referenced allOf part");
    let read: Server = from_json(json!({
        "id": "i", "name": "n", "type": "Microsoft.Sql/servers", "location": "westus",
        "properties": { "administratorLogin": "admin", "fullyQualifiedDomainName": "n.database.windows.net" }
    }));
    assert_eq!(read.type_.as_deref(), Some("Microsoft.Sql/servers"));
    assert_eq!(to_json(&read), json!({ "location": "westus", "properties": { "administratorLogin": "admin" } }));
    assert!(serde_json::from_value::<ServerProperties>(json!({})).is_err(), "administratorLogin is required");
}

#[test]
fn discriminated_unions_pick_the_kind_by_tag() {
    use g::discriminator::models::*;
    let props: PipelineProperties = round_trip(json!({
        "activities": [
            { "type": "Copy", "name": "copy", "source": "a", "sink": "b" },
            { "type": "WaitActivity", "name": "wait", "waitTimeInSeconds": 5 },
            { "type": "Execution", "name": "exec", "linkedServiceName": "batch" },
            { "type": "SomethingNew", "name": "new", "extra": [1, 2] }
        ],
        "onFailure": { "type": "Copy", "name": "cleanup" }
    }));
    let kinds: Vec<&str> = props
        .activities()
        .iter()
        .map(|a| match a {
            Activity::CopyActivity(_) => "copy",
            Activity::WaitActivity(_) => "wait",
            Activity::ExecutionActivity(_) => "execution",
            Activity::WebActivity(_) => "web",
            Activity::ScriptActivity(_) => "script",
            Activity::Other(_) => "other",
        })
        .collect();
    assert_eq!(kinds, ["copy", "wait", "execution", "other"]);
    match &props.activities()[1] {
        Activity::WaitActivity(w) => assert_eq!(w.wait_time_in_seconds, 5),
        other => panic!("expected a WaitActivity, got {other:?}"),
    }
    // A kind writes its own tag.
    let copy: Activity = CopyActivity::builder("c").build().into();
    assert_eq!(to_json(&copy), json!({ "type": "Copy", "name": "c" }));
    // A known tag with a bad body is an error, not silently `Other`.
    assert!(serde_json::from_value::<Activity>(json!({ "type": "WaitActivity", "name": "w" })).is_err());
}

#[test]
fn grandchild_kinds_keep_their_own_tag() {
    use g::discriminator::models::*;
    let web = json!({ "type": "WebActivity", "name": "call", "url": "https://example.com", "method": "POST" });
    let activity: Activity = serde_json::from_value(web.clone()).expect("a WebActivity deserializes");
    assert!(matches!(activity, Activity::WebActivity(_)));
    assert_eq!(to_json(&activity), web);
}

#[test]
fn kinds_with_additional_properties_write_their_tag_once() {
    use g::discriminator::models::*;
    let script = json!({ "type": "Script", "name": "s", "script": "echo", "timeoutMinutes": 5 });
    let activity: Activity = from_json(script.clone());
    let Activity::ScriptActivity(s) = &activity else { panic!("a ScriptActivity: {activity:?}") };
    assert_eq!(
        s.additional_properties.keys().collect::<Vec<_>>(),
        ["timeoutMinutes"],
        "the tag is not an additional property"
    );
    assert_eq!(serde_json::to_string(&activity).expect("json").matches("\"type\"").count(), 1);
    assert_eq!(to_json(&activity), script);
}

#[test]
fn additional_properties_become_maps() {
    use g::additional_properties::models::*;
    let d: Deployment = round_trip(json!({
        "tags": { "a": "1" },
        "properties": {
            "parameters": { "size": { "value": { "cores": 4 } } },
            "outputs": { "url": "https://x", "count": 3 },
            "template": { "$schema": "x", "resources": [] },
            "limits": { "cpu": 2 },
            "metadata": { "version": "1.0", "author": "me", "team": "infra", "cost": "low" },
            "extensions": { "enabled": true, "custom": { "deep": [1, { "x": null }] } }
        }
    }));
    let tags: &Tags = d.tags.as_ref().expect("tags");
    assert_eq!(tags.get("a").map(String::as_str), Some("1"));
    let props = d.properties.as_ref().expect("properties");
    let metadata = props.metadata.as_ref().expect("metadata");
    assert_eq!(metadata.version.as_deref(), Some("1.0"));
    assert_eq!(metadata.additional_properties.len(), 2, "named properties are not repeated in the map");
    assert_eq!(metadata.additional_properties["team"], "infra");
    let ext = props.extensions.as_ref().expect("extensions");
    assert_eq!(ext.additional_properties["custom"], json!({ "deep": [1, { "x": null }] }));
    assert_eq!(props.limits.as_ref().expect("limits")["cpu"], 2);
}

#[test]
fn flattened_properties_have_accessors_and_setters() {
    use g::client_flatten::models::*;
    let vm = VirtualMachine::builder("westus")
        .vm_size("Standard_D2s_v5")
        .properties_hardware_profile_name("hw")
        .properties_name("inner")
        .zones(["1", "2"])
        .priority(3)
        .os_profile(OsProfile::builder().computer_name("host"))
        .build();
    assert_eq!(
        to_json(&vm),
        json!({
            "location": "westus",
            "properties": {
                "hardwareProfile": { "vmSize": "Standard_D2s_v5", "name": "hw" },
                "osProfile": { "computerName": "host" },
                "name": "inner",
                "zones": ["1", "2"],
                "priority": 3
            }
        })
    );
    let read: VirtualMachine = from_json(json!({
        "name": "vm1",
        "location": "westus",
        "properties": { "hardwareProfile": { "vmSize": "B1" }, "provisioningState": "Succeeded", "name": "inner" }
    }));
    assert_eq!(read.vm_size(), Some("B1"));
    assert_eq!(read.provisioning_state(), Some("Succeeded"));
    assert_eq!(read.name.as_deref(), Some("vm1"));
    assert_eq!(read.properties_name(), Some("inner"));
    assert_eq!(read.zones(), &[] as &[String]);
    assert_eq!(read.priority(), None);
}

#[test]
fn odd_names_keep_their_wire_names() {
    use g::naming::models::*;
    let w: Widget = round_trip(json!({
        "type": "t",
        "self": "s",
        "match": true,
        "fooBar": "camel",
        "foo_bar": "snake",
        "FooBar": "pascal",
        "odata.type": "#Widget",
        "2ndValue": 2,
        "additional_properties": "named",
        "option": { "value": "v" },
        "vmSize": { "cores": 4 },
        "vmSizeAlt": { "memoryGb": 8.5 },
        "result": { "ok": true },
        "kind": "fast_path",
        "unlisted": "goes to the map"
    }));
    assert_eq!((w.type_.as_deref(), w.self_.as_deref(), w.match_), (Some("t"), Some("s"), Some(true)));
    assert_eq!(
        (w.foo_bar.as_deref(), w.foo_bar_2.as_deref(), w.foo_bar_3.as_deref()),
        (Some("camel"), Some("snake"), Some("pascal"))
    );
    assert_eq!(w._2nd_value, Some(2));
    assert_eq!(w.additional_properties.as_deref(), Some("named"));
    assert_eq!(w.additional_properties_2.len(), 1);
    assert_eq!(w.additional_properties_2["unlisted"], "goes to the map");
    assert_eq!(w.option, Some(g::naming::models::Option::builder().value("v").build()));
    assert_eq!(w.vm_size.as_ref().and_then(|v| v.cores), Some(4));
    assert_eq!(w.vm_size_alt.as_ref().and_then(|v| v.memory_gb), Some(8.5));
    assert_eq!(w.kind, Some(Kind::FastPath2));
    let read: Widget = from_json(json!({ "@odata.etag": "e", "id": "i" }));
    assert_eq!(read.odata_etag.as_deref(), Some("e"));
    for (kind, wire) in [(Kind::Self_, "self"), (Kind::Self2, "Self"), (Kind::V123, "123"), (Kind::Empty, "")] {
        assert_eq!(to_json(&kind), json!(wire));
        assert_eq!(from_json::<Kind>(json!(wire)), kind);
    }
    // A resource named `Subscription` gets an id type beside the runtime's `SubscriptionId`.
    let text = "/subscriptions/sub/providers/Microsoft.Widgets/subscriptions/ws";
    let id: g::naming::ids::SubscriptionResourceId = text.parse().expect("id");
    assert_eq!(id.parent(), &g::naming::ids::SubscriptionId::new("sub"));
    assert_eq!(id.to_string(), text);
}

#[test]
fn recursive_types_nest() {
    use g::recursion::models::*;
    let folder: Folder = round_trip(json!({
        "name": "root",
        "parent": { "name": "above", "parent": { "name": "top" } },
        "subfolders": [{ "name": "a", "subfolders": [{ "name": "b" }] }],
        "byName": { "c": { "name": "c" } },
        "readme": { "name": "README", "folder": { "name": "root" } },
        "filter": {
            "kind": "And",
            "left": { "kind": "NameEquals", "value": "x" },
            "right": { "kind": "And", "left": { "kind": "NameEquals" }, "right": { "kind": "Future" } }
        }
    }));
    let parent = folder.parent.as_deref().expect("parent");
    assert_eq!(parent.parent.as_deref().and_then(|p| p.name.as_deref()), Some("top"));
    assert_eq!(folder.subfolders()[0].subfolders()[0].name.as_deref(), Some("b"));
    let Some(Expression::AndExpression(and)) = &folder.filter else { panic!("an And expression") };
    assert!(matches!(*and.left, Expression::NameEquals(_)));
    let Expression::AndExpression(inner) = &*and.right else { panic!("a nested And") };
    assert!(matches!(&*inner.right, Expression::Other(v) if v["kind"] == "Future"));
}

#[test]
fn secrets_never_show_in_debug() {
    use g::secrets::models::*;
    let db = Database::builder()
        .administrator_login("admin")
        .administrator_password("hunter2-PASSWORD")
        .connection(ConnectionInfo::builder().host("db.example.com").connection_string("Server=x;Password=CONNSTR"))
        .build();
    let debug = format!("{db:?}");
    assert!(!debug.contains("hunter2-PASSWORD"), "x-ms-secret in Debug: {debug}");
    assert!(!debug.contains("CONNSTR"), "settings secret in Debug: {debug}");
    // azure_core's SafeDebug: the type's name, no values at all (secret or not).
    assert!(!debug.contains("admin") && !debug.contains("db.example.com"), "SafeDebug shows no values: {debug}");
    assert!(debug.starts_with("Database"), "{debug}");
    // Secrets are still sent and read: redaction is for Debug only.
    let json = to_json(&db);
    assert_eq!(json["properties"]["administratorPassword"], "hunter2-PASSWORD");
    assert_eq!(json["properties"]["connection"]["connectionString"], "Server=x;Password=CONNSTR");
    let keys: DatabaseKeys =
        from_json(json!({ "primaryKey": "PRIMARY", "secondaryKey": "SECONDARY", "keyNames": ["k1"] }));
    assert_eq!(keys.primary_key.as_deref(), Some("PRIMARY"));
    let debug = format!("{keys:?}");
    assert!(!debug.contains("PRIMARY") && !debug.contains("SECONDARY"), "{debug}");
    assert_eq!(to_json(&keys), json!({}), "read-only secrets are not sent back");
}

// ---------------------------------------------------------------------------------------------
// Clients: requests through azure_core's pipeline.

/// The long_running client on `http`, polling without waiting.
fn long_running_client(http: &Arc<Scripted>) -> g::long_running::LongRunningClient {
    use azure_core::time::Duration;
    use g::long_running::{LongRunningClient, LongRunningClientOptions, PollingOptions};
    let polling = PollingOptions { max_wait: Duration::ZERO, min_wait: Duration::ZERO, ..Default::default() };
    let options = LongRunningClientOptions { client_options: client_options(http), polling, ..Default::default() };
    LongRunningClient::with_no_credential(BASE, "sub", Some(options)).expect("a client")
}

const CLUSTER: &str = "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Clusters/clusters/c1";

#[test]
fn long_running_operations_build_their_requests() {
    use g::long_running::{ids::ClusterId, models::*};
    let http = Scripted::ok();
    let client = long_running_client(&http);
    let clusters = client.clusters();
    let id = ClusterId::new("sub", "rg", "c1");
    let base = format!("{BASE}{CLUSTER}");
    // Each answered `200 {}`: done at once, the result read from that response.
    block_on(clusters.create_or_update(&id, Cluster::builder().build(), None).expect("poller")).expect("put");
    block_on(clusters.update(&id, ClusterPatch::builder().insert_tags("k", "v").build(), None).expect("poller"))
        .expect("patch");
    block_on(clusters.upgrade(&id, None).expect("poller")).expect("upgrade");
    block_on(clusters.restart(&id, None).expect("poller")).expect("restart");
    block_on(clusters.rotate_certificates(&id, None).expect("poller")).expect("rotate");
    let q = "?api-version=2023-09-01";
    assert_eq!(
        http.sent(),
        [
            format!("PUT {base}{q}"),
            format!("PATCH {base}{q}"),
            format!("POST {base}/upgrade{q}"),
            format!("POST {base}/restart{q}"),
            format!("POST {base}/rotateCertificates{q}"),
        ]
    );
    let sent = http.requests();
    assert_eq!(sent[0].json(), json!({}));
    assert_eq!(sent[1].json(), json!({ "tags": { "k": "v" } }));
    assert_eq!(sent[0].header("content-type"), Some("application/json"));
    assert!(sent[2].body.is_empty(), "a POST without a body parameter sends none");
}

/// Each operation's `final-state-via`: where its result is read once the status monitor says
/// `Succeeded`. Every initial response names both a status monitor and a `Location`.
#[test]
fn long_running_operations_read_their_result_where_final_state_via_says() {
    use g::long_running::{ids::ClusterId, models::*};
    let id = ClusterId::new("sub", "rg", "c1");
    let base = format!("{BASE}{CLUSTER}");
    let q = "?api-version=2023-09-01";
    let monitor = format!("{BASE}/asyncOps/1");
    let location = format!("{BASE}/operationResults/1");
    let script = |initial: u16| {
        Scripted::new([
            reply(
                initial,
                &[("azure-asyncoperation", &monitor), ("location", &location), ("retry-after", "0")],
                json!({}),
            ),
            reply(200, &[], json!({ "status": "Succeeded", "version": "from-monitor" })),
            reply(200, &[], json!({ "id": "final", "version": "from-final-get" })),
        ])
    };
    let status = format!("GET {monitor}");

    // create_or_update: original-uri (the default for PUT), a GET of the resource.
    let http = script(201);
    let client = long_running_client(&http);
    let poller = client.clusters().create_or_update(&id, Cluster::builder().build(), None).expect("poller");
    let cluster = block_on(poller).expect("created").into_model().expect("a cluster");
    assert_eq!(cluster.id.as_deref(), Some("final"));
    assert_eq!(http.sent(), [format!("PUT {base}{q}"), status.clone(), format!("GET {base}{q}")]);

    // update: location, a GET of the initial response's `Location`.
    let http = script(202);
    let client = long_running_client(&http);
    let poller = client.clusters().update(&id, ClusterPatch::builder().build(), None).expect("poller");
    let cluster = block_on(poller).expect("updated").into_model().expect("a cluster");
    assert_eq!(cluster.id.as_deref(), Some("final"));
    assert_eq!(http.sent(), [format!("PATCH {base}{q}"), status.clone(), format!("GET {location}")]);

    // upgrade: azure-async-operation, the monitor's body; no other request.
    let http = script(202);
    let client = long_running_client(&http);
    let result = block_on(client.clusters().upgrade(&id, None).expect("poller")).expect("upgraded");
    assert_eq!(result.into_model().expect("a result").version.as_deref(), Some("from-monitor"));
    assert_eq!(http.sent(), [format!("POST {base}/upgrade{q}"), status.clone()]);
    assert_eq!(http.left(), 1);

    // restart: original-uri, a GET of the POST's URL.
    let http = script(202);
    let client = long_running_client(&http);
    let cluster = block_on(client.clusters().restart(&id, None).expect("poller")).expect("restarted");
    assert_eq!(cluster.into_model().expect("a cluster").id.as_deref(), Some("final"));
    assert_eq!(http.sent(), [format!("POST {base}/restart{q}"), status.clone(), format!("GET {base}/restart{q}")]);

    // rotate_certificates: operation-location, the monitor's body.
    let http = script(202);
    let client = long_running_client(&http);
    let result = block_on(client.clusters().rotate_certificates(&id, None).expect("poller")).expect("rotated");
    assert_eq!(result.into_model().expect("a result").version.as_deref(), Some("from-monitor"));
    assert_eq!(http.sent(), [format!("POST {base}/rotateCertificates{q}"), status.clone()]);

    // delete: location, but a DELETE has no result to read.
    let http = script(202);
    let client = long_running_client(&http);
    block_on(client.clusters().delete(&id, None).expect("poller")).expect("deleted");
    assert_eq!(http.sent(), [format!("DELETE {base}{q}"), status]);
}

#[test]
fn long_running_delete_polls_the_location() {
    use g::long_running::ids::ClusterId;
    let http = Scripted::new([
        reply(
            202,
            &[("location", "https://management.azure.com/operationResults/1"), ("retry-after", "0")],
            Value::Null,
        ),
        reply(202, &[("retry-after", "0")], Value::Null),
        reply(204, &[], Value::Null),
    ]);
    let client = long_running_client(&http);
    let id = ClusterId::new("sub", "rg", "c1");
    let mut poller = client.clusters().delete(&id, None).expect("a poller");
    let mut states = Vec::new();
    block_on(async {
        while let Some(status) = poller.try_next().await.expect("a status") {
            states.push(status.into_model().expect("a status body").status());
        }
    });
    assert_eq!(states, [PollerStatus::InProgress, PollerStatus::InProgress, PollerStatus::Succeeded]);
    assert_eq!(
        http.sent(),
        [
            format!("DELETE {BASE}{CLUSTER}?api-version=2023-09-01"),
            "GET https://management.azure.com/operationResults/1".to_owned(),
            "GET https://management.azure.com/operationResults/1".to_owned(),
        ]
    );
}

#[test]
fn long_running_put_reads_the_resource_at_the_end() {
    use g::long_running::{ids::ClusterId, models::*};
    let url = format!("{BASE}{CLUSTER}?api-version=2023-09-01");
    let http = Scripted::new([
        reply(
            201,
            &[("azure-asyncoperation", "https://management.azure.com/asyncOps/7"), ("retry-after", "0")],
            json!({ "properties": { "nodeCount": 3, "provisioningState": "Creating" } }),
        ),
        reply(200, &[], json!({ "status": "InProgress" })),
        reply(200, &[], json!({ "status": "Succeeded" })),
        reply(200, &[], json!({ "id": "c1", "properties": { "nodeCount": 3, "provisioningState": "Succeeded" } })),
    ]);
    let client = long_running_client(&http);
    let id = ClusterId::new("sub", "rg", "c1");
    let body = Cluster::builder().properties(ClusterProperties::builder().node_count(3)).build();
    let poller = client.clusters().create_or_update(&id, body, None).expect("a poller");
    let cluster = block_on(poller).expect("created").into_model().expect("a cluster");
    assert_eq!(cluster.properties.and_then(|p| p.provisioning_state).as_deref(), Some("Succeeded"));
    assert_eq!(
        http.sent(),
        [
            format!("PUT {url}"),
            "GET https://management.azure.com/asyncOps/7".to_owned(),
            "GET https://management.azure.com/asyncOps/7".to_owned(),
            format!("GET {url}"),
        ]
    );
    assert_eq!(http.requests()[0].json(), json!({ "properties": { "nodeCount": 3 } }), "read-only is not sent");
}

#[test]
fn long_running_failures_and_errors_are_http_response_errors() {
    use g::long_running::ids::ClusterId;
    let id = ClusterId::new("sub", "rg", "c1");
    // The monitor says Failed: an error carrying its code.
    let http = Scripted::new([
        reply(
            202,
            &[("azure-asyncoperation", "https://management.azure.com/asyncOps/9"), ("retry-after", "0")],
            json!({}),
        ),
        reply(200, &[], json!({ "status": "Failed", "error": { "code": "Boom", "message": "it broke" } })),
    ]);
    let client = long_running_client(&http);
    let error = block_on(client.clusters().upgrade(&id, None).expect("a poller")).expect_err("failed");
    assert_eq!(http_error(&error), (StatusCode::Ok, Some("Boom".to_owned())));
    // A status outside the operation's own: the service's error code.
    let http = Scripted::new([reply(404, &[], json!({ "error": { "code": "NotFound", "message": "no cluster" } }))]);
    let client = long_running_client(&http);
    let error = block_on(client.clusters().get(&id, None)).expect_err("not found");
    assert_eq!(http_error(&error), (StatusCode::NotFound, Some("NotFound".to_owned())));
    let http = Scripted::new([reply(409, &[], json!({ "error": { "code": "Conflict" } }))]);
    let client = long_running_client(&http);
    let error = block_on(client.clusters().delete(&id, None).expect("a poller")).expect_err("conflict");
    assert_eq!(http_error(&error), (StatusCode::Conflict, Some("Conflict".to_owned())));
}

/// The pageable client on `http`, in subscription `sub`.
fn pageable_client(http: &Arc<Scripted>) -> g::pageable::PageableClient {
    use g::pageable::{PageableClient, PageableClientOptions};
    let options = PageableClientOptions { client_options: client_options(http), ..Default::default() };
    PageableClient::with_no_credential(BASE, "sub", Some(options)).expect("a client")
}

#[test]
fn pagers_follow_the_next_link_they_are_told_to() {
    use g::pageable::ids::{LocationId, VnetId};
    // nextLinkName `nextLink`, items in `value`.
    let http = Scripted::new([
        reply(
            200,
            &[],
            json!({ "value": [{ "name": "a" }, { "name": "b" }], "nextLink": "https://management.azure.com/page2" }),
        ),
        reply(200, &[], json!({ "value": [{ "name": "c" }] })),
    ]);
    let client = pageable_client(&http);
    let all: Vec<_> =
        block_on(client.virtual_networks().list_all(None).expect("a pager").try_collect()).expect("pages");
    let names: Vec<_> = all.iter().map(|v| v.name.clone().unwrap_or_default()).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(
        http.sent(),
        [
            format!("GET {BASE}/subscriptions/sub/providers/Microsoft.Network/virtualNetworks?api-version=2023-11-01"),
            // A next link is sent with the first request's `api-version`.
            "GET https://management.azure.com/page2?api-version=2023-11-01".to_owned(),
        ]
    );

    // nextLinkName `@odata.nextLink`, itemName `subnets`.
    let http = Scripted::new([
        reply(
            200,
            &[],
            json!({ "subnets": [{ "addressPrefix": "10.0.0.0/24" }], "@odata.nextLink": "https://management.azure.com/s2" }),
        ),
        reply(200, &[], json!({ "subnets": [{ "addressPrefix": "10.0.1.0/24" }], "@odata.nextLink": null })),
    ]);
    let client = pageable_client(&http);
    let pager = client.subnets().list(&VnetId::new("sub", "rg", "net"), None).expect("a pager");
    let subnets: Vec<_> = block_on(pager.try_collect()).expect("pages");
    assert_eq!(subnets.len(), 2);
    assert_eq!(subnets[1].address_prefix.as_deref(), Some("10.0.1.0/24"));
    assert_eq!(http.sent().len(), 2);
    assert_eq!(http.sent()[1], "GET https://management.azure.com/s2?api-version=2023-11-01");

    // `nextLinkName: null`: one page, whatever the response holds.
    let http = Scripted::new([reply(
        200,
        &[],
        json!({ "value": [{ "currentValue": 1 }, { "limit": 5 }], "nextLink": "https://management.azure.com/never" }),
    )]);
    let client = pageable_client(&http);
    let id = LocationId::new("sub", "westus");
    let usages: Vec<_> = block_on(client.usages().list(&id, None).expect("a pager").try_collect()).expect("one page");
    assert_eq!(usages.len(), 2);
    assert_eq!(
        http.sent(),
        [format!(
            "GET {BASE}/subscriptions/sub/providers/Microsoft.Network/locations/westus/usages?api-version=2023-11-01"
        )]
    );
}

#[test]
fn pagers_stay_on_the_endpoint() {
    // A next link on another origin is refused: the pipeline would send it the credential.
    let http = Scripted::new([reply(
        200,
        &[],
        json!({ "value": [{ "name": "a" }], "nextLink": "https://attacker.example.com/page2" }),
    )]);
    let client = pageable_client(&http);
    let result: azure_core::Result<Vec<_>> =
        block_on(client.virtual_networks().list("rg", None).expect("a pager").try_collect());
    assert!(result.is_err(), "followed a link off the endpoint");
    assert_eq!(http.sent().len(), 1);
}

/// The client_parameters client on `http`, in subscription `sub`, with `api_version` if given.
fn client_parameters_client(
    http: &Arc<Scripted>,
    api_version: Option<&str>,
) -> g::client_parameters::ClientParametersClient {
    use g::client_parameters::{ClientParametersClient, ClientParametersClientOptions};
    let mut options = ClientParametersClientOptions { client_options: client_options(http), ..Default::default() };
    if let Some(v) = api_version {
        options.api_version = v.to_owned();
    }
    ClientParametersClient::with_no_credential(BASE, "sub", Some(options)).expect("a client")
}

#[test]
fn client_and_method_parameters() {
    use g::client_parameters::clients::accounts::{AccountsCreateOptions, AccountsGetOptions};
    use g::client_parameters::{ids::AccountId, models::*};
    let http = Scripted::ok();
    let client = client_parameters_client(&http, None);
    let id = AccountId::new("sub", "rg", "acct");
    let options = AccountsGetOptions {
        select: Some(vec!["a".into(), "b".into()]),
        top: Some(5),
        client_request_id: Some("req-1".into()),
        endpoint: Some("ep".into()),
        ..Default::default()
    };
    block_on(client.accounts().get(&id, Some(options))).expect("an account");
    let request = http.last();
    assert_eq!(
        request.url,
        format!("{BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Accounts/accounts/acct?api-version=2022-12-01&%24select=a%2Cb&%24top=5&endpoint=ep")
    );
    assert_eq!(request.method, "GET");
    assert_eq!(request.header("x-ms-client-request-id"), Some("req-1"), "azure_core keeps the caller's id");

    let options = AccountsCreateOptions { if_match: Some("*".into()), ..Default::default() };
    let body = Account::builder().display_name("A").build();
    block_on(client.accounts().create(&id, body, Some(options))).expect("created");
    let request = http.last();
    assert_eq!(request.method, "PUT");
    assert_eq!(request.header("if-match"), Some("*"));
    assert_eq!(request.json(), json!({ "displayName": "A" }));
    block_on(client.accounts().create(&id, Account::builder().build(), None)).expect("created");
    assert_eq!(http.last().header("if-match"), None);

    // The client's api-version (its options) replaces the crate's.
    let http = Scripted::ok();
    let client = client_parameters_client(&http, Some("2099-01-01"));
    assert_eq!(client.api_version(), "2099-01-01");
    block_on(client.accounts().create(&id, Account::builder().build(), None)).expect("created");
    assert!(http.last().url.ends_with("?api-version=2099-01-01"), "{}", http.last().url);
}

#[test]
fn skip_url_encoding_keeps_slashes() {
    let http = Scripted::ok();
    let client = client_parameters_client(&http, None);
    block_on(client.links().get("subscriptions/sub/resourceGroups/rg", "l1", None)).expect("a link");
    assert_eq!(
        http.last().url,
        format!(
            "{BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Accounts/links/l1?api-version=2022-12-01"
        )
    );
}

#[test]
fn multi_collection_format_repeats_the_key() {
    use g::client_parameters::clients::accounts::AccountsGetOptions;
    use g::client_parameters::ids::AccountId;
    let http = Scripted::ok();
    let client = client_parameters_client(&http, None);
    let id = AccountId::new("sub", "rg", "acct");
    let options = AccountsGetOptions { zone: Some(vec!["1".into(), "2".into()]), ..Default::default() };
    block_on(client.accounts().get(&id, Some(options))).expect("an account");
    let url = http.last().url;
    assert!(url.contains("&zone=1&zone=2"), "{url}");
}

#[test]
fn enum_parameters() {
    use g::enum_parameters::clients::storage_accounts::StorageAccountsGetPropertiesOptions;
    use g::enum_parameters::{ids::AccountId, models::*, EnumParametersClient, EnumParametersClientOptions};
    let http = Scripted::ok();
    let options = EnumParametersClientOptions { client_options: client_options(&http), ..Default::default() };
    let client = EnumParametersClient::with_no_credential(BASE, "sub", Some(options)).expect("a client");
    let id = AccountId::new("sub", "rg", "acct");
    let options = StorageAccountsGetPropertiesOptions {
        expand: Some(StorageAccountExpand::GeoReplicationStats),
        x_ms_consistency: Some(Consistency::UnknownValue("Bounded".into())),
        ..Default::default()
    };
    block_on(client.storage_accounts().get_properties(&id, Some(options))).expect("an account");
    let request = http.last();
    assert_eq!(
        request.url,
        format!("{BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct?api-version=2023-01-01&%24expand=geoReplicationStats")
    );
    assert_eq!(request.header("x-ms-consistency"), Some("Bounded"));
    let options =
        StorageAccountsGetPropertiesOptions { x_ms_consistency: Some(Consistency::Strong), ..Default::default() };
    block_on(client.storage_accounts().get_properties(&id, Some(options))).expect("an account");
    let request = http.last();
    assert!(request.url.ends_with("?api-version=2023-01-01"), "{}", request.url);
    assert_eq!(request.header("x-ms-consistency"), Some("Strong"));
}

#[test]
fn cross_file_references_resolve() {
    use g::cross_file::models::*;
    let garden: Garden = round_trip(json!({
        "location": "westeurope",
        "tags": { "k": "v" },
        "sku": { "tier": "Free", "size": "S" },
        "plan": { "product": "flowers", "sku": { "name": "common", "capacity": 2 } },
        "properties": { "area": 12.5 }
    }));
    assert_eq!(garden.sku.as_ref().and_then(|s| s.tier.as_deref()), Some("Free"));
    let common: &CommonSku = garden.plan.as_ref().and_then(|p| p.sku.as_ref()).expect("the common file's Sku");
    assert_eq!((common.name.as_str(), common.capacity), ("common", Some(2)));
    let read: Garden = from_json(
        json!({ "id": "i", "type": "Microsoft.Garden/gardens", "location": "l", "properties": { "lastWatered": "2024-01-01T00:00:00Z" } }),
    );
    assert_eq!(to_json(&read), json!({ "location": "l", "properties": {} }), "read-only from both files is dropped");
    let err: ErrorResponse = from_json(json!({ "error": { "code": "NotFound", "message": "no garden" } }));
    assert_eq!(err.error.and_then(|e| e.code).as_deref(), Some("NotFound"));
}

#[test]
fn openapi3_input_works_like_swagger() {
    use g::openapi3::{ids::LoadTestId, models::*, Openapi3Client, Openapi3ClientOptions};
    let test: LoadTest = from_json(json!({
        "id": "i",
        "location": "westus",
        "properties": { "description": null, "provisioningState": "Succeeded", "dataPlaneURI": "https://dp" }
    }));
    let props = test.properties.as_ref().expect("properties");
    assert_eq!(props.data_plane_uri.as_deref(), Some("https://dp"));
    assert_eq!(props.provisioning_state, Some(ResourceState::Succeeded));
    assert_eq!(props.description, None);
    assert_eq!(to_json(&test), json!({ "location": "westus", "properties": {} }));

    let http = Scripted::new([reply(201, &[], json!({ "location": "westus", "properties": { "description": "d" } }))]);
    let options = Openapi3ClientOptions { client_options: client_options(&http), ..Default::default() };
    let client = Openapi3Client::with_no_credential(BASE, "ignored: the id names it", Some(options)).expect("a client");
    let id = LoadTestId::new("sub", "rg", "lt");
    let body = LoadTest::builder("westus").properties(LoadTestProperties::builder().description("d")).build();
    let created = block_on(client.load_tests().create_or_update(&id, body, None)).expect("created");
    assert_eq!(created.status(), StatusCode::Created);
    let created = created.into_model().expect("a load test");
    assert_eq!(created.properties.and_then(|p| p.description).as_deref(), Some("d"));
    assert_eq!(
        http.sent(),
        [format!("PUT {BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.LoadTestService/loadTests/lt?api-version=2022-12-01")]
    );
    assert_eq!(http.last().json(), json!({ "location": "westus", "properties": { "description": "d" } }));
}

#[test]
fn inline_schemas_get_named_types() {
    use g::inline_schemas::ids::ThingsCreateOrUpdateResponse200Id;
    use g::inline_schemas::models::*;
    use g::inline_schemas::{InlineSchemasClient, InlineSchemasClientOptions};
    let http = Scripted::new([reply(200, &[], json!({ "id": "t", "size": 3, "unknown": true }))]);
    let options = InlineSchemasClientOptions { client_options: client_options(&http), ..Default::default() };
    let client = InlineSchemasClient::with_no_credential(BASE, "sub", Some(options)).expect("a client");
    let id = ThingsCreateOrUpdateResponse200Id::new("sub", "rg", "t1");
    let body = ThingsCreateOrUpdateBody::builder().size(3).color("red").build();
    let thing = block_on(client.things().create_or_update(&id, body, None)).expect("a thing");
    let thing = thing.into_model().expect("the inline response type");
    assert_eq!((thing.id.as_deref(), thing.size), (Some("t"), Some(3)));
    let sent = http.last();
    assert_eq!(sent.json(), json!({ "size": 3, "color": "red" }));
    assert_eq!(
        sent.url,
        format!(
            "{BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Things/things/t1?api-version=2024-01-01"
        )
    );
}

#[test]
fn a_parameterized_host_is_the_clients_endpoint() {
    use g::parameterized_host::{ParameterizedHostClient, ParameterizedHostClientOptions};
    let http = Scripted::ok();
    let options = ParameterizedHostClientOptions { client_options: client_options(&http), ..Default::default() };
    let client = ParameterizedHostClient::with_no_credential("acct", Some(options)).expect("a client");
    // `https://` (the spec's scheme) + the template, its default filled from the options.
    assert_eq!(client.endpoint().as_str(), "https://acct.items.example.net/");
    block_on(client.items().get("a b", None)).expect("an item");
    assert_eq!(http.last().url, "https://acct.items.example.net/items/a%20b?api-version=2024-01-01");

    let options = ParameterizedHostClientOptions {
        client_options: client_options(&http),
        dns_suffix: "other.example".into(),
        ..Default::default()
    };
    let client = ParameterizedHostClient::with_no_credential("acct", Some(options)).expect("a client");
    assert_eq!(client.endpoint().as_str(), "https://acct.other.example/");
    // A template that does not make a URL is an error, not a panic.
    assert!(ParameterizedHostClient::with_no_credential("bad host", None).is_err());
}

#[test]
fn form_data_is_sent_as_multipart_and_urlencoded_bodies() {
    use g::form_data::clients::files::FilesUploadOptions;
    use g::form_data::clients::pets::PetsUpdateOptions;
    use g::form_data::{FormDataClient, FormDataClientOptions};
    let http = Scripted::ok();
    let options = FormDataClientOptions { client_options: client_options(&http), ..Default::default() };
    let client = FormDataClient::with_no_credential(BASE, Some(options)).expect("a client");

    let options = FilesUploadOptions { tag: Some("t1".into()), ..Default::default() };
    block_on(client.files().upload(b"hello\r\n".to_vec(), "a.txt", Some(options))).expect("uploaded");
    let request = http.last();
    let content_type = request.header("content-type").unwrap_or_default().to_owned();
    let boundary = content_type.strip_prefix("multipart/form-data; boundary=").expect("a multipart body");
    let body = String::from_utf8(request.body.clone()).expect("text parts");
    let expected = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"content\"; filename=\"content\"\r\n\
         Content-Type: application/octet-stream\r\n\r\nhello\r\n\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"fileName\"\r\n\r\na.txt\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\nt1\r\n--{boundary}--\r\n"
    );
    assert_eq!(body, expected);

    let options = PetsUpdateOptions { name: Some("Rex & co".into()), ..Default::default() };
    block_on(client.pets().update(7, "sold", Some(options))).expect("updated");
    let request = http.last();
    assert_eq!(request.header("content-type"), Some("application/x-www-form-urlencoded"));
    assert_eq!(request.body, b"status=sold&name=Rex+%26+co".to_vec());
}

/// A spec may name its definitions after what generated code uses (`Option`, `Result`, `Box`,
/// `Response`, `Serialize`, ...): they keep their names, and the code around them, which names
/// std, serde and azure_core items by full path, still means those items.
#[test]
fn spec_names_that_shadow_std_serde_and_azure_core_items() {
    use g::shadowing::ids::EverythingId;
    use g::shadowing::models;
    use g::shadowing::{ShadowingClient, ShadowingClientOptions};
    let body = models::Everything::builder(models::String::builder().value("required").build())
        .option_field(models::Option::builder().value("o").build())
        .box_field(models::Box::builder().value("b").build())
        .insert_map("k", models::Result::builder().value("r").build())
        .kind(models::ShadowingOk::Some)
        .build();
    let wire = json!({
        "required": { "value": "required" },
        "optionField": { "value": "o" },
        "boxField": { "value": "b" },
        "map": { "k": { "value": "r" } },
        "kind": "Some"
    });
    assert_eq!(to_json(&body), wire);
    let read: models::Everything = from_json(wire.clone());
    assert_eq!(read, body);

    let http = Scripted::new([
        reply(200, &[], wire.clone()),
        reply(200, &[], json!({ "value": [wire.clone()], "nextLink": "https://management.azure.com/page2" })),
        reply(200, &[], json!({ "value": [] })),
    ]);
    let options = ShadowingClientOptions { client_options: client_options(&http), ..Default::default() };
    let client = ShadowingClient::with_no_credential(BASE, "sub", Some(options)).expect("a client");
    let id = EverythingId::new("sub", "rg", "o1");
    let got = block_on(client.option().get(&id, None)).expect("get").into_model().expect("a body");
    assert_eq!(got, body);
    let listed: Vec<models::Everything> =
        block_on(client.option().list("rg", None).expect("a pager").try_collect()).expect("pages");
    assert_eq!(listed, [body]);
    assert_eq!(
        http.sent(),
        [
            format!("GET {BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Shadow/options/o1?api-version=2024-01-01"),
            format!("GET {BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Shadow/options?api-version=2024-01-01"),
            format!("GET {BASE}/page2?api-version=2024-01-01"),
        ]
    );
}
