//! The HTTP side of the generated client, emitted once per crate: a transport-agnostic core
//! (build an `http::Request`, parse an `http::Response`), the [`Client`], long-running
//! operation polling and paging.

// Not every generated crate uses every helper.
#![allow(dead_code)]

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

/// A boxed future, as transports return them.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Sends requests. Implement it for any HTTP stack; the `azure` feature provides one on
/// `azure_core`'s pipeline (credentials, retries, logging).
pub trait Transport: Send + Sync {
    /// Sends one request and returns the whole response.
    fn send(&self, request: http::Request<Vec<u8>>) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>>;

    /// Waits between polls of a long-running operation. The default uses a timer thread, so
    /// no async runtime is assumed; override it to use your runtime's timer.
    fn sleep(&self, duration: Duration) -> BoxFuture<'_, ()> {
        Box::pin(ThreadSleep::new(duration))
    }
}

/// A transport failure (connection refused, timeout...), as the transport describes it.
#[derive(Debug)]
pub struct TransportError(pub Box<dyn std::error::Error + Send + Sync>);

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Azure's error body (`{"error": {"code", "message", "target", "details"}}`), read leniently
/// from whatever the service sent; the spec's own error type is available via
/// [`ServiceError::body_as`].
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct CloudErrorBody {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub target: Option<String>,
    #[serde(default)]
    pub details: Vec<CloudErrorBody>,
}

impl CloudErrorBody {
    fn from_body(body: &[u8]) -> Option<Self> {
        #[derive(serde::Deserialize)]
        struct Envelope {
            error: CloudErrorBody,
        }
        serde_json::from_slice::<Envelope>(body)
            .map(|e| e.error)
            .or_else(|_| serde_json::from_slice::<CloudErrorBody>(body))
            .ok()
            .filter(|e| e.code.is_some() || e.message.is_some())
    }
}

/// An error response the operation declares (`default`): status, headers, the decoded error.
#[derive(Clone, Debug)]
pub struct ServiceError {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub error: CloudErrorBody,
    pub body: Vec<u8>,
}

impl ServiceError {
    /// The body decoded as the spec's error model (e.g. `models::CloudError`).
    pub fn body_as<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

/// Everything an operation can fail with. Never a panic: an unexpected status or body is an
/// error holding the status and the raw body.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status the operation declares.
    Service(Box<ServiceError>),
    /// A status the operation does not declare.
    UnexpectedStatus { status: u16, body: Vec<u8> },
    /// A declared status whose body is not the declared type.
    Decode { status: u16, body: Vec<u8>, source: serde_json::Error },
    /// A long-running operation ended in `Failed` or `Canceled`.
    OperationFailed { status: String, error: Option<CloudErrorBody> },
    /// The request could not be built (an invalid header value, a missing client parameter).
    Request(String),
    Transport(TransportError),
}

