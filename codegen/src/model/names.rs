//! Rust names from spec names: case conversion (heck), keywords, invalid characters, and
//! deterministic disambiguation. Collisions never become compile errors or silent drops.

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::HashSet;

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become",
    "box", "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "union",
];

/// The runtime's types the `ids` module re-exports beside the spec's resource ids.
pub const SHARED_IDS: &[&str] = &["ParseIdError", "ResourceGroupId", "ResourcePath", "SubscriptionId"];

/// A scope holding every type name the generated crate defines itself beside spec-derived ones:
/// [`SHARED_IDS`], and `Self` (a keyword where a type name stands). Generated code names
/// everything else by its full path, so a spec may call a definition `Option`, `Response` or
/// `Serialize` and keep that name.
pub fn type_scope() -> Scope {
    Scope { taken: SHARED_IDS.iter().copied().chain(["Self"]).map(str::to_owned).collect() }
}

/// Keeps ASCII letters and digits, turning everything else into word breaks.
fn words(raw: &str) -> String {
    raw.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect()
}

/// `PascalCase` type name.
pub fn type_name(raw: &str) -> String {
    let mut s = words(raw).to_upper_camel_case();
    if s.is_empty() {
        s = "Unnamed".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'T');
    }
    if s == "Self" {
        s.push_str("Model");
    }
    s
}

/// `PascalCase` enum variant name.
pub fn variant_name(raw: &str) -> String {
    let mut s = words(raw).to_upper_camel_case();
    if s.is_empty() {
        s = "Empty".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, 'V');
    }
    if s == "Self" {
        s.push('_');
    }
    s
}

/// `snake_case` field, method or parameter name; keywords get a trailing `_`.
pub fn field_name(raw: &str) -> String {
    let mut s = words(raw).to_snake_case();
    if s.is_empty() {
        s = "value".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, '_');
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// The name serde's `rename_all = "camelCase"` derives from a snake_case field name; where it
/// equals the wire name no per-field rename is needed.
pub fn serde_camel(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut upper = false;
    for (i, c) in field.char_indices() {
        if c == '_' {
            if i > 0 {
                upper = true;
            }
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A set of names in one scope that hands out unique ones.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_reserved(names: &[&str]) -> Self {
        Scope { taken: names.iter().map(|s| (*s).to_owned()).collect() }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Claims `name` if free; otherwise the first of the `alternatives`, then `name2`, `name3`…
    /// (`name_2` for snake_case names).
    pub fn claim(&mut self, name: &str, alternatives: &[String]) -> String {
        if self.taken.insert(name.to_owned()) {
            return name.to_owned();
        }
        for alt in alternatives {
            if self.taken.insert(alt.clone()) {
                return alt.clone();
            }
        }
        let sep = if name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) { "" } else { "_" };
        let base = name.trim_end_matches('_');
        let mut n = 2usize;
        loop {
            let candidate = format!("{base}{sep}{n}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_and_sanitises() {
        assert_eq!(type_name("ExpressRouteCircuitsArpTableListResult"), "ExpressRouteCircuitsArpTableListResult");
        assert_eq!(type_name("odata.type"), "OdataType");
        assert_eq!(type_name("Option"), "Option");
        assert_eq!(type_name("Self"), "SelfModel");
        assert_eq!(type_name("2fa"), "T2fa");
        assert_eq!(field_name("type"), "type_");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("odata.type"), "odata_type");
        assert_eq!(field_name("ipv6CircuitConnectionConfig"), "ipv6_circuit_connection_config");
        assert_eq!(field_name("\"]#[x]"), "x");
        assert_eq!(variant_name("10.0"), "V100");
        assert_eq!(variant_name(""), "Empty");
    }

    #[test]
    fn serde_camel_matches_serde() {
        assert_eq!(serde_camel("ipv6_circuit_connection_config"), "ipv6CircuitConnectionConfig");
        assert_eq!(serde_camel("type_"), "type");
        assert_eq!(serde_camel("azure_asn"), "azureAsn");
    }

    #[test]
    fn scope_disambiguates_deterministically() {
        let mut s = Scope::new();
        assert_eq!(s.claim("foo_bar", &[]), "foo_bar");
        assert_eq!(s.claim("foo_bar", &[]), "foo_bar_2");
        assert_eq!(s.claim("Resource", &["NetworkResource".into()]), "Resource");
        assert_eq!(s.claim("Resource", &["NetworkResource".into()]), "NetworkResource");
        assert_eq!(s.claim("Resource", &["NetworkResource".into()]), "Resource2");
    }
}
