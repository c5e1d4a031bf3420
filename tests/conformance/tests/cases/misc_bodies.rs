//! model-flattening.json, xms-error-responses.json, media_types.json, body-file.json,
//! body-binary.json, url-multi-collectionFormat.json.

use super::run;
use conformance_tests::{assert_status, failed_status};
use serde_json::json;

/// A model from JSON (the models cannot be built with struct literals outside their crate).
fn model<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("the model decodes")
}

/// The raw body of an error an operation returned.
fn error_body(e: &azure_core::Error) -> serde_json::Value {
    match e.kind() {
        azure_core::error::ErrorKind::HttpResponse { raw_response: Some(r), .. } => {
            serde_json::from_slice(r.body()).unwrap_or(serde_json::Value::Null)
        }
        other => panic!("not an HTTP error: {other:?}"),
    }
}

// ---- model-flattening.json (`/model-flatten/*`): `x-ms-client-flatten` properties stay nested
// in the models (accessors read through them).

macro_rules! flatten {
    () => {
        client!(model_flattening, ModelFlatteningClient, ModelFlatteningClientOptions)
    };
}

/// getModelFlattenArray, getModelFlattenDictionary, getModelFlattenResourceCollection.
#[test]
fn flatten_get() {
    let c = flatten!();
    run(async {
        let o = c.operations();
        let a = o.get_array(None).await.unwrap().into_model().unwrap();
        assert_eq!(a.len(), 3);
        assert_eq!((a[0].p_name(), a[0].location.as_deref()), (Some("Product1"), Some("Building 44")));
        assert_eq!(a[0].provisioning_state(), Some("Succeeded"));
        let d = o.get_dictionary(None).await.unwrap().into_model().unwrap();
        assert_eq!(d["Product1"].p_name(), Some("Product1"));
        assert_eq!(d["Product3"].name.as_deref(), Some("Resource3"));
        let r = o.get_resource_collection(None).await.unwrap().into_model().unwrap();
        assert_eq!(r.arrayofresources.as_ref().map(Vec::len), Some(3));
        assert_eq!(r.productresource.as_ref().and_then(|p| p.name.as_deref()), Some("Resource7"));
    });
}

/// putModelFlattenArray, putModelFlattenDictionary, putModelFlattenResourceCollection.
#[test]
fn flatten_put() {
    use conformance_tests::model_flattening::clients::operations as ops;
    let c = flatten!();
    run(async {
        let o = c.operations();
        let body = model(json!([{"location": "West US", "tags": {"tag1": "value1", "tag2": "value3"}}, {"location": "Building 44"}]));
        assert_status(o.put_array(Some(ops::OperationsPutArrayOptions { body: Some(body), ..Default::default() })).await, 200);
        let dict = json!({
            "Resource1": {"location": "West US", "tags": {"tag1": "value1", "tag2": "value3"},
                          "properties": {"p.name": "Product1", "type": "Flat"}},
            "Resource2": {"location": "Building 44", "properties": {"p.name": "Product2", "type": "Flat"}}
        });
        let o2 = ops::OperationsPutDictionaryOptions { body: Some(model(dict.clone())), ..Default::default() };
        assert_status(o.put_dictionary(Some(o2)).await, 200);
        let collection = json!({
            "arrayofresources": [
                {"location": "West US", "tags": {"tag1": "value1", "tag2": "value3"},
                 "properties": {"p.name": "Product1", "type": "Flat"}},
                {"location": "East US", "properties": {"p.name": "Product2", "type": "Flat"}}
            ],
            "dictionaryofresources": dict,
            "productresource": {"location": "India", "properties": {"p.name": "Azure", "type": "Flat"}}
        });
        let o3 = ops::OperationsPutResourceCollectionOptions { body: Some(model(collection)), ..Default::default() };
        assert_status(o.put_resource_collection(Some(o3)).await, 200);
    });
}

