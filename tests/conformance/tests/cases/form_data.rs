//! reserved-words.json, body-formdata.json, body-formdata-urlencoded.json: `formData` parameters
//! (multipart/form-data and application/x-www-form-urlencoded bodies, ba9a4f5) and reserved names.

use super::run;
use conformance_tests::assert_status;
use serde_json::json;

macro_rules! reserved {
    () => {
        client!(reserved_words, ReservedWordsClient, ReservedWordsClientOptions)
    };
}

/// reservedWordsOperationGroupImport (group `import`), reservedWordsBodyNamedJson,
/// reservedWordsBodyNamedData (form fields `data`, `world`), reservedWordsBodyNamedFiles (a
/// multipart `files` part), reservedWordsUrlHeaderQuery (`url`, `headerParameters`,
/// `queryParameters=one,two`... as repeated values), reservedWordsHeaderEnum (`enumParameter: import`).
#[test]
fn reserved_words() {
    use conformance_tests::reserved_words::clients::operations as ops;
    use conformance_tests::reserved_words::models::MyEnum;
    let c = reserved!();
    run(async {
        assert_status(c.import().operation_one("foo", None).await, 200);
        let o = c.operations();
        assert_status(o.operation_with_json_param(json!({"hello": "world"}), None).await, 200);
        assert_status(o.operation_with_data_param("hello", "world", None).await, 200);
        assert_status(o.operation_with_files_param(b"hello, world".to_vec(), "hello.txt", None).await, 200);
        let q = ops::OperationsOperationWithUrlOptions {
            query_parameters: Some(vec!["one".into(), "two".into()]),
            ..Default::default()
        };
        assert_status(o.operation_with_url("foo", "x-ms-header", Some(q)).await, 200);
        assert_status(o.reserved_enum(MyEnum::Import, None).await, 200);
    });
}

/// reservedWordsBodyNamedContent: the body `hello, world` as bytes (`format: binary`:
/// `RequestContent<Bytes>`, sent as it is).
#[test]
fn reserved_words_content() {
    let c = reserved!();
    let content = azure_core::http::RequestContent::from(b"hello, world".to_vec());
    run(async { assert_status(c.operations().operation_with_content_param(content, None).await, 200) });
}

/// FormdataStreamUploadFile (optional): a multipart `fileContent` part; the answer echoes it.
#[test]
fn formdata_upload_file() {
    let c = client!(body_formdata, BodyFormdataClient, BodyFormdataClientOptions);
    run(async {
        let r = c.formdata().upload_file(b"Test file".to_vec(), "UploadFile.txt", None).await.unwrap();
        assert_eq!(u16::from(r.status()), 200);
        assert_eq!(r.into_body().collect().await.unwrap().as_ref(), b"Test file");
    });
}

/// StreamUploadFile (optional): `UploadFileViaBody`, the bytes as `application/octet-stream`; the
/// answer (bytes, streamed) echoes them.
#[test]
fn formdata_upload_file_via_body() {
    let c = client!(body_formdata, BodyFormdataClient, BodyFormdataClientOptions);
    run(async {
        let body = azure_core::http::RequestContent::from(b"Test file".to_vec());
        let r = c.formdata().upload_file_via_body(body, None).await.unwrap();
        assert_eq!(r.into_body().collect().await.unwrap().as_ref(), b"Test file");
    });
}

/// UpdatePetWithForm, UrlEncodedDataWithPartialConstantBody (optional): urlencoded forms.
#[test]
fn formdata_urlencoded() {
    use conformance_tests::body_formdata_urlencoded::clients::formdataurlencoded as f;
    use conformance_tests::body_formdata_urlencoded::models::{PetFood, PetType};
    let c = client!(body_formdata_urlencoded, BodyFormdataUrlencodedClient, BodyFormdataUrlencodedClientOptions);
    run(async {
        let o = f::FormdataurlencodedUpdatePetWithFormOptions { name: Some("Fido".into()), ..Default::default() };
        assert_status(c.formdataurlencoded().update_pet_with_form(1, PetType::Dog, PetFood::Meat, 42, Some(o)).await, 200);
        assert_status(c.formdataurlencoded().partial_constant_body("bar", "foo", None).await, 200);
    });
}
