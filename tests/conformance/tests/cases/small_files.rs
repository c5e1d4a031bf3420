//! The small Swagger files: required-optional.json, validation.json,
//! extensible-enums-swagger.json, subscriptionId-apiVersion.json, custom-baseUrl.json,
//! custom-baseUrl-more-options.json, head.json, head-exceptions.json.

use super::run;
use conformance_tests::{assert_status, failed_status};

/// A model from JSON (the models cannot be built with struct literals outside their crate).
fn model<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("the model decodes")
}

// ---- required-optional.json (`/reqopt/*`).

macro_rules! reqopt {
    () => {
        client!(required_optional, RequiredOptionalClient, RequiredOptionalClientOptions)
    };
}

/// OptionalImplicitQuery, OptionalImplicitHeader, OptionalImplicitBody (no body at all),
/// ImplicitOptionalBinaryBody, OptionalGlobalQuery: optional values left out are not sent.
#[test]
fn optional_left_out() {
    let c = reqopt!();
    run(async {
        let i = c.implicit();
        assert_status(i.put_optional_query(None).await, 200);
        assert_status(i.put_optional_header(None).await, 200);
        assert_status(i.put_optional_body(None).await, 200);
        assert_status(i.put_optional_binary_body(None).await, 200);
        assert_status(i.get_optional_global_query(None).await, 200);
    });
}

/// ExplicitOptionalBinaryBody (left out), ExplicitRequiredBinaryBody (a non-empty body of bytes),
/// GeneralOptional (`/reqopt/optional/{type}/{scenario}` with every optional value left out:
/// no body for `parameter`, `{}` or no `value` for `property`, no header for `header`).
#[test]
fn explicit_optional() {
    let c = reqopt!();
    run(async {
        let e = c.explicit();
        assert_status(e.put_optional_binary_body(None).await, 200);
        assert_status(e.put_required_binary_body(azure_core::http::RequestContent::from(b"binary".to_vec()), None).await, 200);
        assert_status(e.post_optional_integer_parameter(None).await, 200);
        assert_status(e.post_optional_integer_property(None).await, 200);
        assert_status(e.post_optional_integer_header(None).await, 200);
        assert_status(e.post_optional_string_parameter(None).await, 200);
        assert_status(e.post_optional_string_property(None).await, 200);
        assert_status(e.post_optional_string_header(None).await, 200);
        assert_status(e.post_optional_class_parameter(None).await, 200);
        assert_status(e.post_optional_class_property(None).await, 200);
        assert_status(e.post_optional_array_parameter(None).await, 200);
        assert_status(e.post_optional_array_property(None).await, 200);
        assert_status(e.post_optional_array_header(None).await, 200);
    });
}

// ---- validation.json (`/validation/*`).

/// ConstantsInPath (`/validation/constantsInPath/constant/value`), ConstantsInBody (the
/// product's constant properties sent, the answer echoes them).
#[test]
fn validation_constants() {
    let Some(url) = conformance_tests::server() else { return };
    let options = conformance_tests::validation::ValidationClientOptions {
        client_options: conformance_tests::client_options(),
        ..Default::default()
    };
    let c = conformance_tests::validation::ValidationClient::with_no_credential(&url, "abc123", Some(options)).unwrap();
    run(async {
        let o = c.operations();
        assert_status(o.get_with_constant_in_path(None).await, 200);
        let body: conformance_tests::validation::models::Product = model(serde_json::json!({
            "constString": "constant", "constInt": 0,
            "child": {"constProperty": "constant"},
            "constChild": {"constProperty": "constant", "constProperty2": "constant2"}
        }));
        let opts = conformance_tests::validation::clients::operations::OperationsPostWithConstantInBodyOptions {
            body: Some(body.clone()),
            ..Default::default()
        };
        let answer = o.post_with_constant_in_body(Some(opts)).await.unwrap().into_model().unwrap();
        assert_eq!(answer, body);
    });
}

// ---- extensible-enums-swagger.json (`/extensibleenums/*`).

