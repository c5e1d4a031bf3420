//! Reading spec files: bytes -> typed [`Swagger`], with diagnostics that name the file, the JSON
//! pointer and (for broken JSON) the line and column; and `$ref` targets, confined to the spec root.

use super::pointer::{self, split_ref};
use super::swagger::{LazyMap, Parameter, Response, Schema, Swagger};
use crate::error::Diagnostic;
use indexmap::IndexMap;
use serde_json::value::RawValue;
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// Limits that turn abusive input into errors instead of exhausted memory or stacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest spec file read, in bytes.
    pub max_file_bytes: u64,
    /// Most files one generation may load.
    pub max_files: usize,
    /// Longest chain of `$ref`s to `$ref`s followed before giving up.
    pub max_ref_chain: usize,
}

impl Default for Limits {
    fn default() -> Self {
        // Azure's largest single swagger files are a few MB; 32 MiB leaves ample headroom.
        Limits { max_file_bytes: 32 << 20, max_files: 512, max_ref_chain: 64 }
    }
}

/// Index of a loaded file in the [`Loader`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DocId(pub usize);

/// One parsed spec file.
#[derive(Debug)]
pub struct Document {
    pub id: DocId,
    /// The root it was read from (see [`Loader::add_root`]).
    pub root: RootId,
    /// Path relative to the spec root, `/`-separated (a repository path in a checkout).
    pub path: String,
    /// How messages name the file.
    pub display: String,
    pub swagger: Swagger,
}

/// Why [`Loader::read_confined`] read nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(super) enum ReadError {
    #[error("not pinned: the manifest has no [[pin]] for this file (add one)")]
    NotPinned,
    #[error("file not found")]
    NotFound,
    #[error("{0}")]
    Other(String),
}

/// A location in a loaded file: where a `$ref` points.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    pub doc: DocId,
    pub pointer: String,
}

