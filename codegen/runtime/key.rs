//! API keys (a spec's `apiKey` security scheme): the key in its header, to the client's
//! endpoint only.

/// Sends the key in `header` on requests to the client's origin. A request to another origin (a
/// link some response named) goes without it: the key is the endpoint's.
// @gate
#[derive(Debug)]
pub struct KeyPolicy {
    header: &'static str,
    key: azure_core::credentials::Secret,
    /// The endpoint's origin, serialized (`https://host:port`).
    origin: String,
}

/// The policy that sends `key` in `header` to `endpoint`'s origin.
// @gate
pub fn key_policy(
    header: &'static str,
    key: azure_core::credentials::Secret,
    endpoint: &Url,
) -> Arc<dyn azure_core::http::policies::Policy> {
    Arc::new(KeyPolicy { header, key, origin: endpoint.origin().ascii_serialization() })
}

// @gate
#[async_trait::async_trait]
impl azure_core::http::policies::Policy for KeyPolicy {
    async fn send(
        &self,
        ctx: &azure_core::http::Context,
        request: &mut azure_core::http::Request,
        next: &[Arc<dyn azure_core::http::policies::Policy>],
    ) -> azure_core::http::policies::PolicyResult {
        if request.url().origin().ascii_serialization() == self.origin {
            request.insert_header(self.header, self.key.secret().to_owned());
        }
        match next.split_first() {
            Some((policy, rest)) => policy.send(ctx, request, rest).await,
            None => Err(azure_core::Error::with_message(ErrorKind::Other, "no policy after KeyPolicy")),
        }
    }
}
