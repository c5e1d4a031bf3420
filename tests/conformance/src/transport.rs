//! [`Loopback`]: an azure_core `HttpClient` for the loopback test server, over std
//! `TcpStream` (blocking; fine under `pollster`). It does what an ordinary HTTP client (reqwest,
//! which the generated crates get through azure_identity's defaults) does for the scenarios:
//!
//! - HTTP/1.1, one request per connection, `Content-Length` or chunked response bodies;
//! - follows redirects: 301/302 for GET and HEAD only (RFC 9110: a client may change other
//!   methods to GET, which loses the request; AutoRest's scenarios expect PUT/PATCH 301/302 to be
//!   returned as they are), 303 as a GET (HEAD stays HEAD) without a body, 307/308 with the same
//!   method and body, at most 10; 300 is returned as it is;
//! - keeps cookies (the retry scenarios track their state in a `tries` cookie).
//!
//! Loopback addresses only: anything else is refused.

use azure_core::error::ErrorKind;
use azure_core::http::headers::Headers;
use azure_core::http::{AsyncRawResponse, Body, HttpClient, Request, StatusCode};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Mutex;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(30);

/// The transport; see the module docs.
#[derive(Debug, Default)]
pub struct Loopback {
    cookies: Mutex<BTreeMap<String, String>>,
    sent: Mutex<Vec<Sent>>,
}