/// putModelFlattenCustomBase, postModelFlattenCustomParameter, putModelFlattenCustomGroupedParameter.
#[test]
fn flatten_simple_product() {
    use conformance_tests::model_flattening::clients::operations as ops;
    let c = flatten!();
    run(async {
        let o = c.operations();
        let details = json!({"max_product_display_name": "max name", "max_product_capacity": "Large",
                             "max_product_image": {"@odata.value": "http://foo"}});
        let base = json!({"base_product_id": "123", "base_product_description": "product description", "details": details});
        let mut inherited = base.clone();
        inherited["details"]["max_product_image"]["generic_value"] = json!("https://generic");
        let o1 = ops::OperationsPutSimpleProductOptions { body: Some(model(inherited)), ..Default::default() };
        let p = o.put_simple_product(Some(o1)).await.unwrap().into_model().unwrap();
        assert_eq!((p.product_id.as_str(), p.generic_value()), ("123", Some("https://generic")));
        let o2 = ops::OperationsPostFlattenedSimpleProductOptions { body: Some(model(base.clone())), ..Default::default() };
        let p = o.post_flattened_simple_product(Some(o2)).await.unwrap().into_model().unwrap();
        assert_eq!(p.max_product_display_name(), Some("max name"));
        let o3 = ops::OperationsPutSimpleProductWithGroupingOptions { body: Some(model(base)), ..Default::default() };
        let p = o.put_simple_product_with_grouping("groupproduct", Some(o3)).await.unwrap().into_model().unwrap();
        assert_eq!(p.product_id, "123");
    });
}

// ---- xms-error-responses.json (`/errorStatusCodes/*`): errors carry the raw answer.

macro_rules! xms {
    () => {
        client!(xms_error_responses, XmsErrorResponsesClient, XmsErrorResponsesClientOptions)
    };
}

/// expectedNoErrors (`tommy`, `stay`), animalNotFoundError, linkNotFoundError (404 with an
/// `x-ms-error-response` body, told apart by `whatNotFound`), stringError (400), intError (501),
/// expectedPetSadError (500), expectedPetHungryError (404).
#[test]
fn xms_errors() {
    let c = xms!();
    run(async {
        let p = c.pet();
        let tommy = p.get_pet_by_id("tommy", None).await.unwrap().into_model().unwrap();
        assert_eq!(tommy.name.as_deref(), Some("Tommy Tomson"));
        assert_status(p.get_pet_by_id("django", None).await, 202);
        let e = p.get_pet_by_id("coyoteUgly", None).await.unwrap_err();
        assert_eq!(conformance_tests::error_status(&e), Some(404));
        assert_eq!(error_body(&e)["whatNotFound"], "AnimalNotFound");
        let e = p.get_pet_by_id("weirdAlYankovic", None).await.unwrap_err();
        assert_eq!(conformance_tests::error_status(&e), Some(404));
        assert_eq!(error_body(&e)["whatNotFound"], "InvalidResourceLink");
        let e = p.get_pet_by_id("ringo", None).await.unwrap_err();
        assert_eq!((conformance_tests::error_status(&e), error_body(&e)), (Some(400), json!("ringo is missing")));
        let e = p.get_pet_by_id("alien123", None).await.unwrap_err();
        assert_eq!((conformance_tests::error_status(&e), error_body(&e)), (Some(501), json!(123)));
        let a = p.do_something("stay", None).await.unwrap();
        assert_eq!(u16::from(a.status()), 200);
        let e = p.do_something("jump", None).await.unwrap_err();
        assert_eq!((conformance_tests::error_status(&e), error_body(&e)["errorType"].clone()), (Some(500), json!("PetSadError")));
        let e = p.do_something("fetch", None).await.unwrap_err();
        assert_eq!(
            (conformance_tests::error_status(&e), error_body(&e)["errorType"].clone()),
            (Some(404), json!("PetHungryOrThirstyError"))
        );
    });
}

