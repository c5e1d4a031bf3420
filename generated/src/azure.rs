//! # HTTP client
//!
//! The HTTP client is azure_core's: its default (reqwest with rustls) when azure_core's `reqwest`
//! feature is on in the build (azure_identity's default features turn it on), else the one in
//! [`ClientOptions::transport`](azure_core::http::ClientOptions::transport). This crate enables
//! no azure_core feature itself, so it never pulls in a TLS stack of its own.
//!
//! # Policies
//!
//! Requests go through azure_core's [`Pipeline`](azure_core::http::Pipeline): client-request-id,
//! user-agent, retry ([`ClientOptions::retry`](azure_core::http::ClientOptions::retry);
//! exponential by default), a
//! [`BearerTokenAuthorizationPolicy`](azure_core::http::policies::auth::BearerTokenAuthorizationPolicy)
//! on every try, logging (`tracing`), then the HTTP client. Underneath, the client is the same
//! transport-agnostic core as ever: `AzureTransport` is one `Transport` among others.
use super::client::{BoxFuture, Client, Transport, TransportError};
use azure_core::http::policies::{auth::BearerTokenAuthorizationPolicy, Policy};
use azure_core::http::{
    Context, Method, Pipeline, PipelineSendOptions, RawResponse, Request, Url,
};
use std::sync::Arc;
use std::time::Duration;
pub use azure_core::credentials::TokenCredential;
pub use azure_core::http::ClientOptions;
/// A [`Transport`] on azure_core's HTTP [`Pipeline`]: every request gets a bearer token from the
/// credential (cached and refreshed by azure_core) for the endpoint's `/.default` scope, and goes
/// through the pipeline's retry and logging policies.
///
/// Error statuses are handed back as responses (the pipeline's success check is off), so the
/// generated operations decode them into typed errors as with any transport.
///
/// The token is only ever sent to the endpoint it was issued for: a request to another scheme,
/// host or port fails with a [`TransportError`] before anything is sent.
#[derive(Debug)]
pub struct AzureTransport {
    pipeline: Pipeline,
    origin: Result<String, String>,
    scope: String,
}
impl AzureTransport {
    /// A transport for `endpoint` (e.g. [`DEFAULT_ENDPOINT`](super::DEFAULT_ENDPOINT), or a
    /// sovereign cloud's Resource Manager endpoint), asking `credential` for tokens of the scope
    /// [`scope_for(endpoint)`](scope_for), with the retry, logging and HTTP client settings of
    /// `options`.
    ///
    /// # Panics
    ///
    /// As azure_core does when `options.transport` is `None` and azure_core was built without an
    /// HTTP client (its `reqwest` feature).
    pub fn new(
        credential: Arc<dyn TokenCredential>,
        endpoint: &str,
        options: ClientOptions,
    ) -> Self {
        let scope = scope_for(endpoint);
        let auth: Arc<dyn Policy> = Arc::new(
            BearerTokenAuthorizationPolicy::new(credential, [scope.clone()]),
        );
        let pipeline = Pipeline::new(
            option_env!("CARGO_PKG_NAME"),
            option_env!("CARGO_PKG_VERSION"),
            options,
            Vec::new(),
            vec![auth],
            None,
        );
        let origin = Url::parse(endpoint)
            .map(|url| url.origin().ascii_serialization())
            .map_err(|e| format!("the endpoint {endpoint:?} is not a URL: {e}"));
        AzureTransport {
            pipeline,
            origin,
            scope,
        }
    }
    /// The scope tokens are requested for.
    pub fn scope(&self) -> &str {
        &self.scope
    }
    /// The azure_core pipeline requests go through.
    pub fn pipeline(&self) -> &Pipeline {
        &self.pipeline
    }
    async fn round_trip(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<http::Response<Vec<u8>>, TransportError> {
        let mut request = to_azure(request)?;
        let origin = self.origin.as_deref().map_err(|e| error(e.clone()))?;
        let target = request.url().origin().ascii_serialization();
        if target != origin {
            return Err(
                error(
                    format!(
                        "refusing to send a token for {origin} to {target}: build the transport for that endpoint"
                    ),
                ),
            );
        }
        let options = PipelineSendOptions {
            skip_checks: true,
            ..Default::default()
        };
        let response = self
            .pipeline
            .send(&Context::new(), &mut request, Some(options))
            .await
            .map_err(|e| TransportError(Box::new(e)))?;
        from_azure(response)
    }
}
impl Transport for AzureTransport {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        Box::pin(self.round_trip(request))
    }
    /// azure_core's async sleep (its configured async runtime: tokio when azure_core's `tokio`
    /// feature is on, else a timer thread).
    fn sleep(&self, duration: Duration) -> BoxFuture<'_, ()> {
        let duration = azure_core::time::Duration::try_from(duration)
            .unwrap_or(azure_core::time::Duration::MAX);
        Box::pin(azure_core::sleep::sleep(duration))
    }
}
impl Client {
    /// A client for the spec's default endpoint authenticating with `credential` (e.g. one of
    /// azure_identity's), on azure_core's pipeline with its default options (exponential retries,
    /// logging, azure_core's default HTTP client).
    ///
    /// # Panics
    ///
    /// As azure_core does when it was built without an HTTP client (its `reqwest` feature is
    /// off, as when azure_identity is not used with its default features): pass one with
    /// [`Client::with_options`] then.
    pub fn new(credential: Arc<dyn TokenCredential>) -> Self {
        Self::with_options(credential, ClientOptions::default())
    }
    /// [`Client::new`] with azure_core [`ClientOptions`]: retry policy, logging, extra policies,
    /// the HTTP client (`transport`).
    ///
    /// For another endpoint (a sovereign cloud), build the transport for it:
    /// `Client::with_transport(AzureTransport::new(credential, endpoint, options)).endpoint(endpoint)`.
    ///
    /// # Panics
    ///
    /// As [`AzureTransport::new`].
    pub fn with_options(
        credential: Arc<dyn TokenCredential>,
        options: ClientOptions,
    ) -> Self {
        Client::with_transport(
            AzureTransport::new(credential, super::DEFAULT_ENDPOINT, options),
        )
    }
}
/// The token scope of an endpoint: its origin and `/.default`
/// (`https://management.azure.com` -> `https://management.azure.com/.default`).
pub fn scope_for(endpoint: &str) -> String {
    match Url::parse(endpoint) {
        Ok(url) => format!("{}/.default", url.origin().ascii_serialization()),
        Err(_) => format!("{}/.default", endpoint.trim_end_matches('/')),
    }
}
fn error(message: String) -> TransportError {
    TransportError(message.into())
}
/// `http::Request` -> azure_core `Request`: method, URL, headers (repeated names joined with
/// `, `), body. Anything azure_core cannot carry as is is an error, never a silent change.
fn to_azure(request: http::Request<Vec<u8>>) -> Result<Request, TransportError> {
    let (parts, body) = request.into_parts();
    let method = match parts.method {
        http::Method::GET => Method::Get,
        http::Method::PUT => Method::Put,
        http::Method::POST => Method::Post,
        http::Method::PATCH => Method::Patch,
        http::Method::DELETE => Method::Delete,
        http::Method::HEAD => Method::Head,
        other => return Err(error(format!("azure_core cannot send a {other} request"))),
    };
    let uri = parts.uri.to_string();
    let url = Url::parse(&uri)
        .map_err(|e| error(format!("not an absolute URL: {uri}: {e}")))?;
    if url.path() != parts.uri.path() {
        return Err(
            error(format!("azure_core would send {uri} to the path {}", url.path())),
        );
    }
    let mut out = Request::new(url, method);
    for name in parts.headers.keys() {
        let mut value = String::new();
        for (i, v) in parts.headers.get_all(name).iter().enumerate() {
            let v = std::str::from_utf8(v.as_bytes())
                .map_err(|_| error(format!("header {name} is not UTF-8")))?;
            if i > 0 {
                value.push_str(", ");
            }
            value.push_str(v);
        }
        out.insert_header(name.as_str().to_owned(), value);
    }
    out.set_body(body);
    Ok(out)
}
/// azure_core's buffered response -> `http::Response`: status, headers, body bytes.
fn from_azure(response: RawResponse) -> Result<http::Response<Vec<u8>>, TransportError> {
    let (status, headers, body) = response.deconstruct();
    let mut out = http::Response::builder().status(u16::from(status));
    for (name, value) in headers.iter() {
        out = out.header(name.as_str(), value.as_str());
    }
    out.body(Vec::from(azure_core::Bytes::from(body)))
        .map_err(|e| error(format!("invalid response: {e}")))
}
