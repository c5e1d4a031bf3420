//! What the golden snapshots do, not only that they compile: one test (or a few) per fixture,
//! each on the feature its fixture is about (wire names, read-only, enums, unions, paging...).
//!
//! A test that shows a generator bug is `#[ignore]`d with a `FIXME(generator)` reason, so the
//! suite stays green while the bug is open; `cargo test -p golden-compile -- --ignored` runs them
//! (they pass once the generator is fixed and the goldens are updated).
//!
//! The target is named `golden`, like `tests/tests/golden.rs`, so that
//! `cargo test -p codegen-tests --test golden -p golden-compile -p build-script-example` runs it
//! too (`--test` selects by name in every package).

use golden_compile as g;
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::future::IntoFuture;
use std::sync::{Arc, Mutex};
use std::time::Duration;

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

/// A transport that answers from a script and records what was sent.
#[derive(Clone, Default)]
struct Scripted {
    responses: Arc<Mutex<VecDeque<http::Response<Vec<u8>>>>>,
    sent: Arc<Mutex<Vec<String>>>,
}

impl Scripted {
    fn new(responses: impl IntoIterator<Item = http::Response<Vec<u8>>>) -> Self {
        Scripted { responses: Arc::new(Mutex::new(responses.into_iter().collect())), sent: Arc::default() }
    }

    fn answer(&self, request: http::Request<Vec<u8>>) -> http::Response<Vec<u8>> {
        self.sent.lock().expect("lock").push(format!("{} {}", request.method(), request.uri()));
        self.responses.lock().expect("lock").pop_front().expect("the script has no response left")
    }

    fn sent(&self) -> Vec<String> {
        self.sent.lock().expect("lock").clone()
    }
}

/// Every golden has its own `Transport` trait.
macro_rules! scripted_transport {
    ($($krate:ident),*) => {$(
        impl g::$krate::Transport for Scripted {
            fn send(
                &self,
                request: http::Request<Vec<u8>>,
            ) -> g::$krate::client::BoxFuture<'_, Result<http::Response<Vec<u8>>, g::$krate::client::TransportError>> {
                let response = self.answer(request);
                Box::pin(async move { Ok(response) })
            }
        }
    )*};
}
scripted_transport!(long_running, pageable, client_parameters, enum_parameters, openapi3, naming);

fn response(status: u16, headers: &[(&str, &str)], body: Value) -> http::Response<Vec<u8>> {
    let mut b = http::Response::builder().status(status);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    let bytes = if body.is_null() { Vec::new() } else { serde_json::to_vec(&body).expect("json") };
    b.body(bytes).expect("response")
}

fn uri<B>(request: &http::Request<B>) -> String {
    request.uri().to_string()
}

const BASE: &str = "https://management.azure.com";

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
    // Required and nullable: sent as `null`, absent reads as `None`.
    assert_eq!(to_json(&Window::default()), json!({ "lengthMinutes": 0, "label": null }));
    let w: Window = from_json(json!({ "lengthMinutes": 5 }));
    assert_eq!(w.label, None);

    let start = g::required::DateTime::parse("2024-05-06T07:08:09Z").expect("date-time");
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
    assert_eq!(sku.name, SkuName::Other("Standard_ZRS".into()));
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
    let copy: Activity = CopyActivity { name: "c".into(), ..Default::default() }.into();
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
        .os_profile(OsProfile { computer_name: Some("host".into()) })
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
    assert_eq!(w.option, Some(OptionModel { value: Some("v".into()) }));
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
        .connection(ConnectionInfo {
            host: Some("db.example.com".into()),
            connection_string: Some("Server=x;Password=CONNSTR".into()),
        })
        .build();
    let debug = format!("{db:?}");
    assert!(!debug.contains("hunter2-PASSWORD"), "x-ms-secret in Debug: {debug}");
    assert!(!debug.contains("CONNSTR"), "settings secret in Debug: {debug}");
    assert!(debug.contains("admin") && debug.contains("db.example.com"), "non-secrets are shown: {debug}");
    assert!(debug.contains("<redacted>"));
    // Secrets are still sent and read: redaction is for Debug only.
    let json = to_json(&db);
    assert_eq!(json["properties"]["administratorPassword"], "hunter2-PASSWORD");
    assert_eq!(json["properties"]["connection"]["connectionString"], "Server=x;Password=CONNSTR");
    let keys: DatabaseKeys =
        from_json(json!({ "primaryKey": "PRIMARY", "secondaryKey": "SECONDARY", "keyNames": ["k1"] }));
    assert_eq!(keys.primary_key.as_deref(), Some("PRIMARY"));
    let debug = format!("{keys:?}");
    assert!(!debug.contains("PRIMARY") && !debug.contains("SECONDARY") && debug.contains("k1"), "{debug}");
    assert_eq!(to_json(&keys), json!({}), "read-only secrets are not sent back");
}

