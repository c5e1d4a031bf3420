//! Reading spec files: bytes -> typed [`Swagger`], with diagnostics that name the file, the JSON
//! pointer and (for broken JSON) the line and column; and `$ref` targets, confined to the spec root.

use super::pointer::{self, split_ref};
use super::swagger::{LazyMap, Parameter, Response, Schema, Swagger};
use crate::error::Diagnostic;
use indexmap::IndexMap;
use serde_json::value::RawValue;
use std::collections::HashMap;
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
    /// Path relative to the spec root, `/`-separated (a repository path in a checkout).
    pub path: String,
    /// How messages name the file.
    pub display: String,
    pub swagger: Swagger,
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

/// Loads files once each, on demand, from below one root folder.
pub struct Loader {
    root: PathBuf,
    canonical_root: PathBuf,
    docs: Vec<Arc<Document>>,
    by_path: HashMap<String, DocId>,
    failed: HashMap<String, Diagnostic>,
    limits: Limits,
}

impl Loader {
    pub fn new(root: impl Into<PathBuf>, limits: Limits) -> Self {
        let root = root.into();
        let canonical_root = root.canonicalize().unwrap_or_else(|_| root.clone());
        Loader { root, canonical_root, docs: Vec::new(), by_path: HashMap::new(), failed: HashMap::new(), limits }
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn doc(&self, id: DocId) -> Option<&Arc<Document>> {
        self.docs.get(id.0)
    }

    pub fn docs(&self) -> &[Arc<Document>] {
        &self.docs
    }

    /// Every file read so far, as paths on disk (for `cargo:rerun-if-changed`).
    pub fn files_read(&self) -> Vec<PathBuf> {
        self.docs.iter().map(|d| self.root.join(&d.path)).collect()
    }

    /// Loads an input file given relative to the root (a repository path).
    pub fn load_input(&mut self, rel: &str) -> Result<DocId, Diagnostic> {
        let normalized = normalize(Path::new(""), rel).ok_or_else(|| {
            Diagnostic::new(rel, "", format!("input path `{rel}` is not inside the spec root {}", self.root.display()))
        })?;
        let id = self.load(&normalized)?;
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

    fn display(&self, rel: &str) -> String {
        self.root.join(rel).display().to_string()
    }

    /// Loads (or returns the already loaded) file at `rel`; the error is a message for the
    /// caller to place at the referencing site.
    fn load(&mut self, rel: &str) -> Result<DocId, Diagnostic> {
        if let Some(id) = self.by_path.get(rel) {
            return Ok(*id);
        }
        if let Some(msg) = self.failed.get(rel) {
            return Err(msg.clone());
        }
        let result = self.read_and_parse(rel);
        match result {
            Ok(swagger) => {
                let id = DocId(self.docs.len());
                let doc = Document { id, path: rel.to_owned(), display: self.display(rel), swagger };
                self.docs.push(Arc::new(doc));
                self.by_path.insert(rel.to_owned(), id);
                Ok(id)
            }
            Err(msg) => {
                self.failed.insert(rel.to_owned(), msg.clone());
                Err(msg)
            }
        }
    }

    fn read_and_parse(&self, rel: &str) -> Result<Swagger, Diagnostic> {
        let display = self.display(rel);
        self.read_and_parse_inner(rel).map_err(|e| e.into_diagnostic(&display))
    }

    fn read_and_parse_inner(&self, rel: &str) -> Result<Swagger, ParseError> {
        let err = |message: String| ParseError { pointer: String::new(), position: None, message };
        if self.docs.len() >= self.limits.max_files {
            return Err(err(format!(
                "too many spec files (limit {}); is a $ref pulling in a whole tree?",
                self.limits.max_files
            )));
        }
        let path = self.root.join(rel);
        // Follow symlinks only if they stay inside the root.
        let canonical = path.canonicalize().map_err(|e| {
            err(match e.kind() {
                std::io::ErrorKind::NotFound => "file not found".to_owned(),
                _ => format!("cannot read: {e}"),
            })
        })?;
        if !canonical.starts_with(&self.canonical_root) {
            return Err(err(format!("resolves outside the spec root {}", self.root.display())));
        }
        let meta = std::fs::metadata(&canonical).map_err(|e| err(format!("cannot read: {e}")))?;
        if meta.len() > self.limits.max_file_bytes {
            return Err(err(format!(
                "file is {} bytes, larger than the limit of {} bytes",
                meta.len(),
                self.limits.max_file_bytes
            )));
        }
        let bytes = std::fs::read(&canonical).map_err(|e| err(format!("cannot read: {e}")))?;
        parse_document(&bytes)
    }

    /// Resolves `reference`, found in `from` at `at`, to a location, loading its file if needed.
    /// Refuses remote refs and paths that leave the root.
    pub fn resolve(&mut self, from: DocId, reference: &str, at: &str) -> Result<Location, Diagnostic> {
        let from_doc = self.docs.get(from.0).cloned();
        let from_path = from_doc.as_ref().map(|d| d.path.clone()).unwrap_or_default();
        let from_display = from_doc.as_ref().map(|d| d.display.clone()).unwrap_or_default();
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
            let rel = normalize(base, parts.file)
                .ok_or_else(|| here(format!("$ref `{reference}` leaves the spec root {}", self.root.display())))?;
            self.load(&rel).map_err(|d| here(format!("$ref `{reference}`: {d}")))?
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
        "parameters" => {
            let p = doc.parameters.get(name)?;
            match rest {
                [] => Some(Node::Parameter(p)),
                [s, tail @ ..] if s == "schema" => walk_schema(p.schema.as_ref()?, tail).map(Node::Schema),
                _ => None,
            }
        }
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

fn param_node<'a>(p: &'a Parameter, rest: &[String]) -> Option<Node<'a>> {
    match rest {
        [] => Some(Node::Parameter(p)),
        [s, tail @ ..] if s == "schema" => walk_schema(p.schema.as_ref()?, tail).map(Node::Schema),
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
    pub fn into_diagnostic(self, file: &str) -> Diagnostic {
        Diagnostic { file: file.to_owned(), pointer: self.pointer, position: self.position, message: self.message }
    }
}

/// Parses a spec file's bytes: Swagger 2.0 directly, OpenAPI 3.0 through `openapiv3`.
pub fn parse_document(bytes: &[u8]) -> Result<Swagger, ParseError> {
    let err = |message: String| ParseError { pointer: String::new(), position: None, message };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(err("the file is empty; expected a Swagger 2.0 or OpenAPI 3.0 JSON document".into()));
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Err(ParseError {
            pointer: String::new(),
            position: Some((1, 1)),
            message:
                "the file starts with a UTF-8 byte order mark (BOM), which JSON (RFC 8259) does not allow; remove it"
                    .into(),
        });
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
        let from_path = &self.docs.get(from.0)?.path;
        let base = Path::new(from_path).parent().unwrap_or(Path::new(""));
        let rel = normalize(base, parts.file)?;
        let doc = *self.by_path.get(&rel)?;
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
            let bytes = std::fs::read(file).ok()?;
            let text = entry_text(&bytes, self.section, &self.name)?;
            let start = text.as_ptr() as usize - bytes.as_ptr() as usize;
            let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
            Some(line_col(&bytes, start + line_start + column.saturating_sub(1)))
        });
        ParseError { position, ..self.into_parse_error() }
    }
}

impl Loader {
    /// The diagnostic for a failed entry of `doc`: its file, pointer, line and column.
    fn entry_diagnostic(&self, doc: &Document, failure: EntryFailure) -> Diagnostic {
        failure.locate(&self.root.join(&doc.path)).into_diagnostic(&doc.display)
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
