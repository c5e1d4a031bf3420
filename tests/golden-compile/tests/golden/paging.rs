//! `paging_operations`: next pages from another operation (`x-ms-pageable.operationName`), a
//! long-running operation whose result is the first page, an optional one-value enum, and a
//! query value sent unencoded.

use super::{block_on, client_options, reply, Scripted, BASE};
use futures::TryStreamExt;
use golden_compile as g;
use serde_json::json;
use std::sync::Arc;

fn client(http: &Arc<Scripted>) -> g::paging_operations::PagingOperationsClient {
    use azure_core::time::Duration;
    use g::paging_operations::{PagingOperationsClient, PagingOperationsClientOptions, PollingOptions};
    let polling = PollingOptions { max_wait: Duration::ZERO, min_wait: Duration::ZERO, ..Default::default() };
    let options = PagingOperationsClientOptions { client_options: client_options(http), polling, ..Default::default() };
    PagingOperationsClient::with_no_credential(BASE, Some(options)).expect("a client")
}

fn page(names: &[&str], next: Option<&str>) -> serde_json::Value {
    let mut page = json!({ "value": names.iter().map(|n| json!({ "name": n })).collect::<Vec<_>>() });
    if let Some(next) = next {
        page["nextLink"] = json!(next);
    }
    page
}

fn names(items: &[g::paging_operations::models::Item]) -> Vec<String> {
    items.iter().map(|i| i.name.clone().unwrap_or_default()).collect()
}

#[test]
fn next_pages_come_from_the_next_operation_with_the_link_and_the_first_calls_arguments() {
    use g::paging_operations::clients::items::ItemsListOptions;
    // The link is a path value sent as given; it may carry a query of its own.
    let http = Scripted::new([
        reply(200, &[], page(&["a"], Some("page2?skip=1"))),
        reply(200, &[], page(&["b"], Some("page3"))),
        reply(200, &[], page(&["c"], None)),
    ]);
    let options = ItemsListOptions { filter: Some("x eq 1".into()), ..Default::default() };
    let pager = client(&http).items().list("t/1", Some(options)).expect("a pager");
    let items: Vec<_> = block_on(pager.try_collect()).expect("pages");
    assert_eq!(names(&items), ["a", "b", "c"]);
    assert_eq!(
        http.sent(),
        [
            format!("GET {BASE}/tenants/t%2F1/items?api-version=2024-05-01&%24filter=x+eq+1"),
            // The link's query, then the operation's (its `x-ms-paths` key's `next` among them).
            format!("GET {BASE}/tenants/t%2F1/items/page2?skip=1&api-version=2024-05-01&next&%24filter=x+eq+1"),
            format!("GET {BASE}/tenants/t%2F1/items/page3?api-version=2024-05-01&next&%24filter=x+eq+1"),
        ]
    );
}

#[test]
fn a_next_operation_without_a_link_parameter_is_called_while_pages_have_links() {
    let http = Scripted::new([
        reply(200, &[], page(&["a"], Some("https://elsewhere.example/ignored"))),
        reply(200, &[], page(&["b"], None)),
    ]);
    let pager = client(&http).items().list_flagged(true, 5, None).expect("a pager");
    let items: Vec<_> = block_on(pager.try_collect()).expect("pages");
    assert_eq!(names(&items), ["a", "b"]);
    assert_eq!(
        http.sent(),
        [format!("GET {BASE}/items/flagged?flag=true&top=5"), format!("GET {BASE}/items/flagged/next?flag=true")]
    );
}

#[test]
fn a_next_operation_repeating_its_request_is_an_error() {
    // Whatever the link says, the flagged pages' next request is the same: a loop.
    let http = Scripted::new([
        reply(200, &[], page(&["a"], Some("more"))),
        reply(200, &[], page(&["b"], Some("more"))),
        reply(200, &[], page(&["c"], Some("more"))),
    ]);
    let pager = client(&http).items().list_flagged(true, 5, None).expect("a pager");
    let result: azure_core::Result<Vec<_>> = block_on(pager.try_collect());
    let error = result.expect_err("a repeated next request");
    assert!(error.to_string().contains("second time"), "{error}");
    assert_eq!(http.sent().len(), 2);
}

