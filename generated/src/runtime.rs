//! Support code shared by every generated model, emitted once per crate.
#![allow(dead_code)]
use std::fmt;
/// An RFC 3339 date-time, as Azure sends them.
///
/// Parsing is lenient where Azure is: a missing offset is read as UTC, and more than nine
/// fractional digits are cut. Serialization writes RFC 3339.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime(pub time::OffsetDateTime);
impl DateTime {
    /// Parses an RFC 3339 date-time, accepting a missing offset (UTC).
    pub fn parse(s: &str) -> Result<Self, time::error::Parse> {
        use time::format_description::well_known::Rfc3339;
        match time::OffsetDateTime::parse(s, &Rfc3339) {
            Ok(t) => Ok(DateTime(t)),
            Err(e) => {
                let trimmed = trim_fraction(s);
                let with_zone = if has_offset(&trimmed) {
                    trimmed
                } else {
                    format!("{trimmed}Z")
                };
                time::OffsetDateTime::parse(&with_zone, &Rfc3339)
                    .map(DateTime)
                    .map_err(|_| e)
            }
        }
    }
}
fn has_offset(s: &str) -> bool {
    let time_part = s.split_once(['T', 't']).map_or("", |(_, t)| t);
    time_part.ends_with(['Z', 'z']) || time_part.contains(['+', '-'])
}
/// Keeps at most nine fractional digits (the most `time` reads).
fn trim_fraction(s: &str) -> String {
    let Some(dot) = s.find('.') else { return s.to_owned() };
    let (head, rest) = s.split_at(dot + 1);
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let keep: String = rest.chars().take(digits.min(9)).collect();
    let tail: String = rest.chars().skip(digits).collect();
    format!("{head}{keep}{tail}")
}
impl From<time::OffsetDateTime> for DateTime {
    fn from(t: time::OffsetDateTime) -> Self {
        DateTime(t)
    }
}
impl std::ops::Deref for DateTime {
    type Target = time::OffsetDateTime;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use time::format_description::well_known::Rfc3339;
        match self.0.format(&Rfc3339) {
            Ok(s) => f.write_str(&s),
            Err(_) => Err(fmt::Error),
        }
    }
}
impl serde::Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
impl<'de> serde::Deserialize<'de> for DateTime {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        DateTime::parse(&s).map_err(serde::de::Error::custom)
    }
}
/// Reads a map of the properties a schema does not name, minus `key` (a union kind's tag, which
/// the kind writes itself).
pub(crate) fn map_without<'de, D, T>(
    deserializer: D,
    key: &str,
) -> Result<std::collections::BTreeMap<String, T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    let mut map = <std::collections::BTreeMap<
        String,
        T,
    > as serde::Deserialize>::deserialize(deserializer)?;
    map.remove(key);
    Ok(map)
}
/// Stands in for a secret in `Debug` output.
pub(crate) struct Redacted;
impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}
/// How a secret field shows in `Debug`: whether it is set, never its value.
pub(crate) fn redact<T>(value: &Option<T>) -> Option<Redacted> {
    value.as_ref().map(|_| Redacted)
}
/// A resource id that does not have the expected shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseIdError {
    /// The text that was parsed.
    pub id: String,
    /// The shape it should have had.
    pub expected: &'static str,
}
impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a resource id of the form {}", self.id, self.expected)
    }
}
impl std::error::Error for ParseIdError {}
/// Splits `<parent>/<collection...>/<name>` into the parent's text and the name; the
/// collection segments compare case-insensitively, as ARM does.
pub(crate) fn split_id<'a>(
    id: &'a str,
    collection: &[&str],
    expected: &'static str,
) -> Result<(&'a str, String), ParseIdError> {
    let err = || ParseIdError {
        id: id.to_owned(),
        expected,
    };
    let trimmed = id.strip_suffix('/').unwrap_or(id);
    let (mut rest, name) = trimmed.rsplit_once('/').ok_or_else(err)?;
    if name.is_empty() {
        return Err(err());
    }
    for segment in collection.iter().rev() {
        let (head, last) = rest.rsplit_once('/').ok_or_else(err)?;
        if !last.eq_ignore_ascii_case(segment) {
            return Err(err());
        }
        rest = head;
    }
    Ok((rest, name.to_owned()))
}
/// `/subscriptions/{subscriptionId}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SubscriptionId {
    id: String,
}
impl SubscriptionId {
    pub fn new(subscription_id: impl Into<String>) -> Self {
        SubscriptionId {
            id: subscription_id.into(),
        }
    }
    pub fn subscription_id(&self) -> &str {
        &self.id
    }
    /// A resource group of this subscription.
    pub fn resource_group(&self, name: impl Into<String>) -> ResourceGroupId {
        ResourceGroupId {
            parent: self.clone(),
            name: name.into(),
        }
    }
}
impl super::client::ResourcePath for SubscriptionId {
    fn write_path(&self, out: &mut String) -> super::client::Result<()> {
        super::client::write_segment(out, "subscriptions", &self.id, "subscription_id")
    }
}
impl fmt::Display for SubscriptionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/subscriptions/{}", self.id)
    }
}
impl std::str::FromStr for SubscriptionId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscriptionId}";
        let (rest, id) = split_id(s, &["subscriptions"], EXPECTED)?;
        if !rest.is_empty() {
            return Err(ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            });
        }
        Ok(SubscriptionId { id })
    }
}
/// `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResourceGroupId {
    parent: SubscriptionId,
    name: String,
}
impl ResourceGroupId {
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
    ) -> Self {
        SubscriptionId::new(subscription_id).resource_group(resource_group_name)
    }
    pub fn parent(&self) -> &SubscriptionId {
        &self.parent
    }
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn subscription_id(&self) -> &str {
        self.parent.subscription_id()
    }
    pub fn resource_group_name(&self) -> &str {
        &self.name
    }
}
impl super::client::ResourcePath for ResourceGroupId {
    fn write_path(&self, out: &mut String) -> super::client::Result<()> {
        self.parent.write_path(out)?;
        super::client::write_segment(
            out,
            "resourceGroups",
            &self.name,
            "resource_group_name",
        )
    }
}
impl fmt::Display for ResourceGroupId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/resourceGroups/{}", self.parent, self.name)
    }
}
impl std::str::FromStr for ResourceGroupId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}";
        let (parent, name) = split_id(s, &["resourceGroups"], EXPECTED)?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            })?;
        Ok(ResourceGroupId { parent, name })
    }
}
