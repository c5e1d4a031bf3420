//! URLs the service hands out (joins the core section's module and uses its imports).

/// A URL the service handed out (next page, status monitor, `Location`), resolved against the
/// endpoint and refused unless it has the endpoint's origin: the pipeline attaches the
/// credential to whatever it sends, and the credential must stay with the client's endpoint.
// @gate
pub fn service_url(endpoint: &Url, link: &str) -> azure_core::Result<Url> {
    let url = endpoint.join(link).map_err(|e| {
        azure_core::Error::with_message(ErrorKind::DataConversion, format!("invalid URL {link:?} from the service: {e}"))
    })?;
    if url.origin() != endpoint.origin() {
        return Err(azure_core::Error::with_message(
            ErrorKind::Other,
            format!(
                "refusing to follow {url} from the service: it is not on the client's endpoint {}",
                endpoint.origin().ascii_serialization()
            ),
        ));
    }
    Ok(url)
}
