//! What every client of the crate shares, on azure_core: the pipeline, endpoints and scopes,
//! segment-safe paths, request bodies. Emitted once per crate, never per operation.
use azure_core::error::ErrorKind;
use azure_core::http::{ClientOptions, Pipeline, Url};
use std::sync::Arc;
/// The pipeline every client of the crate sends through: azure_core's policies (retry,
/// logging, user agent, `x-ms-client-request-id`, tracing) plus, with a credential, a bearer
/// token for `scope`.
pub fn pipeline(
    options: ClientOptions,
    credential: Option<(Arc<dyn azure_core::credentials::TokenCredential>, String)>,
) -> Pipeline {
    let mut per_try: Vec<Arc<dyn azure_core::http::policies::Policy>> = vec![
        Arc::new(EditRequest(omit_client_request_id))
    ];
    if let Some((credential, scope)) = credential {
        per_try
            .push(
                Arc::new(
                    azure_core::http::policies::auth::BearerTokenAuthorizationPolicy::new(
                        credential,
                        vec![scope],
                    ),
                ),
            );
    }
    Pipeline::new(
        option_env!("CARGO_PKG_NAME"),
        option_env!("CARGO_PKG_VERSION"),
        options,
        Vec::new(),
        per_try,
        None,
    )
}
/// Sends a call without `x-ms-client-request-id`, which azure_core's policy otherwise adds to
/// every request (a fresh id unless the context holds a
/// `azure_core::http::request::options::ClientRequestId`): put it in the call's context,
/// `Context::new().with_value(NoClientRequestId)`.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoClientRequestId;
/// Takes the `x-ms-client-request-id` azure_core's per-call policy added off a request whose
/// context holds [`NoClientRequestId`] (per try, so after that policy).
fn omit_client_request_id(
    ctx: &azure_core::http::Context,
    request: &mut azure_core::http::Request,
) {
    if ctx.value::<NoClientRequestId>().is_some() {
        request.headers_mut().remove(azure_core::http::headers::CLIENT_REQUEST_ID);
    }
}
/// A policy that edits each request (reading the call's context) and passes it on: the
/// runtime's per-try policies are this with one function each.
pub struct EditRequest<F>(pub F);
impl<F> std::fmt::Debug for EditRequest<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EditRequest")
    }
}
#[async_trait::async_trait]
impl<F> azure_core::http::policies::Policy for EditRequest<F>
where
    F: Fn(&azure_core::http::Context, &mut azure_core::http::Request) + Send + Sync,
{
    async fn send(
        &self,
        ctx: &azure_core::http::Context,
        request: &mut azure_core::http::Request,
        next: &[Arc<dyn azure_core::http::policies::Policy>],
    ) -> azure_core::http::policies::PolicyResult {
        (self.0)(ctx, request);
        match next.split_first() {
            Some((policy, rest)) => policy.send(ctx, request, rest).await,
            None => {
                Err(
                    azure_core::Error::with_message(
                        ErrorKind::Other,
                        "no policy after EditRequest",
                    ),
                )
            }
        }
    }
}
/// Parses a client's endpoint, which must be an absolute `http(s)` URL.
pub fn endpoint(text: &str) -> azure_core::Result<Url> {
    let url = Url::parse(text)
        .map_err(|e| azure_core::Error::with_message(
            ErrorKind::Other,
            format!("invalid endpoint {text:?}: {e}"),
        ))?;
    if !matches!(url.scheme(), "https" | "http") || url.cannot_be_a_base() {
        return Err(
            azure_core::Error::with_message(
                ErrorKind::Other,
                format!("endpoint {text:?} is not an http(s) URL"),
            ),
        );
    }
    Ok(url)
}
/// The endpoint of an `x-ms-parameterized-host` template, each `{name}` replaced by its value as
/// given (host parts such as `host:3000` or `https://myvault` are not path segments).
pub fn host_endpoint(
    template: &str,
    values: &[(&str, &str)],
) -> azure_core::Result<Url> {
    let mut text = template.to_owned();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    endpoint(&text)
}
/// The `.default` scope of a token audience (`https://management.azure.com/.default`).
pub fn scope_of(audience: &str) -> String {
    format!("{}/.default", audience.trim_end_matches('/'))
}
/// Appends `value` inside one path segment: everything but RFC 3986 unreserved characters is
/// percent-encoded, so a value never adds, removes or escapes a segment. The dot segments `.`
/// and `..` are refused: a URL would resolve them away. (An empty value is the spec's to allow;
/// typed ids refuse empty names.)
pub fn push_segment(
    path: &mut String,
    value: &str,
    name: &str,
) -> azure_core::Result<()> {
    if value == "." || value == ".." {
        return Err(
            azure_core::Error::with_message(
                ErrorKind::Other,
                format!("path parameter {name} cannot be {value:?}"),
            ),
        );
    }
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            path.push(char::from(b));
        } else {
            path.push_str(&format!("%{b:02X}"));
        }
    }
    Ok(())
}
/// What a request body can be given as: the model (or any serializable value), or
/// `RequestContent` holding JSON already serialized (e.g. `RequestContent::from_str(json)`).
pub trait IntoContent<T> {
    /// The body's content.
    fn into_content(self) -> azure_core::Result<azure_core::http::RequestContent<T>>;
}
impl<T: serde::Serialize> IntoContent<T> for T {
    fn into_content(self) -> azure_core::Result<azure_core::http::RequestContent<T>> {
        Ok(azure_core::json::to_json(&self)?.into())
    }
}
impl<T> IntoContent<T> for azure_core::http::RequestContent<T> {
    fn into_content(self) -> azure_core::Result<azure_core::http::RequestContent<T>> {
        Ok(self)
    }
}
/// An extensible enum (`x-ms-enum.modelAsString`): the known values, and `$other(String)` for
/// any value this crate does not know, which round-trips as sent.
macro_rules! open_enum {
    ($name:ident, $other:ident { $($variant:ident => $value:literal),* $(,)? }) => {
        impl $name { #[doc = " The value as sent on the wire."] pub fn as_str(& self) ->
        & str { match self { $(Self::$variant => $value,)* Self::$other (s) => s
        .as_str(), } } } impl ::std::convert::From <::std::string::String > for $name {
        fn from(s : ::std::string::String) -> Self { match s.as_str() { $($value =>
        Self::$variant,)* _ => Self::$other (s), } } } impl ::std::convert::From <& str >
        for $name { fn from(s : & str) -> Self { Self::from(s.to_owned()) } } impl
        ::std::str::FromStr for $name { type Err = ::std::convert::Infallible; fn
        from_str(s : & str) -> ::std::result::Result < Self, Self::Err > {
        Ok(Self::from(s)) } } impl ::serde::Serialize for $name { fn serialize < S :
        ::serde::Serializer > (& self, serializer : S) -> ::std::result::Result < S::Ok,
        S::Error > { serializer.serialize_str(self.as_str()) } } impl <'de >
        ::serde::Deserialize <'de > for $name { fn deserialize < D :
        ::serde::Deserializer <'de >> (deserializer : D) -> ::std::result::Result < Self,
        D::Error > { <::std::string::String as ::serde::Deserialize
        >::deserialize(deserializer).map(Self::from) } } impl ::std::convert::AsRef < str
        > for $name { fn as_ref(& self) -> & str { self.as_str() } } impl
        ::std::fmt::Display for $name { fn fmt(& self, f : & mut ::std::fmt::Formatter
        <'_ >) -> ::std::fmt::Result { f.write_str(self.as_str()) } }
    };
}
pub(crate) use open_enum;
/// Building and sending operations' requests, with the declared success statuses.
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "express_route_service_providers",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub mod calls {
    use azure_core::error::CheckSuccessOptions;
    use azure_core::http::{
        Context, Pipeline, PipelineSendOptions, RawResponse, Request, Url,
    };
    use azure_core::tracing::PublicApiInstrumentationInformation;
    /// A request's context, named after the operation for azure_core's tracing (the span of a
    /// public API call).
    pub fn context<'a>(
        context: &'a Context<'_>,
        operation: &'static str,
    ) -> Context<'a> {
        context
            .to_borrowed()
            .with_value(PublicApiInstrumentationInformation::new(operation, Vec::new()))
    }
    /// Sends `request`; any status outside `ok` is an `ErrorKind::HttpResponse` error carrying the
    /// response (the service's error code, and its body for `azure_core::error::ErrorResponse`).
    pub async fn send(
        pipeline: &Pipeline,
        context: &Context<'_>,
        request: &mut Request,
        ok: &'static [u16],
    ) -> azure_core::Result<RawResponse> {
        let options = PipelineSendOptions {
            check_success: CheckSuccessOptions {
                success_codes: ok,
            },
            ..Default::default()
        };
        pipeline.send(context, request, Some(options)).await
    }
    /// A request for `url` that accepts JSON.
    pub fn request(url: Url, method: azure_core::http::Method) -> Request {
        let mut request = Request::new(url, method);
        request.insert_header("accept", "application/json");
        request
    }
    /// One operation's call: `request` sent in `context`, named `operation` for tracing, and the
    /// response typed as the operation's result.
    #[cfg(
        any(
            feature = "express_route_circuit_authorizations",
            feature = "express_route_circuit_connections",
            feature = "express_route_circuit_peerings",
            feature = "express_route_circuits",
            feature = "peer_express_route_circuit_connections"
        )
    )]
    pub async fn call<T, F>(
        pipeline: &Pipeline,
        context: &Context<'_>,
        operation: &'static str,
        mut request: Request,
        ok: &'static [u16],
    ) -> azure_core::Result<azure_core::http::Response<T, F>> {
        let context = self::context(context, operation);
        Ok(send(pipeline, &context, &mut request, ok).await?.into())
    }
    /// Appends `name=value` to `url`'s query with `value` as given (`x-ms-skip-url-encoding`):
    /// its `&` and `=` stay separators, as the spec means.
    pub fn push_raw_query(url: &mut Url, name: &str, value: &str) {
        push_query_text(url, &format!("{name}={value}"));
    }
    /// Appends `text` (query text already) to `url`'s query. (`Url` still escapes what a query
    /// cannot hold, such as spaces and `#`.)
    fn push_query_text(url: &mut Url, text: &str) {
        let query = match url.query().filter(|q| !q.is_empty()) {
            Some(q) => format!("{q}&{text}"),
            None => text.to_owned(),
        };
        url.set_query(Some(&query));
    }
    /// The endpoint with `path` (already encoded) appended to its own path. What follows a `?`
    /// is the query a value sent unencoded carries (a next link given to the next operation:
    /// `next?page=2`); a segment value never holds one.
    pub fn url(endpoint: &Url, path: &str) -> Url {
        let mut url = endpoint.clone();
        let (path, query) = path
            .split_once('?')
            .map_or((path, None), |(p, q)| (p, Some(q)));
        let joined = format!("{}{}", url.path().trim_end_matches('/'), path);
        url.set_path(&joined);
        if let Some(query) = query.filter(|q| !q.is_empty()) {
            push_query_text(&mut url, query);
        }
        url
    }
}
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "express_route_service_providers",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub use calls::{context, push_raw_query, request, send, url};
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub use calls::call;
/// ARM's endpoint, which is also its token audience, in the cloud `options` name: Azure's
/// public cloud by default, China, US Government, or a custom cloud whose audiences hold one
/// for `Client` (the generated client type).
pub mod arm {
    use azure_core::cloud::CloudConfiguration;
    use azure_core::error::ErrorKind;
    pub fn audience<Client: 'static>(
        cloud: Option<&CloudConfiguration>,
    ) -> azure_core::Result<String> {
        let known = match cloud {
            None | Some(CloudConfiguration::AzurePublic) => {
                "https://management.azure.com"
            }
            Some(CloudConfiguration::AzureChina) => "https://management.chinacloudapi.cn",
            Some(CloudConfiguration::AzureGovernment) => {
                "https://management.usgovcloudapi.net"
            }
            Some(CloudConfiguration::Custom(custom)) => {
                return custom
                    .audiences
                    .get::<Client>()
                    .map(str::to_owned)
                    .ok_or_else(|| {
                        azure_core::Error::with_message(
                            ErrorKind::Other,
                            format!(
                                "the custom cloud configuration has no audience for {}",
                                std::any::type_name::< Client > ()
                            ),
                        )
                    });
            }
            Some(other) => {
                return Err(
                    azure_core::Error::with_message(
                        ErrorKind::Other,
                        format!("no Resource Manager endpoint is known for {other:?}"),
                    ),
                );
            }
        };
        Ok(known.to_owned())
    }
}
use std::fmt;
/// A typed resource id as the start of an operation's path.
pub trait ResourcePath {
    /// Appends the id's path, every name percent-encoded inside its own segment.
    fn write_path(&self, out: &mut String) -> azure_core::Result<()>;
    /// The id's shape, names as placeholders (`/subscriptions/{subscription_id}/...`).
    fn template() -> String
    where
        Self: Sized;
}
/// Appends `/<collection>/<name>`, the name encoded inside its own segment; `label` names the
/// id's field in errors.
pub fn write_segment(
    out: &mut String,
    collection: &str,
    name: &str,
    label: &str,
) -> azure_core::Result<()> {
    for segment in collection.split('/') {
        out.push('/');
        push_segment(out, segment, label)?;
    }
    if name.is_empty() {
        return Err(
            azure_core::Error::with_message(
                ErrorKind::Other,
                format!("{label} is empty in a resource id"),
            ),
        );
    }
    out.push('/');
    push_segment(out, name, label)
}
/// Ids are strings on the wire.
pub fn deserialize_id<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr<Err = ParseIdError>,
{
    let s = <std::borrow::Cow<
        'de,
        str,
    > as serde::Deserialize>::deserialize(deserializer)?;
    s.parse().map_err(serde::de::Error::custom)
}
/// A resource id that does not have the expected shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseIdError {
    /// The text that was parsed.
    pub id: String,
    /// The shape it should have had.
    pub expected: String,
}
impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a resource id of the form {}", self.id, self.expected)
    }
}
impl std::error::Error for ParseIdError {}
/// So `?` on a parse works in functions returning `azure_core::Result`.
impl From<ParseIdError> for azure_core::Error {
    fn from(e: ParseIdError) -> Self {
        azure_core::Error::new(azure_core::error::ErrorKind::DataConversion, e)
    }
}
/// Splits `<parent>/<collection...>/<name>` into the parent's text and the name; the
/// collection segments compare case-insensitively, as ARM does.
pub fn split_id<'a>(
    id: &'a str,
    collection: &str,
    expected: fn() -> String,
) -> Result<(&'a str, String), ParseIdError> {
    let err = || ParseIdError {
        id: id.to_owned(),
        expected: expected(),
    };
    let trimmed = id.strip_suffix('/').unwrap_or(id);
    let (mut rest, name) = trimmed.rsplit_once('/').ok_or_else(err)?;
    if name.is_empty() {
        return Err(err());
    }
    for segment in collection.rsplit('/') {
        let (head, last) = rest.rsplit_once('/').ok_or_else(err)?;
        if !last.eq_ignore_ascii_case(segment) {
            return Err(err());
        }
        rest = head;
    }
    Ok((rest, name.to_owned()))
}
/// `/subscriptions/{subscriptionId}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SubscriptionId {
    id: String,
}
impl SubscriptionId {
    pub fn new(subscription_id: impl Into<String>) -> Self {
        SubscriptionId {
            id: subscription_id.into(),
        }
    }
    pub fn subscription_id(&self) -> &str {
        &self.id
    }
    /// A resource group of this subscription.
    pub fn resource_group(&self, name: impl Into<String>) -> ResourceGroupId {
        ResourceGroupId {
            parent: self.clone(),
            name: name.into(),
        }
    }
}
impl ResourcePath for SubscriptionId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        write_segment(out, "subscriptions", &self.id, "subscription_id")
    }
    fn template() -> String {
        "/subscriptions/{subscription_id}".to_owned()
    }
}
impl fmt::Display for SubscriptionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/subscriptions/{}", self.id)
    }
}
impl std::str::FromStr for SubscriptionId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (rest, id) = split_id(s, "subscriptions", Self::template)?;
        if !rest.is_empty() {
            return Err(ParseIdError {
                id: s.to_owned(),
                expected: Self::template(),
            });
        }
        Ok(SubscriptionId { id })
    }
}
/// `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResourceGroupId {
    parent: SubscriptionId,
    name: String,
}
impl ResourceGroupId {
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
    ) -> Self {
        SubscriptionId::new(subscription_id).resource_group(resource_group_name)
    }
    pub fn parent(&self) -> &SubscriptionId {
        &self.parent
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn subscription_id(&self) -> &str {
        self.parent.subscription_id()
    }
    pub fn resource_group_name(&self) -> &str {
        &self.name
    }
}
impl ResourcePath for ResourceGroupId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        write_segment(out, "resourceGroups", &self.name, "resource_group_name")
    }
    fn template() -> String {
        format!("{}/resourceGroups/{{resource_group_name}}", SubscriptionId::template())
    }
}
impl fmt::Display for ResourceGroupId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/resourceGroups/{}", self.parent, self.name)
    }
}
impl std::str::FromStr for ResourceGroupId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (parent, name) = split_id(s, "resourceGroups", Self::template)?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: Self::template(),
            })?;
        Ok(ResourceGroupId { parent, name })
    }
}
impl serde::Serialize for SubscriptionId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
impl<'de> serde::Deserialize<'de> for SubscriptionId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_id(deserializer)
    }
}
impl serde::Serialize for ResourceGroupId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
impl<'de> serde::Deserialize<'de> for ResourceGroupId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        deserialize_id(deserializer)
    }
}
/// The impls every generated id shares: its path, its text form both ways, and serde as that
/// text, from its collection path (`providers/Microsoft.Network/expressRouteCircuits`), the name's
/// label. Invoked where `runtime` names this module.
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
macro_rules! typed_id {
    ($name:ident, $parent:ty, $collection:literal, $label:literal) => {
        impl runtime::ResourcePath for $name { fn write_path(& self, out : & mut
        ::std::string::String) -> ::azure_core::Result < () > {
        runtime::ResourcePath::write_path(& self.parent, out) ?;
        runtime::write_segment(out, $collection, & self.name, $label) } fn template() ->
        ::std::string::String { let parent = <$parent as runtime::ResourcePath
        >::template(); format!("{parent}/{}/{{{}}}", $collection, $label) } } impl
        ::std::fmt::Display for $name { fn fmt(& self, f : & mut ::std::fmt::Formatter
        <'_ >) -> ::std::fmt::Result { write!(f, "{}/{}/{}", self.parent, $collection,
        self.name) } } impl ::std::str::FromStr for $name { type Err =
        runtime::ParseIdError; fn from_str(s : & str) -> ::std::result::Result < Self,
        Self::Err > { let expected = < Self as runtime::ResourcePath >::template; let
        (parent, name) = runtime::split_id(s, $collection, expected) ?; let parent =
        parent.parse().map_err(| _ | runtime::ParseIdError { id : s.to_owned(), expected
        : expected() }) ?; Ok($name { parent, name }) } } impl ::serde::Serialize for
        $name { fn serialize < S : ::serde::Serializer > (& self, serializer : S) ->
        ::std::result::Result < S::Ok, S::Error > { serializer.collect_str(self) } } impl
        <'de > ::serde::Deserialize <'de > for $name { fn deserialize < D :
        ::serde::Deserializer <'de >> (deserializer : D) -> ::std::result::Result < Self,
        D::Error > { runtime::deserialize_id(deserializer) } }
    };
}
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub(crate) use typed_id;
/// A URL the service handed out (next page, status monitor, `Location`), resolved against the
/// endpoint and refused unless it has the endpoint's origin: the pipeline attaches the
/// credential to whatever it sends, and the credential must stay with the client's endpoint.
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "express_route_service_providers",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub fn service_url(endpoint: &Url, link: &str) -> azure_core::Result<Url> {
    let url = endpoint
        .join(link)
        .map_err(|e| {
            azure_core::Error::with_message(
                ErrorKind::DataConversion,
                format!("invalid URL {link:?} from the service: {e}"),
            )
        })?;
    if url.origin() != endpoint.origin() {
        return Err(
            azure_core::Error::with_message(
                ErrorKind::Other,
                format!(
                    "refusing to follow {url} from the service: it is not on the client's endpoint {}",
                    endpoint.origin().ascii_serialization()
                ),
            ),
        );
    }
    Ok(url)
}
/// ARM long-running operations on azure_core's [`Poller`](azure_core::http::Poller), which
/// leaves the rules of Azure's async-operation guidelines to the client: which URL to poll
/// (`Azure-AsyncOperation`/`Operation-Location`, `Location`, or the resource itself while its
/// `provisioningState` is not terminal), and where the result is (`final-state-via`).
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits"
    )
)]
pub mod lro {
    use super::{context, send, service_url};
    use azure_core::error::{ErrorDetail, ErrorKind};
    use azure_core::http::headers::{RETRY_AFTER, RETRY_AFTER_MS, X_MS_RETRY_AFTER_MS};
    use azure_core::http::poller::{
        get_retry_after, Poller, PollerContinuation, PollerOptions, PollerResult,
        PollerState, PollerStatus, StatusMonitor,
    };
    use azure_core::http::{
        Format, JsonFormat, Method, Pipeline, RawResponse, Request, Url,
    };
    use azure_core::time::Duration;
    use azure_core::{Error, Result};
    use std::marker::PhantomData;
    use std::sync::{Arc, Mutex};
    /// Bounds on polling, set once per client (its options' `polling`).
    #[derive(Clone, Debug)]
    pub struct PollingOptions {
        /// Upper bound on any wait the service asks for with `Retry-After`. Default: 60 s.
        pub max_wait: Duration,
        /// Lower bound on every wait, so `Retry-After: 0` never spins. Default: 1 s.
        pub min_wait: Duration,
        /// Most status requests one operation sends before it fails. Default: 10,000.
        pub max_polls: u32,
        /// Longest one operation is polled before it fails. Default: 24 hours.
        pub timeout: Duration,
    }
    impl Default for PollingOptions {
        fn default() -> Self {
            PollingOptions {
                max_wait: Duration::seconds(60),
                min_wait: Duration::seconds(1),
                max_polls: 10_000,
                timeout: Duration::hours(24),
            }
        }
    }
    /// The status a poll response carries: an operation monitor's `status` (with its `error`),
    /// or the resource's `properties.provisioningState`. A response without a body reads as the
    /// state the poller derived from its status code.
    #[derive(Clone, Debug, serde::Deserialize)]
    #[serde(bound = "")]
    #[non_exhaustive]
    pub struct OperationStatus<T, F = JsonFormat> {
        #[serde(default)]
        status: Option<PollerStatus>,
        #[serde(default)]
        properties: Option<Provisioning>,
        /// Why the operation failed, when the monitor says.
        #[serde(default, deserialize_with = "lenient_error")]
        pub error: Option<ErrorDetail>,
        #[serde(skip)]
        output: PhantomData<fn() -> (T, F)>,
    }
    #[derive(Clone, Debug, Default, serde::Deserialize)]
    struct Provisioning {
        #[serde(default, rename = "provisioningState")]
        provisioning_state: Option<PollerStatus>,
    }
    /// An `error` whose `code` (or a detail's) is not a string (`"code": 500`) keeps its text
    /// rather than hiding the rest of the body; an `error` that still does not read is left out.
    fn lenient_error<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Option<ErrorDetail>, D::Error> {
        fn codes_as_text(value: &mut serde_json::Value) {
            if let Some(code) = value
                .get_mut("code")
                .filter(|c| !c.is_string() && !c.is_null())
            {
                *code = serde_json::Value::from(code.to_string());
            }
            if let Some(details) = value
                .get_mut("details")
                .and_then(serde_json::Value::as_array_mut)
            {
                details.iter_mut().for_each(codes_as_text);
            }
        }
        let mut value = <Option<
            serde_json::Value,
        > as serde::Deserialize>::deserialize(deserializer)?;
        Ok(
            value
                .as_mut()
                .and_then(|v| {
                    codes_as_text(v);
                    serde_json::from_value(v.take()).ok()
                }),
        )
    }
    impl<T, F> OperationStatus<T, F> {
        /// The operation's state; a resource without any is done.
        pub fn status(&self) -> PollerStatus {
            let provisioning = self
                .properties
                .as_ref()
                .and_then(|p| p.provisioning_state.clone());
            self.status.clone().or(provisioning).unwrap_or(PollerStatus::Succeeded)
        }
    }
    impl<T, F: Format + Send> StatusMonitor for OperationStatus<T, F> {
        type Output = T;
        type Format = F;
        fn status(&self) -> PollerStatus {
            OperationStatus::status(self)
        }
    }
    /// Where a long-running operation's result is read
    /// (`x-ms-long-running-operation-options.final-state-via`; each operation's docs say which).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum FinalState {
        /// The operation monitor (`Azure-AsyncOperation`) has it; PUT and PATCH read the resource.
        AzureAsyncOperation,
        /// A GET of the initial response's `Location`.
        Location,
        /// A GET of the original URL.
        OriginalUri,
        /// Like `AzureAsyncOperation`, with `Operation-Location`.
        OperationLocation,
    }
    /// One long-running operation: its initial request and how to follow it.
    #[derive(Clone)]
    pub struct Lro {
        pub pipeline: Pipeline,
        pub endpoint: Url,
        pub request: Request,
        /// The initial response's success statuses.
        pub ok: &'static [u16],
        pub final_state: FinalState,
        pub polling: PollingOptions,
        pub operation: &'static str,
    }
    /// What the next poll asks.
    #[derive(Clone, Debug)]
    enum Monitor {
        /// An operation monitor with a `status` in its body.
        Status(Url),
        /// `Location`: 202 while running, then the result.
        Location(Url),
        /// The resource itself, until its `provisioningState` is terminal.
        Resource(Url),
    }
    #[derive(Default)]
    struct Progress {
        monitor: Option<Monitor>,
        /// The initial response's `Location`, for `final-state-via: location`.
        location: Option<Url>,
        polls: u32,
        started: Option<std::time::Instant>,
    }
    struct Shared<T, F> {
        lro: Lro,
        progress: Mutex<Progress>,
        output: PhantomData<fn() -> (T, F)>,
    }
    /// Statuses a poll may answer with; others are errors.
    const POLL_OK: &[u16] = &[200, 201, 202, 204];
    /// A poller for `lro`: a stream of status responses that, awaited, gives the final result.
    pub fn poller<T, F>(
        lro: Lro,
        options: PollerOptions<'_>,
    ) -> Result<Poller<OperationStatus<T, F>>>
    where
        T: Send + 'static,
        F: Format + Send + 'static,
    {
        if options.frequency < Duration::seconds(1) {
            return Err(
                Error::with_message(
                    ErrorKind::Other,
                    "PollerOptions::frequency must be at least one second",
                ),
            );
        }
        let shared = Arc::new(Shared {
            lro,
            progress: Mutex::new(Progress::default()),
            output: PhantomData,
        });
        Ok(
            Poller::new(
                move |state, options| {
                    let shared = Arc::clone(&shared);
                    Box::pin(async move { shared.step(state, options).await })
                },
                Some(options.into_owned()),
            ),
        )
    }
    /// The result of one step of polling.
    type Step<T, F> = Result<PollerResult<OperationStatus<T, F>>>;
    impl<T: Send + 'static, F: Format + Send + 'static> Shared<T, F> {
        fn progress(&self) -> std::sync::MutexGuard<'_, Progress> {
            self.progress.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
        }
        async fn step(
            &self,
            state: PollerState,
            options: PollerOptions<'static>,
        ) -> Step<T, F> {
            match state {
                PollerState::Initial => self.start(options).await,
                PollerState::More(_) => self.poll(options).await,
            }
        }
        /// Sends the initial request and decides how to follow it.
        async fn start(&self, options: PollerOptions<'static>) -> Step<T, F> {
            let lro = &self.lro;
            let ctx = context(&options.context, lro.operation);
            let mut request = lro.request.clone();
            let response = send(&lro.pipeline, &ctx, &mut request, lro.ok).await?;
            let code = u16::from(response.status());
            let put = put_like(&lro.request);
            let provisioning = stated(&response).provisioning;
            if put && code == 200 {
                match provisioning {
                    Some(PollerStatus::Succeeded) => return Ok(done(response)),
                    Some(PollerStatus::Failed | PollerStatus::Canceled) => {
                        return Err(failed(response));
                    }
                    _ => {}
                }
            }
            let link = |name| {
                header(&response, name)
                    .map(|l| service_url(&lro.endpoint, &l))
                    .transpose()
            };
            let status_link = match link("azure-asyncoperation")? {
                Some(url) => Some(url),
                None => link("operation-location")?,
            };
            let location = link("location")?;
            let monitor = match (status_link, &location) {
                (Some(url), _) => Some(Monitor::Status(url)),
                (None, Some(url)) if code == 202 || code == 201 => {
                    Some(Monitor::Location(url.clone()))
                }
                _ if put && matches!(code, 200 | 201) => {
                    match provisioning.unwrap_or(PollerStatus::Succeeded) {
                        PollerStatus::Succeeded => None,
                        PollerStatus::Failed | PollerStatus::Canceled => {
                            return Err(failed(response));
                        }
                        _ => Some(Monitor::Resource(lro.request.url().clone())),
                    }
                }
                _ => None,
            };
            {
                let mut progress = self.progress();
                progress.location = location;
                progress.started = Some(std::time::Instant::now());
                progress.monitor = monitor.clone();
            }
            match monitor {
                Some(m) => Ok(self.in_progress(response, m, &options)),
                None => Ok(done(response)),
            }
        }
        /// One status request.
        async fn poll(&self, options: PollerOptions<'static>) -> Step<T, F> {
            let lro = &self.lro;
            let monitor = self.next_monitor()?;
            let url = match &monitor {
                Monitor::Status(u) | Monitor::Location(u) | Monitor::Resource(u) => {
                    u.clone()
                }
            };
            let ctx = context(&options.context, lro.operation);
            let response = get(&lro.pipeline, &ctx, url, POLL_OK).await?;
            let code = u16::from(response.status());
            match monitor {
                Monitor::Status(_) => {
                    match monitor_status(&response, lro.operation)? {
                        PollerStatus::Succeeded => {
                            self.succeeded(response, options).await
                        }
                        PollerStatus::Failed | PollerStatus::Canceled => {
                            Err(failed(response))
                        }
                        _ => Ok(self.in_progress(response, monitor, &options)),
                    }
                }
                Monitor::Location(_) if code == 202 => {
                    let next = match header(&response, "location") {
                        Some(l) => Monitor::Location(service_url(&lro.endpoint, &l)?),
                        None => monitor,
                    };
                    Ok(self.in_progress(response, next, &options))
                }
                Monitor::Location(_) => {
                    let empty = response.body().as_ref().is_empty();
                    if empty && put_like(&lro.request)
                        && lro.final_state != FinalState::Location
                    {
                        self.fetch(response, lro.request.url().clone(), options)
                    } else {
                        Ok(done(response))
                    }
                }
                Monitor::Resource(_) => {
                    match stated(&response)
                        .provisioning
                        .unwrap_or(PollerStatus::Succeeded)
                    {
                        PollerStatus::Succeeded => Ok(done(response)),
                        PollerStatus::Failed | PollerStatus::Canceled => {
                            Err(failed(response))
                        }
                        _ => Ok(self.in_progress(response, monitor, &options)),
                    }
                }
            }
        }
        /// The monitor to poll, counting the poll against the client's bounds.
        fn next_monitor(&self) -> Result<Monitor> {
            let limits = &self.lro.polling;
            let mut progress = self.progress();
            progress.polls += 1;
            let elapsed = progress.started.map(|s| s.elapsed()).unwrap_or_default();
            if progress.polls > limits.max_polls || elapsed > limits.timeout {
                return Err(
                    Error::with_message(
                        ErrorKind::Other,
                        format!(
                            "{} did not finish within {} polls or {}", self.lro
                            .operation, limits.max_polls, limits.timeout
                        ),
                    ),
                );
            }
            progress
                .monitor
                .clone()
                .ok_or_else(|| Error::with_message(
                    ErrorKind::Other,
                    "the operation has no status to poll",
                ))
        }
        /// After an operation monitor said `Succeeded`: the result, where `final-state-via` and
        /// the method say it is.
        async fn succeeded(
            &self,
            monitor: RawResponse,
            options: PollerOptions<'static>,
        ) -> Step<T, F> {
            let lro = &self.lro;
            let location = self.progress().location.clone();
            let delete = lro.request.method() == Method::Delete;
            let target = match (lro.final_state, location) {
                _ if delete => None,
                (FinalState::Location, Some(url)) => Some(url),
                (FinalState::OriginalUri, _) => Some(lro.request.url().clone()),
                _ if put_like(&lro.request) => Some(lro.request.url().clone()),
                _ => None,
            };
            match target {
                Some(url) => self.fetch(monitor, url, options),
                None => Ok(done(monitor)),
            }
        }
        /// Done: `status` ends the stream, and the result is a GET of `url`.
        fn fetch(
            &self,
            status: RawResponse,
            url: Url,
            options: PollerOptions<'static>,
        ) -> Step<T, F> {
            let pipeline = self.lro.pipeline.clone();
            let ctx = context(&options.context, self.lro.operation).into_owned();
            Ok(PollerResult::Succeeded {
                response: status_response(status, PollerStatus::Succeeded),
                target: Box::new(move || {
                    Box::pin(async move {
                        Ok(get(&pipeline, &ctx, url, &[200, 201, 204]).await?.into())
                    })
                }),
            })
        }
        fn in_progress(
            &self,
            response: RawResponse,
            monitor: Monitor,
            options: &PollerOptions<'static>,
        ) -> PollerResult<OperationStatus<T, F>> {
            let limits = &self.lro.polling;
            let asked = get_retry_after(
                response.headers(),
                &[X_MS_RETRY_AFTER_MS, RETRY_AFTER_MS, RETRY_AFTER],
                options,
            );
            let retry_after = asked
                .min(limits.max_wait)
                .max(limits.min_wait.min(limits.max_wait));
            let next_link = match &monitor {
                Monitor::Status(u) | Monitor::Location(u) | Monitor::Resource(u) => {
                    u.clone()
                }
            };
            self.progress().monitor = Some(monitor);
            PollerResult::InProgress {
                response: status_response(response, PollerStatus::InProgress),
                retry_after,
                continuation: PollerContinuation::Links {
                    next_link,
                    final_link: None,
                },
            }
        }
    }
    fn put_like(request: &Request) -> bool {
        matches!(request.method(), Method::Put | Method::Patch)
    }
    /// Done, and `response` is the result.
    fn done<T: Send + 'static, F: Format + Send + 'static>(
        response: RawResponse,
    ) -> PollerResult<OperationStatus<T, F>> {
        let result = response.clone();
        PollerResult::Succeeded {
            response: status_response(response, PollerStatus::Succeeded),
            target: Box::new(move || Box::pin(std::future::ready(Ok(result.into())))),
        }
    }
    /// A status response as the stream yields it: as received, unless its body is empty, does
    /// not read as a status while the poller goes on, or says the operation ended while the
    /// poller goes on (a 201 whose resource already reads `Succeeded` while its status monitor
    /// runs); then with the derived state as the body's `status` (which
    /// `OperationStatus::status` reads first), the rest of the body kept.
    fn status_response<T, F>(
        response: RawResponse,
        derived: PollerStatus,
    ) -> azure_core::http::Response<OperationStatus<T, F>> {
        let body = response.body().as_ref();
        let stated = stated(&response);
        let ended = matches!(
            stated.status.or(stated.provisioning), Some(PollerStatus::Succeeded |
            PollerStatus::Failed | PollerStatus::Canceled)
        );
        let readable = serde_json::from_slice::<OperationStatus<(), JsonFormat>>(body)
            .is_ok();
        if !body.is_empty()
            && (derived == PollerStatus::Succeeded || (readable && !ended))
        {
            return response.into();
        }
        let text = match derived {
            PollerStatus::Succeeded => "Succeeded",
            _ => "InProgress",
        };
        let mut value = serde_json::from_slice::<serde_json::Value>(body)
            .ok()
            .filter(serde_json::Value::is_object)
            .unwrap_or_else(|| serde_json::json!({}));
        value["status"] = serde_json::Value::from(text);
        let (status, headers, _) = response.deconstruct();
        RawResponse::from_bytes(status, headers, value.to_string()).into()
    }
    /// The states a response's body gives: an operation monitor's `status`, a resource's
    /// `properties.provisioningState`; `None` for one it does not give (or a body that is not
    /// JSON).
    struct Stated {
        status: Option<PollerStatus>,
        provisioning: Option<PollerStatus>,
    }
    fn stated(response: &RawResponse) -> Stated {
        let body = serde_json::from_slice::<serde_json::Value>(response.body().as_ref())
            .ok();
        let at = |pointer| {
            body
                .as_ref()
                .and_then(|b| b.pointer(pointer))
                .and_then(serde_json::Value::as_str)
        };
        Stated {
            status: at("/status").map(PollerStatus::from),
            provisioning: at("/properties/provisioningState").map(PollerStatus::from),
        }
    }
    /// An operation monitor's `status`. An answer without one (no body, no `status`, not JSON)
    /// is an error: it does not say how the operation went, and reading it as `Succeeded` would
    /// report a success nobody saw.
    fn monitor_status(response: &RawResponse, operation: &str) -> Result<PollerStatus> {
        stated(response)
            .status
            .ok_or_else(|| {
                Error::with_message(
                    ErrorKind::DataConversion,
                    format!(
                        "{operation}: the operation monitor answered {} without a status",
                        u16::from(response.status())
                    ),
                )
            })
    }
    /// A `Failed` or `Canceled` operation, as an `HttpResponse` error carrying the response
    /// (the monitor's `error` is readable through `azure_core::error::ErrorResponse`).
    fn failed(response: RawResponse) -> Error {
        let parsed = serde_json::from_slice::<
            OperationStatus<(), JsonFormat>,
        >(response.body().as_ref())
            .ok();
        let state = parsed.as_ref().map(|s| s.status()).unwrap_or(PollerStatus::Failed);
        let error_code = parsed.and_then(|s| s.error).and_then(|e| e.code);
        let message = format!("the long-running operation ended {state:?}");
        Error::with_message(
            ErrorKind::HttpResponse {
                status: response.status(),
                error_code,
                raw_response: Some(Box::new(response)),
            },
            message,
        )
    }
    /// A GET of a URL the service handed out.
    async fn get(
        pipeline: &Pipeline,
        ctx: &azure_core::http::Context<'_>,
        url: Url,
        ok: &'static [u16],
    ) -> Result<RawResponse> {
        send(pipeline, ctx, &mut super::request(url, Method::Get), ok).await
    }
    /// A response header as text.
    fn header(response: &RawResponse, name: &'static str) -> Option<String> {
        response
            .headers()
            .get_optional_string(
                &azure_core::http::headers::HeaderName::from_static(name),
            )
    }
}
/// Pageable operations on azure_core's [`Pager`](azure_core::http::Pager): the next page's link
/// is read from the page body (`x-ms-pageable.nextLinkName`) and becomes the next request:
/// resolved against the endpoint and sent with the first request's `api-version`, or handed to
/// the operation `x-ms-pageable.operationName` names. A next request stays on the endpoint's
/// origin, and none is sent twice.
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "express_route_service_providers",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub mod paging {
    use super::{context, send, service_url};
    use azure_core::error::ErrorKind;
    use azure_core::http::pager::{
        Pager, PagerContinuation, PagerOptions, PagerResult, PagerState,
    };
    use azure_core::http::{Method, Pipeline, RawResponse, Request, Url};
    use azure_core::{Error, Result};
    use std::collections::HashSet;
    use std::sync::{Arc, Mutex};
    /// Builds the request for the page a next link names (`x-ms-pageable.operationName`).
    pub type NextRequest = Box<dyn Fn(&str) -> Result<Request> + Send + Sync>;
    /// One pageable operation: its first request and where its pages keep the next link.
    pub struct Paged {
        pub pipeline: Pipeline,
        pub endpoint: Url,
        pub request: Request,
        pub ok: &'static [u16],
        /// The page property holding the next page's URL; `None`: one page only.
        pub next_link: Option<&'static str>,
        /// How a next link becomes the next request; `None`: a GET of the link.
        pub next_request: Option<NextRequest>,
        pub operation: &'static str,
    }
    /// The pages of one operation, as its pager fetches them.
    pub struct Pages {
        paged: Paged,
        /// The first request's `api-version`, which every next link is sent with.
        api_version: Option<String>,
        /// Requests already sent: a service repeating a link would page forever.
        seen: Mutex<HashSet<String>>,
    }
    /// A pager over `paged`'s pages, resumable from `options.continuation`.
    pub fn pager<P>(paged: Paged, options: PagerOptions<'_>) -> Pager<P>
    where
        P: azure_core::http::pager::Page + serde::de::DeserializeOwned + Send + 'static,
    {
        let pages = Arc::new(Pages::new(paged));
        Pager::new(
            move |state, options| {
                let pages = Arc::clone(&pages);
                Box::pin(async move { pages.page(state, options).await })
            },
            Some(PagerOptions {
                context: options.context.into_owned(),
                continuation: options.continuation,
            }),
        )
    }
    type PageResult<P> = Result<PagerResult<azure_core::http::Response<P>>>;
    impl Pages {
        pub fn new(paged: Paged) -> Self {
            let api_version = paged
                .request
                .url()
                .query_pairs()
                .find(|(name, _)| name == API_VERSION)
                .map(|(_, v)| v.into_owned());
            Pages {
                paged,
                api_version,
                seen: Mutex::new(HashSet::new()),
            }
        }
        /// Fetches the page `state` names.
        pub async fn page<P>(
            &self,
            state: PagerState,
            options: PagerOptions<'static>,
        ) -> PageResult<P> {
            let paged = &self.paged;
            let mut request = match state {
                PagerState::Initial => paged.request.clone(),
                PagerState::More(next) => self.next_request(next.as_ref())?,
            };
            self.seen().insert(request.url().to_string());
            let ctx = context(&options.context, paged.operation);
            let response = send(&paged.pipeline, &ctx, &mut request, paged.ok).await?;
            self.after(response, request.url())
        }
        /// `response` (the page fetched from `url`) as a pager result: the last page, or the
        /// continuation to the next.
        pub fn after<P>(&self, response: RawResponse, url: &Url) -> PageResult<P> {
            let paged = &self.paged;
            let next = match paged.next_link {
                Some(name) => next_link(&response, name)?,
                None => None,
            };
            let Some(link) = next else {
                return Ok(PagerResult::Done {
                    response: response.into(),
                });
            };
            let next_url = self.next_request(&link)?.url().clone();
            let fresh = self.seen().insert(next_url.to_string());
            if !fresh || next_url == *url {
                return Err(
                    Error::with_message(
                        ErrorKind::DataConversion,
                        format!(
                            "{}: the service sent the next-page link {link:?} a second time",
                            paged.operation
                        ),
                    ),
                );
            }
            let continuation = match paged.next_request {
                Some(_) => PagerContinuation::Token(link),
                None => PagerContinuation::Link(next_url),
            };
            Ok(PagerResult::More {
                response: response.into(),
                continuation,
            })
        }
        /// The request for the page `link` names, refused unless on the endpoint's origin.
        fn next_request(&self, link: &str) -> Result<Request> {
            let paged = &self.paged;
            let request = match &paged.next_request {
                Some(build) => build(link)?,
                None => {
                    let url = with_api_version(
                        service_url(&paged.endpoint, link)?,
                        self.api_version.as_deref(),
                    );
                    super::request(url, Method::Get)
                }
            };
            if request.url().origin() != paged.endpoint.origin() {
                return Err(
                    Error::with_message(
                        ErrorKind::Other,
                        format!(
                            "{}: refusing to send {} (not on the client's endpoint)",
                            paged.operation, request.url()
                        ),
                    ),
                );
            }
            Ok(request)
        }
        fn seen(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
            self.seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
        }
    }
    const API_VERSION: &str = "api-version";
    /// `url` with `version` as its `api-version`, in place of any the link has (in any case): a
    /// service's next link may leave it out or carry another (ARM's clients send their own).
    /// The link's other parameters are kept as written.
    fn with_api_version(mut url: Url, version: Option<&str>) -> Url {
        let Some(version) = version else { return url };
        let query = url.query().unwrap_or_default().to_owned();
        let kept: Vec<&str> = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .filter(|pair| {
                !pair
                    .split('=')
                    .next()
                    .unwrap_or_default()
                    .eq_ignore_ascii_case(API_VERSION)
            })
            .collect();
        url.set_query((!kept.is_empty()).then(|| kept.join("&")).as_deref());
        url.query_pairs_mut().append_pair(API_VERSION, version);
        url
    }
    /// The next link in a page: a non-empty string under `name`.
    fn next_link(response: &RawResponse, name: &str) -> Result<Option<String>> {
        let page: serde_json::Value = serde_json::from_slice(response.body().as_ref())
            .map_err(|e| Error::with_error(
                ErrorKind::DataConversion,
                e,
                "the page is not JSON",
            ))?;
        Ok(
            page
                .get(name)
                .and_then(serde_json::Value::as_str)
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
        )
    }
}
