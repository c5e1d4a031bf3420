//! paging.json: `/paging/*` (legacy and new routes). Each operation returns an azure_core
//! `Pager`; the tests collect the items' `properties.id` across pages.

use super::run;
use conformance_tests::paging::clients::paging as pg;
use futures::TryStreamExt;

macro_rules! paging {
    () => {
        client!(paging, PagingClient, PagingClientOptions)
    };
}

/// The ids of every item a pager yields, or the first error.
async fn ids<P>(pager: azure_core::Result<azure_core::http::Pager<P>>) -> azure_core::Result<Vec<i64>>
where
    P: azure_core::http::pager::Page<Item = conformance_tests::paging::models::Product> + serde::de::DeserializeOwned + Send + 'static,
{
    let items: Vec<_> = pager?.try_collect().await?;
    Ok(items.iter().map(|p| p.properties.as_ref().and_then(|p| p.id).unwrap_or(-1)).collect())
}

fn one_to(n: i64) -> Vec<i64> {
    (1..=n).collect()
}

/// PagingSingle, PagingNoItemName (`value`), PagingNextLinkNameNull (no `nextLinkName`),
/// PagingEmptyNextLink (`nextLink: ""`), PagingFirstResponseEmpty (an empty first page with a
/// next link), PagingReturnModelWithXMSClientName, PagingSingleWithBodyParams (a GET with a body).
#[test]
fn single_pages() {
    let c = paging!();
    run(async {
        let p = c.paging();
        assert_eq!(ids(p.get_single_pages(None)).await.unwrap(), [1]);
        assert_eq!(ids(p.get_no_item_name_pages(None)).await.unwrap(), [1]);
        assert_eq!(ids(p.get_null_next_link_name_pages(None)).await.unwrap(), [1]);
        assert_eq!(ids(p.get_empty_next_link_name_pages(None)).await.unwrap(), [1]);
        assert_eq!(ids(p.first_response_empty(None)).await.unwrap(), [1]);
        assert_eq!(ids(p.get_paging_model_with_item_name_with_xms_client_name(None)).await.unwrap(), [1]);
        let body = conformance_tests::paging::models::BodyParam::builder().name("body").build();
        assert_eq!(ids(p.get_single_pages_with_body_params(body, None)).await.unwrap(), [1]);
    });
}

/// PagingMultiple, PagingOdataMultiple (`odata.nextLink`), PagingMultiplePath (`/withpath/100`:
/// ids 1, 102..110), PagingMultipleRetryFirst, PagingMultipleRetrySecond (a 500 on the first /
/// second page, retried; the server's second page has id 1), PagingDuplicateParameters (the next
/// link's `$filter` replaces the first request's, not sent twice).
#[test]
fn multiple_pages() {
    let c = paging!();
    run(async {
        let p = c.paging();
        assert_eq!(ids(p.get_multiple_pages(None)).await.unwrap(), one_to(10));
        assert_eq!(ids(p.get_odata_multiple_pages(None)).await.unwrap(), one_to(10));
        let mut want = vec![1];
        want.extend(102..=110);
        assert_eq!(ids(p.get_multiple_pages_with_offset(100, None)).await.unwrap(), want);
        assert_eq!(ids(p.get_multiple_pages_retry_first(None)).await.unwrap(), one_to(10));
        let mut want = one_to(10);
        want[1] = 1;
        assert_eq!(ids(p.get_multiple_pages_retry_second(None)).await.unwrap(), want);
        let o = pg::PagingDuplicateParamsOptions { filter: Some("foo".into()), ..Default::default() };
        assert_eq!(ids(p.duplicate_params(Some(o))).await.unwrap(), [1]);
    });
}

/// PagingSingleFailure (400 on the first page), PagingMultipleFailure (400 on the second),
/// PagingMultipleFailureUri (the next link `*&*#&$` is no URL of the service: an error).
#[test]
fn failures() {
    let c = paging!();
    run(async {
        let p = c.paging();
        let status = |r: azure_core::Result<Vec<i64>>| conformance_tests::failed_status(r);
        assert_eq!(status(ids(p.get_single_pages_failure(None)).await), 400);
        assert_eq!(status(ids(p.get_multiple_pages_failure(None)).await), 400);
        assert!(ids(p.get_multiple_pages_failure_uri(None)).await.is_err());
    });
}

/// PagingWithApiVersionAppend, PagingWithApiVersionReplace: the next link has no (or another)
/// `api-version`; the pager sends the client's `api-version=1.0.0` on it, the link's other
/// parameters as written.
#[test]
fn api_version_on_next_links() {
    let c = paging!();
    run(async {
        let p = c.paging();
        assert_eq!(ids(p.append_api_version(None)).await.unwrap(), [1]);
        assert_eq!(ids(p.replace_api_version(None)).await.unwrap(), [1]);
    });
}

/// PagingMultipleWithQueryParameters, PagingFragment: `x-ms-pageable.operationName` names the
/// operation that fetches the next pages (`nextOperationWithQueryParams` with the first call's
/// `queryConstant` and no link; `nextFragment`, which puts the fragment `next?page=2` after
/// `/paging/multiple/fragment/{tenant}/`, with the first call's `tenant` and `api_version`).
#[test]
fn next_operation() {
    let c = paging!();
    run(async {
        let p = c.paging();
        assert_eq!(ids(p.get_with_query_params(100, true, None)).await.unwrap(), [1, 2]);
        assert_eq!(ids(p.get_multiple_pages_fragment_next_link("test_user", "1.6", None)).await.unwrap(), one_to(10));
        assert_eq!(
            ids(p.get_multiple_pages_fragment_with_grouping_next_link("test_user", "1.6", None)).await.unwrap(),
            one_to(10)
        );
    });
}

/// PagingDontSendMaxPageSize (optional): `$maxpagesize` is an optional one-value enum, sent only
/// when given.
#[test]
fn dont_send_max_page_size() {
    let c = paging!();
    run(async {
        assert_eq!(ids(c.paging().page_with_max_page_size(None)).await.unwrap(), Vec::<i64>::new());
    });
}

/// PagingMultipleLRO: a long-running operation whose result is the first page of a pageable
/// list: the method returns a pager whose first page is the operation's result (the monitor's
/// `Succeeded`, then the `Location`, `/paging/multiple`), and the pages after it.
#[test]
fn multiple_pages_lro() {
    let Some(url) = conformance_tests::server() else { return };
    let mut polling = conformance_tests::paging::PollingOptions::default();
    polling.min_wait = azure_core::time::Duration::milliseconds(1);
    polling.max_wait = azure_core::time::Duration::milliseconds(5);
    let c = client!(@url url, paging, PagingClient, PagingClientOptions, polling: polling);
    run(async {
        assert_eq!(ids(c.paging().get_multiple_pages_lro(None)).await.unwrap(), one_to(10));
    });
}
