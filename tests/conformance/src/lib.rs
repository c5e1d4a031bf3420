//! Helpers for the conformance tests: where the AutoRest test server is.
//!
//! `tests/conformance/run` starts the pinned server (or uses the one given) and exports
//! `AUTOREST_TESTSERVER_URL`; the tests send every request there.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The server's base URL (`http://127.0.0.1:PORT`), without a trailing `/`; `None` when the
/// tests run without `./run`.
pub fn server_url() -> Option<String> {
    std::env::var("AUTOREST_TESTSERVER_URL").ok().map(|u| u.trim_end_matches('/').to_string())
}

/// `host:port` of an `http://` URL.
pub fn authority(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("http://")?;
    Some(rest.split('/').next().unwrap_or(rest))
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
