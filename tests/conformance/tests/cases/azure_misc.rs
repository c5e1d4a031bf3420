//! azure-parameter-grouping.json, lro-parameterized-endpoints.json, custom-baseUrl-paging.json,
//! parameterized-endpoint.json. `x-ms-parameterized-host`: the clients take the template's
//! parameters (`{accountName}{host}` with `local` and `host:PORT` is the server; the generator's
//! `https://` prefix goes over the suite's plain-HTTP loopback transport).

use super::run;
use conformance_tests::assert_status;
use conformance_tests::azure_parameter_grouping::clients::parameter_grouping as pg;
use futures::TryStreamExt;

macro_rules! grouping {
    () => {
        client!(azure_parameter_grouping, AzureParameterGroupingClient, AzureParameterGroupingClientOptions)
    };
}

/// postParameterGroupingRequiredParameters, postParameterGroupingOptionalParameters,
/// postParameterGroupingMultipleParameterGroups, postParameterGroupingSharedParameterGroupObject
/// (each with its grouped values, then without the optional ones), PostParameterGroupingWithReservedWords
/// (`from`, `accept` as query values), PutParameterGroupingConstant.
#[test]
fn parameter_grouping() {
    let c = grouping!();
    run(async {
        let p = c.parameter_grouping();
        let o = pg::ParameterGroupingPostRequiredOptions {
            custom_header: Some("header".into()),
            query: Some(21),
            ..Default::default()
        };
        assert_status(p.post_required("path", 1234, Some(o)).await, 200);
        assert_status(p.post_required("path", 1234, None).await, 200);
        let o = pg::ParameterGroupingPostOptionalOptions {
            custom_header: Some("header".into()),
            query: Some(21),
            ..Default::default()
        };
        assert_status(p.post_optional(Some(o)).await, 200);
        assert_status(p.post_optional(None).await, 200);
        let o = pg::ParameterGroupingPostMultiParamGroupsOptions {
            header_one: Some("header".into()),
            query_one: Some(21),
            header_two: Some("header2".into()),
            query_two: Some(42),
            ..Default::default()
        };
        assert_status(p.post_multi_param_groups(Some(o)).await, 200);
        assert_status(p.post_multi_param_groups(None).await, 200);
        let o = pg::ParameterGroupingPostSharedParameterGroupObjectOptions {
            header_one: Some("header".into()),
            query_one: Some(21),
            ..Default::default()
        };
        assert_status(p.post_shared_parameter_group_object(Some(o)).await, 200);
        let o = pg::ParameterGroupingPostReservedWordsOptions {
            from: Some("bob".into()),
            accept: Some("yes".into()),
            ..Default::default()
        };
        assert_status(p.post_reserved_words(Some(o)).await, 200);
        // `groupedConstant` is an optional one-value enum: sent when given ("pass in 'foo'").
        let o = pg::ParameterGroupingGroupWithConstantOptions {
            grouped_constant: Some(conformance_tests::azure_parameter_grouping::models::EncryptionAlgorithmType::Foo),
            grouped_parameter: Some("bar".into()),
            ..Default::default()
        };
        assert_status(p.group_with_constant(Some(o)).await, 200);
    });
}

fn lro_client() -> Option<conformance_tests::lro_parameterized_endpoints::LroParameterizedEndpointsClient> {
    use conformance_tests::lro_parameterized_endpoints as m;
    let url = conformance_tests::server()?;
    let mut polling = m::PollingOptions::default();
    polling.min_wait = azure_core::time::Duration::milliseconds(1);
    polling.max_wait = azure_core::time::Duration::milliseconds(5);
    let options = m::LroParameterizedEndpointsClientOptions {
        client_options: conformance_tests::client_options(),
        polling,
        host: format!("host:{}", conformance_tests::server_port(&url)),
        ..Default::default()
    };
    Some(m::LroParameterizedEndpointsClient::with_no_credential("local", Some(options)).unwrap())
}

/// LROParameterizedEndpoint, LROConstantParameterizedPost, LROConstantParameterizedGet: a POST
/// answered 202 with a relative `Location`, polled to `"success"`.
#[test]
fn lro_parameterized_endpoints() {
    let Some(c) = lro_client() else { return };
    run(async {
        let o = c.operations();
        let r = o.poll_with_parameterized_endpoints(None).unwrap().await.unwrap();
        assert_eq!(r.into_model().unwrap(), "success");
        let r = o.poll_with_constant_parameterized_endpoints(None).unwrap().await.unwrap();
        assert_eq!(r.into_model().unwrap(), "success");
    });
}

fn paging_client() -> Option<conformance_tests::custom_base_url_paging::CustomBaseUrlPagingClient> {
    use conformance_tests::custom_base_url_paging as m;
    let url = conformance_tests::server()?;
    let options = m::CustomBaseUrlPagingClientOptions {
        client_options: conformance_tests::client_options(),
        host: format!("host:{}", conformance_tests::server_port(&url)),
        ..Default::default()
    };
    Some(m::CustomBaseUrlPagingClient::with_no_credential("local", Some(options)).unwrap())
}

/// PagingCustomUrlPartialNextLink: the next link `/paging/customurl/partialnextlink/page/2` is a
/// path on the (parameterized) host.
#[test]
fn custom_url_partial_next_link() {
    let Some(c) = paging_client() else { return };
    run(async {
        let items: Vec<_> = c.paging().get_pages_partial_url(None).unwrap().try_collect().await.unwrap();
        let ids: Vec<_> = items.iter().map(|p| p.properties.as_ref().and_then(|p| p.id)).collect();
        assert_eq!(ids, [Some(1), Some(2)]);
    });
}

/// PagingCustomUrlPartialOperationNextLink: the next link `partialnextlinkop/page/2` goes
/// through the next operation `getPagesPartialUrlOperationNext` (`/paging/customurl/{nextLink}`,
/// on the client's parameterized host).
#[test]
fn custom_url_partial_operation_next_link() {
    let Some(c) = paging_client() else { return };
    run(async {
        let items: Vec<_> = c.paging().get_pages_partial_url_operation(None).unwrap().try_collect().await.unwrap();
        let ids: Vec<_> = items.iter().map(|p| p.properties.as_ref().and_then(|p| p.id)).collect();
        assert_eq!(ids, [Some(1), Some(2)]);
    });
}

/// GetParameterizedHostWithNameEndpoint (`{endpoint}` is the server URL).
#[test]
fn parameterized_endpoint() {
    let Some(url) = conformance_tests::server() else { return };
    let options = conformance_tests::parameterized_endpoint::ParameterizedEndpointClientOptions {
        client_options: conformance_tests::client_options(),
        ..Default::default()
    };
    let c = conformance_tests::parameterized_endpoint::ParameterizedEndpointClient::with_no_credential(&url, Some(options))
        .unwrap();
    run(async { assert_status(c.operations().get(None).await, 200) });
}
