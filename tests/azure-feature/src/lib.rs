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

/// Sends each request as plain HTTP to its URL's (loopback) address, whatever its scheme.
#[derive(Debug, Default)]
pub struct LoopbackHttpClient;

#[async_trait::async_trait]
impl HttpClient for LoopbackHttpClient {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
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
        let response = codegen_tests::transport::round_trip(&plain)
            .map_err(|e| azure_core::Error::with_message(ErrorKind::Io, e))?;
        let mut headers = Headers::new();
        for (name, value) in response.headers() {
            let value = value.to_str().map_err(|e| azure_core::Error::new(ErrorKind::DataConversion, e))?;
            headers.insert(name.as_str().to_owned(), value.to_owned());
        }
        let status = StatusCode::from(response.status().as_u16());
        Ok(AsyncRawResponse::from_bytes(status, headers, response.into_body()))
    }
}