impl Error {
    /// The HTTP status, where the service sent one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Service(e) => Some(e.status),
            Error::UnexpectedStatus { status, .. } | Error::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Service(e) => {
                write!(f, "service error {}", e.status)?;
                if let Some(code) = &e.error.code {
                    write!(f, " {code}")?;
                }
                if let Some(message) = &e.error.message {
                    write!(f, ": {message}")?;
                }
                Ok(())
            }
            Error::UnexpectedStatus { status, body } => {
                write!(f, "unexpected status {status}: {}", String::from_utf8_lossy(&body[..body.len().min(512)]))
            }
            Error::Decode { status, source, .. } => write!(f, "cannot decode the {status} response: {source}"),
            Error::OperationFailed { status, error } => {
                write!(f, "long-running operation ended {status}")?;
                if let Some(m) = error.as_ref().and_then(|e| e.message.as_deref()) {
                    write!(f, ": {m}")?;
                }
                Ok(())
            }
            Error::Request(m) => write!(f, "cannot build the request: {m}"),
            Error::Transport(e) => write!(f, "transport error: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode { source, .. } => Some(source),
            Error::Transport(e) => Some(&*e.0),
            _ => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Settings of a [`Client`]: endpoint, client parameters, polling.
#[derive(Clone)]
pub struct Client {
    pub(crate) transport: Arc<dyn Transport>,
    pub(crate) endpoint: String,
    pub(crate) subscription_id: Option<String>,
    pub(crate) api_version: String,
    pub(crate) poll_interval: Duration,
    pub(crate) max_poll_interval: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint)
            .field("subscription_id", &self.subscription_id)
            .field("api_version", &self.api_version)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client sending through `transport` to the spec's default endpoint.
    pub fn with_transport(transport: impl Transport + 'static) -> Self {
        Client {
            transport: Arc::new(transport),
            endpoint: super::DEFAULT_ENDPOINT.to_owned(),
            subscription_id: None,
            api_version: super::API_VERSION.to_owned(),
            poll_interval: Duration::from_secs(30),
            max_poll_interval: Duration::from_secs(60),
        }
    }

    /// The subscription used by operations that take no resource id.
    pub fn subscription_id(mut self, id: impl Into<String>) -> Self {
        self.subscription_id = Some(id.into());
        self
    }

    /// Another endpoint (a sovereign cloud, a test server).
    pub fn endpoint(mut self, url: impl Into<String>) -> Self {
        self.endpoint = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// Overrides the `api-version` sent (default: the spec's).
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = version.into();
        self
    }

    /// Polling interval when the service sends no `Retry-After`, and the upper bound on any
    /// `Retry-After` it does send.
    pub fn poll_interval(mut self, default: Duration, max: Duration) -> Self {
        self.poll_interval = default.min(max);
        self.max_poll_interval = max;
        self
    }

    pub(crate) fn client_subscription(&self) -> Result<&str> {
        self.subscription_id
            .as_deref()
            .ok_or_else(|| Error::Request("this operation needs the client's subscription_id; set it with Client::subscription_id".into()))
    }

    /// Builds a request: `{name}`s of `template` replaced by percent-encoded values (each stays
    /// inside its own path segment), `api-version` and `query` appended.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn request(
        &self,
        method: http::Method,
        base: Option<&dyn ResourcePath>,
        template: &str,
        path: &[(&str, &str, bool)],
        query: &[(&str, String)],
        headers: &[(&str, String)],
        body: Option<Vec<u8>>,
    ) -> Result<http::Request<Vec<u8>>> {
        let mut url = self.endpoint.clone();
        if let Some(base) = base {
            base.write_path(&mut url)?;
        }
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            url.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('}').unwrap_or(after.len());
            let name = &after[..close];
            let (value, raw) = path
                .iter()
                .find(|(n, _, _)| *n == name)
                .map(|(_, v, raw)| (*v, *raw))
                .ok_or_else(|| Error::Request(format!("no value for path parameter {name}")))?;
            if value.is_empty() {
                return Err(Error::Request(format!("path parameter {name} is empty")));
            }
            if raw {
                // `x-ms-skip-url-encoding`: the spec says the value is already a path.
                url.push_str(value);
            } else {
                encode_segment(&mut url, value);
            }
            rest = after.get(close + 1..).unwrap_or("");
        }
        url.push_str(rest);
        url.push_str("?api-version=");
        encode_query(&mut url, &self.api_version);
        for (k, v) in query {
            url.push('&');
            encode_query(&mut url, k);
            url.push('=');
            encode_query(&mut url, v);
        }
        let mut builder = http::Request::builder().method(method).uri(url).header("accept", "application/json");
        if body.is_some() {
            builder = builder.header("content-type", "application/json");
        }
        for (k, v) in headers {
            builder = builder.header(*k, v.as_str());
        }
        builder.body(body.unwrap_or_default()).map_err(|e| Error::Request(e.to_string()))
    }

    /// A GET of an absolute URL the service handed out (next page, polling).
    pub(crate) fn get_url(&self, url: &str) -> Result<http::Request<Vec<u8>>> {
        http::Request::builder()
            .method(http::Method::GET)
            .uri(url)
            .header("accept", "application/json")
            .body(Vec::new())
            .map_err(|e| Error::Request(format!("invalid URL from the service: {e}")))
    }

    pub(crate) async fn send(&self, request: http::Request<Vec<u8>>) -> Result<http::Response<Vec<u8>>> {
        self.transport.send(request).await.map_err(Error::Transport)
    }
}

