//! `x-ms-examples` files, read through the [`Loader`] like spec files: confined to the spec root,
//! limited in size, restricted to the pinned files when a manifest pins them, a byte order mark
//! skipped, and broken JSON reported with its line and column.
//!
//! Unlike a `$ref`'d file, an absent (or unpinned) example is not an error: examples only add
//! documentation, and partial checkouts often lack them. Such examples are skipped the same way
//! wherever the specs come from, and [`Loader::notes`] says which were. Examples do not count
//! towards [`super::Limits::max_files`]: only operations of the inputs name them, and only those
//! with a request body are read.

use super::load::{normalize, parse_json, strip_bom, Loader, ReadError, RootId};
use super::pointer::split_ref;
use super::DocId;
use crate::error::Diagnostic;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;

/// Example files read so far, and the ones skipped.
#[derive(Debug, Default)]
pub struct Examples {
    /// Parsed files by root and root-relative path; `None` when skipped.
    parsed: HashMap<(RootId, String), Option<Arc<Value>>>,
    /// Files actually read, in order.
    order: Vec<(RootId, String)>,
    missing: BTreeSet<String>,
    unpinned: BTreeSet<String>,
}

impl Examples {
    /// The files read, with their roots.
    pub fn read(&self) -> impl Iterator<Item = (RootId, &str)> {
        self.order.iter().map(|(root, rel)| (*root, rel.as_str()))
    }
}

impl Loader {
    /// The example file `reference` names (an `x-ms-examples` entry of `from`, at pointer `at`),
    /// parsed; `Ok(None)` when it is absent or not pinned.
    pub fn example(&mut self, from: DocId, reference: &str, at: &str) -> Result<Option<Arc<Value>>, Diagnostic> {
        let from_doc = self.doc(from).cloned();
        let from_display = from_doc.as_ref().map(|d| d.display.clone()).unwrap_or_default();
        let root = from_doc.as_ref().map_or(0, |d| d.root);
        let here = |msg: String| Diagnostic::new(from_display.clone(), at, msg);
        if reference.contains("://") || reference.starts_with("//") {
            return Err(here(format!(
                "x-ms-examples `{reference}` points to a remote location; only files inside the spec root are read"
            )));
        }
        let base = from_doc.as_ref().and_then(|d| Path::new(&d.path).parent().map(Path::to_path_buf));
        let rel = normalize(&base.unwrap_or_default(), split_ref(reference).file).ok_or_else(|| {
            here(format!("x-ms-examples `{reference}` leaves the spec root {}", self.root_dir(root).display()))
        })?;
        let key = (root, rel);
        if let Some(parsed) = self.examples.parsed.get(&key) {
            return Ok(parsed.clone());
        }
        let display = self.display(root, &key.1);
        let parsed = match self.read_confined(root, &key.1) {
            Ok(bytes) => {
                self.examples.order.push(key.clone());
                let value = parse_json::<Value>(strip_bom(&bytes)).map_err(|e| {
                    let mut d = e.into_diagnostic(&display);
                    d.message = format!("{} (x-ms-examples of {from_display} at #{at})", d.message);
                    d
                })?;
                Some(Arc::new(value))
            }
            Err(ReadError::NotFound) => {
                self.examples.missing.insert(key.1.clone());
                None
            }
            Err(ReadError::NotPinned) => {
                self.examples.unpinned.insert(key.1.clone());
                None
            }
            Err(ReadError::Other(msg)) => return Err(here(format!("x-ms-examples `{reference}`: {display}: {msg}"))),
        };
        self.examples.parsed.insert(key, parsed.clone());
        Ok(parsed)
    }

    /// What was skipped, one line per kind, naming a few files.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        let list = |set: &BTreeSet<String>| {
            let shown: Vec<&str> = set.iter().take(3).map(String::as_str).collect();
            let more = set.len().saturating_sub(shown.len());
            let tail = if more > 0 { format!(" and {more} more") } else { String::new() };
            format!("{}{tail}", shown.join(", "))
        };
        if !self.examples.missing.is_empty() {
            notes.push(format!(
                "{} x-ms-examples files not found, their request bodies left out of the docs: {}",
                self.examples.missing.len(),
                list(&self.examples.missing)
            ));
        }
        if !self.examples.unpinned.is_empty() {
            notes.push(format!(
                "{} x-ms-examples files not pinned in the manifest, their request bodies left out of the docs: {}",
                self.examples.unpinned.len(),
                list(&self.examples.unpinned)
            ));
        }
        notes
    }
}
