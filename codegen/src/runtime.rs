//! The static runtime every generated crate carries (`codegen/runtime/*.rs`), and the type names
//! it defines, which generated types must not take.

/// Support code every generated crate carries (date-times, redaction, ids).
pub const RUNTIME: &str = include_str!("../runtime/runtime.rs");

/// The HTTP client core every generated crate carries (transport, errors, polling, paging).
pub const CLIENT: &str = include_str!("../runtime/client.rs");

/// The client on azure_core (credentials, pipeline), behind the crate's `azure` feature.
pub const AZURE: &str = include_str!("../runtime/azure.rs");

/// Every type, trait and alias the runtime declares at the start of a line (`pub struct X`,
/// `pub(crate) type Y<T>`...), read from its source so the list cannot fall behind it.
pub fn type_names() -> impl Iterator<Item = &'static str> {
    [RUNTIME, CLIENT, AZURE].into_iter().flat_map(str::lines).filter_map(|line| {
        let rest = line.strip_prefix("pub ").or_else(|| line.strip_prefix("pub(crate) "))?;
        let rest = ["struct ", "enum ", "trait ", "type "].iter().find_map(|k| rest.strip_prefix(k))?;
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        rest.get(..end).filter(|name| !name.is_empty())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn type_names_come_from_the_sources() {
        let names: Vec<&str> = super::type_names().collect();
        for expected in ["Client", "Error", "Result", "Transport", "Call", "Lro", "Pager", "Poller", "PageDecoder"] {
            assert!(names.contains(&expected), "{expected} missing from {names:?}");
        }
        for expected in ["DateTime", "Redacted", "SubscriptionId", "ResourceGroupId", "ParseIdError", "BoxFuture"] {
            assert!(names.contains(&expected), "{expected} missing from {names:?}");
        }
    }
}