/// A typed resource id as the start of an operation's path.
pub trait ResourcePath {
    /// Appends the id's path, every name percent-encoded inside its own segment.
    fn write_path(&self, out: &mut String) -> Result<()>;
}

/// Appends `/<collection>/<name>`, refusing an empty name (it would change the path's shape);
/// `label` names the id's field in that error.
pub(crate) fn write_segment(out: &mut String, collection: &str, name: &str, label: &str) -> Result<()> {
    if name.is_empty() {
        return Err(Error::Request(format!("{label} is empty in a resource id")));
    }
    out.push('/');
    out.push_str(collection);
    out.push('/');
    encode_segment(out, name);
    Ok(())
}

/// Percent-encodes everything but RFC 3986 unreserved characters, and dots in `.`/`..`, so a
/// value never adds, removes or escapes a path segment.
pub fn encode_segment(out: &mut String, value: &str) {
    if value == "." || value == ".." {
        out.push_str(&"%2E".repeat(value.len()));
        return;
    }
    encode(out, value);
}

fn encode_query(out: &mut String, value: &str) {
    encode(out, value);
}

fn encode(out: &mut String, value: &str) {
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

/// Turns a response into an operation's result: `ok` statuses are decoded by `decode`, a
/// declared error status into [`Error::Service`], anything else into [`Error::UnexpectedStatus`].
pub(crate) fn parse<T>(
    response: http::Response<Vec<u8>>,
    ok: &[u16],
    decode: impl FnOnce(u16, &[u8]) -> Result<T>,
) -> Result<T> {
    let status = response.status().as_u16();
    if ok.contains(&status) {
        return decode(status, response.body());
    }
    Err(service_error(response))
}

/// Every non-success status is the operation's `default` error (Azure declares one for all).
pub(crate) fn service_error(response: http::Response<Vec<u8>>) -> Error {
    let status = response.status().as_u16();
    let (parts, body) = response.into_parts();
    if status < 400 {
        return Error::UnexpectedStatus { status, body };
    }
    match CloudErrorBody::from_body(&body) {
        Some(error) => Error::Service(Box::new(ServiceError { status, headers: parts.headers, error, body })),
        None => Error::UnexpectedStatus { status, body },
    }
}

/// Decodes a JSON body.
pub(crate) fn json<T: serde::de::DeserializeOwned>(status: u16, body: &[u8]) -> Result<T> {
    serde_json::from_slice(body).map_err(|source| Error::Decode { status, body: body.to_vec(), source })
}

/// Serializes a request body.
pub(crate) fn to_body<T: serde::Serialize>(value: &T) -> Result<Option<Vec<u8>>> {
    serde_json::to_vec(value).map(Some).map_err(|e| Error::Request(e.to_string()))
}

/// Decodes a success response's body, given its status.
pub type Decoder<T> = fn(u16, &[u8]) -> Result<T>;

/// For operations without a response body.
pub(crate) fn empty(_: u16, _: &[u8]) -> Result<()> {
    Ok(())
}

/// One request to send: inspect it with [`Call::request`], parse a response you obtained
/// yourself with [`Call::parse`], or `.await` it to send it through the client.
pub struct Call<T> {
    client: Client,
    request: Result<http::Request<Vec<u8>>>,
    ok: &'static [u16],
    decode: Decoder<T>,
}

impl<T> fmt::Debug for Call<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call").field("request", &self.request).finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Call<T> {
    /// `ok`: the success statuses, decoded by `decode`; others are errors.
    pub(crate) fn new(client: &Client, request: Result<http::Request<Vec<u8>>>, ok: &'static [u16], decode: Decoder<T>) -> Self {
        Call { client: client.clone(), request, ok, decode }
    }

    /// The request this call sends.
    pub fn request(&self) -> Result<&http::Request<Vec<u8>>, &Error> {
        self.request.as_ref()
    }

    /// The request, taken out to send it elsewhere.
    pub fn into_request(self) -> Result<http::Request<Vec<u8>>> {
        self.request
    }

    /// Parses a response to this call's request.
    pub fn parse(&self, response: http::Response<Vec<u8>>) -> Result<T> {
        parse(response, self.ok, self.decode)
    }

    /// Sends the request and parses the response.
    pub async fn send(self) -> Result<T> {
        let response = self.client.send(self.request?).await?;
        parse(response, self.ok, self.decode)
    }
}

