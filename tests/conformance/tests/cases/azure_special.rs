//! azure-special-properties.json: `/azurespecials/*` (legacy routes). An ARM-style client: the
//! subscription id is a client parameter (`with_no_credential(endpoint, subscription_id, ..)`),
//! `api-version` is the client's (`2015-07-01-preview`) unless an operation declares its own.

use super::run;
use conformance_tests::azure_special_properties::clients::{odata, x_ms_client_request_id};
use conformance_tests::azure_special_properties::{AzureSpecialPropertiesClient, AzureSpecialPropertiesClientOptions};
use conformance_tests::{assert_status, failed_status, CLIENT_REQUEST_ID};

const SUBSCRIPTION: &str = "1234-5678-9012-3456";

fn client() -> Option<AzureSpecialPropertiesClient> {
    let url = conformance_tests::server()?;
    let options =
        AzureSpecialPropertiesClientOptions { client_options: conformance_tests::client_options(), ..Default::default() };
    Some(AzureSpecialPropertiesClient::with_no_credential(&url, SUBSCRIPTION, Some(options)).expect("a client"))
}

macro_rules! special {
    () => {{
        let Some(c) = client() else { return };
        c
    }};
}

/// AzureSubscriptionMethodGlobalValid, AzureSubscriptionMethodGlobalNotProvidedValid,
/// AzureSubscriptionPathGlobalValid, AzureSubscriptionSwaggerGlobalValid (the client's
/// subscription id), AzureSubscriptionMethodLocalValid, AzureSubscriptionPathLocalValid,
/// AzureSubscriptionSwaggerLocalValid (the method's `subscription_id` parameter).
#[test]
fn subscription_ids() {
    let c = special!();
    run(async {
        let g = c.subscription_in_credentials();
        assert_status(g.post_method_global_valid(None).await, 200);
        assert_status(g.post_method_global_not_provided_valid(None).await, 200);
        assert_status(g.post_path_global_valid(None).await, 200);
        assert_status(g.post_swagger_global_valid(None).await, 200);
        let m = c.subscription_in_method();
        assert_status(m.post_method_local_valid(SUBSCRIPTION, None).await, 200);
        assert_status(m.post_path_local_valid(SUBSCRIPTION, None).await, 200);
        assert_status(m.post_swagger_local_valid(SUBSCRIPTION, None).await, 200);
    });
}

/// AzureApiVersionMethodGlobalValid, AzureApiVersionMethodGlobalNotProvidedValid,
/// AzureApiVersionPathGlobalValid, AzureApiVersionSwaggerGlobalValid (the client's
/// `2015-07-01-preview`), AzureApiVersionMethodLocalValid, AzureApiVersionPathLocalValid,
/// AzureApiVersionSwaggerLocalValid (the operation's constant `2.0`), AzureApiVersionMethodLocalNull
/// (an optional `api-version` left out: no query at all).
#[test]
fn api_versions() {
    let c = special!();
    run(async {
        let d = c.api_version_default();
        assert_status(d.get_method_global_valid(None).await, 200);
        assert_status(d.get_method_global_not_provided_valid(None).await, 200);
        assert_status(d.get_path_global_valid(None).await, 200);
        assert_status(d.get_swagger_global_valid(None).await, 200);
        let l = c.api_version_local();
        assert_status(l.get_method_local_valid(None).await, 200);
        assert_status(l.get_method_local_null(None).await, 200);
        assert_status(l.get_path_local_valid(None).await, 200);
        assert_status(l.get_swagger_local_valid(None).await, 200);
    });
}

/// AzureMethodPathUrlEncoding, AzurePathPathUrlEncoding, AzureSwaggerPathUrlEncoding:
/// `x-ms-skip-url-encoding` path values (`path1/path2/path3`) sent as they are.
/// AzureMethodQueryUrlEncodingNull: the optional unencoded query left out.
#[test]
fn skip_url_encoding_paths() {
    let c = special!();
    run(async {
        let s = c.skip_url_encoding();
        assert_status(s.get_method_path_valid("path1/path2/path3", None).await, 200);
        assert_status(s.get_path_path_valid("path1/path2/path3", None).await, 200);
        assert_status(s.get_swagger_path_valid(None).await, 200);
        assert_status(s.get_method_query_null(None).await, 200);
    });
}

