//! Test doubles for azure_core: a [`TokenCredential`] handing out a fixed token, and an
//! [`HttpClient`] that sends azure_core's requests in plain HTTP/1.1 to the loopback test
//! server of `codegen-tests`.
//!
//! azure_core's bearer-token policy refuses non-`https` URLs, so the tests address the server
//! as `https://127.0.0.1:<port>`; [`LoopbackHttpClient`] stands in for TLS and talks plain HTTP
//! to that same address (loopback only).

use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::error::ErrorKind;
use azure_core::http::headers::Headers;
use azure_core::http::{AsyncRawResponse, Body, HttpClient, Request, StatusCode};
use azure_core::time::{Duration, OffsetDateTime};
use std::sync::Mutex;

/// Always the same token, valid for an hour; records the scopes it was asked for.
#[derive(Debug)]
pub struct FixedTokenCredential {
    token: &'static str,
    scopes: Mutex<Vec<String>>,
}

impl FixedTokenCredential {
    pub fn new(token: &'static str) -> Self {
        FixedTokenCredential { token, scopes: Mutex::new(Vec::new()) }
    }

    /// The scopes of every `get_token` call, in order.
    pub fn requested_scopes(&self) -> Vec<String> {
        self.scopes.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

#[async_trait::async_trait]
impl TokenCredential for FixedTokenCredential {
    async fn get_token(
        &self,
        scopes: &[&str],
        _options: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        self.scopes.lock().unwrap_or_else(|e| e.into_inner()).extend(scopes.iter().map(|s| (*s).to_owned()));
        Ok(AccessToken::new(self.token, OffsetDateTime::now_utc() + Duration::hours(1)))
    }
}

/// Sends each request as plain HTTP to its URL's (loopback) address, whatever its scheme, and
/// records what it sent (method and URL).
#[derive(Debug, Default)]
pub struct LoopbackHttpClient {
    sent: Mutex<Vec<(String, String)>>,
}

impl LoopbackHttpClient {
    /// Every request sent so far: method and full URL, in order.
    pub fn sent(&self) -> Vec<(String, String)> {
        self.sent.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

#[async_trait::async_trait]
impl HttpClient for LoopbackHttpClient {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
        let record = (request.method().as_str().to_owned(), request.url().to_string());
        self.sent.lock().unwrap_or_else(|e| e.into_inner()).push(record);
        let mut url = request.url().clone();
        url.set_scheme("http").map_err(|()| azure_core::Error::with_message(ErrorKind::Other, "cannot use http"))?;
        let body = match request.body() {
            Body::Bytes(bytes) => bytes.to_vec(),
            Body::SeekableStream(_) => {
                return Err(azure_core::Error::with_message(ErrorKind::Other, "streams are not supported"))
            }
        };
        let mut plain = http::Request::builder().method(request.method().as_str()).uri(url.as_str());
        for (name, value) in request.headers().iter() {
            plain = plain.header(name.as_str(), value.as_str());
        }
        let plain = plain.body(body).map_err(|e| azure_core::Error::new(ErrorKind::DataConversion, e))?;
        // Blocking, like the crate's own test transport: fine under a simple executor.
        let response =
            crate::transport::round_trip(&plain).map_err(|e| azure_core::Error::with_message(ErrorKind::Io, e))?;
        let mut headers = Headers::new();
        for (name, value) in response.headers() {
            let value = value.to_str().map_err(|e| azure_core::Error::new(ErrorKind::DataConversion, e))?;
            headers.insert(name.as_str().to_owned(), value.to_owned());
        }
        let status = StatusCode::from(response.status().as_u16());
        Ok(AsyncRawResponse::from_bytes(status, headers, response.into_body()))
    }
}

/// The token [`client`] authenticates with.
pub const TOKEN: &str = "fake-token-for-tests";

/// The server's address as `https://` (azure_core's bearer-token policy requires TLS URLs;
/// [`LoopbackHttpClient`] talks plain HTTP to it).
pub fn https_url(server: &crate::server::TestServer) -> String {
    server.url().replacen("http://", "https://", 1)
}

/// azure_core options for the tests: `http` as the transport, fast fixed retries.
pub fn client_options(http: std::sync::Arc<LoopbackHttpClient>) -> azure_core::http::ClientOptions {
    use azure_core::http::{ClientOptions, FixedRetryOptions, RetryOptions, Transport};
    ClientOptions {
        transport: Some(Transport::new(http)),
        retry: RetryOptions::fixed(FixedRetryOptions {
            delay: Duration::milliseconds(5),
            max_retries: 2,
            max_total_elapsed: Duration::seconds(10),
        }),
        ..ClientOptions::default()
    }
}

/// Polling that never waits long: at most 5 ms between polls.
pub fn fast_polling() -> express_route::PollingOptions {
    express_route::PollingOptions {
        max_wait: Duration::milliseconds(5),
        min_wait: Duration::milliseconds(1),
        ..Default::default()
    }
}

/// What [`client`] returns: the generated client, and the test doubles it uses.
pub struct Setup {
    pub client: express_route::ExpressRouteClient,
    pub credential: std::sync::Arc<FixedTokenCredential>,
    pub http: std::sync::Arc<LoopbackHttpClient>,
}

/// The generated client for subscription `subid` on `server`, through azure_core's pipeline.
pub fn client(server: &crate::server::TestServer) -> Setup {
    client_with(server, "subid", fast_polling())
}

/// The generated client for `subscription` on `server`, with `polling` as its polling bounds.
pub fn client_with(
    server: &crate::server::TestServer,
    subscription: &str,
    polling: express_route::PollingOptions,
) -> Setup {
    let credential = std::sync::Arc::new(FixedTokenCredential::new(TOKEN));
    let http = std::sync::Arc::new(LoopbackHttpClient::default());
    let options = express_route::ExpressRouteClientOptions {
        client_options: client_options(http.clone()),
        polling,
        ..Default::default()
    };
    let client = express_route::ExpressRouteClient::with_endpoint(
        &https_url(server),
        credential.clone(),
        subscription,
        Some(options),
    )
    .expect("a client for the test server");
    Setup { client, credential, http }
}

/// Panics unless every request in `log` carried [`TOKEN`] as its bearer token.
pub fn assert_bearer(log: &[crate::server::Recorded]) {
    for request in log {
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {TOKEN}").as_str()),
            "{} {} carries the credential's token",
            request.method,
            request.target
        );
    }
}