impl<T: Send + 'static> IntoFuture for Call<T> {
    type Output = Result<T>;
    type IntoFuture = BoxFuture<'static, Result<T>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// Where a long-running operation's final result is read (`x-ms-long-running-operation-options`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinalState {
    /// The status monitor's last response (for PUT/PATCH: a GET of the original URL).
    AzureAsyncOperation,
    /// A GET of the initial response's `Location`.
    Location,
    /// A GET of the original URL.
    OriginalUri,
    /// Like `AzureAsyncOperation`, with the `Operation-Location` header.
    OperationLocation,
}

/// What one step of polling found.
#[derive(Debug)]
pub enum PollStatus<T> {
    /// Still running; the service's status text (`InProgress`, `Updating`...).
    InProgress(String),
    /// Finished; the final result.
    Done(T),
}

/// A long-running operation: `.await` it for the final result, or [`Lro::begin`] it and drive
/// the returned [`Poller`] step by step.
pub struct Lro<T> {
    client: Client,
    request: Result<http::Request<Vec<u8>>>,
    ok: &'static [u16],
    body: &'static [u16],
    final_state: FinalState,
    output: fn(Option<T>) -> Result<T>,
}

impl<T> fmt::Debug for Lro<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lro").field("request", &self.request).field("final_state", &self.final_state).finish()
    }
}

/// The result in a response body, if the response `carries` one and the body is not empty.
fn decode_result<T: serde::de::DeserializeOwned>(status: u16, bytes: &[u8], carries: bool) -> Result<Option<T>> {
    if carries && !bytes.is_empty() {
        json(status, bytes).map(Some)
    } else {
        Ok(None)
    }
}

impl<T: serde::de::DeserializeOwned + Send + Sync + 'static> Lro<T> {
    /// `ok`: the initial response's success statuses; `body`: those carrying the result;
    /// `output` turns the final body into the result (`()` for operations without one).
    pub(crate) fn new(
        client: &Client,
        request: Result<http::Request<Vec<u8>>>,
        ok: &'static [u16],
        body: &'static [u16],
        final_state: FinalState,
        output: fn(Option<T>) -> Result<T>,
    ) -> Self {
        Lro { client: client.clone(), request, ok, body, final_state, output }
    }

    /// The initial request.
    pub fn request(&self) -> Result<&http::Request<Vec<u8>>, &Error> {
        self.request.as_ref()
    }

    /// Sends the initial request and returns a poller.
    pub async fn begin(self) -> Result<Poller<T>> {
        let client = self.client.clone();
        let request = self.request?;
        let method = request.method().clone();
        let original = request.uri().to_string();
        let response = client.send(request).await?;
        let status = response.status().as_u16();
        let monitor = header(&response, "azure-asyncoperation").or_else(|| header(&response, "operation-location"));
        let location = header(&response, "location");
        let retry = retry_after(&response);
        let body = self.body;
        let immediate = parse(response, self.ok, |s, b| decode_result(s, b, body.contains(&s)))?;
        let done = status != 202 && monitor.is_none() && (location.is_none() || status != 201);
        Ok(Poller {
            client,
            method,
            original,
            monitor,
            location,
            retry,
            final_state: self.final_state,
            ok: self.ok,
            body: self.body,
            output: self.output,
            result: if done { Some(immediate) } else { None },
            finished: false,
        })
    }

    /// Runs the operation to completion.
    pub async fn wait(self) -> Result<T> {
        let mut poller = self.begin().await?;
        loop {
            // Wait before every poll, the first included: the initial response's
            // `Retry-After` applies to it.
            if !poller.is_done() {
                poller.sleep().await;
            }
            if let PollStatus::Done(value) = poller.poll().await? {
                return Ok(value);
            }
        }
    }
}

