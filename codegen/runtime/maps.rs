//! Maps of the properties a schema does not name.

/// `additionalProperties` beside a union kind's tag.
// @gate
pub mod maps {
    /// Reads a map of the properties a schema does not name, minus `key` (a union kind's tag,
    /// which the kind writes itself).
    pub fn without<'de, D, T>(deserializer: D, key: &str) -> Result<std::collections::BTreeMap<String, T>, D::Error>
    where
        D: serde::Deserializer<'de>,
        T: serde::Deserialize<'de>,
    {
        let mut map = <std::collections::BTreeMap<String, T> as serde::Deserialize>::deserialize(deserializer)?;
        map.remove(key);
        Ok(map)
    }
}
