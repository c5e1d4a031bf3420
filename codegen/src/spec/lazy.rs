//! Maps whose values are parsed on first use.
//!
//! A referenced file is usually needed for a handful of its definitions: `expressRouteCircuit.json`
//! uses one definition of the 290 KB `virtualWan.json`. Reading a section as raw JSON text costs
//! about a sixth of parsing it into typed schemas, so `definitions` and `paths` keep each entry's
//! text and parse it when something asks for it. Input files are checked whole right after
//! loading ([`LazyMap::first_error`]), so their errors are still reported up front.

use super::load::{parse_json, ParseError};
use indexmap::IndexMap;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use std::fmt;
use std::sync::OnceLock;

/// One entry: its raw text until parsed and no longer needed ([`LazyMap::drop_texts`]), and the
/// result, whose error pointer is relative to the entry.
#[derive(Clone)]
struct Entry<T> {
    raw: Option<Box<RawValue>>,
    value: OnceLock<Result<T, ParseError>>,
}

impl<T: DeserializeOwned> Entry<T> {
    fn result(&self) -> &Result<T, ParseError> {
        self.value.get_or_init(|| match &self.raw {
            Some(raw) => parse_json(raw.get().as_bytes()),
            // Unreachable: texts are dropped only once parsed.
            None => Err(ParseError { pointer: String::new(), position: None, message: "no text".into() }),
        })
    }
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
    pub fn check(&self, name: &str) -> Result<(), &ParseError> {
        match self.entries.get(name).map(Entry::result) {
            Some(Err(e)) => Err(e),
            _ => Ok(()),
        }
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.keys()
    }

    /// Every entry in document order, parsed now if not yet, with its error if it has one.
    pub fn entries(&self) -> impl Iterator<Item = (&String, Result<&T, &ParseError>)> {
        self.entries.iter().map(|(k, e)| (k, e.result().as_ref()))
    }

    /// Every entry that parses, in document order (callers that must see errors use
    /// [`Self::entries`] or [`Self::first_error`]).
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.entries.iter().filter_map(|(k, e)| e.result().as_ref().ok().map(|v| (k, v)))
    }

    /// Parses every entry; the first that fails, in document order, with its error.
    pub fn first_error(&self) -> Option<(&String, &ParseError)> {
        self.entries().find_map(|(name, r)| r.err().map(|e| (name, e)))
    }

    /// Frees the texts of the entries already parsed.
    pub fn drop_texts(&mut self) {
        for entry in self.entries.values_mut().filter(|e| e.value.get().is_some()) {
            entry.raw = None;
        }
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