impl<T: serde::de::DeserializeOwned + Send + Sync + 'static> IntoFuture for Lro<T> {
    type Output = Result<T>;
    type IntoFuture = BoxFuture<'static, Result<T>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.wait())
    }
}

/// Drives a started long-running operation.
pub struct Poller<T> {
    client: Client,
    method: http::Method,
    original: String,
    monitor: Option<String>,
    location: Option<String>,
    retry: Option<Duration>,
    final_state: FinalState,
    ok: &'static [u16],
    body: &'static [u16],
    output: fn(Option<T>) -> Result<T>,
    result: Option<Option<T>>,
    finished: bool,
}

impl<T> fmt::Debug for Poller<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Poller")
            .field("monitor", &self.monitor)
            .field("location", &self.location)
            .field("final_state", &self.final_state)
            .finish_non_exhaustive()
    }
}

impl<T: serde::de::DeserializeOwned + Send + Sync + 'static> Poller<T> {
    /// How long to wait before the next poll: the service's `Retry-After`, bounded by the
    /// client's maximum, or the client's default interval.
    pub fn delay(&self) -> Duration {
        delay(self.retry, self.client.poll_interval, self.client.max_poll_interval)
    }

    /// Whether the next [`Poller::poll`] returns the result without asking the service.
    pub fn is_done(&self) -> bool {
        self.result.is_some()
    }

    /// Waits [`Poller::delay`] using the transport's timer.
    pub async fn sleep(&self) {
        self.client.transport.sleep(self.delay()).await;
    }

    /// Polls once.
    pub async fn poll(&mut self) -> Result<PollStatus<T>> {
        match self.poll_raw().await? {
            PollStatus::Done(v) => (self.output)(v).map(PollStatus::Done),
            PollStatus::InProgress(s) => Ok(PollStatus::InProgress(s)),
        }
    }

    async fn poll_raw(&mut self) -> Result<PollStatus<Option<T>>> {
        if let Some(result) = self.result.take() {
            self.finished = true;
            return Ok(PollStatus::Done(result));
        }
        if self.finished {
            return Err(Error::Request("the operation already finished".into()));
        }
        if let Some(url) = self.monitor.clone() {
            let response = self.client.send(self.client.get_url(&url)?).await?;
            self.retry = retry_after(&response);
            let status = response.status().as_u16();
            if status >= 400 {
                return Err(service_error(response));
            }
            let body: MonitorBody = json(status, response.body())?;
            return match body.status.as_str() {
                s if s.eq_ignore_ascii_case("succeeded") => self.finish(Some(response)).await,
                s if s.eq_ignore_ascii_case("failed") || s.eq_ignore_ascii_case("canceled") || s.eq_ignore_ascii_case("cancelled") => {
                    self.finished = true;
                    Err(Error::OperationFailed { status: body.status, error: body.error })
                }
                _ => Ok(PollStatus::InProgress(body.status)),
            };
        }
        let Some(url) = self.location.clone() else {
            return self.finish(None).await;
        };
        let response = self.client.send(self.client.get_url(&url)?).await?;
        self.retry = retry_after(&response);
        match response.status().as_u16() {
            202 => Ok(PollStatus::InProgress("InProgress".into())),
            200 | 201 | 204 => {
                self.finished = true;
                let result = self.parse_final(response)?;
                match self.final_state {
                    FinalState::OriginalUri => self.final_get(self.original.clone()).await,
                    _ => Ok(PollStatus::Done(result)),
                }
            }
            _ => Err(service_error(response)),
        }
    }

    /// After the status monitor says `Succeeded`: read the result where `final-state-via` says.
    async fn finish(&mut self, monitor_response: Option<http::Response<Vec<u8>>>) -> Result<PollStatus<Option<T>>> {
        self.finished = true;
        let put_like = self.method == http::Method::PUT || self.method == http::Method::PATCH;
        match (self.final_state, &self.location) {
            (FinalState::Location, Some(url)) => self.final_get(url.clone()).await,
            (FinalState::OriginalUri, _) => self.final_get(self.original.clone()).await,
            _ if put_like => self.final_get(self.original.clone()).await,
            _ => match monitor_response {
                Some(r) => self.parse_final(r).map(PollStatus::Done).or(Ok(PollStatus::Done(None))),
                None => Ok(PollStatus::Done(None)),
            },
        }
    }

    async fn final_get(&self, url: String) -> Result<PollStatus<Option<T>>> {
        let response = self.client.send(self.client.get_url(&url)?).await?;
        self.parse_final(response).map(PollStatus::Done)
    }

    /// A final response: any declared success status or 200/201/204, with the result body
    /// where the operation declares one (a final GET's 200 always carries it).
    fn parse_final(&self, response: http::Response<Vec<u8>>) -> Result<Option<T>> {
        let status = response.status().as_u16();
        if !(self.ok.contains(&status) || matches!(status, 200 | 201 | 204)) {
            return Err(service_error(response));
        }
        let carries = self.body.contains(&status) || (!self.body.is_empty() && matches!(status, 200 | 201));
        decode_result(status, response.body(), carries)
    }
}

