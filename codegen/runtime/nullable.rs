//! Responses the spec declares `x-nullable`.

/// JSON in which no body is `null`: the format of responses the spec declares `x-nullable`
/// (`Response<Option<T>, NullableJson>`), so an empty 200 reads as `None`.
// @gate
#[derive(Clone, Debug)]
pub struct NullableJson;

// @gate
impl azure_core::http::Format for NullableJson {
    fn deserialize<T: serde::de::DeserializeOwned, S: AsRef<[u8]>>(body: S) -> azure_core::Result<T> {
        let body = body.as_ref();
        let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) { b"null" } else { body };
        serde_json::from_slice(body).map_err(|e| azure_core::Error::new(ErrorKind::DataConversion, e))
    }
}

// @gate
impl<T: serde::de::DeserializeOwned> azure_core::http::DeserializeWith<NullableJson> for Option<T> {
    fn deserialize_with(body: azure_core::http::response::ResponseBody) -> azure_core::Result<Self> {
        <NullableJson as azure_core::http::Format>::deserialize(body)
    }
}
