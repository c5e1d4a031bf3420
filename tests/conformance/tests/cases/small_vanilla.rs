//! Small vanilla files: additionalProperties.json, any-type.json, multiple-inheritance.json,
//! non-string-enum.json, object-type.json, body-time.json, client-enum.json, constants.json,
//! error-with-secrets.json, incorrect-error-response.json, merge-patch.json, security-aad.json,
//! security-key.json.

use super::run;
use conformance_tests::{assert_status, failed_status};
use conformance_tests::additional_properties::models as ap;
use conformance_tests::multiple_inheritance::models as mi;
use serde_json::json;

/// A model from JSON (the models cannot be built with struct literals outside their crate).
fn model<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("the model decodes")
}

/// additionalPropertiesTrue, additionalPropertiesSubclass, additionalPropertiesTypeObject,
/// additionalPropertiesTypeString, additionalPropertiesInProperties,
/// additionalPropertiesInPropertiesWithAPTypeString: the extra properties (a flattened map) are
/// sent and read back (`status: true` in the answer).
#[test]
fn additional_properties() {
    let c = client!(additional_properties, AdditionalPropertiesClient, AdditionalPropertiesClientOptions);
    run(async {
        let p = c.pets();
        let puppy = json!({"id": 1, "name": "Puppy", "birthdate": "2017-12-13T02:29:51Z", "complexProperty": {"color": "Red"}});
        let r = p.create_ap_true(model::<ap::PetApTrue>(puppy.clone()), None).await;
        let r = r.unwrap().into_model().unwrap();
        assert_eq!((r.status, r.additional_properties["birthdate"].clone()), (Some(true), json!("2017-12-13T02:29:51Z")));
        let lisa = json!({"id": 1, "name": "Lisa", "friendly": true, "birthdate": "2017-12-13T02:29:51Z",
                          "complexProperty": {"color": "Red"}});
        let r = p.create_cat_ap_true(model::<ap::CatApTrue>(lisa), None).await.unwrap().into_model().unwrap();
        assert_eq!((r.friendly, r.status), (Some(true), Some(true)));
        let hira = json!({"id": 2, "name": "Hira", "siblings": [puppy], "picture": "//////4="});
        let r = p.create_ap_object(model::<ap::PetApObject>(hira), None).await.unwrap().into_model().unwrap();
        assert_eq!(r.status, Some(true));
        let tommy = json!({"id": 3, "name": "Tommy", "color": "red", "weight": "10 kg", "city": "Bombay"});
        let r = p.create_ap_string(model::<ap::PetApString>(tommy), None).await.unwrap().into_model().unwrap();
        assert_eq!((r.status, r.additional_properties.get("city").map(String::as_str)), (Some(true), Some("Bombay")));
        let bunny = json!({"id": 4, "name": "Bunny", "additionalProperties": {"height": 5.61, "weight": 599, "footsize": 11.5}});
        let r = p.create_ap_in_properties(model::<ap::PetApInProperties>(bunny), None).await.unwrap().into_model().unwrap();
        assert_eq!(r.status, Some(true));
        let funny = json!({"id": 5, "name": "Funny", "@odata.location": "westus",
                           "additionalProperties": {"height": 5.61, "weight": 599, "footsize": 11.5},
                           "color": "red", "city": "Seattle", "food": "tikka masala"});
        let r = p.create_ap_in_properties_with_ap_string(model::<ap::PetApInPropertiesWithApString>(funny), None).await.unwrap().into_model().unwrap();
        assert_eq!(r.status, Some(true));
    });
}

/// GetStringAsAnything, PutStringAsAnything, GetObjectAsAnything, PutObjectAsAnything,
/// GetArrayAsAnything, PutArrayAsAnything (`Anything` is `serde_json::Value`).
#[test]
fn any_type() {
    let c = client!(any_type, AnyTypeClient, AnyTypeClientOptions);
    run(async {
        let o = c.operations();
        assert_eq!(o.get_string(None).await.unwrap().into_model().unwrap(), json!("anything"));
        assert_status(o.put_string(json!("anything"), None).await, 200);
        assert_eq!(o.get_object(None).await.unwrap().into_model().unwrap(), json!({"message": "An object was successfully returned"}));
        assert_status(o.put_object(json!({"foo": "bar"}), None).await, 200);
        assert_eq!(o.get_array(None).await.unwrap().into_model().unwrap(), json!(["foo", "bar"]));
        assert_status(o.put_array(json!(["foo", "bar"]), None).await, 200);
    });
}

