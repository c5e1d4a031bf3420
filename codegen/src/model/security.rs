//! How a data-plane client authenticates, from the spec's `securityDefinitions` and the
//! `security` requirements: the OAuth2 scope its tokens are asked for, and an API key header.
//! (Resource Manager clients take their scope from the cloud instead.)

use serde_json::Value;

/// What the first input's security schemes give its client.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Security {
    /// The scope of the `oauth2` scheme the document-wide `security` requires
    /// (`https://security.microsoft.com/.default`); without one, tokens are asked for
    /// `<endpoint origin>/.default`.
    pub scope: Option<String>,
    /// The header of an `apiKey` scheme (`in: header`) a requirement names: the client gets a
    /// constructor that sends a key there.
    pub key_header: Option<String>,
}

/// Reads the schemes of `extra` (the document's top-level keys beyond the modelled ones) that its
/// document-wide `security` requires. (An operation's own requirements are not read: its client
/// is the document's.) What clients cannot use is said in `notes`.
pub fn read(extra: &std::collections::BTreeMap<String, Value>, notes: &mut Vec<String>) -> Security {
    let definitions = extra.get("securityDefinitions").and_then(Value::as_object);
    let scheme = |name: &str| definitions.and_then(|d| d.get(name));
    let global = extra.get("security");
    // Each requirement is `{ "<scheme>": [scopes...] }`.
    let requirements = || global.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_object).flatten();
    let mut security = Security::default();
    for (name, scopes) in requirements() {
        if scheme(name).and_then(|s| s.get("type")).and_then(Value::as_str) == Some("oauth2") {
            // A resource URL (`https://…/.default`); ARM-style names (`user_impersonation`) are
            // not scopes a token can be asked for.
            let first = scopes.as_array().and_then(|s| s.first()).and_then(Value::as_str).filter(|s| s.contains("://"));
            security.scope = security.scope.or(first.map(str::to_owned));
        }
    }
    let mut named: Vec<&String> = requirements().map(|(n, _)| n).collect();
    named.sort();
    named.dedup();
    for name in named {
        let Some(s) = scheme(name).filter(|s| s.get("type").and_then(Value::as_str) == Some("apiKey")) else {
            continue;
        };
        let header = s.get("name").and_then(Value::as_str);
        match (s.get("in").and_then(Value::as_str), header) {
            (Some("header"), Some(h)) if security.key_header.is_none() => security.key_header = Some(h.to_owned()),
            _ => notes.push(format!("security scheme `{name}`: only one apiKey header scheme is supported; left out")),
        }
    }
    security
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn extra(v: Value) -> std::collections::BTreeMap<String, Value> {
        v.as_object().map(|o| o.clone().into_iter().collect()).unwrap_or_default()
    }

    #[test]
    fn oauth2_scope_and_api_key_header() {
        let e = extra(json!({
            "securityDefinitions": {
                "AAD": { "type": "oauth2", "flow": "implicit" },
                "Key": { "type": "apiKey", "name": "security-key", "in": "header" },
                "Query": { "type": "apiKey", "name": "key", "in": "query" },
                "Unused": { "type": "apiKey", "name": "x-unused", "in": "header" }
            },
            "security": [{ "AAD": ["https://security.microsoft.com/.default"] }, { "Key": [] }, { "Query": [] }]
        }));
        let mut notes = Vec::new();
        let s = read(&e, &mut notes);
        assert_eq!(s.scope.as_deref(), Some("https://security.microsoft.com/.default"));
        assert_eq!(s.key_header.as_deref(), Some("security-key"));
        assert_eq!(notes, ["security scheme `Query`: only one apiKey header scheme is supported; left out"]);
    }

    #[test]
    fn scope_names_that_are_not_urls_are_not_scopes() {
        let e = extra(json!({
            "securityDefinitions": { "azure_auth": { "type": "oauth2", "flow": "implicit" } },
            "security": [{ "azure_auth": ["user_impersonation"] }]
        }));
        assert_eq!(read(&e, &mut Vec::new()).scope, None);
    }

    #[test]
    fn no_schemes_no_security() {
        let mut notes = Vec::new();
        assert_eq!(read(&extra(json!({})), &mut notes), Security::default());
        assert!(notes.is_empty());
    }
}