#[test]
fn long_running_operations_build_their_requests() {
    use g::long_running::{ids::ClusterId, models::*, Client};
    let client = Client::with_transport(Scripted::default());
    let id = ClusterId::new("sub", "rg", "c1");
    let base = format!("{BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Clusters/clusters/c1");
    let lros = [
        (
            client.clusters().create_or_update(&id, Cluster::default()).request().map(uri).map_err(|e| e.to_string()),
            base.clone(),
        ),
        (
            client.clusters().update(&id, ClusterPatch::default()).request().map(uri).map_err(|e| e.to_string()),
            base.clone(),
        ),
        (client.clusters().upgrade(&id).request().map(uri).map_err(|e| e.to_string()), format!("{base}/upgrade")),
        (client.clusters().restart(&id).request().map(uri).map_err(|e| e.to_string()), format!("{base}/restart")),
        (
            client.clusters().rotate_certificates(&id).request().map(uri).map_err(|e| e.to_string()),
            format!("{base}/rotateCertificates"),
        ),
    ];
    for (request, expected) in lros {
        assert_eq!(request.expect("request"), format!("{expected}?api-version=2023-09-01"));
    }
    // The final-state-via of each operation.
    let debug = [
        format!("{:?}", client.clusters().create_or_update(&id, Cluster::default())),
        format!("{:?}", client.clusters().update(&id, ClusterPatch::default())),
        format!("{:?}", client.clusters().upgrade(&id)),
        format!("{:?}", client.clusters().restart(&id)),
        format!("{:?}", client.clusters().rotate_certificates(&id)),
        format!("{:?}", client.clusters().delete(&id)),
    ];
    let expected = ["OriginalUri", "Location", "AzureAsyncOperation", "OriginalUri", "OperationLocation", "Location"];
    for (d, e) in debug.iter().zip(expected) {
        assert!(d.contains(&format!("final_state: {e}")), "expected {e}: {d}");
    }
}

#[test]
fn long_running_delete_polls_the_location() {
    use g::long_running::{ids::ClusterId, Client};
    let transport = Scripted::new([
        response(
            202,
            &[("location", "https://management.azure.com/operationResults/1"), ("retry-after", "0")],
            Value::Null,
        ),
        response(202, &[("retry-after", "0")], Value::Null),
        response(204, &[], Value::Null),
    ]);
    let client = Client::with_transport(transport.clone()).poll_interval(Duration::ZERO, Duration::ZERO);
    let id = ClusterId::new("sub", "rg", "c1");
    pollster::block_on(client.clusters().delete(&id).into_future()).expect("deleted");
    assert_eq!(
        transport.sent(),
        [
            format!("DELETE {BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Clusters/clusters/c1?api-version=2023-09-01"),
            "GET https://management.azure.com/operationResults/1".to_owned(),
            "GET https://management.azure.com/operationResults/1".to_owned(),
        ]
    );
}

