//! `security`: the spec's OAuth2 scope is what tokens are asked for, and its API key header is
//! sent to the client's endpoint, never to another origin.

use super::{block_on, client_options, reply, Scripted};
use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};
use azure_core::http::{Method, Request, Url};
use golden_compile as g;
use serde_json::json;
use std::sync::{Arc, Mutex, PoisonError};

const VAULT: &str = "https://vault.example.net";

/// A credential that records the scopes it is asked for; its token is `t`.
#[derive(Debug, Default)]
struct Recording(Mutex<Vec<String>>);

#[async_trait::async_trait]
impl TokenCredential for Recording {
    async fn get_token(&self, scopes: &[&str], _: Option<TokenRequestOptions<'_>>) -> azure_core::Result<AccessToken> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).extend(scopes.iter().map(|s| (*s).to_owned()));
        Ok(AccessToken::new("t", azure_core::time::OffsetDateTime::now_utc() + azure_core::time::Duration::hours(1)))
    }
}

fn options(http: &Arc<Scripted>) -> g::security::SecurityClientOptions {
    g::security::SecurityClientOptions { client_options: client_options(http), ..Default::default() }
}

#[test]
fn tokens_are_asked_for_the_specs_scope() {
    let http = Scripted::new([reply(200, &[], json!({ "value": "s" }))]);
    let credential = Arc::new(Recording::default());
    let client = g::security::SecurityClient::new(VAULT, credential.clone(), Some(options(&http))).expect("a client");
    block_on(client.secrets().get("one", "2024-03-01", None)).expect("get");
    assert_eq!(*credential.0.lock().unwrap_or_else(PoisonError::into_inner), ["https://vault.example.net/.default"]);
    assert_eq!(http.last().header("authorization"), Some("Bearer t"));
}

#[test]
fn the_key_goes_to_the_endpoint_only() {
    let http = Scripted::new([reply(200, &[], json!({ "value": "s" })), reply(200, &[], json!({}))]);
    let client =
        g::security::SecurityClient::with_key_credential(VAULT, "k3y", Some(options(&http))).expect("a client");
    block_on(client.secrets().get("one", "2024-03-01", None)).expect("get");
    assert_eq!(http.last().header("x-vault-key"), Some("k3y"));
    assert_eq!(http.last().header("authorization"), None);
    // A request of one's own to another origin, through the same pipeline, goes without it.
    let mut request = Request::new(Url::parse("https://elsewhere.example.com/x").expect("a url"), Method::Get);
    let context = azure_core::http::Context::new();
    block_on(client.pipeline().send(&context, &mut request, None)).expect("sent");
    assert_eq!(http.last().url, "https://elsewhere.example.com/x");
    assert_eq!(http.last().header("x-vault-key"), None);
}