/// MultipleInheritanceHorseGet/Put, PetGet/Put, FelineGet/Put, CatGet/Put, KittenGet/Put.
#[test]
fn multiple_inheritance() {
    let c = client!(multiple_inheritance, MultipleInheritanceClient, MultipleInheritanceClientOptions);
    run(async {
        let o = c.operations();
        let h = o.get_horse(None).await.unwrap().into_model().unwrap();
        assert_eq!((h.name.as_str(), h.is_a_show_horse), ("Fred", Some(true)));
        let r = o.put_horse(model::<mi::Horse>(json!({"name": "General", "isAShowHorse": false})), None).await;
        assert_eq!(r.unwrap().into_model().unwrap(), "Horse was correct!");
        assert_eq!(o.get_pet(None).await.unwrap().into_model().unwrap().name, "Peanut");
        assert_eq!(o.put_pet(model::<mi::Pet>(json!({"name": "Butter"})), None).await.unwrap().into_model().unwrap(), "Pet was correct!");
        let f = o.get_feline(None).await.unwrap().into_model().unwrap();
        assert_eq!((f.meows, f.hisses), (Some(true), Some(true)));
        let r = o.put_feline(model::<mi::Feline>(json!({"meows": false, "hisses": true})), None).await;
        assert_eq!(r.unwrap().into_model().unwrap(), "Feline was correct!");
        let cat = o.get_cat(None).await.unwrap().into_model().unwrap();
        assert_eq!((cat.name.as_str(), cat.likes_milk, cat.meows, cat.hisses), ("Whiskers", Some(true), Some(true), Some(true)));
        let r = o.put_cat(model::<mi::Cat>(json!({"name": "Boots", "likesMilk": false, "meows": true, "hisses": false})), None).await;
        assert_eq!(r.unwrap().into_model().unwrap(), "Cat was correct!");
        let k = o.get_kitten(None).await.unwrap().into_model().unwrap();
        assert_eq!((k.name.as_str(), k.eats_mice_yet), ("Gatito", Some(false)));
        let kitty = json!({"name": "Kitty", "likesMilk": false, "meows": true, "hisses": false, "eatsMiceYet": true});
        assert_eq!(o.put_kitten(model::<mi::Kitten>(kitty), None).await.unwrap().into_model().unwrap(), "Kitten was correct!");
    });
}

/// NonStringEnumsGetInt, NonStringEnumsPostInt, NonStringEnumsGetFloat, NonStringEnumsPostFloat.
#[test]
fn non_string_enums() {
    use conformance_tests::non_string_enum::clients::{float, int};
    let c = client!(non_string_enum, NonStringEnumClient, NonStringEnumClientOptions);
    run(async {
        assert_eq!(c.int().get(None).await.unwrap().into_model().unwrap(), 429);
        let o = int::IntPutOptions { body: Some(200), ..Default::default() };
        assert_eq!(c.int().put(Some(o)).await.unwrap().into_model().unwrap(), "Nice job posting an int enum");
        assert_eq!(c.float().get(None).await.unwrap().into_model().unwrap(), 429.1);
        let o = float::FloatPutOptions { body: Some(200.4), ..Default::default() };
        assert_eq!(c.float().put(Some(o)).await.unwrap().into_model().unwrap(), "Nice job posting a float enum");
    });
}

/// ObjectTypeResponse, ObjectTypePut, ObjectTypeErrorResponse (400 with a message).
#[test]
fn object_type() {
    let c = client!(object_type, ObjectTypeClient, ObjectTypeClientOptions);
    run(async {
        let o = c.operations();
        assert_eq!(o.get(None).await.unwrap().into_model().unwrap(), json!({"message": "An object was successfully returned"}));
        assert_status(o.put(json!({"foo": "bar"}), None).await, 200);
        assert_eq!(failed_status(o.put(json!({"should": "fail"}), None).await), 400);
    });
}

/// BodyTimeGet, BodyTimePut (`format: time` is text).
#[test]
fn body_time() {
    let c = client!(body_time, BodyTimeClient, BodyTimeClientOptions);
    run(async {
        assert_eq!(c.time().get(None).await.unwrap().into_model().unwrap(), "11:34:56");
        assert_eq!(c.time().put("08:07:56".to_owned(), None).await.unwrap().into_model().unwrap(), "Nice job posting time");
    });
}