#[test]
fn long_running_put_reads_the_resource_at_the_end() {
    use g::long_running::{ids::ClusterId, models::*, Client};
    let url = format!(
        "{BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Clusters/clusters/c1?api-version=2023-09-01"
    );
    let transport = Scripted::new([
        response(
            201,
            &[("azure-asyncoperation", "https://management.azure.com/asyncOps/7"), ("retry-after", "0")],
            json!({ "properties": { "nodeCount": 3, "provisioningState": "Creating" } }),
        ),
        response(200, &[], json!({ "status": "InProgress" })),
        response(200, &[], json!({ "status": "Succeeded" })),
        response(200, &[], json!({ "id": "c1", "properties": { "nodeCount": 3, "provisioningState": "Succeeded" } })),
    ]);
    let client = Client::with_transport(transport.clone()).poll_interval(Duration::ZERO, Duration::ZERO);
    let id = ClusterId::new("sub", "rg", "c1");
    let body = Cluster::builder().properties(ClusterProperties { node_count: Some(3), ..Default::default() }).build();
    let cluster = pollster::block_on(client.clusters().create_or_update(&id, body).into_future()).expect("created");
    assert_eq!(cluster.properties.and_then(|p| p.provisioning_state).as_deref(), Some("Succeeded"));
    assert_eq!(
        transport.sent(),
        [
            format!("PUT {url}"),
            "GET https://management.azure.com/asyncOps/7".to_owned(),
            "GET https://management.azure.com/asyncOps/7".to_owned(),
            format!("GET {url}"),
        ]
    );
}

#[test]
fn pagers_follow_the_next_link_they_are_told_to() {
    use g::pageable::{ids::VnetId, Client};
    // nextLinkName `nextLink`, items in `value`.
    let transport = Scripted::new([
        response(
            200,
            &[],
            json!({ "value": [{ "name": "a" }, { "name": "b" }], "nextLink": "https://management.azure.com/page2" }),
        ),
        response(200, &[], json!({ "value": [{ "name": "c" }] })),
    ]);
    let client = Client::with_transport(transport.clone()).subscription_id("sub");
    let all = pollster::block_on(client.virtual_networks().list_all().collect_all()).expect("pages");
    let names: Vec<_> = all.iter().map(|v| v.name.clone().unwrap_or_default()).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(
        transport.sent(),
        [
            format!("GET {BASE}/subscriptions/sub/providers/Microsoft.Network/virtualNetworks?api-version=2023-11-01"),
            "GET https://management.azure.com/page2".to_owned(),
        ]
    );

    // nextLinkName `@odata.nextLink`, itemName `subnets`.
    let transport = Scripted::new([
        response(
            200,
            &[],
            json!({ "subnets": [{ "addressPrefix": "10.0.0.0/24" }], "@odata.nextLink": "https://management.azure.com/s2" }),
        ),
        response(200, &[], json!({ "subnets": [{ "addressPrefix": "10.0.1.0/24" }], "@odata.nextLink": null })),
    ]);
    let client = Client::with_transport(transport.clone());
    let subnets =
        pollster::block_on(client.subnets().list(&VnetId::new("sub", "rg", "net")).collect_all()).expect("pages");
    assert_eq!(subnets.len(), 2);
    assert_eq!(subnets[1].address_prefix.as_deref(), Some("10.0.1.0/24"));
    assert_eq!(transport.sent().len(), 2);

    // `nextLinkName: null`: one page, whatever the response holds.
    let transport = Scripted::new([response(
        200,
        &[],
        json!({ "value": [{ "currentValue": 1 }, { "limit": 5 }], "nextLink": "https://management.azure.com/never" }),
    )]);
    let client = Client::with_transport(transport.clone());
    let id = g::pageable::ids::LocationId::new("sub", "westus");
    let usages = pollster::block_on(client.usages().list(&id).collect_all()).expect("one page");
    assert_eq!(usages.len(), 2);
    assert_eq!(
        transport.sent(),
        [format!(
            "GET {BASE}/subscriptions/sub/providers/Microsoft.Network/locations/westus/usages?api-version=2023-11-01"
        )]
    );
}

