//! Typed ARM resource ids: the shared part (subscription, resource group, parsing).

use std::fmt;

/// A typed resource id as the start of an operation's path.
pub trait ResourcePath {
    /// Appends the id's path, every name percent-encoded inside its own segment.
    fn write_path(&self, out: &mut String) -> azure_core::Result<()>;

    /// The id's shape, names as placeholders (`/subscriptions/{subscription_id}/...`).
    fn template() -> String
    where
        Self: Sized;
}

/// Appends `/<collection>/<name>`, the name encoded inside its own segment; `label` names the
/// id's field in errors.
pub fn write_segment(out: &mut String, collection: &str, name: &str, label: &str) -> azure_core::Result<()> {
    // The collection is the spec's literal path text: encoded like any value.
    for segment in collection.split('/') {
        out.push('/');
        push_segment(out, segment, label)?;
    }
    if name.is_empty() {
        // An empty name would make the id's path another resource's.
        return Err(azure_core::Error::with_message(ErrorKind::Other, format!("{label} is empty in a resource id")));
    }
    out.push('/');
    push_segment(out, name, label)
}

/// Ids are strings on the wire.
pub fn deserialize_id<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr<Err = ParseIdError>,
{
    let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
    s.parse().map_err(serde::de::Error::custom)
}

/// A resource id that does not have the expected shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseIdError {
    /// The text that was parsed.
    pub id: String,
    /// The shape it should have had.
    pub expected: String,
}

impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a resource id of the form {}", self.id, self.expected)
    }
}

impl std::error::Error for ParseIdError {}

/// So `?` on a parse works in functions returning `azure_core::Result`.
impl From<ParseIdError> for azure_core::Error {
    fn from(e: ParseIdError) -> Self {
        azure_core::Error::new(azure_core::error::ErrorKind::DataConversion, e)
    }
}

/// Splits `<parent>/<collection...>/<name>` into the parent's text and the name; the
/// collection segments compare case-insensitively, as ARM does.
pub fn split_id<'a>(id: &'a str, collection: &str, expected: fn() -> String) -> Result<(&'a str, String), ParseIdError> {
    let err = || ParseIdError { id: id.to_owned(), expected: expected() };
    let trimmed = id.strip_suffix('/').unwrap_or(id);
    let (mut rest, name) = trimmed.rsplit_once('/').ok_or_else(err)?;
    if name.is_empty() {
        return Err(err());
    }
    for segment in collection.rsplit('/') {
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
        SubscriptionId { id: subscription_id.into() }
    }

    pub fn subscription_id(&self) -> &str {
        &self.id
    }

    /// A resource group of this subscription.
    pub fn resource_group(&self, name: impl Into<String>) -> ResourceGroupId {
        ResourceGroupId { parent: self.clone(), name: name.into() }
    }
}

impl ResourcePath for SubscriptionId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        write_segment(out, "subscriptions", &self.id, "subscription_id")
    }

    fn template() -> String {
        "/subscriptions/{subscription_id}".to_owned()
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
        let (rest, id) = split_id(s, "subscriptions", Self::template)?;
        if !rest.is_empty() {
            return Err(ParseIdError { id: s.to_owned(), expected: Self::template() });
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
    pub fn new(subscription_id: impl Into<String>, resource_group_name: impl Into<String>) -> Self {
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

impl ResourcePath for ResourceGroupId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        write_segment(out, "resourceGroups", &self.name, "resource_group_name")
    }

    fn template() -> String {
        format!("{}/resourceGroups/{{resource_group_name}}", SubscriptionId::template())
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
        let (parent, name) = split_id(s, "resourceGroups", Self::template)?;
        let parent = parent.parse().map_err(|_| ParseIdError { id: s.to_owned(), expected: Self::template() })?;
        Ok(ResourceGroupId { parent, name })
    }
}

impl serde::Serialize for SubscriptionId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for SubscriptionId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_id(deserializer)
    }
}

impl serde::Serialize for ResourceGroupId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for ResourceGroupId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_id(deserializer)
    }
}

/// The impls every generated id shares: its path, its text form both ways, and serde as that
/// text, from its collection path (`providers/Microsoft.Network/expressRouteCircuits`), the name's
/// label. Invoked where `runtime` names this module.
// @gate
macro_rules! typed_id {
    ($name:ident, $parent:ty, $collection:literal, $label:literal) => {
        impl runtime::ResourcePath for $name {
            fn write_path(&self, out: &mut ::std::string::String) -> ::azure_core::Result<()> {
                runtime::ResourcePath::write_path(&self.parent, out)?;
                runtime::write_segment(out, $collection, &self.name, $label)
            }

            fn template() -> ::std::string::String {
                let parent = <$parent as runtime::ResourcePath>::template();
                format!("{parent}/{}/{{{}}}", $collection, $label)
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}/{}/{}", self.parent, $collection, self.name)
            }
        }
        impl ::std::str::FromStr for $name {
            type Err = runtime::ParseIdError;
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                let expected = <Self as runtime::ResourcePath>::template;
                let (parent, name) = runtime::split_id(s, $collection, expected)?;
                let parent = parent.parse().map_err(|_| runtime::ParseIdError { id: s.to_owned(), expected: expected() })?;
                Ok($name { parent, name })
            }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                runtime::deserialize_id(deserializer)
            }
        }
    };
}
// @gate
pub(crate) use typed_id;
