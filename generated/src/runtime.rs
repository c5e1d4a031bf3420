//! Support code shared by every generated model, emitted once per crate.

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
                let with_zone = if has_offset(&trimmed) { trimmed } else { format!("{trimmed}Z") };
                time::OffsetDateTime::parse(&with_zone, &Rfc3339).map(DateTime).map_err(|_| e)
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
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        DateTime::parse(&s).map_err(serde::de::Error::custom)
    }
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