/// What a pointer can land on.
#[derive(Debug, Clone, Copy)]
pub enum Node<'a> {
    Schema(&'a Schema),
    Parameter(&'a Parameter),
    Response(&'a Response),
}

/// A folder that spec files are read from and confined to (`$ref`s cannot leave it).
#[derive(Debug, Clone)]
struct Root {
    dir: PathBuf,
    canonical: PathBuf,
}

/// Index of a root in the [`Loader`]; the first one given is 0.
pub type RootId = usize;

/// Loads files once each, on demand, from below one or more root folders (inputs given from
/// different checkouts or folders each keep their own root).
pub struct Loader {
    roots: Vec<Root>,
    docs: Vec<Arc<Document>>,
    by_path: HashMap<(RootId, String), DocId>,
    failed: HashMap<(RootId, String), Diagnostic>,
    limits: Limits,
    /// When set, the only root-relative paths that may be read (a manifest's pins): anything
    /// else is refused before it is opened, so a checkout and the pinned cache read alike.
    allowed: Option<HashSet<String>>,
    pub(super) examples: super::examples::Examples,
}

impl Loader {
    pub fn new(root: impl Into<PathBuf>, limits: Limits) -> Self {
        let mut loader = Loader {
            roots: Vec::new(),
            docs: Vec::new(),
            by_path: HashMap::new(),
            failed: HashMap::new(),
            limits,
            allowed: None,
            examples: Default::default(),
        };
        loader.add_root(root);
        loader
    }

    /// Another folder inputs may come from; the same folder twice is one root.
    pub fn add_root(&mut self, dir: impl Into<PathBuf>) -> RootId {
        let dir = dir.into();
        let canonical = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        if let Some(i) = self.roots.iter().position(|r| r.canonical == canonical) {
            return i;
        }
        self.roots.push(Root { dir, canonical });
        self.roots.len() - 1
    }

    /// Restricts reading to these root-relative paths (see [`Loader`]'s `allowed`).
    pub fn allow_only(&mut self, paths: impl IntoIterator<Item = String>) {
        self.allowed = Some(paths.into_iter().collect());
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// The first root.
    pub fn root(&self) -> &Path {
        self.root_dir(0)
    }

    pub fn root_dir(&self, root: RootId) -> &Path {
        self.roots.get(root).map_or(Path::new(""), |r| r.dir.as_path())
    }

    pub fn doc(&self, id: DocId) -> Option<&Arc<Document>> {
        self.docs.get(id.0)
    }

    pub fn docs(&self) -> &[Arc<Document>] {
        &self.docs
    }

    /// Every file read so far, spec files then examples, as paths on disk (for
    /// `cargo:rerun-if-changed`).
    pub fn files_read(&self) -> Vec<PathBuf> {
        let docs = self.docs.iter().map(|d| self.root_dir(d.root).join(&d.path));
        docs.chain(self.examples.read().map(|(root, rel)| self.root_dir(root).join(rel))).collect()
    }

    /// The spec files read so far, relative to their roots.
    pub fn paths_read(&self) -> Vec<String> {
        self.docs.iter().map(|d| d.path.clone()).collect()
    }

    /// The x-ms-examples files read so far, relative to their roots.
    pub fn examples_read(&self) -> Vec<String> {
        self.examples.read().map(|(_, rel)| rel.to_owned()).collect()
    }

    /// Loads an input file given relative to the first root (a repository path).
    pub fn load_input(&mut self, rel: &str) -> Result<DocId, Diagnostic> {
        self.load_input_in(0, rel)
    }

    /// Loads an input file given relative to `root`.
    pub fn load_input_in(&mut self, root: RootId, rel: &str) -> Result<DocId, Diagnostic> {
        let normalized = normalize(Path::new(""), rel).ok_or_else(|| {
            let dir = self.root_dir(root).display();
            Diagnostic::new(rel, "", format!("input path `{rel}` is not inside the spec root {dir}"))
        })?;
        let id = self.load(root, &normalized)?;
        // Inputs are used whole: parse every entry now, so their errors come up front.
        if let Some(doc) = self.docs.get(id.0) {
            if let Err(failure) = check_sections(&doc.swagger) {
                return Err(self.entry_diagnostic(doc, failure));
            }
        }
        if let Some(doc) = self.docs.get_mut(id.0).and_then(Arc::get_mut) {
            drop_texts(&mut doc.swagger);
        }
        Ok(id)
    }

    pub(super) fn display(&self, root: RootId, rel: &str) -> String {
        self.root_dir(root).join(rel).display().to_string()
    }

    /// Loads (or returns the already loaded) file at `rel`; the error is a message for the
    /// caller to place at the referencing site.
    fn load(&mut self, root: RootId, rel: &str) -> Result<DocId, Diagnostic> {
        let key = (root, rel.to_owned());
        if let Some(id) = self.by_path.get(&key) {
            return Ok(*id);
        }
        if let Some(msg) = self.failed.get(&key) {
            return Err(msg.clone());
        }
        let display = self.display(root, rel);
        let result = self.read_and_parse(root, rel).map_err(|e| e.into_diagnostic(&display));
        match result {
            Ok(swagger) => {
                let id = DocId(self.docs.len());
                let doc = Document { id, root, path: rel.to_owned(), display, swagger };
                self.docs.push(Arc::new(doc));
                self.by_path.insert(key, id);
                Ok(id)
            }
            Err(msg) => {
                self.failed.insert(key, msg.clone());
                Err(msg)
            }
        }
    }

    fn read_and_parse(&self, root: RootId, rel: &str) -> Result<Swagger, ParseError> {
        if self.docs.len() >= self.limits.max_files {
            return Err(ParseError::plain(format!(
                "too many spec files (limit {}); is a $ref pulling in a whole tree?",
                self.limits.max_files
            )));
        }
        let bytes = self.read_confined(root, rel).map_err(|e| ParseError::plain(e.to_string()))?;
        parse_document(&bytes)
    }

    /// The bytes of `rel` below `root`: allowed (pinned), inside the root after following
    /// symlinks, and within the size limit.
    pub(super) fn read_confined(&self, root: RootId, rel: &str) -> Result<Vec<u8>, ReadError> {
        if self.allowed.as_ref().is_some_and(|a| !a.contains(rel)) {
            return Err(ReadError::NotPinned);
        }
        let dir = self.root_dir(root);
        let canonical = dir.join(rel).canonicalize().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound,
            _ => ReadError::Other(format!("cannot read: {e}")),
        })?;
        let inside = self.roots.get(root).is_some_and(|r| canonical.starts_with(&r.canonical));
        if !inside {
            return Err(ReadError::Other(format!("resolves outside the spec root {}", dir.display())));
        }
        let meta = std::fs::metadata(&canonical).map_err(|e| ReadError::Other(format!("cannot read: {e}")))?;
        if meta.len() > self.limits.max_file_bytes {
            return Err(ReadError::Other(format!(
                "file is {} bytes, larger than the limit of {} bytes",
                meta.len(),
                self.limits.max_file_bytes
            )));
        }
        std::fs::read(&canonical).map_err(|e| ReadError::Other(format!("cannot read: {e}")))
    }

    /// Resolves `reference`, found in `from` at `at`, to a location, loading its file if needed.
    /// Refuses remote refs and paths that leave the root.
    pub fn resolve(&mut self, from: DocId, reference: &str, at: &str) -> Result<Location, Diagnostic> {
        let from_doc = self.docs.get(from.0).cloned();
        let from_path = from_doc.as_ref().map(|d| d.path.clone()).unwrap_or_default();
        let from_display = from_doc.as_ref().map(|d| d.display.clone()).unwrap_or_default();
        let root = from_doc.as_ref().map_or(0, |d| d.root);
        let here = |msg: String| Diagnostic::new(from_display.clone(), at, msg);
        if reference.contains("://") || reference.starts_with("//") {
            return Err(here(format!(
                "$ref `{reference}` points to a remote location; only files inside the spec root are read"
            )));
        }
        let parts = split_ref(reference);
        let doc = if parts.file.is_empty() {
            from
        } else {
            let base = Path::new(&from_path).parent().unwrap_or(Path::new(""));
            let rel = normalize(base, parts.file).ok_or_else(|| {
                here(format!("$ref `{reference}` leaves the spec root {}", self.root_dir(root).display()))
            })?;
            self.load(root, &rel).map_err(|d| here(format!("$ref `{reference}`: {d}")))?
        };
        let loc = Location { doc, pointer: parts.pointer };
        // Referenced files are parsed entry by entry as they are used: an entry that does not parse
        // is an error in that file, not a missing target.
        if let Some(target) = self.docs.get(doc.0) {
            if let Err(failure) = check_entry(&target.swagger, &loc.pointer) {
                return Err(self.entry_diagnostic(target, failure));
            }
        }
        if self.node(&loc).is_none() {
            let target = self.docs.get(doc.0).map(|d| d.display.clone()).unwrap_or_default();
            return Err(here(format!("$ref `{reference}`: nothing at #{} in {target}", loc.pointer)));
        }
        Ok(loc)
    }

    /// What sits at a location, if it is something refs may point to.
    pub fn node(&self, loc: &Location) -> Option<Node<'_>> {
        let doc = self.docs.get(loc.doc.0)?;
        navigate(&doc.swagger, &loc.pointer)
    }

    pub fn schema(&self, loc: &Location) -> Option<&Schema> {
        match self.node(loc)? {
            Node::Schema(s) => Some(s),
            _ => None,
        }
    }
}

