//! A blocking HTTP/1.1 round trip over std `TcpStream`: enough for the loopback
//! [`crate::server::TestServer`] (plain `http://`, one request per connection,
//! `Content-Length` bodies). [`crate::azure::LoopbackHttpClient`] sends azure_core's requests
//! through it.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(10);

/// Sends `request` and reads the whole response (blocking).
pub fn round_trip(request: &http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>, String> {
    let uri = request.uri();
    if uri.scheme_str() != Some("http") {
        return Err(format!("only http:// URLs are supported, not {uri}"));
    }
    let host = uri.host().ok_or_else(|| format!("no host in {uri}"))?;
    let port = uri.port_u16().unwrap_or(80);
    let addr = (host, port)
        .to_socket_addrs()
        .map_err(|e| format!("resolving {host}: {e}"))?
        .next()
        .ok_or_else(|| format!("{host} resolves to nothing"))?;
    if !addr.ip().is_loopback() {
        return Err(format!("refusing a non-loopback address: {addr}"));
    }
    let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT).map_err(|e| format!("connecting to {addr}: {e}"))?;
    stream
        .set_read_timeout(Some(TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(TIMEOUT)))
        .map_err(|e| e.to_string())?;

    let target = uri.path_and_query().map_or("/", |p| p.as_str());
    let mut head = format!("{} {target} HTTP/1.1\r\nHost: {host}:{port}\r\n", request.method());
    for (name, value) in request.headers() {
        let value = value.to_str().map_err(|e| format!("header {name} is not text: {e}"))?;
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\nConnection: close\r\n\r\n", request.body().len()));
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(request.body()))
        .and_then(|()| stream.flush())
        .map_err(|e| format!("sending to {addr}: {e}"))?;

    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).map_err(|e| format!("reading from {addr}: {e}"))?;
    parse_response(&raw)
}

/// Parses a whole HTTP/1.1 response (the connection was closed after it).
pub fn parse_response(raw: &[u8]) -> Result<http::Response<Vec<u8>>, String> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or("response without a header end")?;
    let head = std::str::from_utf8(&raw[..end]).map_err(|e| format!("response head: {e}"))?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or("");
    let status: u16 = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line {status_line:?}"))?;
    let mut builder = http::Response::builder().status(status);
    let mut length = None;
    for line in lines {
        let (name, value) = line.split_once(':').ok_or_else(|| format!("bad header line {line:?}"))?;
        let (name, value) = (name.trim(), value.trim());
        if name.eq_ignore_ascii_case("content-length") {
            length = Some(value.parse::<usize>().map_err(|_| format!("bad content-length {value:?}"))?);
        }
        builder = builder.header(name, value);
    }
    let rest = &raw[end + 4..];
    let body = match length {
        Some(n) if n <= rest.len() => rest[..n].to_vec(),
        Some(n) => return Err(format!("body cut short: {} of {n} bytes", rest.len())),
        None => rest.to_vec(),
    };
    builder.body(body).map_err(|e| e.to_string())
}