#[derive(serde::Deserialize)]
struct MonitorBody {
    status: String,
    #[serde(default)]
    error: Option<CloudErrorBody>,
}

fn header(response: &http::Response<Vec<u8>>, name: &str) -> Option<String> {
    response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}

/// The wait the service asks for, as Azure's SDKs read it: `retry-after-ms` or
/// `x-ms-retry-after-ms` (milliseconds), else `Retry-After` in seconds or as an HTTP date.
fn retry_after(response: &http::Response<Vec<u8>>) -> Option<Duration> {
    for name in ["retry-after-ms", "x-ms-retry-after-ms"] {
        if let Some(ms) = header(response, name).and_then(|v| v.trim().parse::<u64>().ok()) {
            return Some(Duration::from_millis(ms));
        }
    }
    let v = header(response, "retry-after")?;
    let v = v.trim();
    match v.parse::<u64>() {
        Ok(seconds) => Some(Duration::from_secs(seconds)),
        Err(_) => retry_at(v, time::OffsetDateTime::now_utc()),
    }
}

/// The wait until an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, RFC 9110's IMF-fixdate) seen
/// at `now`: zero once it has passed; `None` when the text is not such a date.
pub fn retry_at(date: &str, now: time::OffsetDateTime) -> Option<Duration> {
    // By hand: a fixed format, and no dependence on which `time` 0.3 release is in use.
    const WEEKDAYS: [&str; 7] = ["Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    fn digits(s: &str, len: usize) -> Option<u16> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    }
    let small = |s: &str| digits(s, 2).and_then(|n| u8::try_from(n).ok());
    let parts: Vec<&str> = date.split(' ').collect();
    let [weekday, day, month, year, clock, "GMT"] = parts.as_slice() else { return None };
    if !WEEKDAYS.contains(weekday) {
        return None;
    }
    let month = MONTHS.iter().position(|m| m == month).and_then(|i| u8::try_from(i + 1).ok())?;
    let month = time::Month::try_from(month).ok()?;
    let day = time::Date::from_calendar_date(i32::from(digits(year, 4)?), month, small(day)?).ok()?;
    let hms: Vec<&str> = clock.split(':').collect();
    let [h, m, s] = hms.as_slice() else { return None };
    let clock = time::Time::from_hms(small(h)?, small(m)?, small(s)?).ok()?;
    let at = time::PrimitiveDateTime::new(day, clock).assume_utc();
    Some(Duration::try_from(at - now).unwrap_or(Duration::ZERO))
}

/// The wait before the next poll: `Retry-After` bounded by `max`, else `default`.
pub fn delay(retry_after: Option<Duration>, default: Duration, max: Duration) -> Duration {
    retry_after.unwrap_or(default).min(max)
}

/// The result of an operation that has a final body.
pub(crate) fn required<T>(value: Option<T>) -> Result<T> {
    value.ok_or_else(|| Error::Request("the operation finished without the result body it declares".into()))
}

/// The result of an operation without a body.
pub(crate) fn unit(_: Option<()>) -> Result<()> {
    Ok(())
}

/// Runs a request-building block that may fail (kept out of line so each operation's code
/// stays a flat list of its parameters).
pub(crate) fn build(f: impl FnOnce() -> Result<http::Request<Vec<u8>>>) -> Result<http::Request<Vec<u8>>> {
    f()
}

/// Decodes one page into its items and the next page's link.
pub type PageDecoder<T> = fn(u16, &[u8]) -> Result<(Vec<T>, Option<String>)>;

/// A pageable operation's results: [`Pager::try_next`] yields items across pages, following the
/// next-page link until the service sends none.
pub struct Pager<T> {
    client: Client,
    first: Option<Result<http::Request<Vec<u8>>>>,
    next: Option<String>,
    ok: &'static [u16],
    decode: PageDecoder<T>,
    buffer: std::collections::VecDeque<T>,
    done: bool,
}

impl<T> fmt::Debug for Pager<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pager").field("next", &self.next).field("done", &self.done).finish_non_exhaustive()
    }
}