/// sendErrorWithParamNameModels (optional): the `models` query parameter's default `value1`
/// (the client must send it; the answer is a 500 with a `PetSadError`).
#[test]
fn xms_models_param() {
    use conformance_tests::xms_error_responses::clients::pet::PetOperationsHasModelsParamOptions;
    let c = xms!();
    run(async {
        let o = PetOperationsHasModelsParamOptions { models: Some("value1".into()), ..Default::default() };
        let e = c.pet().has_models_param(Some(o)).await.unwrap_err();
        assert_eq!((conformance_tests::error_status(&e), error_body(&e)["errorType"].clone()), (Some(500), json!("PetSadError")));
    });
}

// ---- media_types.json (`/mediatypes/*`): operations with several request content types are
// generated for `application/json` only.

macro_rules! media {
    () => {
        client!(media_types, MediaTypesClient, MediaTypesClientOptions)
    };
}

/// MediaTypeJson, MediaTypesAnalyzeBodyNoAcceptHeader (the JSON variants: the default content
/// type of a model body), MediaTypesTwoContentTypes, MediaTypesThreeContentTypes (bytes bodies:
/// `application/json` chosen, then the default `application/octet-stream`),
/// MediaTypesThreeBodyTypes (its JSON variant `{"hello": "world"}`).
#[test]
fn media_types_json() {
    use azure_core::http::RequestContent;
    use conformance_tests::media_types::clients::operations as ops;
    let c = media!();
    run(async {
        let o = c.operations();
        // A body that may also be sent as bytes is given as `RequestContent`.
        let source = || Some(azure_core::json::to_json(&json!({"source": "anything"})).unwrap().into());
        let a = o.analyze_body(Some(ops::OperationsAnalyzeBodyOptions { body: source(), ..Default::default() })).await;
        assert_eq!(a.unwrap().into_model().unwrap(), "Nice job with JSON");
        let a = ops::OperationsAnalyzeBodyNoAcceptHeaderOptions { body: source(), ..Default::default() };
        assert_status(o.analyze_body_no_accept_header(Some(a)).await, 202);
        let hello = || RequestContent::from(br#"{"hello":"world"}"#.to_vec());
        let json = ops::OperationsBinaryBodyWithTwoContentTypesContentType::ApplicationJson;
        let two = ops::OperationsBinaryBodyWithTwoContentTypesOptions { content_type: Some(json), ..Default::default() };
        assert_status(o.binary_body_with_two_content_types(hello(), Some(two)).await, 200);
        assert_status(o.binary_body_with_two_content_types(RequestContent::from(b"hello, world!".to_vec()), None).await, 200);
        let json = ops::OperationsBinaryBodyWithThreeContentTypesContentType::ApplicationJson;
        let three = ops::OperationsBinaryBodyWithThreeContentTypesOptions { content_type: Some(json), ..Default::default() };
        assert_status(o.binary_body_with_three_content_types(hello(), Some(three)).await, 200);
        assert_status(o.body_three_types(json!({"hello": "world"}), None).await, 200);
    });
}

/// MediaTypePdf (`application/pdf` chosen, body `PDF` as bytes), MediaTypeWithEncoding (the only
/// declared content type, `text/plain; charset=UTF-8`, with the string as text).
#[test]
fn media_types_other_content_types() {
    use conformance_tests::media_types::clients::operations as ops;
    let c = media!();
    run(async {
        let o = c.operations();
        let e = ops::OperationsContentTypeWithEncodingOptions { body: Some("input".into()), ..Default::default() };
        assert_eq!(o.content_type_with_encoding(Some(e)).await.unwrap().into_model().unwrap(), "Nice job sending content type with encoding");
        let pdf = ops::OperationsAnalyzeBodyOptions {
            content_type: Some(ops::OperationsAnalyzeBodyContentType::ApplicationPdf),
            body: Some(azure_core::http::RequestContent::from(b"PDF".to_vec())),
            ..Default::default()
        };
        assert_eq!(o.analyze_body(Some(pdf)).await.unwrap().into_model().unwrap(), "Nice job with PDF");
    });
}

// ---- body-file.json, body-binary.json: `format: binary` / `type: file` are bytes (requests:
// `RequestContent<Bytes>`; responses: streamed, `AsyncResponse`).

/// FileStreamNonempty (the PNG's bytes), FileStreamEmpty.
#[test]
fn files() {
    let c = client!(body_file, BodyFileClient, BodyFileClientOptions);
    run(async {
        let f = c.files();
        let r = f.get_file(None).await.unwrap();
        assert_eq!(u16::from(r.status()), 200);
        let png = r.into_body().collect().await.unwrap();
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        let empty = f.get_empty_file(None).await.unwrap();
        assert_eq!(u16::from(empty.status()), 200);
        assert!(empty.into_body().collect().await.unwrap().is_empty());
    });
}

/// FileStreamVeryLarge: 3000 MB, streamed (`AsyncResponse`): the test reads the first 10 MB and
/// drops the rest unread.
#[test]
fn file_very_large() {
    use futures::StreamExt;
    let c = client!(body_file, BodyFileClient, BodyFileClientOptions);
    run(async {
        let r = c.files().get_file_large(None).await.unwrap();
        assert_eq!(u16::from(r.status()), 200);
        let mut body = r.into_body();
        let mut read = 0;
        while read < 10 << 20 {
            let piece = body.next().await.expect("more than 10 MB").unwrap();
            assert!(piece.iter().all(|b| *b == 0), "zeros");
            read += piece.len();
        }
    });
}

/// BodyBinaryFile (`{"more": "cowbell"}` as `application/json`), BodyBinaryError (400).
#[test]
fn binary() {
    let c = client!(body_binary, BodyBinaryClient, BodyBinaryClientOptions);
    run(async {
        // `type: object, format: file` is bytes, here JSON ones with the declared `application/json`.
        let cowbell = azure_core::http::RequestContent::from(br#"{"more":"cowbell"}"#.to_vec());
        assert_status(c.upload().file(cowbell, None).await, 200);
        assert_eq!(failed_status(c.download().error_stream(None).await), 400);
    });
}

/// BodyBinaryOctet: bytes as `application/octet-stream`.
#[test]
fn binary_octet() {
    let c = client!(body_binary, BodyBinaryClient, BodyBinaryClientOptions);
    let bytes = azure_core::http::RequestContent::from(b"bytes".to_vec());
    run(async { assert_status(c.upload().binary(bytes, None).await, 200) });
}

// ---- url-multi-collectionFormat.json: `collectionFormat: multi` repeats the parameter.

/// UrlQueriesArrayMultiNull, UrlQueriesArrayMultiEmpty, UrlQueriesArrayMultiValid
/// (`arrayQuery=ArrayQuery1&arrayQuery=begin!*'();:@ &=+$,/?#[]end&arrayQuery=&arrayQuery=`).
#[test]
fn multi_collection_format() {
    use conformance_tests::url_multi_collection_format::clients::queries as q;
    let c = client!(url_multi_collection_format, UrlMultiCollectionFormatClient, UrlMultiCollectionFormatClientOptions);
    run(async {
        let qs = c.queries();
        assert_status(qs.array_string_multi_null(None).await, 200);
        let o = q::QueriesArrayStringMultiEmptyOptions { array_query: Some(vec![]), ..Default::default() };
        assert_status(qs.array_string_multi_empty(Some(o)).await, 200);
        let values = vec![Some("ArrayQuery1".to_owned()), Some("begin!*'();:@ &=+$,/?#[]end".to_owned()), None, Some(String::new())];
        let o = q::QueriesArrayStringMultiValidOptions { array_query: Some(values), ..Default::default() };
        assert_status(qs.array_string_multi_valid(Some(o)).await, 200);
    });
}
