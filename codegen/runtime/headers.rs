//! Declared response headers, read as their declared types.

/// A declared response header, read with `parse` (`str::parse::<i32>`,
/// `azure_core::time::parse_rfc7231`...): `None` when absent, an error when not of its type.
// @gate
pub fn header<T, E>(
    headers: &azure_core::http::headers::Headers,
    name: &'static str,
    parse: impl Fn(&str) -> Result<T, E>,
) -> azure_core::Result<Option<T>>
where
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let name = azure_core::http::headers::HeaderName::from_static(name);
    match headers.get_optional_str(&name) {
        None => Ok(None),
        Some(text) => parse(text).map(Some).map_err(|e| {
            azure_core::Error::with_error(ErrorKind::DataConversion, e.into(), format!("response header {}", name.as_str()))
        }),
    }
}