#[test]
fn client_and_method_parameters() {
    use g::client_parameters::{ids::AccountId, models::*, Client};
    let client = Client::with_transport(Scripted::default());
    let id = AccountId::new("sub", "rg", "acct");
    let call = client.accounts().get(&id, Some(vec!["a".into(), "b".into()]), Some(5), None, Some("req-1"), Some("ep"));
    let request = call.request().expect("request");
    assert_eq!(
        uri(request),
        format!("{BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Accounts/accounts/acct?api-version=2022-12-01&%24select=a%2Cb&%24top=5&endpoint=ep")
    );
    assert_eq!(request.headers()["x-ms-client-request-id"], "req-1");

    let call = client.accounts().create(&id, Some("*"), Account::builder().display_name("A").build());
    let request = call.request().expect("request");
    assert_eq!(request.method(), http::Method::PUT);
    assert_eq!(request.headers()["if-match"], "*");
    assert_eq!(serde_json::from_slice::<Value>(request.body()).expect("json body"), json!({ "displayName": "A" }));
    let call = client.accounts().create(&id, None, Account::default());
    assert!(call.request().expect("request").headers().get("if-match").is_none());

    // The subscription id from global parameters comes from the client.
    let op = g::client_parameters::Client::with_transport(Scripted::default()).api_version("2099-01-01");
    let call = op.accounts().create(&id, None, Account::default());
    assert!(uri(call.request().expect("request")).ends_with("?api-version=2099-01-01"));
}

#[test]
fn skip_url_encoding_keeps_slashes() {
    use g::client_parameters::Client;
    let client = Client::with_transport(Scripted::default());
    let call = client.links().get("subscriptions/sub/resourceGroups/rg", "l1");
    assert_eq!(
        uri(call.request().expect("request")),
        format!(
            "{BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Accounts/links/l1?api-version=2022-12-01"
        )
    );
}

#[test]
fn multi_collection_format_repeats_the_key() {
    use g::client_parameters::{ids::AccountId, Client};
    let client = Client::with_transport(Scripted::default());
    let id = AccountId::new("sub", "rg", "acct");
    let call = client.accounts().get(&id, None, None, Some(vec!["1".into(), "2".into()]), Some("req"), Some("ep"));
    assert!(uri(call.request().expect("request")).contains("&zone=1&zone=2"));
}

#[test]
fn enum_parameters() {
    use g::enum_parameters::{ids::AccountId, models::*, Client};
    let client = Client::with_transport(Scripted::default());
    let id = AccountId::new("sub", "rg", "acct");
    let call = client.storage_accounts().get_properties(
        &id,
        Some(StorageAccountExpand::GeoReplicationStats),
        Some(Consistency::Other("Bounded".into())),
    );
    let request = call.request().expect("request");
    assert_eq!(
        uri(request),
        format!("{BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acct?api-version=2023-01-01&%24expand=geoReplicationStats")
    );
    assert_eq!(request.headers()["x-ms-consistency"], "Bounded");
    let call = client.storage_accounts().get_properties(&id, None, Some(Consistency::Strong));
    let request = call.request().expect("request");
    assert!(uri(request).ends_with("?api-version=2023-01-01"));
    assert_eq!(request.headers()["x-ms-consistency"], "Strong");
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
    use g::openapi3::{ids::LoadTestId, models::*, Client};
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

    let transport =
        Scripted::new([response(201, &[], json!({ "location": "westus", "properties": { "description": "d" } }))]);
    let client = Client::with_transport(transport.clone()).subscription_id("ignored: the id names it");
    let id = LoadTestId::new("sub", "rg", "lt");
    let body = LoadTest::builder("westus").properties(LoadTestProperties::builder().description("d")).build();
    let created = pollster::block_on(client.load_tests().create_or_update(&id, body).into_future()).expect("created");
    assert_eq!(created.properties.and_then(|p| p.description).as_deref(), Some("d"));
    assert_eq!(
        transport.sent(),
        [format!("PUT {BASE}/subscriptions/sub/resourceGroups/rg/providers/Microsoft.LoadTestService/loadTests/lt?api-version=2022-12-01")]
    );
}
