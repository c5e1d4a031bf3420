//! header.json: `/header/*` (legacy routes). Request headers are typed parameters; response
//! headers are read through the per-operation `...Headers` traits the generator implements for
//! the method's `Response`.

use super::run;
use azure_core::time::parse_rfc3339;
use conformance_tests::header::clients::header as h;
use conformance_tests::header::models::GreyscaleColors;
use conformance_tests::assert_status;

macro_rules! hdr {
    () => {
        client!(header, HeaderClient, HeaderClientOptions)
    };
}

/// HeaderParameterIntegerPositive/Negative, HeaderParameterLongPositive/Negative,
/// HeaderParameterFloatPositive/Negative, HeaderParameterDoublePositive/Negative,
/// HeaderParameterBoolTrue/False.
#[test]
fn param_numbers_bools() {
    let c = hdr!();
    run(async {
        let h = c.header();
        assert_status(h.param_integer("positive", 1, None).await, 200);
        assert_status(h.param_integer("negative", -2, None).await, 200);
        assert_status(h.param_long("positive", 105, None).await, 200);
        assert_status(h.param_long("negative", -2, None).await, 200);
        assert_status(h.param_float("positive", 0.07, None).await, 200);
        assert_status(h.param_float("negative", -3.0, None).await, 200);
        assert_status(h.param_double("positive", 7e120, None).await, 200);
        assert_status(h.param_double("negative", -3.0, None).await, 200);
        assert_status(h.param_bool("true", true, None).await, 200);
        assert_status(h.param_bool("false", false, None).await, 200);
    });
}

/// HeaderParameterStringValid/Null/Empty, HeaderParameterEnumValid/Null,
/// HeaderParameterDateValid/Min, HeaderParameterDurationValid, HeaderParameterBytesValid,
/// HeaderParameterDateTimeRfc1123Valid/Min.
#[test]
fn param_strings() {
    let c = hdr!();
    run(async {
        let h = c.header();
        let o = h::HeaderParamStringOptions {
            value: Some("The quick brown fox jumps over the lazy dog".into()),
            ..Default::default()
        };
        assert_status(h.param_string("valid", Some(o)).await, 200);
        assert_status(h.param_string("null", None).await, 200);
        let o = h::HeaderParamStringOptions { value: Some(String::new()), ..Default::default() };
        assert_status(h.param_string("empty", Some(o)).await, 200);
        let o = h::HeaderParamEnumOptions { value: Some(GreyscaleColors::Grey), ..Default::default() };
        assert_status(h.param_enum("valid", Some(o)).await, 200);
        assert_status(h.param_enum("null", None).await, 200);
        assert_status(h.param_date("valid", "2010-01-01", None).await, 200);
        assert_status(h.param_date("min", "0001-01-01", None).await, 200);
        assert_status(h.param_duration("valid", "P123DT22H14M12.011S", None).await, 200);
        assert_status(h.param_byte("valid", "5ZWK6b2E5LiC54ub54uc76ex76Ss76ex76iM76ip", None).await, 200);
        let o = h::HeaderParamDatetimeRfc1123Options {
            value: Some("Fri, 01 Jan 2010 12:34:56 GMT".into()),
            ..Default::default()
        };
        assert_status(h.param_datetime_rfc1123("valid", Some(o)).await, 200);
        let o = h::HeaderParamDatetimeRfc1123Options {
            value: Some("Mon, 01 Jan 0001 00:00:00 GMT".into()),
            ..Default::default()
        };
        assert_status(h.param_datetime_rfc1123("min", Some(o)).await, 200);
    });
}

/// HeaderParameterDateTimeValid, HeaderParameterDateTimeMin.
#[test]
fn param_datetime() {
    let c = hdr!();
    run(async {
        let h = c.header();
        assert_status(h.param_datetime("valid", parse_rfc3339("2010-01-01T12:34:56Z").unwrap(), None).await, 200);
        assert_status(h.param_datetime("min", parse_rfc3339("0001-01-01T00:00:00Z").unwrap(), None).await, 200);
    });
}

/// HeaderParameterExistingKey: the `User-Agent: overwrite` parameter reaches the wire (azure_core's
/// telemetry policy would replace it; the client's `keep_user_agent` policy sets it after that one),
/// while a call without one keeps azure_core's telemetry value.
#[test]
fn param_existing_key() {
    use azure_core::http::Transport;
    use conformance_tests::transport::Loopback;
    let Some(url) = conformance_tests::server() else { return };
    let loopback = std::sync::Arc::new(Loopback::default());
    let mut client_options = conformance_tests::client_options();
    client_options.transport = Some(Transport::new(loopback.clone()));
    let options = conformance_tests::header::HeaderClientOptions { client_options, ..Default::default() };
    let c = conformance_tests::header::HeaderClient::with_no_credential(&url, Some(options)).unwrap();
    run(async {
        assert_status(c.header().param_existing_key("overwrite", None).await, 200);
        let r = c.header().response_existing_key(None).await.unwrap();
        assert_eq!(u16::from(r.status()), 200);
    });
    let agents: Vec<Option<String>> = loopback
        .sent()
        .iter()
        .map(|s| s.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("user-agent")).map(|(_, v)| v.clone()))
        .collect();
    assert_eq!(agents.len(), 2);
    assert_eq!(agents[0].as_deref(), Some("overwrite"));
    assert!(agents[1].as_deref().is_some_and(|v| v.starts_with("azsdk-rust-")), "{agents:?}");
}

