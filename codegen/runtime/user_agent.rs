//! `User-Agent` header parameters.

/// The `User-Agent` a call sends, from an operation's `User-Agent` header parameter: kept in the
/// call's context, since azure_core's user agent policy (per call) replaces the header.
// @gate
#[derive(Clone, Debug)]
pub struct UserAgent(pub String);

/// Sets the call's [`UserAgent`], when it has one, after azure_core's user agent policy wrote its
/// telemetry value (this runs per try, after every per-call policy). Calls without one keep
/// azure_core's value.
// @gate
#[derive(Debug)]
pub struct KeepUserAgent;

/// `options` with [`KeepUserAgent`] among the policies run per try.
// @gate
pub fn keep_user_agent(mut options: ClientOptions) -> ClientOptions {
    options.per_try_policies.push(Arc::new(KeepUserAgent));
    options
}

// @gate
#[async_trait::async_trait]
impl azure_core::http::policies::Policy for KeepUserAgent {
    async fn send(
        &self,
        ctx: &azure_core::http::Context,
        request: &mut azure_core::http::Request,
        next: &[Arc<dyn azure_core::http::policies::Policy>],
    ) -> azure_core::http::policies::PolicyResult {
        if let Some(UserAgent(value)) = ctx.value::<UserAgent>() {
            request.insert_header("user-agent", value.clone());
        }
        match next.split_first() {
            Some((policy, rest)) => policy.send(ctx, request, rest).await,
            None => Err(azure_core::Error::with_message(ErrorKind::Other, "no policy after KeepUserAgent")),
        }
    }
}
