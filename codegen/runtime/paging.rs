/// Pageable operations on azure_core's [`Pager`](azure_core::http::Pager): the next page's link
/// is read from the page body (`x-ms-pageable.nextLinkName`) and becomes the next request:
/// resolved against the endpoint and sent with the first request's `api-version`, or handed to
/// the operation `x-ms-pageable.operationName` names. A next request stays on the endpoint's
/// origin, and none is sent twice.
// @gate
pub mod paging {
    use super::{context, send, service_url};
    use azure_core::error::ErrorKind;
    use azure_core::http::pager::{Pager, PagerContinuation, PagerOptions, PagerResult, PagerState};
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
            Some(PagerOptions { context: options.context.into_owned(), continuation: options.continuation }),
        )
    }

    type PageResult<P> = Result<PagerResult<azure_core::http::Response<P>>>;

    impl Pages {
        pub fn new(paged: Paged) -> Self {
            let api_version =
                paged.request.url().query_pairs().find(|(name, _)| name == API_VERSION).map(|(_, v)| v.into_owned());
            Pages { paged, api_version, seen: Mutex::new(HashSet::new()) }
        }

        /// Fetches the page `state` names.
        pub async fn page<P>(&self, state: PagerState, options: PagerOptions<'static>) -> PageResult<P> {
            let paged = &self.paged;
            let mut request = match state {
                PagerState::Initial => paged.request.clone(),
                PagerState::More(next) => self.next_request(next.as_ref())?,
            };
            // The first page's URL counts as followed too: a link back to it would page again.
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
                return Ok(PagerResult::Done { response: response.into() });
            };
            let next_url = self.next_request(&link)?.url().clone();
            let fresh = self.seen().insert(next_url.to_string());
            if !fresh || next_url == *url {
                return Err(Error::with_message(
                    ErrorKind::DataConversion,
                    format!("{}: the service sent the next-page link {link:?} a second time", paged.operation),
                ));
            }
            // The next operation takes the link as the page gave it; a GET takes its URL.
            let continuation = match paged.next_request {
                Some(_) => PagerContinuation::Token(link),
                None => PagerContinuation::Link(next_url),
            };
            Ok(PagerResult::More { response: response.into(), continuation })
        }

        /// The request for the page `link` names, refused unless on the endpoint's origin.
        fn next_request(&self, link: &str) -> Result<Request> {
            let paged = &self.paged;
            let request = match &paged.next_request {
                Some(build) => build(link)?,
                None => {
                    let url = with_api_version(service_url(&paged.endpoint, link)?, self.api_version.as_deref());
                    super::request(url, Method::Get)
                }
            };
            if request.url().origin() != paged.endpoint.origin() {
                return Err(Error::with_message(
                    ErrorKind::Other,
                    format!("{}: refusing to send {} (not on the client's endpoint)", paged.operation, request.url()),
                ));
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
            .filter(|pair| !pair.split('=').next().unwrap_or_default().eq_ignore_ascii_case(API_VERSION))
            .collect();
        url.set_query((!kept.is_empty()).then(|| kept.join("&")).as_deref());
        url.query_pairs_mut().append_pair(API_VERSION, version);
        url
    }

    /// The next link in a page: a non-empty string under `name`.
    fn next_link(response: &RawResponse, name: &str) -> Result<Option<String>> {
        let page: serde_json::Value = serde_json::from_slice(response.body().as_ref())
            .map_err(|e| Error::with_error(ErrorKind::DataConversion, e, "the page is not JSON"))?;
        Ok(page.get(name).and_then(serde_json::Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned))
    }
}
