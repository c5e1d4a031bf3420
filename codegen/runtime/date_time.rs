/// `format: date-time` fields as `time::OffsetDateTime` (`#[serde(with = "…::date_time")]`),
/// read leniently where Azure services are lenient: a missing offset is UTC and more than nine
/// fractional digits are cut. Written as RFC 3339. One module for every shape a field can have
/// (`T`, `Option<T>`, `Vec<T>`, maps), through [`date_time::Shape`].
// @gate
pub mod date_time {
    use azure_core::time::OffsetDateTime;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::BTreeMap;

    /// Parses an RFC 3339 date-time, accepting a missing offset (UTC).
    pub fn parse(s: &str) -> azure_core::Result<OffsetDateTime> {
        azure_core::time::parse_rfc3339(s).or_else(|e| {
            let trimmed = trim_fraction(s);
            let zoned = if has_offset(&trimmed) { trimmed } else { format!("{trimmed}Z") };
            azure_core::time::parse_rfc3339(&zoned).map_err(|_| e)
        })
    }

    /// The RFC 3339 text of a date-time (query, path and header values).
    pub fn to_text(value: &OffsetDateTime) -> String {
        azure_core::time::to_rfc3339(value)
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

    /// One date-time on the wire.
    pub struct Wire(OffsetDateTime);

    impl Serialize for Wire {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(&to_text(&self.0))
        }
    }

    impl<'de> Deserialize<'de> for Wire {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
            parse(&s).map(Wire).map_err(serde::de::Error::custom)
        }
    }

    /// A field type holding date-times, and its wire form.
    pub trait Shape: Sized {
        type Wire: Serialize + for<'de> Deserialize<'de>;
        fn to_wire(&self) -> Self::Wire;
        fn from_wire(wire: Self::Wire) -> Self;
    }

    impl Shape for OffsetDateTime {
        type Wire = Wire;
        fn to_wire(&self) -> Wire {
            Wire(*self)
        }
        fn from_wire(wire: Wire) -> Self {
            wire.0
        }
    }

    impl<T: Shape> Shape for Option<T> {
        type Wire = Option<T::Wire>;
        fn to_wire(&self) -> Self::Wire {
            self.as_ref().map(T::to_wire)
        }
        fn from_wire(wire: Self::Wire) -> Self {
            wire.map(T::from_wire)
        }
    }

    impl<T: Shape> Shape for Vec<T> {
        type Wire = Vec<T::Wire>;
        fn to_wire(&self) -> Self::Wire {
            self.iter().map(T::to_wire).collect()
        }
        fn from_wire(wire: Self::Wire) -> Self {
            wire.into_iter().map(T::from_wire).collect()
        }
    }

    impl<T: Shape> Shape for BTreeMap<String, T> {
        type Wire = BTreeMap<String, T::Wire>;
        fn to_wire(&self) -> Self::Wire {
            self.iter().map(|(k, v)| (k.clone(), v.to_wire())).collect()
        }
        fn from_wire(wire: Self::Wire) -> Self {
            wire.into_iter().map(|(k, v)| (k, T::from_wire(v))).collect()
        }
    }

    /// A request or response body that is date-times itself (`OffsetDateTime`, `Vec<_>`, a map):
    /// serde reads and writes it as RFC 3339 text (`time`'s own serde form is a tuple).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Rfc3339<T>(pub T);

    impl<T: Shape> Serialize for Rfc3339<T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serialize(&self.0, serializer)
        }
    }

    impl<'de, T: Shape> Deserialize<'de> for Rfc3339<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize(deserializer).map(Rfc3339)
        }
    }

    pub fn serialize<T: Shape, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        value.to_wire().serialize(serializer)
    }

    pub fn deserialize<'de, T: Shape, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        T::Wire::deserialize(deserializer).map(T::from_wire)
    }
}
