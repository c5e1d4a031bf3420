//! Pageable long-running operations (joins the core section's module and uses its imports).

/// Long-running operations whose result is the first page of a list (`x-ms-long-running-operation`
/// with `x-ms-pageable`): the pager's first page is the operation's final result, polled to the
/// end under the client's bounds; the pages after it follow its next links.
// @gate
pub mod lro_pages {
    use super::lro::{poller, Lro};
    use super::paging::{Paged, Pages};
    use azure_core::http::pager::{Page, Pager, PagerOptions, PagerState};
    use azure_core::http::poller::PollerOptions;
    use azure_core::http::JsonFormat;
    use std::sync::Arc;

    /// A pager whose first page is `lro`'s result; `paged` says how the pages go on.
    pub fn pager<P>(lro: Lro, paged: Paged, options: PagerOptions<'_>) -> Pager<P>
    where
        P: Page + serde::de::DeserializeOwned + Send + 'static,
    {
        let shared = Arc::new((lro, Pages::new(paged)));
        Pager::new(
            move |state, options| {
                let shared = Arc::clone(&shared);
                Box::pin(async move {
                    let (lro, pages) = &*shared;
                    match state {
                        PagerState::Initial => {
                            let url = lro.request.url().clone();
                            let polling = PollerOptions { context: options.context.clone(), ..Default::default() };
                            let result = poller::<P, JsonFormat>(lro.clone(), polling)?.await?;
                            pages.after(result.to_raw_response(), &url)
                        }
                        PagerState::More(_) => pages.page(state, options).await,
                    }
                })
            },
            Some(PagerOptions { context: options.context.into_owned(), continuation: options.continuation }),
        )
    }
}
