//! What every client of the crate shares, on azure_core: the pipeline, endpoints and scopes,
//! segment-safe paths, request bodies. Emitted once per crate, never per operation.

use azure_core::error::ErrorKind;
use azure_core::http::{ClientOptions, Pipeline, Url};
use std::sync::Arc;

/// The pipeline every client of the crate sends through: azure_core's policies (retry,
/// logging, user agent, `x-ms-client-request-id`, tracing) plus, with a credential, a bearer
/// token for `scope`.
pub fn pipeline(
    options: ClientOptions,
    credential: Option<(Arc<dyn azure_core::credentials::TokenCredential>, String)>,
) -> Pipeline {
    let mut per_try: Vec<Arc<dyn azure_core::http::policies::Policy>> = vec![Arc::new(EditRequest(omit_client_request_id))];
    if let Some((credential, scope)) = credential {
        per_try.push(Arc::new(azure_core::http::policies::auth::BearerTokenAuthorizationPolicy::new(
            credential,
            vec![scope],
        )));
    }
    Pipeline::new(
        option_env!("CARGO_PKG_NAME"),
        option_env!("CARGO_PKG_VERSION"),
        options,
        Vec::new(),
        per_try,
        None,
    )
}

/// Sends a call without `x-ms-client-request-id`, which azure_core's policy otherwise adds to
/// every request (a fresh id unless the context holds a
/// `azure_core::http::request::options::ClientRequestId`): put it in the call's context,
/// `Context::new().with_value(NoClientRequestId)`.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoClientRequestId;

/// Takes the `x-ms-client-request-id` azure_core's per-call policy added off a request whose
/// context holds [`NoClientRequestId`] (per try, so after that policy).
fn omit_client_request_id(ctx: &azure_core::http::Context, request: &mut azure_core::http::Request) {
    if ctx.value::<NoClientRequestId>().is_some() {
        request.headers_mut().remove(azure_core::http::headers::CLIENT_REQUEST_ID);
    }
}

/// A policy that edits each request (reading the call's context) and passes it on: the
/// runtime's per-try policies are this with one function each.
pub struct EditRequest<F>(pub F);

impl<F> std::fmt::Debug for EditRequest<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EditRequest")
    }
}

#[async_trait::async_trait]
impl<F> azure_core::http::policies::Policy for EditRequest<F>
where
    F: Fn(&azure_core::http::Context, &mut azure_core::http::Request) + Send + Sync,
{
    async fn send(
        &self,
        ctx: &azure_core::http::Context,
        request: &mut azure_core::http::Request,
        next: &[Arc<dyn azure_core::http::policies::Policy>],
    ) -> azure_core::http::policies::PolicyResult {
        (self.0)(ctx, request);
        match next.split_first() {
            Some((policy, rest)) => policy.send(ctx, request, rest).await,
            None => Err(azure_core::Error::with_message(ErrorKind::Other, "no policy after EditRequest")),
        }
    }
}

/// Parses a client's endpoint, which must be an absolute `http(s)` URL.
pub fn endpoint(text: &str) -> azure_core::Result<Url> {
    let url = Url::parse(text)
        .map_err(|e| azure_core::Error::with_message(ErrorKind::Other, format!("invalid endpoint {text:?}: {e}")))?;
    if !matches!(url.scheme(), "https" | "http") || url.cannot_be_a_base() {
        return Err(azure_core::Error::with_message(
            ErrorKind::Other,
            format!("endpoint {text:?} is not an http(s) URL"),
        ));
    }
    Ok(url)
}

/// The endpoint of an `x-ms-parameterized-host` template, each `{name}` replaced by its value as
/// given (host parts such as `host:3000` or `https://myvault` are not path segments).
pub fn host_endpoint(template: &str, values: &[(&str, &str)]) -> azure_core::Result<Url> {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    endpoint(&text)
}

/// The `.default` scope of a token audience (`https://management.azure.com/.default`).
pub fn scope_of(audience: &str) -> String {
    format!("{}/.default", audience.trim_end_matches('/'))
}

/// Appends `value` inside one path segment: everything but RFC 3986 unreserved characters is
/// percent-encoded, so a value never adds, removes or escapes a segment. The dot segments `.`
/// and `..` are refused: a URL would resolve them away. (An empty value is the spec's to allow;
/// typed ids refuse empty names.)
pub fn push_segment(path: &mut String, value: &str, name: &str) -> azure_core::Result<()> {
    if value == "." || value == ".." {
        return Err(azure_core::Error::with_message(
            ErrorKind::Other,
            format!("path parameter {name} cannot be {value:?}"),
        ));
    }
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            path.push(char::from(b));
        } else {
            path.push_str(&format!("%{b:02X}"));
        }
    }
    Ok(())
}

/// What a request body can be given as: the model (or any serializable value), or
/// `RequestContent` holding JSON already serialized (e.g. `RequestContent::from_str(json)`).
pub trait IntoContent<T> {
    /// The body's content.
    fn into_content(self) -> azure_core::Result<azure_core::http::RequestContent<T>>;
}

impl<T: serde::Serialize> IntoContent<T> for T {
    fn into_content(self) -> azure_core::Result<azure_core::http::RequestContent<T>> {
        Ok(azure_core::json::to_json(&self)?.into())
    }
}

impl<T> IntoContent<T> for azure_core::http::RequestContent<T> {
    fn into_content(self) -> azure_core::Result<azure_core::http::RequestContent<T>> {
        Ok(self)
    }
}