/// A request as it went on the wire.
#[derive(Debug, Clone)]
pub struct Sent {
    pub method: String,
    /// Path and query, as sent.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// A whole response.
#[derive(Debug)]
pub struct Received {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Loopback {
    /// Every request sent so far, in order.
    pub fn sent(&self) -> Vec<Sent> {
        self.sent.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn cookie_header(&self) -> Option<String> {
        let jar = self.cookies.lock().unwrap_or_else(|e| e.into_inner());
        (!jar.is_empty()).then(|| jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; "))
    }

    fn keep_cookies(&self, headers: &[(String, String)]) {
        let mut jar = self.cookies.lock().unwrap_or_else(|e| e.into_inner());
        for (name, value) in headers {
            if !name.eq_ignore_ascii_case("set-cookie") {
                continue;
            }
            let mut parts = value.split(';');
            let Some((k, v)) = parts.next().and_then(|kv| kv.split_once('=')) else { continue };
            let (k, v) = (k.trim().to_owned(), v.trim().to_owned());
            let expired = parts.any(|a| {
                let a = a.trim().to_ascii_lowercase();
                a.starts_with("expires=") && a.contains("1970") || a == "max-age=0"
            });
            if v.is_empty() || expired {
                jar.remove(&k);
            } else {
                jar.insert(k, v);
            }
        }
    }

    /// Sends one request (no redirects).
    pub fn round_trip(
        &self,
        method: &str,
        url: &azure_core::http::Url,
        headers: &[(String, String)],
        body: &[u8],
    ) -> Result<Received, String> {
        if url.scheme() != "http" && url.scheme() != "https" {
            return Err(format!("only http(s):// URLs are supported, not {url}"));
        }
        let host = url.host_str().ok_or_else(|| format!("no host in {url}"))?;
        let port = url.port().unwrap_or(80);
        let host_for_socket = host.trim_start_matches('[').trim_end_matches(']');
        let addr = (host_for_socket, port)
            .to_socket_addrs()
            .map_err(|e| format!("resolving {host}: {e}"))?
            .find(|a| a.ip().is_loopback())
            .ok_or_else(|| format!("{host} is not a loopback address: refused"))?;
        let mut stream =
            TcpStream::connect_timeout(&addr, TIMEOUT).map_err(|e| format!("connecting to {addr}: {e}"))?;
        stream
            .set_read_timeout(Some(TIMEOUT))
            .and_then(|()| stream.set_write_timeout(Some(TIMEOUT)))
            .map_err(|e| e.to_string())?;

        let mut target = url.path().to_owned();
        if let Some(q) = url.query() {
            target.push('?');
            target.push_str(q);
        }
        let mut head = format!("{method} {target} HTTP/1.1\r\nHost: {host}:{port}\r\n");
        let mut all_headers: Vec<(String, String)> = headers.to_vec();
        if let Some(c) = self.cookie_header() {
            all_headers.push(("cookie".into(), c));
        }
        for (name, value) in &all_headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        let has_length = all_headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("content-length"));
        if !has_length && (!body.is_empty() || !matches!(method, "GET" | "HEAD" | "DELETE" | "OPTIONS")) {
            head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        }
        head.push_str("Connection: close\r\n\r\n");
        self.sent.lock().unwrap_or_else(|e| e.into_inner()).push(Sent {
            method: method.to_owned(),
            target: target.clone(),
            headers: all_headers,
            body: body.to_vec(),
        });
        stream
            .write_all(head.as_bytes())
            .and_then(|()| stream.write_all(body))
            .and_then(|()| stream.flush())
            .map_err(|e| format!("sending to {addr}: {e}"))?;

        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).map_err(|e| format!("reading from {addr}: {e}"))?;
        let received = parse_response(&raw, method == "HEAD")?;
        if std::env::var_os("CONFORMANCE_TRACE").is_some() {
            eprintln!(
                "conformance trace: {head}{}\n  -> {} {:?} {}",
                String::from_utf8_lossy(body),
                received.status,
                received.headers,
                String::from_utf8_lossy(&received.body)
            );
        }
        self.keep_cookies(&received.headers);
        Ok(received)
    }
}

#[async_trait::async_trait]
impl HttpClient for Loopback {
    async fn execute_request(&self, request: &Request) -> azure_core::Result<AsyncRawResponse> {
        let mut method = request.method().as_str().to_owned();
        let mut url = request.url().clone();
        let mut body = match request.body() {
            Body::Bytes(bytes) => bytes.to_vec(),
            #[allow(unreachable_patterns)]
            _ => return Err(azure_core::Error::with_message(ErrorKind::Other, "streamed request bodies are not supported")),
        };
        let mut headers: Vec<(String, String)> =
            request.headers().iter().map(|(n, v)| (n.as_str().to_owned(), v.as_str().to_owned())).collect();
        let mut hops = 0;
        let response = loop {
            let r = self
                .round_trip(&method, &url, &headers, &body)
                .map_err(|e| azure_core::Error::with_message(ErrorKind::Io, e))?;
            let location = r.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("location")).map(|(_, v)| v.clone());
            let safe = method == "GET" || method == "HEAD";
            let follow = (matches!(r.status, 303 | 307 | 308) || (matches!(r.status, 301 | 302) && safe))
                && location.is_some()
                && hops < 10;
            if !follow {
                break r;
            }
            hops += 1;
            let location = location.unwrap_or_default();
            url = url
                .join(&location)
                .map_err(|e| azure_core::Error::with_message(ErrorKind::Other, format!("redirect to {location}: {e}")))?;
            if r.status == 303 && !safe {
                method = "GET".into();
                body.clear();
                headers.retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
            }
        };
        let mut out = Headers::new();
        for (name, value) in response.headers {
            out.insert(name.to_ascii_lowercase(), value);
        }
        Ok(AsyncRawResponse::from_bytes(StatusCode::from(response.status), out, response.body))
    }
}

/// Parses a whole HTTP/1.1 response (the connection was closed after it).
pub fn parse_response(raw: &[u8], head_request: bool) -> Result<Received, String> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or("response without a header end")?;
    let head = std::str::from_utf8(&raw[..end]).map_err(|e| format!("response head: {e}"))?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or("");
    let status: u16 = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line {status_line:?}"))?;
    let mut headers = Vec::new();
    let mut length = None;
    let mut chunked = false;
    for line in lines {
        let (name, value) = line.split_once(':').ok_or_else(|| format!("bad header line {line:?}"))?;
        let (name, value) = (name.trim(), value.trim());
        if name.eq_ignore_ascii_case("content-length") {
            length = Some(value.parse::<usize>().map_err(|_| format!("bad content-length {value:?}"))?);
        }
        if name.eq_ignore_ascii_case("transfer-encoding") && value.to_ascii_lowercase().contains("chunked") {
            chunked = true;
        }
        headers.push((name.to_owned(), value.to_owned()));
    }
    let rest = &raw[end + 4..];
    let body = if head_request || status == 204 || status == 304 {
        Vec::new()
    } else if chunked {
        dechunk(rest)?
    } else {
        match length {
            Some(n) if n <= rest.len() => rest[..n].to_vec(),
            Some(n) => return Err(format!("body cut short: {} of {n} bytes", rest.len())),
            None => rest.to_vec(),
        }
    };
    Ok(Received { status, headers, body })
}

fn dechunk(mut rest: &[u8]) -> Result<Vec<u8>, String> {
    let mut body = Vec::new();
    loop {
        let line_end = rest.windows(2).position(|w| w == b"\r\n").ok_or("chunk size line without an end")?;
        let size_line = std::str::from_utf8(&rest[..line_end]).map_err(|e| e.to_string())?;
        let size_hex = size_line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16).map_err(|_| format!("bad chunk size {size_line:?}"))?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        if rest.len() < size {
            return Err("chunk cut short".into());
        }
        body.extend_from_slice(&rest[..size]);
        rest = rest.get(size + 2..).unwrap_or(&[]);
    }
}