impl<T: Send + 'static> Pager<T> {
    pub(crate) fn new(
        client: &Client,
        first: Result<http::Request<Vec<u8>>>,
        ok: &'static [u16],
        decode: PageDecoder<T>,
    ) -> Self {
        Pager { client: client.clone(), first: Some(first), next: None, ok, decode, buffer: Default::default(), done: false }
    }

    /// The first page's request.
    pub fn request(&self) -> Option<&http::Request<Vec<u8>>> {
        self.first.as_ref().and_then(|r| r.as_ref().ok())
    }

    /// The next page's items; `None` after the last page.
    pub async fn next_page(&mut self) -> Result<Option<Vec<T>>> {
        let request = match (self.first.take(), self.next.take()) {
            (Some(first), _) => first?,
            (None, Some(url)) if !url.is_empty() => self.client.get_url(&url)?,
            _ => {
                self.done = true;
                return Ok(None);
            }
        };
        let response = self.client.send(request).await?;
        let (items, next) = parse(response, self.ok, self.decode)?;
        self.next = next;
        Ok(Some(items))
    }

    /// The next item, fetching pages as needed.
    pub async fn try_next(&mut self) -> Result<Option<T>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Ok(Some(item));
            }
            if self.done {
                return Ok(None);
            }
            match self.next_page().await? {
                Some(items) => self.buffer.extend(items),
                None => return Ok(None),
            }
        }
    }

    /// Every item of every page.
    pub async fn collect_all(mut self) -> Result<Vec<T>> {
        let mut all = Vec::new();
        while let Some(item) = self.try_next().await? {
            all.push(item);
        }
        Ok(all)
    }
}

/// A timer on a short-lived thread: polling is rare, and this needs no async runtime.
struct ThreadSleep {
    state: Arc<std::sync::Mutex<(bool, Option<std::task::Waker>)>>,
    duration: Option<Duration>,
}

impl ThreadSleep {
    fn new(duration: Duration) -> Self {
        ThreadSleep { state: Arc::new(std::sync::Mutex::new((false, None))), duration: Some(duration) }
    }
}

impl Future for ThreadSleep {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if let Some(d) = self.duration.take() {
            if d.is_zero() {
                return std::task::Poll::Ready(());
            }
            let state = Arc::clone(&self.state);
            std::thread::spawn(move || {
                std::thread::sleep(d);
                if let Ok(mut s) = state.lock() {
                    s.0 = true;
                    if let Some(w) = s.1.take() {
                        w.wake();
                    }
                }
            });
        }
        match self.state.lock() {
            Ok(s) if s.0 => std::task::Poll::Ready(()),
            Ok(mut s) => {
                s.1 = Some(cx.waker().clone());
                std::task::Poll::Pending
            }
            Err(_) => std::task::Poll::Ready(()),
        }
    }
}