/// HeaderResponseExistingKey, HeaderResponseProtectedKey (typed header traits).
#[test]
fn response_existing_and_protected_keys() {
    use h::{HeaderResponseExistingKeyHeaders, HeaderResponseProtectedKeyHeaders};
    let c = hdr!();
    run(async {
        let h = c.header();
        let r = h.response_existing_key(None).await.unwrap();
        assert_eq!(r.user_agent().unwrap().as_deref(), Some("overwrite"));
        let r = h.response_protected_key(None).await.unwrap();
        assert_eq!(r.content_type().unwrap().as_deref(), Some("text/html; charset=utf-8"));
    });
}

/// HeaderParameterProtectedKey: `Content-Type: text/html` on a GET without a body.
#[test]
fn param_protected_key() {
    let c = hdr!();
    run(async { assert_status(c.header().param_protected_key("text/html", None).await, 200) });
}

/// HeaderResponseIntegerPositive/Negative, LongPositive/Negative, FloatPositive/Negative,
/// DoublePositive/Negative, BoolTrue/False, StringValid/Null/Empty, EnumValid/Null,
/// DateValid/Min, DateTimeValid/Min, DateTimeRfc1123Valid/Min, DurationValid, BytesValid:
/// the `value` header through each operation's typed `...Headers` trait (every trait has a
/// `value()` for the same `Response<()>`, hence the qualified calls).
#[test]
fn responses() {
    let c = hdr!();
    run(async {
        let h = c.header();
        macro_rules! value {
            ($trait:ident, $call:expr) => {
                h::$trait::value(&$call.await.unwrap()).unwrap()
            };
        }
        assert_eq!(value!(HeaderResponseIntegerHeaders, h.response_integer("positive", None)), Some(1));
        assert_eq!(value!(HeaderResponseIntegerHeaders, h.response_integer("negative", None)), Some(-2));
        assert_eq!(value!(HeaderResponseLongHeaders, h.response_long("positive", None)), Some(105));
        assert_eq!(value!(HeaderResponseLongHeaders, h.response_long("negative", None)), Some(-2));
        assert_eq!(value!(HeaderResponseFloatHeaders, h.response_float("positive", None)), Some(0.07));
        assert_eq!(value!(HeaderResponseFloatHeaders, h.response_float("negative", None)), Some(-3.0));
        assert_eq!(value!(HeaderResponseDoubleHeaders, h.response_double("positive", None)), Some(7e120));
        assert_eq!(value!(HeaderResponseDoubleHeaders, h.response_double("negative", None)), Some(-3.0));
        assert_eq!(value!(HeaderResponseBoolHeaders, h.response_bool("true", None)), Some(true));
        assert_eq!(value!(HeaderResponseBoolHeaders, h.response_bool("false", None)), Some(false));
        assert_eq!(
            value!(HeaderResponseStringHeaders, h.response_string("valid", None)).as_deref(),
            Some("The quick brown fox jumps over the lazy dog")
        );
        assert_eq!(value!(HeaderResponseStringHeaders, h.response_string("null", None)).as_deref(), Some("null"));
        assert_eq!(value!(HeaderResponseStringHeaders, h.response_string("empty", None)).as_deref(), Some(""));
        assert_eq!(value!(HeaderResponseEnumHeaders, h.response_enum("valid", None)).as_deref(), Some("GREY"));
        assert_eq!(value!(HeaderResponseEnumHeaders, h.response_enum("null", None)).as_deref(), Some(""));
        assert_eq!(value!(HeaderResponseDateHeaders, h.response_date("valid", None)).as_deref(), Some("2010-01-01"));
        assert_eq!(value!(HeaderResponseDateHeaders, h.response_date("min", None)).as_deref(), Some("0001-01-01"));
        assert_eq!(
            value!(HeaderResponseDatetimeHeaders, h.response_datetime("valid", None)),
            Some(parse_rfc3339("2010-01-01T12:34:56Z").unwrap())
        );
        assert_eq!(
            value!(HeaderResponseDatetimeHeaders, h.response_datetime("min", None)),
            Some(parse_rfc3339("0001-01-01T00:00:00Z").unwrap())
        );
        assert_eq!(
            value!(HeaderResponseDatetimeRfc1123Headers, h.response_datetime_rfc1123("valid", None)),
            Some(parse_rfc3339("2010-01-01T12:34:56Z").unwrap())
        );
        assert_eq!(
            value!(HeaderResponseDatetimeRfc1123Headers, h.response_datetime_rfc1123("min", None)),
            Some(parse_rfc3339("0001-01-01T00:00:00Z").unwrap())
        );
        assert_eq!(
            value!(HeaderResponseDurationHeaders, h.response_duration("valid", None)).as_deref(),
            Some("P123DT22H14M12.011S")
        );
        assert_eq!(
            value!(HeaderResponseByteHeaders, h.response_byte("valid", None)).as_deref(),
            Some("5ZWK6b2E5LiC54ub54uc76ex76Ss76ex76iM76ip")
        );
    });
}

/// HeaderParameterClientRequestId (optional report): `x-ms-client-request-id` set per call
/// through the context (`ClientRequestId`, read by azure_core's client-request-id policy).
#[test]
fn custom_request_id() {
    let c = hdr!();
    run(async {
        let o = h::HeaderCustomRequestIdOptions {
            method_options: azure_core::http::ClientMethodOptions {
                context: conformance_tests::request_id_context(conformance_tests::CLIENT_REQUEST_ID),
                ..Default::default()
            },
        };
        assert_status(c.header().custom_request_id(Some(o)).await, 200)
    });
}
