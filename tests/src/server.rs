//! A scripted HTTP/1.1 test server on `127.0.0.1`, std only, for driving a generated client
//! end to end.
//!
//! The test queues the exchanges it expects with [`TestServer::expect`] (what the request must
//! be, and the reply to send); the server answers requests in order, checks each against the
//! next expectation and records every mismatch. [`TestServer::finish`] returns the mismatches
//! and the expectations never met. A request that does not match is answered with a 500 and an
//! ARM error body naming the mismatch, so the client fails too.
//!
//! One request per connection (`Connection: close`), handled on one server thread, so the order
//! of exchanges is the order the client sends them. Only loopback; the thread stops when the
//! server is dropped.

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

/// How long the server waits for a client to send its request.
const IO_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest request the server reads.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// A request the server received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    pub method: String,
    /// The request target as sent: `/path?query`.
    pub target: String,
    /// Header names lower-cased, in the order sent.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    /// The raw (still percent-encoded) path.
    pub fn raw_path(&self) -> &str {
        self.target.split_once('?').map_or(self.target.as_str(), |(p, _)| p)
    }

    /// The raw query, without `?`.
    pub fn raw_query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, q)| q)
    }

    /// The path's segments (after the leading `/`), each percent-decoded.
    pub fn path_segments(&self) -> Vec<String> {
        let path = self.raw_path();
        path.strip_prefix('/').unwrap_or(path).split('/').map(percent_decode).collect()
    }

    /// The percent-decoded path.
    pub fn decoded_path(&self) -> String {
        percent_decode(self.raw_path())
    }

    /// The query's `name=value` pairs, percent-decoded (`+` stays `+`), in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        query_pairs(self.raw_query().unwrap_or(""))
    }

    /// A header's value (first occurrence, name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// What the server expects of one request. `path` is compared percent-decoded, `query` as a
/// set of decoded pairs (exactly these, any order), `body` as JSON (`None`: no body at all).
#[derive(Clone, Debug)]
pub struct Expect {
    /// Names the exchange in failure messages.
    pub label: String,
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
}

impl Expect {
    /// A request with `method` and decoded `path`, with no query and no body.
    pub fn new(label: impl Into<String>, method: &str, path: impl Into<String>) -> Self {
        Expect { label: label.into(), method: method.to_owned(), path: path.into(), query: Vec::new(), body: None }
    }

    /// Adds a query pair the request must have.
    pub fn query(mut self, name: &str, value: &str) -> Self {
        self.query.push((name.to_owned(), value.to_owned()));
        self
    }

    /// The request must carry this JSON body (with `content-type: application/json`).
    pub fn json_body(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }

    /// Every way `request` differs from this expectation.
    pub fn mismatches(&self, request: &Recorded) -> Vec<String> {
        let mut out = Vec::new();
        if request.method != self.method {
            out.push(format!("method: expected {}, got {}", self.method, request.method));
        }
        let path = request.decoded_path();
        if path != self.path {
            out.push(format!("path: expected {}, got {path} (raw {})", self.path, request.raw_path()));
        }
        let mut got = request.query_pairs();
        let mut want = self.query.clone();
        got.sort();
        want.sort();
        if got != want {
            out.push(format!("query: expected {want:?}, got {got:?}"));
        }
        match &self.body {
            None if !request.body.is_empty() => {
                out.push(format!("body: expected none, got {}", String::from_utf8_lossy(&request.body)))
            }
            None => {}
            Some(want) => {
                match serde_json::from_slice::<Value>(&request.body) {
                    Ok(got) if &got == want => {}
                    Ok(got) => {
                        let mut lines = Vec::new();
                        crate::examples::json_diff(want, &got, "", &mut lines);
                        out.push(format!(
                            "body differs from the expected JSON:\n    {}\n  expected: {want}\n  got:      {got}",
                            lines.join("\n    ")
                        ));
                    }
                    Err(e) => out.push(format!("body is not JSON ({e}): {}", String::from_utf8_lossy(&request.body))),
                }
                let ct = request.header("content-type").unwrap_or("");
                if !ct.starts_with("application/json") {
                    out.push(format!("content-type: expected application/json, got {ct:?}"));
                }
            }
        }
        out
    }
}

/// A reply the server sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// A reply without a body.
    pub fn empty(status: u16) -> Self {
        Reply { status, headers: Vec::new(), body: Vec::new() }
    }

    /// A JSON reply.
    pub fn json(status: u16, body: &Value) -> Self {
        Reply {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.to_string().into_bytes(),
        }
    }

    /// A reply with a raw body, sent as is.
    pub fn raw(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Reply { status, headers: Vec::new(), body: body.into() }
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_owned(), value.into()));
        self
    }
}

#[derive(Default)]
struct State {
    script: VecDeque<(Expect, Reply)>,
    log: Vec<Recorded>,
    failures: Vec<String>,
}

