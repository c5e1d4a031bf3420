//! One request per API version through azure_core's pipeline to the loopback server: each
//! operation carries the api-version of the spec file it came from.

use codegen_tests::azure::{client_options, https_url, FixedTokenCredential, LoopbackHttpClient};
use codegen_tests::server::{Expect, Reply, TestServer};
use multi_version_tests::monitor::ids::{AlertRuleResourceId, MetricAlertResourceId};
use multi_version_tests::monitor::{MonitorClient, MonitorClientOptions};
use serde_json::json;
use std::sync::Arc;

fn client(server: &TestServer, api_version: Option<&str>) -> MonitorClient {
    let http = Arc::new(LoopbackHttpClient::default());
    let mut options = MonitorClientOptions { client_options: client_options(http), ..Default::default() };
    if let Some(v) = api_version {
        options.api_version = v.to_owned();
    }
    let credential = Arc::new(FixedTokenCredential::new("token"));
    MonitorClient::with_endpoint(&https_url(server), credential, "sub1", Some(options)).expect("a client")
}

#[test]
fn each_operation_sends_its_own_files_api_version() {
    let server = TestServer::start();
    let client = client(&server, None);
    let rules = "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Insights/alertrules/r1";
    let metric = "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Insights/metricAlerts/m1";
    let body = json!({"location": "westus", "properties": {}});
    server.expect(Expect::new("alert rule", "GET", rules).query("api-version", "2016-03-01"), Reply::json(200, &body));
    server
        .expect(Expect::new("metric alert", "GET", metric).query("api-version", "2018-03-01"), Reply::json(200, &body));
    let rule = pollster::block_on(client.alert_rules().get(&AlertRuleResourceId::new("sub1", "rg1", "r1"), None))
        .expect("the alert rule");
    let alert = pollster::block_on(client.metric_alerts().get(&MetricAlertResourceId::new("sub1", "rg1", "m1"), None))
        .expect("the metric alert");
    let versions: Vec<String> = server.log().iter().flat_map(|r| r.query_pairs()).map(|(_, v)| v).collect();
    server.assert_clean();
    assert_eq!(rule.status(), azure_core::http::StatusCode::Ok);
    assert_eq!(alert.status(), azure_core::http::StatusCode::Ok);
    assert_eq!(versions, ["2016-03-01", "2018-03-01"]);
}

#[test]
fn the_clients_api_version_option_overrides_the_crates_own_version_only() {
    let server = TestServer::start();
    let client = client(&server, Some("2015-01-01"));
    assert_eq!(client.api_version(), "2015-01-01");
    let rules = "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Insights/alertrules/r1";
    let metric = "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Insights/metricAlerts/m1";
    let body = json!({"location": "westus", "properties": {}});
    server.expect(Expect::new("alert rule", "GET", rules).query("api-version", "2015-01-01"), Reply::json(200, &body));
    server
        .expect(Expect::new("metric alert", "GET", metric).query("api-version", "2018-03-01"), Reply::json(200, &body));
    pollster::block_on(client.alert_rules().get(&AlertRuleResourceId::new("sub1", "rg1", "r1"), None))
        .expect("the alert rule");
    pollster::block_on(client.metric_alerts().get(&MetricAlertResourceId::new("sub1", "rg1", "m1"), None))
        .expect("the metric alert");
    server.assert_clean();
}
