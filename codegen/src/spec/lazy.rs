//! Maps whose values are parsed on first use.
//!
//! A referenced file is usually needed for a handful of its definitions: `expressRouteCircuit.json`
//! uses one definition of the 290 KB `virtualWan.json`. Reading a section as raw JSON text costs
//! about a sixth of parsing it into typed schemas, so `definitions` and `paths` keep each entry's
//! text and parse it when something asks for it. Input files are parsed whole right after loading
//! ([`LazyMap::parse_all`]), so their errors are still reported up front.

use indexmap::IndexMap;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use std::fmt;
use std::sync::OnceLock;

/// Why an entry could not be parsed: the pointer inside the entry, the message and, for the
/// caller to place in the file, the line and column inside the entry's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryError {
    pub pointer: String,
    pub message: String,
    pub position: Option<(usize, usize)>,
}

/// One entry: its raw text until parsed (dropped by [`LazyMap::parse_all`]), and the result.
#[derive(Clone)]
struct Entry<T> {
    raw: Option<Box<RawValue>>,
    value: OnceLock<Result<T, EntryError>>,
}

impl<T: DeserializeOwned> Entry<T> {
    fn parsed(value: T) -> Self {
        Entry { raw: None, value: OnceLock::from(Ok(value)) }
    }

    fn result(&self) -> &Result<T, EntryError> {
        self.value.get_or_init(|| match &self.raw {
            Some(raw) => parse(raw.get()),
            // Unreachable by construction: an entry without text was built parsed.
            None => Err(EntryError { pointer: String::new(), message: "no text".into(), position: None }),
        })
    }
}

/// Parses one entry's text; the error carries the pointer inside the entry.
fn parse<T: DeserializeOwned>(text: &str) -> Result<T, EntryError> {
    // The plain parse is faster; only a failure pays for tracking the path.
    if let Ok(value) = serde_json::from_str(text) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let err = super::load::json_error(e.inner(), super::load::path_to_pointer(e.path()));
        EntryError { pointer: err.pointer, message: err.message, position: err.position }
    })
}

/// An ordered map of name to `T`, each value parsed from its JSON text on first access.
#[derive(Clone)]
pub struct LazyMap<T> {
    entries: IndexMap<String, Entry<T>>,
}

impl<T> Default for LazyMap<T> {
    fn default() -> Self {
        LazyMap { entries: IndexMap::new() }
    }
}

impl<T: DeserializeOwned> LazyMap<T> {
    /// The value of `name`: `None` when absent or when its text does not parse (see [`Self::check`]).
    pub fn get(&self, name: &str) -> Option<&T> {
        self.entries.get(name)?.result().as_ref().ok()
    }

    /// Parses `name` if present, returning its error if it has one.
    pub fn check(&self, name: &str) -> Result<(), EntryError> {
        match self.entries.get(name).map(Entry::result) {
            Some(Err(e)) => Err(e.clone()),
            _ => Ok(()),
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.keys()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every entry in document order, parsed now if not yet, with its error if it has one.
    pub fn entries(&self) -> impl Iterator<Item = (&String, Result<&T, &EntryError>)> {
        self.entries.iter().map(|(k, e)| (k, e.result().as_ref()))
    }

    /// Every entry that parses, in document order (callers that must see errors use
    /// [`Self::entries`], or [`Self::parse_all`] first).
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.entries.iter().filter_map(|(k, e)| e.result().as_ref().ok().map(|v| (k, v)))
    }

    /// Parses every entry and frees the texts. The first failure in document order is returned
    /// with its entry's name and text, for the caller to locate in the file.
    pub fn parse_all(&mut self) -> Result<(), (String, String, EntryError)> {
        for (name, entry) in &mut self.entries {
            if let Err(e) = entry.result() {
                let text = entry.raw.as_ref().map(|r| r.get().to_owned()).unwrap_or_default();
                return Err((name.clone(), text, e.clone()));
            }
            entry.raw = None;
        }
        Ok(())
    }

    pub fn insert(&mut self, name: String, value: T) {
        self.entries.insert(name, Entry::parsed(value));
    }
}

impl<T: DeserializeOwned> FromIterator<(String, T)> for LazyMap<T> {
    fn from_iter<I: IntoIterator<Item = (String, T)>>(iter: I) -> Self {
        LazyMap { entries: iter.into_iter().map(|(k, v)| (k, Entry::parsed(v))).collect() }
    }
}

impl<'de, T> Deserialize<'de> for LazyMap<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = IndexMap::<String, Box<RawValue>>::deserialize(d)?;
        let entries = raw.into_iter().map(|(k, v)| (k, Entry { raw: Some(v), value: OnceLock::new() })).collect();
        Ok(LazyMap { entries })
    }
}

impl<T: fmt::Debug> fmt::Debug for LazyMap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (k, e) in &self.entries {
            match e.value.get() {
                Some(Ok(v)) => map.entry(k, v),
                Some(Err(err)) => map.entry(k, err),
                None => map.entry(k, &"<not parsed yet>"),
            };
        }
        map.finish()
    }
}
