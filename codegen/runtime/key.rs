//! API keys (a spec's `apiKey` security scheme): the key in its header, to the client's
//! endpoint only.

/// The policy that sends `key` in `header` on requests to `endpoint`'s origin. A request to
/// another origin (a link some response named) goes without it: the key is the endpoint's.
// @gate
pub fn key_policy(
    header: &'static str,
    key: azure_core::credentials::Secret,
    endpoint: &Url,
) -> Arc<dyn azure_core::http::policies::Policy> {
    let origin = endpoint.origin().ascii_serialization();
    Arc::new(EditRequest(move |_: &azure_core::http::Context, request: &mut azure_core::http::Request| {
        if request.url().origin().ascii_serialization() == origin {
            request.insert_header(header, key.secret().to_owned());
        }
    }))
}