/// ClientWithEnumParam (`x-ms-enum: single`), ConstantClientProperties (`/constants/clientConstants/path`
/// with `query-constant=100`, `header-constant: true`).
#[test]
fn client_constants() {
    use conformance_tests::constants::models::ContantsPutClientConstantsPathConstant as PathConstant;
    let c = client!(client_enum, ClientEnumClient, ClientEnumClientOptions);
    run(async { assert_status(c.operations().head(None).await, 200) });
    let c = client!(constants, ConstantsClient, ConstantsClientOptions);
    run(async { assert_status(c.contants().put_client_constants(PathConstant::Path, true, 100, None).await, 200) });
}

/// ErrorWithSecrets: a 403 (an error carrying the answer).
#[test]
fn error_with_secrets() {
    let c = client!(error_with_secrets, ErrorWithSecretsClient, ErrorWithSecretsClientOptions);
    run(async { assert_eq!(failed_status(c.operations().get_error_with_secrets(None).await), 403) });
}

/// RequestWithSecrets: `Authorization: SharedKey ...` and `?key=...` come from the spec's
/// `apiKey` security schemes, which the generator does not implement (the clients take a
/// `TokenCredential` or nothing).
#[test]
#[ignore = "GAP: apiKey security schemes"]
fn request_with_secrets() {
    let c = client!(error_with_secrets, ErrorWithSecretsClient, ErrorWithSecretsClientOptions);
    run(async { assert_status(c.operations().create_secret(None).await, 200) });
}

/// verifyIncorrectErrorParsing: a 444 with a `text/html` body is still an HTTP error (not a
/// decode error).
#[test]
fn incorrect_error_response() {
    let c = client!(incorrect_error_response, IncorrectErrorResponseClient, IncorrectErrorResponseClientOptions);
    run(async { assert_eq!(failed_status(c.operations().get_incorrect_error_from_server(None).await), 444) });
}

/// PassMergePatchObject: the declared `application/merge-patch+json` content type. The server also
/// wants `content-length: 14`, the length of AutoRest's Python tests' `{"foo": "bar"}` (serde_json
/// writes 13 bytes, without the space), so the body is given as that JSON text.
#[test]
fn merge_patch() {
    let c = client!(merge_patch, MergePatchClient, MergePatchClientOptions);
    let body = azure_core::http::RequestContent::from(br#"{"foo": "bar"}"#.to_vec());
    run(async { assert_status(c.operations().patch_single(body, None).await, 200) });
}

/// SecurityKey: `security-key: 123456789`, the spec's `apiKey` scheme, through the client's key
/// constructor.
#[test]
fn security_key() {
    let Some(url) = conformance_tests::server() else { return };
    let options = conformance_tests::security_key::SecurityKeyClientOptions {
        client_options: conformance_tests::client_options(),
        ..Default::default()
    };
    let c = conformance_tests::security_key::SecurityKeyClient::with_key_credential(&url, "123456789", Some(options))
        .unwrap();
    run(async { assert_status(c.operations().head(None).await, 200) });
}

/// A credential whose token is the scope it was asked for (the server checks the scope).
#[derive(Debug)]
struct ScopeAsToken;

#[async_trait::async_trait]
impl azure_core::credentials::TokenCredential for ScopeAsToken {
    async fn get_token(
        &self,
        scopes: &[&str],
        _: Option<azure_core::credentials::TokenRequestOptions<'_>>,
    ) -> azure_core::Result<azure_core::credentials::AccessToken> {
        Ok(azure_core::credentials::AccessToken::new(
            scopes.join(" "),
            azure_core::time::OffsetDateTime::now_utc() + azure_core::time::Duration::hours(1),
        ))
    }
}

/// SecurityAad: `Authorization: Bearer <token for https://security.microsoft.com/.default>`, the
/// scope the spec's `security` requires. azure_core's bearer-token policy refuses a plain-`http`
/// endpoint, so the client is given the `https` one; the suite's transport speaks plain HTTP.
#[test]
fn security_aad() {
    let Some(url) = conformance_tests::server() else { return };
    let url = url.replacen("http://", "https://", 1);
    let options = conformance_tests::security_aad::SecurityAadClientOptions {
        client_options: conformance_tests::client_options(),
        ..Default::default()
    };
    let c = conformance_tests::security_aad::SecurityAadClient::new(&url, std::sync::Arc::new(ScopeAsToken), Some(options))
        .unwrap();
    run(async { assert_status(c.operations().head(None).await, 200) });
}