/// Joins `rel` onto `base` lexically; `None` if the result would leave the root or is absolute.
pub fn normalize(base: &Path, rel: &str) -> Option<String> {
    if rel.contains('\\') {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    for c in base.join(rel).components() {
        match c {
            Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(parts.join("/"))
}

fn navigate<'a>(doc: &'a Swagger, pointer: &str) -> Option<Node<'a>> {
    let segs = pointer::segments(pointer);
    let (first, rest) = segs.split_first()?;
    let (name, rest) = rest.split_first()?;
    match first.as_str() {
        "definitions" => walk_schema(doc.definitions.get(name)?, rest).map(Node::Schema),
        "parameters" => param_node(doc.parameters.get(name)?, rest),
        "responses" => {
            let r = doc.responses.get(name)?;
            match rest {
                [] => Some(Node::Response(r)),
                [s, tail @ ..] if s == "schema" => walk_schema(r.schema.as_ref()?, tail).map(Node::Schema),
                _ => None,
            }
        }
        "paths" | "x-ms-paths" => {
            let map = if first == "paths" { &doc.paths } else { &doc.x_ms_paths };
            let item = map.get(name)?;
            match rest {
                [k, i, tail @ ..] if k == "parameters" => {
                    param_node(item.parameters.get(i.parse::<usize>().ok()?)?, tail)
                }
                [method, tail @ ..] => {
                    let op = item.operations().find(|(m, _)| m.eq_ignore_ascii_case(method)).map(|(_, o)| o)?;
                    match tail {
                        [k, i, tail @ ..] if k == "parameters" => {
                            param_node(op.parameters.get(i.parse::<usize>().ok()?)?, tail)
                        }
                        [k, code, tail @ ..] if k == "responses" => {
                            let r = op.responses.get(code)?;
                            match tail {
                                [] => Some(Node::Response(r)),
                                [s, tail @ ..] if s == "schema" => {
                                    walk_schema(r.schema.as_ref()?, tail).map(Node::Schema)
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    }
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A parameter, its body `schema`, or (Swagger 2.0 non-body parameters) the Items Object of an
/// array parameter, which is read as a schema: it may carry `enum` and `x-ms-enum` too.
fn param_node<'a>(p: &'a Parameter, rest: &[String]) -> Option<Node<'a>> {
    match rest {
        [] => Some(Node::Parameter(p)),
        [s, tail @ ..] if s == "schema" => walk_schema(p.schema.as_ref()?, tail).map(Node::Schema),
        [s, tail @ ..] if s == "items" => walk_schema(p.items.as_deref()?, tail).map(Node::Schema),
        _ => None,
    }
}

fn walk_schema<'a>(mut s: &'a Schema, mut rest: &[String]) -> Option<&'a Schema> {
    loop {
        match rest {
            [] => return Some(s),
            [k, name, tail @ ..] if k == "properties" => {
                s = s.properties.get(name)?;
                rest = tail;
            }
            [k, i, tail @ ..] if k == "allOf" => {
                s = s.all_of.get(i.parse::<usize>().ok()?)?;
                rest = tail;
            }
            [k, tail @ ..] if k == "items" => {
                s = s.items.as_deref()?;
                rest = tail;
            }
            [k, tail @ ..] if k == "additionalProperties" => {
                s = match s.additional_properties.as_ref()? {
                    super::swagger::AdditionalProperties::Schema(s) => s,
                    super::swagger::AdditionalProperties::Bool(_) => return None,
                };
                rest = tail;
            }
            _ => return None,
        }
    }
}

/// A parse failure, before it is tied to a file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub pointer: String,
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl ParseError {
    /// An error about the whole file: no pointer, no position.
    pub fn plain(message: impl Into<String>) -> Self {
        ParseError { pointer: String::new(), position: None, message: message.into() }
    }

    pub fn into_diagnostic(self, file: &str) -> Diagnostic {
        Diagnostic { file: file.to_owned(), pointer: self.pointer, position: self.position, message: self.message }
    }
}

/// The UTF-8 byte order mark some Windows editors write.
const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// `bytes` without a leading UTF-8 byte order mark. RFC 8259 lets parsers ignore one, and Azure's
/// repository has files saved with it; positions are then counted as an editor shows them, from
/// the first character after the mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// Parses a spec file's bytes: Swagger 2.0 directly, OpenAPI 3.0 through `openapiv3`. A leading
/// byte order mark is skipped.
pub fn parse_document(bytes: &[u8]) -> Result<Swagger, ParseError> {
    let bytes = strip_bom(bytes);
    let err = |message: String| ParseError { pointer: String::new(), position: None, message };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(err("the file is empty; expected a Swagger 2.0 or OpenAPI 3.0 JSON document".into()));
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        let (line, col) = line_col(bytes, e.valid_up_to());
        return Err(ParseError {
            pointer: String::new(),
            position: Some((line, col)),
            message: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
        });
    }
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
    if first != Some(b'{') {
        // Valid or not, anything but an object is not a spec; say so before serde's wording.
        return Err(match serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
            Err(e) => json_error(&e, String::new()),
            Ok(_) => {
                err("the document is JSON but not an object; expected a Swagger 2.0 or OpenAPI 3.0 document".into())
            }
        });
    }
    let swagger: Swagger = parse_json(bytes)?;
    match (&swagger.swagger, &swagger.openapi) {
        (Some(v), _) if v == "2.0" => Ok(swagger),
        (Some(v), _) => Err(ParseError {
            pointer: "/swagger".into(),
            position: None,
            message: format!("unsupported Swagger version `{v}`; expected \"2.0\""),
        }),
        (None, Some(serde_json::Value::String(v))) if v.starts_with("3.0") => super::openapi3::to_swagger(bytes),
        (None, Some(v)) => Err(ParseError {
            pointer: "/openapi".into(),
            position: None,
            message: format!("unsupported OpenAPI version {v}; expected 3.0.x"),
        }),
        (None, None) => Err(err(
            "neither `swagger` nor `openapi` is set; expected a Swagger 2.0 (\"swagger\": \"2.0\") or OpenAPI 3.0 document".into(),
        )),
    }
}

/// Parses JSON into `T`; a failure names the pointer where it happened. The plain parse is about
/// a third faster than one that tracks the path, so only a failure pays for that.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ParseError> {
    if let Ok(value) = serde_json::from_slice(bytes) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Err(e) => Err(json_error(e.inner(), path_to_pointer(e.path()))),
        Ok(_) => match de.end() {
            Err(e) => Err(json_error(&e, String::new())),
            // Unreachable: the plain parse failed, so one of the two above does.
            Ok(()) => Err(ParseError { pointer: String::new(), position: None, message: "unreadable JSON".into() }),
        },
    }
}

fn json_error(e: &serde_json::Error, pointer: String) -> ParseError {
    use serde_json::error::Category;
    let prefix = match e.classify() {
        Category::Syntax | Category::Eof => "invalid JSON: ",
        Category::Data => "unexpected value: ",
        Category::Io => "",
    };
    json_error_with(e, pointer, prefix)
}

/// A serde_json error as a [`ParseError`]: its position, and its message after `prefix`.
pub(crate) fn json_error_with(e: &serde_json::Error, pointer: String, prefix: &str) -> ParseError {
    let position = (e.line() > 0).then(|| (e.line(), e.column()));
    let mut message = e.to_string();
    // serde_json appends " at line L column C"; we print the position ourselves.
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    ParseError { pointer, position, message: format!("{prefix}{message}") }
}

pub(crate) fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut s = String::new();
    for seg in path.iter() {
        // Past an unknown segment the rest means nothing: keep the known prefix.
        if matches!(seg, Segment::Unknown) {
            break;
        }
        s.push('/');
        match seg {
            Segment::Seq { index } => s.push_str(&index.to_string()),
            Segment::Map { key } => s.push_str(&pointer::escape(key)),
            Segment::Enum { variant } => s.push_str(&pointer::escape(variant)),
            Segment::Unknown => {}
        }
    }
    s
}

fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let upto = bytes.get(..offset).unwrap_or(bytes);
    let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = upto.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, col)
}

/// The schema at `pointer` in `doc`, if the pointer lands on one.
pub fn schema_in<'a>(doc: &'a Swagger, pointer: &str) -> Option<&'a Schema> {
    match navigate(doc, pointer)? {
        Node::Schema(s) => Some(s),
        _ => None,
    }
}

impl Loader {
    /// Where `reference` (found in `from`) points, without loading anything: `None` unless the
    /// target file is already loaded.
    pub fn locate_loaded(&self, from: DocId, reference: &str) -> Option<Location> {
        let parts = split_ref(reference);
        if parts.file.is_empty() {
            return Some(Location { doc: from, pointer: parts.pointer });
        }
        if reference.contains("://") {
            return None;
        }
        let from_doc = self.docs.get(from.0)?;
        let base = Path::new(&from_doc.path).parent().unwrap_or(Path::new(""));
        let rel = normalize(base, parts.file)?;
        let doc = *self.by_path.get(&(from_doc.root, rel))?;
        Some(Location { doc, pointer: parts.pointer })
    }
}

/// An entry of a lazily parsed section that failed to parse; its error's pointer is relative to
/// the entry.
#[derive(Debug)]
pub struct EntryFailure {
    section: &'static str,
    name: String,
    error: ParseError,
}

