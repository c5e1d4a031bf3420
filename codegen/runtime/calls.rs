//! Building and sending operations' requests.

/// Building and sending operations' requests, with the declared success statuses.
// @gate
pub mod calls {
    use azure_core::error::CheckSuccessOptions;
    use azure_core::http::{Context, Pipeline, PipelineSendOptions, RawResponse, Request, Url};
    use azure_core::tracing::PublicApiInstrumentationInformation;

    /// A request's context, named after the operation for azure_core's tracing (the span of a
    /// public API call).
    pub fn context<'a>(context: &'a Context<'_>, operation: &'static str) -> Context<'a> {
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
            check_success: CheckSuccessOptions { success_codes: ok },
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
    // @gate(call)
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
        let (path, query) = path.split_once('?').map_or((path, None), |(p, q)| (p, Some(q)));
        let joined = format!("{}{}", url.path().trim_end_matches('/'), path);
        url.set_path(&joined);
        if let Some(query) = query.filter(|q| !q.is_empty()) {
            push_query_text(&mut url, query);
        }
        url
    }
}
// @gate
pub use calls::{context, push_raw_query, request, send, url};
// @gate(call)
pub use calls::call;