#[test]
fn an_unknown_next_operation_leaves_the_next_link_to_be_read() {
    let http =
        Scripted::new([reply(200, &[], page(&["a"], Some("/items/page2"))), reply(200, &[], page(&["b"], None))]);
    let pager = client(&http).items().list_unknown_next(None).expect("a pager");
    let items: Vec<_> = block_on(pager.try_collect()).expect("pages");
    assert_eq!(names(&items), ["a", "b"]);
    assert_eq!(http.sent()[1], format!("GET {BASE}/items/page2"));
}

#[test]
fn a_long_running_operation_whose_result_is_a_page_is_a_pager_over_all_pages() {
    let monitor = format!("{BASE}/operations/1");
    let location = format!("{BASE}/items/exported");
    let http = Scripted::new([
        reply(202, &[("azure-asyncoperation", &monitor), ("location", &location)], json!({ "status": "Accepted" })),
        reply(200, &[], json!({ "status": "InProgress" })),
        reply(200, &[], json!({ "status": "Succeeded" })),
        reply(200, &[], page(&["a"], Some("/items/exported/2"))),
        reply(200, &[], page(&["b"], None)),
    ]);
    let pager = client(&http).items().export(None).expect("a pager");
    let items: Vec<_> = block_on(pager.try_collect()).expect("pages");
    assert_eq!(names(&items), ["a", "b"]);
    assert_eq!(
        http.sent(),
        [
            format!("POST {BASE}/items/export?api-version=2024-05-01"),
            format!("GET {monitor}"),
            format!("GET {monitor}"),
            format!("GET {location}"),
            format!("GET {BASE}/items/exported/2?api-version=2024-05-01"),
        ]
    );
}

#[test]
fn a_long_running_pager_that_fails_is_an_error_on_the_first_page() {
    let monitor = format!("{BASE}/operations/1");
    let http = Scripted::new([
        reply(202, &[("azure-asyncoperation", &monitor)], json!({ "status": "Accepted" })),
        reply(200, &[], json!({ "status": "Failed", "error": { "code": "Broken" } })),
    ]);
    let pager = client(&http).items().export(None).expect("a pager");
    let result: azure_core::Result<Vec<_>> = block_on(pager.try_collect());
    assert_eq!(super::http_error(&result.expect_err("failed")).1.as_deref(), Some("Broken"));
    assert_eq!(http.sent().len(), 2);
}

#[test]
fn an_optional_one_value_enum_is_sent_only_when_given() {
    use g::paging_operations::clients::items::ItemsListSizedOptions;
    use g::paging_operations::models::MaxPageSize;
    let http = Scripted::new([reply(200, &[], page(&[], None)), reply(200, &[], page(&[], None))]);
    let c = client(&http);
    let _: Vec<_> = block_on(c.items().list_sized(None).expect("a pager").try_collect()).expect("a page");
    let options = ItemsListSizedOptions { maxpagesize: Some(MaxPageSize::V5), ..Default::default() };
    let _: Vec<_> = block_on(c.items().list_sized(Some(options)).expect("a pager").try_collect()).expect("a page");
    assert_eq!(http.sent(), [format!("GET {BASE}/items/sized"), format!("GET {BASE}/items/sized?%24maxpagesize=5")]);
}

#[test]
fn a_skip_url_encoding_query_value_is_sent_as_given() {
    use g::paging_operations::clients::items::ItemsSearchOptions;
    let http = Scripted::ok();
    let options = ItemsSearchOptions { sort: Some("a&b".into()), ..Default::default() };
    block_on(client(&http).items().search("v1&q2=v2", Some(options))).expect("found");
    assert_eq!(http.last().url, format!("{BASE}/items/search?q=v1&q2=v2&sort=a%26b"));
}