/// The server; dropping it stops its thread.
pub struct TestServer {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl TestServer {
    /// Starts a server on a free loopback port.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("binding 127.0.0.1:0");
        let addr = listener.local_addr().expect("local address");
        let state = Arc::new(Mutex::new(State::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let state = Arc::clone(&state);
            let stop = Arc::clone(&stop);
            std::thread::Builder::new()
                .name(format!("test-server-{}", addr.port()))
                .spawn(move || serve(listener, state, stop))
                .expect("spawning the server thread")
        };
        TestServer { addr, state, stop, thread: Some(thread) }
    }

    /// `http://127.0.0.1:<port>`, no trailing slash.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Queues an exchange: the next unanswered request must match `expect`; it gets `reply`.
    pub fn expect(&self, expect: Expect, reply: Reply) {
        lock(&self.state).script.push_back((expect, reply));
    }

    /// Every request received so far, in order.
    pub fn log(&self) -> Vec<Recorded> {
        lock(&self.state).log.clone()
    }

    /// The failures so far (mismatched or unexpected requests) plus one per exchange still
    /// queued; clears the script, the log and the failures.
    pub fn finish(&self) -> Vec<String> {
        let mut state = lock(&self.state);
        let mut failures = std::mem::take(&mut state.failures);
        for (expect, _) in state.script.drain(..) {
            failures.push(format!("{}: expected request never came: {} {}", expect.label, expect.method, expect.path));
        }
        state.log.clear();
        failures
    }

    /// Panics with every failure [`TestServer::finish`] reports.
    pub fn assert_clean(&self) {
        let failures = self.finish();
        assert!(failures.is_empty(), "test server: {} failure(s):\n{}", failures.len(), failures.join("\n"));
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A panic elsewhere must not hide the failures recorded so far.
    state.lock().unwrap_or_else(|e| e.into_inner())
}

fn serve(listener: TcpListener, state: Arc<Mutex<State>>, stop: Arc<AtomicBool>) {
    for stream in listener.incoming() {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let Ok(mut stream) = stream else { continue };
        let _ = stream.set_read_timeout(Some(IO_TIMEOUT));
        let _ = stream.set_write_timeout(Some(IO_TIMEOUT));
        let reply = match read_request(&mut stream) {
            Ok(request) => answer(&state, request),
            Err(e) => {
                lock(&state).failures.push(format!("unreadable request: {e}"));
                error_reply(400, "BadRequest", &e)
            }
        };
        let _ = write_reply(&mut stream, &reply);
    }
}

fn answer(state: &Mutex<State>, request: Recorded) -> Reply {
    let mut state = lock(state);
    state.log.push(request.clone());
    match state.script.pop_front() {
        Some((expect, reply)) => {
            let mismatches = expect.mismatches(&request);
            if mismatches.is_empty() {
                reply
            } else {
                let message = format!(
                    "{}: request {} {} does not match:\n  {}",
                    expect.label,
                    request.method,
                    request.target,
                    mismatches.join("\n  ")
                );
                state.failures.push(message.clone());
                error_reply(500, "TestServerMismatch", &message)
            }
        }
        None => {
            let message = format!("unexpected request (nothing queued): {} {}", request.method, request.target);
            state.failures.push(message.clone());
            error_reply(500, "TestServerUnexpected", &message)
        }
    }
}

fn error_reply(status: u16, code: &str, message: &str) -> Reply {
    Reply::json(status, &json!({ "error": { "code": code, "message": message } }))
}

fn read_request(stream: &mut TcpStream) -> Result<Recorded, String> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).map_err(|e| format!("reading the request line: {e}"))?;
    let mut parts = line.trim_end().splitn(3, ' ');
    let (Some(method), Some(target), Some(version)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(format!("bad request line {line:?}"));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(format!("not HTTP/1.x: {line:?}"));
    }
    let (method, target) = (method.to_owned(), target.to_owned());
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).map_err(|e| format!("reading headers: {e}"))?;
        let h = h.trim_end_matches(['\r', '\n']);
        if h.is_empty() {
            break;
        }
        let (name, value) = h.split_once(':').ok_or_else(|| format!("bad header line {h:?}"))?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let length = match headers.iter().find(|(n, _)| n == "content-length") {
        Some((_, v)) => v.parse::<usize>().map_err(|_| format!("bad content-length {v:?}"))?,
        None => 0,
    };
    if headers.iter().any(|(n, v)| n == "transfer-encoding" && !v.eq_ignore_ascii_case("identity")) {
        return Err("chunked request bodies are not supported".into());
    }
    if length > MAX_BODY {
        return Err(format!("request body too large ({length} bytes)"));
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).map_err(|e| format!("reading the body: {e}"))?;
    Ok(Recorded { method, target, headers, body })
}

fn write_reply(stream: &mut TcpStream, reply: &Reply) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status));
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\nConnection: close\r\n\r\n", reply.body.len()));
    stream.write_all(head.as_bytes())?;
    stream.write_all(&reply.body)?;
    stream.flush()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        400 => "Bad Request",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Status",
    }
}

/// Percent-decodes `%XX` escapes (invalid escapes are kept as written); invalid UTF-8 is
/// replaced.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `a=1&b=2` as decoded pairs (`name` alone gives an empty value).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}
