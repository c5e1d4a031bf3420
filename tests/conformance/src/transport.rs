//! [`Loopback`]: an azure_core `HttpClient` for the loopback test server, over std
//! `TcpStream` (blocking; fine under `pollster`). It does what an ordinary HTTP client (reqwest,
//! which the generated crates get through azure_identity's defaults) does for the scenarios:
//!
//! - HTTP/1.1, one request per connection, `Content-Length` or chunked response bodies, read as
//!   the caller reads them (a streamed 3000 MB file is never held whole);
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

/// A response: its head, and its body still on the connection.
#[derive(Debug)]
pub struct Received {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: BodyReader,
}

/// How a response body ends.
#[derive(Debug, Clone, Copy)]
enum Framing {
    /// This many bytes are left.
    Length(usize),
    Chunked,
    /// At the end of the connection.
    Close,
}

/// Reads a response body from its connection, piece by piece.
#[derive(Debug)]
pub struct BodyReader {
    stream: TcpStream,
    /// Read from the connection, not yet returned.
    buf: Vec<u8>,
    framing: Framing,
    done: bool,
}

/// The most a piece of a `Content-Length` or close-delimited body holds.
const PIECE: usize = 1 << 20;

impl BodyReader {
    /// Reads until `buf` holds `n` bytes; false if the connection ends first.
    fn fill(&mut self, n: usize) -> Result<bool, String> {
        let mut tmp = vec![0u8; 64 * 1024];
        while self.buf.len() < n {
            let k = self.stream.read(&mut tmp).map_err(|e| format!("reading a response body: {e}"))?;
            if k == 0 {
                return Ok(false);
            }
            self.buf.extend_from_slice(&tmp[..k]);
        }
        Ok(true)
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        self.buf.drain(..n.min(self.buf.len())).collect()
    }

    /// The body's next piece; `None` at its end.
    fn next_piece(&mut self) -> Result<Option<Vec<u8>>, String> {
        if self.done {
            return Ok(None);
        }
        match self.framing {
            Framing::Length(0) => {
                self.done = true;
                Ok(None)
            }
            Framing::Length(left) => {
                if !self.fill(1)? {
                    return Err(format!("body cut short: {left} bytes missing"));
                }
                let piece = self.take(left.min(PIECE));
                self.framing = Framing::Length(left - piece.len());
                Ok(Some(piece))
            }
            Framing::Close => {
                if !self.fill(1)? {
                    self.done = true;
                    return Ok(None);
                }
                Ok(Some(self.take(PIECE)))
            }
            Framing::Chunked => self.next_chunk(),
        }
    }

    fn next_chunk(&mut self) -> Result<Option<Vec<u8>>, String> {
        let line_end = loop {
            if let Some(i) = self.buf.windows(2).position(|w| w == b"\r\n") {
                break i;
            }
            if !self.fill(self.buf.len() + 1)? {
                return Err("chunk size line without an end".into());
            }
        };
        let line = self.take(line_end + 2);
        let size_line = std::str::from_utf8(&line[..line_end]).map_err(|e| e.to_string())?;
        let size_hex = size_line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16).map_err(|_| format!("bad chunk size {size_line:?}"))?;
        if size == 0 {
            self.done = true;
            return Ok(None);
        }
        if !self.fill(size + 2)? {
            return Err("chunk cut short".into());
        }
        let data = self.take(size);
        self.take(2);
        Ok(Some(data))
    }

    /// The rest of the body.
    pub fn read_all(mut self) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        while let Some(piece) = self.next_piece()? {
            out.extend_from_slice(&piece);
        }
        Ok(out)
    }

    /// The rest of the body as azure_core's stream, read as it is polled.
    fn into_stream(self) -> azure_core::http::response::PinnedStream {
        Box::pin(futures::stream::unfold(self, |mut r| async move {
            match r.next_piece() {
                Ok(Some(piece)) => Some((Ok(azure_core::Bytes::from(piece)), r)),
                Ok(None) => None,
                Err(e) => {
                    r.done = true;
                    Some((Err(azure_core::Error::with_message(ErrorKind::Io, e)), r))
                }
            }
        }))
    }
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

        let received = read_response(stream, method == "HEAD")?;
        if std::env::var_os("CONFORMANCE_TRACE").is_some() {
            eprintln!(
                "conformance trace: {head}{}\n  -> {} {:?}",
                String::from_utf8_lossy(body),
                received.status,
                received.headers,
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
        Ok(AsyncRawResponse::new(StatusCode::from(response.status), out, response.body.into_stream()))
    }
}

/// Reads an HTTP/1.1 response's head; its body is left on the connection (the request said
/// `Connection: close`), for [`BodyReader`].
pub fn read_response(stream: TcpStream, head_request: bool) -> Result<Received, String> {
    let mut reader = BodyReader { stream, buf: Vec::new(), framing: Framing::Close, done: false };
    let end = loop {
        if let Some(i) = reader.buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        if !reader.fill(reader.buf.len() + 1)? {
            return Err("response without a header end".into());
        }
    };
    let raw = reader.take(end + 4);
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
    reader.framing = if head_request || status == 204 || status == 304 {
        Framing::Length(0)
    } else if chunked {
        Framing::Chunked
    } else {
        length.map_or(Framing::Close, Framing::Length)
    };
    Ok(Received { status, headers, body: reader })
}