impl EntryFailure {
    /// The error with its pointer in the document, without a position.
    pub(crate) fn into_parse_error(self) -> ParseError {
        let pointer = format!("/{}/{}{}", self.section, pointer::escape(&self.name), self.error.pointer);
        ParseError { pointer, position: None, message: self.error.message }
    }

    /// The error with its pointer in the document and, when the file can be read again, its line
    /// and column there (the entry's text is found verbatim in the file).
    fn locate(self, file: &Path) -> ParseError {
        let position = self.error.position.and_then(|(line, column)| {
            let read = std::fs::read(file).ok()?;
            let bytes = strip_bom(&read);
            let text = entry_text(bytes, self.section, &self.name)?;
            let start = text.as_ptr() as usize - bytes.as_ptr() as usize;
            let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
            Some(line_col(bytes, start + line_start + column.saturating_sub(1)))
        });
        ParseError { position, ..self.into_parse_error() }
    }
}

impl Loader {
    /// The diagnostic for a failed entry of `doc`: its file, pointer, line and column.
    fn entry_diagnostic(&self, doc: &Document, failure: EntryFailure) -> Diagnostic {
        failure.locate(&self.root_dir(doc.root).join(&doc.path)).into_diagnostic(&doc.display)
    }
}

/// The raw text of one entry of a top-level section, found by parsing the file again (errors only).
fn entry_text<'a>(bytes: &'a [u8], section: &str, name: &str) -> Option<&'a str> {
    let doc: IndexMap<&str, &RawValue> = serde_json::from_slice(bytes).ok()?;
    let entries: IndexMap<String, &RawValue> = serde_json::from_str(doc.get(section)?.get()).ok()?;
    let text = entries.get(name)?.get();
    // Borrowed from `bytes` (no escapes in a raw value), so the offset is meaningful.
    let inside = bytes.as_ptr_range().contains(&text.as_ptr());
    inside.then_some(text)
}