/// expectedEnum (`tommy`: `Monday`), unexpectedEnum (`casper`: `Weekend`, not in the enum, kept
/// as sent), allowedValueEnum (`scooby`: `Thursday`), roundTripEnum (an unknown value sent back).
#[test]
fn extensible_enums() {
    use conformance_tests::extensible_enums_swagger::models::DaysOfWeekExtensibleEnum as Day;
    let c = client!(extensible_enums_swagger, ExtensibleEnumsSwaggerClient, ExtensibleEnumsSwaggerClientOptions);
    run(async {
        let p = c.pet();
        let tommy = p.get_by_pet_id("tommy", None).await.unwrap().into_model().unwrap();
        assert_eq!(tommy.days_of_week, Some(Day::Monday));
        let casper = p.get_by_pet_id("casper", None).await.unwrap().into_model().unwrap();
        assert_eq!(casper.days_of_week, Some(Day::UnknownValue("Weekend".into())));
        let scooby = p.get_by_pet_id("scooby", None).await.unwrap().into_model().unwrap();
        assert_eq!(scooby.days_of_week, Some(Day::Thursday));
        let body: conformance_tests::extensible_enums_swagger::models::Pet =
            model(serde_json::json!({"name": "Retriever", "IntEnum": "3", "DaysOfWeek": "Weekend"}));
        let o = conformance_tests::extensible_enums_swagger::clients::pet::PetOperationsAddPetOptions {
            body: Some(body.clone()),
            ..Default::default()
        };
        assert_eq!(p.add_pet(Some(o)).await.unwrap().into_model().unwrap(), body);
    });
}

// ---- subscriptionId-apiVersion.json.

/// SubscriptionIdAndApiVersion: `/subscriptions/{id}/resourcegroups/{name}?api-version=2014-04-01-preview`.
#[test]
fn subscription_id_and_api_version() {
    let Some(url) = conformance_tests::server() else { return };
    let options = conformance_tests::subscription_id_api_version::SubscriptionIdApiVersionClientOptions {
        client_options: conformance_tests::client_options(),
        ..Default::default()
    };
    let c = conformance_tests::subscription_id_api_version::SubscriptionIdApiVersionClient::with_no_credential(
        &url,
        "1234-5678-9012-3456",
        Some(options),
    )
    .unwrap();
    run(async {
        let g = c.group().get_sample_resource_group("testgroup101", None).await.unwrap().into_model().unwrap();
        assert_eq!((g.name.as_deref(), g.location.as_deref()), (Some("testgroup101"), Some("West US")));
    });
}

// ---- custom-baseUrl*.json: `x-ms-parameterized-host`. The templates have no scheme in the spec;
// the generator prefixes `https://` (custom-baseUrl), which the suite's loopback transport sends as
// plain HTTP.

/// CustomBaseUri: `{accountName}{host}` with `local` and `host:PORT` is `localhost:PORT`.
#[test]
fn custom_base_uri() {
    use conformance_tests::custom_base_url as m;
    let Some(url) = conformance_tests::server() else { return };
    let options = m::CustomBaseUrlClientOptions {
        client_options: conformance_tests::client_options(),
        host: format!("host:{}", conformance_tests::server_port(&url)),
        ..Default::default()
    };
    let c = m::CustomBaseUrlClient::with_no_credential("local", Some(options)).unwrap();
    run(async { assert_status(c.paths().get_empty(None).await, 200) });
}

/// CustomBaseUriMoreOptions: `{vault}{secret}{dnsSuffix}` (no scheme prefix) with `http://lo`,
/// `cal`, `host:PORT`; `/customuri/test12/key1` with `keyVersion=v1`.
#[test]
fn custom_base_uri_more_options() {
    use conformance_tests::custom_base_url_more_options as m;
    let Some(url) = conformance_tests::server() else { return };
    let options = m::CustomBaseUrlMoreOptionsClientOptions {
        client_options: conformance_tests::client_options(),
        dns_suffix: format!("host:{}", conformance_tests::server_port(&url)),
        ..Default::default()
    };
    let c = m::CustomBaseUrlMoreOptionsClient::with_no_credential("http://lo", "cal", "test12", Some(options)).unwrap();
    run(async {
        let o = m::clients::paths::PathsGetEmptyOptions { key_version: Some("v1".into()), ..Default::default() };
        assert_status(c.paths().get_empty("key1", Some(o)).await, 200);
    });
}

// ---- head.json, head-exceptions.json (`/http/success/*`).

/// HttpSuccess200Head, HttpSuccess204Head, HttpSuccess404Head (head.json: 404 is an answer, not
/// an error).
#[test]
fn head() {
    let c = client!(head, HeadClient, HeadClientOptions);
    run(async {
        let h = c.http_success();
        assert_status(h.head200(None).await, 200);
        assert_status(h.head204(None).await, 204);
        assert_status(h.head404(None).await, 404);
    });
}

/// HttpSuccess200Head, HttpSuccess204Head, HttpSuccess404Head (head-exceptions.json: 404 is an
/// error).
#[test]
fn head_exceptions() {
    let c = client!(head_exceptions, HeadExceptionsClient, HeadExceptionsClientOptions);
    run(async {
        let h = c.head_exception();
        assert_status(h.head200(None).await, 200);
        assert_status(h.head204(None).await, 204);
        assert_eq!(failed_status(h.head404(None).await), 404);
    });
}
