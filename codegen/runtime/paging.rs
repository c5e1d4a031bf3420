/// Pageable operations on azure_core's [`Pager`](azure_core::http::Pager): the next page's link
/// is read from the page body (`x-ms-pageable.nextLinkName`), resolved against the endpoint,
/// kept on the endpoint's origin, and never followed twice.
// @gate
pub mod paging {
    use super::{context, send, service_url};
    use azure_core::error::ErrorKind;
    use azure_core::http::pager::{Pager, PagerContinuation, PagerOptions, PagerResult, PagerState};
    use azure_core::http::{Method, Pipeline, RawResponse, Request, Url};
    use azure_core::{Error, Result};
    use std::collections::HashSet;
    use std::sync::{Arc, Mutex};

    /// One pageable operation: its first request and where its pages keep the next link.
    pub struct Paged {
        pub pipeline: Pipeline,
        pub endpoint: Url,
        pub request: Request,
        pub ok: &'static [u16],
        /// The page property holding the next page's URL; `None`: one page only.
        pub next_link: Option<&'static str>,
        pub operation: &'static str,
    }

    struct Shared {
        paged: Paged,
        /// Links already followed: a service repeating one would page forever.
        seen: Mutex<HashSet<String>>,
    }

    /// A pager over `paged`'s pages, resumable from `options.continuation`.
    pub fn pager<P>(paged: Paged, options: PagerOptions<'_>) -> Pager<P>
    where
        P: azure_core::http::pager::Page + serde::de::DeserializeOwned + Send + 'static,
    {
        let shared = Arc::new(Shared { paged, seen: Mutex::new(HashSet::new()) });
        Pager::new(
            move |state, options| {
                let shared = Arc::clone(&shared);
                Box::pin(async move { shared.page(state, options).await })
            },
            Some(PagerOptions { context: options.context.into_owned(), continuation: options.continuation }),
        )
    }

    impl Shared {
        async fn page<P>(&self, state: PagerState, options: PagerOptions<'static>) -> Result<PagerResult<azure_core::http::Response<P>>> {
            let paged = &self.paged;
            let mut request = match state {
                PagerState::Initial => paged.request.clone(),
                PagerState::More(next) => {
                    super::request(service_url(&paged.endpoint, next.as_ref())?, Method::Get)
                }
            };
            // The first page's URL counts as followed too: a link back to it would page again.
            self.seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(request.url().to_string());
            let ctx = context(&options.context, paged.operation);
            let response = send(&paged.pipeline, &ctx, &mut request, paged.ok).await?;
            let next = match paged.next_link {
                Some(name) => next_link(&response, name)?,
                None => None,
            };
            let Some(link) = next else {
                return Ok(PagerResult::Done { response: response.into() });
            };
            let url = service_url(&paged.endpoint, &link)?;
            let fresh = self.seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(url.to_string());
            if !fresh || url == *request.url() {
                return Err(Error::with_message(
                    ErrorKind::DataConversion,
                    format!("{}: the service sent the next-page link {url} a second time", paged.operation),
                ));
            }
            Ok(PagerResult::More { response: response.into(), continuation: PagerContinuation::Link(url) })
        }
    }

    /// The next link in a page: a non-empty string under `name`.
    fn next_link(response: &RawResponse, name: &str) -> Result<Option<String>> {
        let page: serde_json::Value = serde_json::from_slice(response.body().as_ref())
            .map_err(|e| Error::with_error(ErrorKind::DataConversion, e, "the page is not JSON"))?;
        Ok(page.get(name).and_then(serde_json::Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned))
    }
}