/// AzureMethodQueryUrlEncoding, AzurePathQueryUrlEncoding, AzureSwaggerQueryUrlEncoding: a query
/// value marked `x-ms-skip-url-encoding` (`value1&q2=value2&q3=value3`) is sent unencoded (the
/// server sees three parameters `q1`, `q2`, `q3`).
#[test]
fn skip_url_encoding_queries() {
    let c = special!();
    run(async {
        let s = c.skip_url_encoding();
        assert_status(s.get_method_query_valid("value1&q2=value2&q3=value3", None).await, 200);
        assert_status(s.get_path_query_valid("value1&q2=value2&q3=value3", None).await, 200);
        assert_status(s.get_swagger_query_valid(None).await, 200);
    });
}

/// AzureODataFilter: `$filter`, `$top`, `$orderby`.
#[test]
fn odata_filter() {
    let c = special!();
    run(async {
        let o = odata::OdataGetWithFilterOptions {
            filter: Some("id gt 5 and name eq 'foo'".into()),
            top: Some(10),
            orderby: Some("id".into()),
            ..Default::default()
        };
        assert_status(c.odata().get_with_filter(Some(o)).await, 200);
    });
}

/// AzureXmsRequestClientOverwrite (the id set per call through the context),
/// AzureXmsRequestClientOverwriteViaParameter (the operation's header parameter),
/// AzureRequestClientIdInError (azure_core's fresh UUID: the server answers 400).
#[test]
fn client_request_ids() {
    let c = special!();
    run(async {
        let x = c.x_ms_client_request_id();
        let o = x_ms_client_request_id::XMsClientRequestIdGetOptions {
            method_options: azure_core::http::ClientMethodOptions {
                context: conformance_tests::request_id_context(CLIENT_REQUEST_ID),
                ..Default::default()
            },
        };
        assert_status(x.get(Some(o)).await, 200);
        assert_status(x.param_get(CLIENT_REQUEST_ID, None).await, 200);
        assert_eq!(failed_status(x.get(None).await), 400);
    });
}

/// AzureXmsRequestClientIdNull: a request without `x-ms-client-request-id` (azure_core's policy
/// adds one to every request; `NoClientRequestId` in the call's context takes it off).
#[test]
fn client_request_id_null() {
    use conformance_tests::azure_special_properties::NoClientRequestId;
    let c = special!();
    run(async {
        let o = x_ms_client_request_id::XMsClientRequestIdGetOptions {
            method_options: azure_core::http::ClientMethodOptions {
                context: azure_core::http::Context::new().with_value(NoClientRequestId),
                ..Default::default()
            },
        };
        assert_status(c.x_ms_client_request_id().get(Some(o)).await, 200);
    });
}

/// AzureXmsCustomNamedRequestId (POST and HEAD), AzureXmsCustomNamedRequestIdParameterGroup:
/// `foo-client-request-id` as a parameter; the answer's `foo-request-id` through the typed
/// header traits.
#[test]
fn custom_named_request_ids() {
    use conformance_tests::azure_special_properties::clients::header as h;
    let c = special!();
    run(async {
        let hd = c.header();
        let r = hd.custom_named_request_id(CLIENT_REQUEST_ID, None).await.unwrap();
        assert_eq!(h::HeaderCustomNamedRequestIdHeaders::foo_request_id(&r).unwrap().as_deref(), Some("123"));
        let r = hd.custom_named_request_id_param_grouping(CLIENT_REQUEST_ID, None).await.unwrap();
        assert_eq!(
            h::HeaderCustomNamedRequestIdParamGroupingHeaders::foo_request_id(&r).unwrap().as_deref(),
            Some("123")
        );
        let r = hd.custom_named_request_id_head(CLIENT_REQUEST_ID, None).await.unwrap();
        assert_eq!(h::HeaderCustomNamedRequestIdHeadHeaders::foo_request_id(&r).unwrap().as_deref(), Some("123"));
    });
}
