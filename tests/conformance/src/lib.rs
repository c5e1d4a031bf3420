//! The conformance suite's crate: a client generated (by `build.rs`) from every Swagger file of
//! the AutoRest test server, one module each (`conformance_tests::body_boolean::BodyBooleanClient`),
//! and the helpers the tests share: where the server is ([`server_url`]), azure_core options
//! with a plain-HTTP loopback transport ([`client_options`]) and the report of the files
//! `build.rs` left out ([`SKIPPED`]).
//!
//! `tests/conformance/run` starts the pinned server (or uses the one given) and exports
//! `AUTOREST_TESTSERVER_URL`; the tests send every request there.

include!(concat!(env!("OUT_DIR"), "/all.rs"));

pub mod transport;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The server's base URL (`http://127.0.0.1:PORT`), without a trailing `/`; `None` when the
/// tests run without `./run`.
pub fn server_url() -> Option<String> {
    std::env::var("AUTOREST_TESTSERVER_URL").ok().map(|u| u.trim_end_matches('/').to_string())
}

/// The server's URL for a test: `None` (the test returns early, passing) when no server is
/// configured outside `run`; a panic when `run` (`CONFORMANCE_REQUIRED`) should have set one.
pub fn server() -> Option<String> {
    let url = server_url();
    if url.is_none() {
        assert!(
            std::env::var_os("CONFORMANCE_REQUIRED").is_none(),
            "CONFORMANCE_REQUIRED is set but AUTOREST_TESTSERVER_URL is not"
        );
        eprintln!("AUTOREST_TESTSERVER_URL is not set: run tests/conformance/run (it starts the server)");
    }
    url
}

/// `host:port` of an `http://` URL.
pub fn authority(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("http://")?;
    Some(rest.split('/').next().unwrap_or(rest))
}

/// azure_core client options for the test server: the loopback transport of [`transport`] and
/// fast fixed retries (the retry scenarios answer 408/500/502/503/504 once, then 200).
pub fn client_options() -> azure_core::http::ClientOptions {
    use azure_core::http::{ClientOptions, FixedRetryOptions, RetryOptions, Transport};
    ClientOptions {
        transport: Some(Transport::new(std::sync::Arc::new(transport::Loopback::default()))),
        retry: RetryOptions::fixed(FixedRetryOptions {
            delay: azure_core::time::Duration::milliseconds(1),
            max_retries: 3,
            max_total_elapsed: azure_core::time::Duration::seconds(20),
        }),
        ..ClientOptions::default()
    }
}

/// Runs a test's future to completion (the clients are async; the transport is blocking).
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    pollster::block_on(f)
}

/// The HTTP status of an azure_core error (an unexpected status the client refused), if any.
pub fn error_status(e: &azure_core::Error) -> Option<u16> {
    match e.kind() {
        azure_core::error::ErrorKind::HttpResponse { status, .. } => Some(u16::from(*status)),
        _ => None,
    }
}

/// A plain HTTP/1.1 GET on the server (no client library: for the suite's own checks, not for
/// scenarios, which the generated clients drive). Returns the status code and the body.
pub fn get(url: &str, path: &str) -> std::io::Result<(u16, String)> {
    let authority = authority(url).ok_or_else(|| std::io::Error::other(format!("not an http:// URL: {url}")))?;
    let mut stream = TcpStream::connect(authority)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n")?;
    let mut raw = String::new();
    stream.read_to_string(&mut raw)?;
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((raw.as_str(), ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line in: {head}")))?;
    Ok((status, body.to_string()))
}

/// Asserts a response's status and that its body is empty (the scenarios that answer no body).
pub fn assert_no_body<T, F>(response: &azure_core::http::Response<T, F>, status: u16) {
    assert_eq!(u16::from(response.status()), status, "status");
    assert!(response.body().is_empty(), "no body expected, got {:?}", String::from_utf8_lossy(response.body()));
}

/// Asserts a call succeeded with `status` (the server answers 400 when the request differs from
/// what the scenario expects).
pub fn assert_status<T, F>(result: azure_core::Result<azure_core::http::Response<T, F>>, status: u16) {
    match result {
        Ok(r) => assert_eq!(u16::from(r.status()), status, "status"),
        Err(e) => panic!("expected {status}, got an error: {e} ({:?})", e.kind()),
    }
}

/// The status of a call that must fail with an HTTP error status.
pub fn failed_status<T>(result: azure_core::Result<T>) -> u16 {
    match result {
        Ok(_) => panic!("expected an HTTP error, the call succeeded"),
        Err(e) => error_status(&e).unwrap_or_else(|| panic!("expected an HTTP error, got {e}")),
    }
}

/// A response header's value as received (the generated `...Headers` traits give typed access to
/// the declared ones; this is for the suite's own checks).
pub fn header<T, F>(response: &azure_core::http::Response<T, F>, name: &str) -> Option<String> {
    response.headers().iter().find(|(n, _)| n.as_str().eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str().to_owned())
}

/// The request id the `x-ms-client-request-id` scenarios expect
/// (`header_customRequestId`, lro's `LROsCustomHeader_*`, azure-special-properties).
pub const CLIENT_REQUEST_ID: &str = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0";

/// A call context whose `x-ms-client-request-id` is `id` (azure_core's client-request-id policy
/// reads `ClientRequestId` from the context instead of a fresh UUID).
pub fn request_id_context(id: &str) -> azure_core::http::Context<'static> {
    azure_core::http::Context::new().with_value(azure_core::http::request::options::ClientRequestId::new(id.to_owned()))
}

/// The port of the server's URL (for `x-ms-parameterized-host` templates such as
/// `{accountName}{host}`: `local` + `host:PORT` is `localhost:PORT`, the server).
pub fn server_port(url: &str) -> u16 {
    authority(url).and_then(|a| a.rsplit(':').next()).and_then(|p| p.parse().ok()).expect("a port in the server URL")
}