/// The first failing entry of `doc`'s lazily parsed sections, parsing them all.
pub(crate) fn check_sections(doc: &Swagger) -> Result<(), EntryFailure> {
    fn first<T: serde::de::DeserializeOwned>(map: &LazyMap<T>, section: &'static str) -> Result<(), EntryFailure> {
        match map.first_error() {
            Some((name, error)) => Err(EntryFailure { section, name: name.clone(), error: error.clone() }),
            None => Ok(()),
        }
    }
    first(&doc.paths, "paths")?;
    first(&doc.x_ms_paths, "x-ms-paths")?;
    first(&doc.definitions, "definitions")
}

/// Frees the texts of `doc`'s parsed entries.
fn drop_texts(doc: &mut Swagger) {
    doc.paths.drop_texts();
    doc.x_ms_paths.drop_texts();
    doc.definitions.drop_texts();
}

/// Parses the lazily kept entry `pointer` lands in, if any, and returns its error.
fn check_entry(doc: &Swagger, at: &str) -> Result<(), EntryFailure> {
    let segs = pointer::segments(at);
    let (Some(section), Some(name)) = (segs.first(), segs.get(1)) else { return Ok(()) };
    let (section, result): (&'static str, _) = match section.as_str() {
        "definitions" => ("definitions", doc.definitions.check(name)),
        "paths" => ("paths", doc.paths.check(name)),
        "x-ms-paths" => ("x-ms-paths", doc.x_ms_paths.check(name)),
        _ => return Ok(()),
    };
    result.map_err(|error| EntryFailure { section, name: name.clone(), error: error.clone() })
}
