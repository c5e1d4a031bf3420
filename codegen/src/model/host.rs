//! `x-ms-parameterized-host`: an endpoint written as a template of parameters
//! (`{vaultBaseUrl}`, `{accountName}{host}`), which become the client's constructor arguments.

use super::names::{self, Scope};
use super::resolve::Resolver;
use crate::spec::swagger::Parameter;
use crate::spec::DocId;

/// The endpoint template and its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostTemplate {
    /// The template with its scheme (`https://{accountName}{host}`) unless the spec turns the
    /// prefix off (`useSchemePrefix: false`: a parameter holds the scheme).
    pub template: String,
    pub params: Vec<HostParam>,
}

/// One `{name}` of the template. Every one is the client's: a client is bound to one endpoint,
/// as azure_core's clients are, even where AutoRest passes a part of it per call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostParam {
    pub wire: String,
    /// Rust name, unique among the constructor's arguments.
    pub name: String,
    /// The spec's `default`: the parameter is an option of the client, not an argument.
    pub default: Option<String>,
    pub docs: Option<String>,
}

/// The template of the first input, when it has one.
pub(crate) fn build(r: &mut Resolver<'_>, doc_id: DocId) -> Option<HostTemplate> {
    let doc = r.doc(doc_id)?.clone();
    let raw = doc.swagger.x_ms_parameterized_host.as_ref()?;
    let ptr = "/x-ms-parameterized-host";
    let Some(template) = raw.get("hostTemplate").and_then(|t| t.as_str()) else {
        r.diag(doc_id, ptr, "x-ms-parameterized-host has no hostTemplate string");
        return None;
    };
    let prefix = raw.get("useSchemePrefix").and_then(serde_json::Value::as_bool).unwrap_or(true);
    let scheme = doc.swagger.schemes.first().map_or("https", String::as_str);
    // The spec's `basePath` follows the host, as with a plain `host`.
    let base = doc.swagger.base_path.as_deref().unwrap_or("").trim_end_matches('/');
    let template = if prefix { format!("{scheme}://{template}{base}") } else { format!("{template}{base}") };
    // The constructor's other arguments and locals.
    let mut scope = Scope::with_reserved(&["credential", "options", "subscription_id", "endpoint", "scope"]);
    let mut params = Vec::new();
    let list = raw.get("parameters").and_then(serde_json::Value::as_array).cloned().unwrap_or_default();
    for (i, value) in list.iter().enumerate() {
        let at = format!("{ptr}/parameters/{i}");
        let Ok(p) = serde_json::from_value::<Parameter>(value.clone()) else {
            r.diag(doc_id, &at, "not a parameter");
            continue;
        };
        let Some((_, p, _)) = super::operations::resolve_param(r, doc_id, &at, &p) else { continue };
        let Some(wire) = p.name.clone() else {
            r.diag(doc_id, &at, "parameter has no name");
            continue;
        };
        let raw_name = p.client_name.clone().unwrap_or_else(|| wire.clone());
        let default = p.default.as_ref().and_then(|d| d.as_str()).map(str::to_owned);
        params.push(HostParam {
            name: scope.claim(&names::field_name(&raw_name), &[]),
            wire,
            default,
            docs: p.description,
        });
    }
    Some(HostTemplate { template, params })
}
