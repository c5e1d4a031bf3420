//! `User-Agent` header parameters.

/// The `User-Agent` a call sends, from an operation's `User-Agent` header parameter: kept in the
/// call's context, since azure_core's user agent policy (per call) replaces the header.
// @gate
#[derive(Clone, Debug)]
pub struct UserAgent(pub String);

/// `options` with a policy among those run per try that sets the call's [`UserAgent`], when it
/// has one, after azure_core's user agent policy wrote its telemetry value (per try runs after
/// every per-call policy). Calls without one keep azure_core's value.
// @gate
pub fn keep_user_agent(mut options: ClientOptions) -> ClientOptions {
    options.per_try_policies.push(Arc::new(EditRequest(|ctx: &azure_core::http::Context, request: &mut azure_core::http::Request| {
        if let Some(UserAgent(value)) = ctx.value::<UserAgent>() {
            request.insert_header("user-agent", value.clone());
        }
    })));
    options
}
