//! An oracle over the raw spec JSON that shares no code with codegen: it reads the files with
//! `serde_json` alone and follows `$ref`, `allOf`, `readOnly`, `x-ms-mutability`, `required`,
//! `discriminator` and `x-ms-long-running-operation` itself. Tests compare codegen's model with
//! it, and take from it what the generated client must send, so a bug in codegen's `model/`
//! cannot hide by being on both sides of a comparison.

use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

/// A schema's place: a file relative to the specs root, and a JSON pointer into it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct At {
    pub file: String,
    pub pointer: String,
}

/// What one object schema says about its properties, `allOf` parents included.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shape {
    /// Property name -> where its schema is.
    pub properties: BTreeMap<String, At>,
    pub read_only: BTreeSet<String>,
    pub required: BTreeSet<String>,
    /// The discriminator property of a polymorphic ancestor (or this schema): the tag.
    pub tag: Option<String>,
}

/// One operation as the raw spec declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawOperation {
    pub method: String,
    pub path: String,
    /// The body parameter's name and schema.
    pub body: Option<(String, At)>,
    /// Declared statuses (`default` included) and their body schemas.
    pub responses: BTreeMap<String, Option<At>>,
    /// `x-ms-long-running-operation`, with its `final-state-via`.
    pub long_running: Option<Lro>,
}

/// What polling must do for a long-running operation, from the raw spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lro {
    /// `x-ms-long-running-operation-options.final-state-via` as written, if any.
    pub final_state_via: Option<String>,
    /// The declared success statuses (the initial response is one of these).
    pub statuses: Vec<u16>,
}

impl Lro {
    /// Where the final result is read: `final-state-via`, else ARM's documented default (the
    /// resource itself after PUT and PATCH, the `Location` header otherwise).
    pub fn final_state(&self, method: &str) -> &str {
        match (&self.final_state_via, method) {
            (Some(v), _) => v.as_str(),
            (None, "PUT" | "PATCH") => "original-uri",
            (None, _) => "location",
        }
    }
}

/// The spec files, read as they are `$ref`'d.
pub struct RawSpec {
    root: PathBuf,
    files: HashMap<String, Value>,
}

/// RFC 6901 unescaping of one pointer segment, after percent-decoding as URI fragments are.
fn unescape(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).replace("~1", "/").replace("~0", "~")
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// `dir/relative` with `.` and `..` resolved.
fn join(dir: &str, relative: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in relative.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

impl RawSpec {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        RawSpec { root: root.into(), files: HashMap::new() }
    }

    fn file(&mut self, file: &str) -> &Value {
        if !self.files.contains_key(file) {
            let path = self.root.join(file);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()));
            self.files.insert(file.to_owned(), v);
        }
        &self.files[file]
    }

    /// The JSON at `at`, or a panic naming it (the spec is test data that must be well formed).
    pub fn get(&mut self, at: &At) -> Value {
        let doc = self.file(&at.file);
        let found = at.pointer.split('/').skip(1).try_fold(doc, |v, seg| match v {
            Value::Object(o) => o.get(&unescape(seg)),
            Value::Array(a) => unescape(seg).parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        });
        found.cloned().unwrap_or_else(|| panic!("{} has nothing at #{}", at.file, at.pointer))
    }

    /// Where a `$ref` written in `from`'s file points.
    fn target(from: &At, reference: &str) -> At {
        let (file, pointer) = reference.split_once('#').unwrap_or((reference, ""));
        let file = if file.is_empty() {
            from.file.clone()
        } else {
            join(from.file.rsplit_once('/').map_or("", |(d, _)| d), file)
        };
        At { file, pointer: pointer.to_owned() }
    }

    /// Follows `$ref`s from `at` to the schema (or parameter, response) they end at.
    pub fn deref(&mut self, at: &At) -> At {
        let mut cur = at.clone();
        for _ in 0..64 {
            match self.get(&cur).get("$ref").and_then(Value::as_str) {
                Some(r) => cur = Self::target(&cur, r),
                None => return cur,
            }
        }
        panic!("$ref chain from {at:?} does not end")
    }

    /// Whether the property schema at `at` is read-only: `readOnly` on it or on a definition its
    /// `$ref`s pass through, or `x-ms-mutability` without `create` and `update`.
    fn property_read_only(&mut self, at: &At) -> bool {
        let mut cur = at.clone();
        for _ in 0..64 {
            let v = self.get(&cur);
            let mutability = v.get("x-ms-mutability").and_then(Value::as_array);
            let writable = |m: &Vec<Value>| m.iter().any(|x| x == "create" || x == "update");
            if v.get("readOnly") == Some(&Value::Bool(true)) || mutability.is_some_and(|m| !writable(m)) {
                return true;
            }
            match v.get("$ref").and_then(Value::as_str) {
                Some(r) => cur = Self::target(&cur, r),
                None => return false,
            }
        }
        false
    }

    /// The properties of the object schema at `at` (after `$ref`s), parents' first.
    pub fn shape(&mut self, at: &At) -> Shape {
        let mut shape = Shape::default();
        let start = self.deref(at);
        self.collect(&start, &mut shape, &mut BTreeSet::new());
        shape
    }

    fn collect(&mut self, at: &At, shape: &mut Shape, seen: &mut BTreeSet<At>) {
        if !seen.insert(at.clone()) {
            return;
        }
        let v = self.get(at);
        for i in 0..v.get("allOf").and_then(Value::as_array).map_or(0, Vec::len) {
            let parent = self.deref(&At { file: at.file.clone(), pointer: format!("{}/allOf/{i}", at.pointer) });
            self.collect(&parent, shape, seen);
        }
        if let Some(d) = v.get("discriminator").and_then(Value::as_str) {
            shape.tag.get_or_insert_with(|| d.to_owned());
        }
        for r in v.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            shape.required.insert(r.to_owned());
        }
        let names: Vec<String> =
            v.get("properties").and_then(Value::as_object).map(|p| p.keys().cloned().collect()).unwrap_or_default();
        for name in names {
            let p = At { file: at.file.clone(), pointer: format!("{}/properties/{}", at.pointer, escape(&name)) };
            // A child's own declaration replaces the parent's.
            if self.property_read_only(&p) {
                shape.read_only.insert(name.clone());
            } else {
                shape.read_only.remove(&name);
            }
            shape.properties.insert(name, p);
        }
    }

    /// The operation with this `operationId` in `file`'s `paths` and `x-ms-paths`.
    pub fn operation(&mut self, file: &str, operation_id: &str) -> Option<RawOperation> {
        let doc = self.file(file).clone();
        for section in ["paths", "x-ms-paths"] {
            for (path, item) in doc.get(section).and_then(Value::as_object).into_iter().flatten() {
                for (method, op) in item.as_object().into_iter().flatten() {
                    if op.get("operationId").and_then(Value::as_str) == Some(operation_id) {
                        let ptr = format!("/{section}/{}/{method}", escape(path));
                        return Some(self.raw_operation(file, &ptr, path, method, op));
                    }
                }
            }
        }
        None
    }

    fn raw_operation(&mut self, file: &str, ptr: &str, path: &str, method: &str, op: &Value) -> RawOperation {
        let at = |pointer: String| At { file: file.to_owned(), pointer };
        let mut body = None;
        let params = op.get("parameters").and_then(Value::as_array).map_or(0, Vec::len);
        for i in 0..params {
            let p = self.deref(&at(format!("{ptr}/parameters/{i}")));
            let v = self.get(&p);
            if v.get("in").and_then(Value::as_str) == Some("body") {
                let name = v.get("name").and_then(Value::as_str).unwrap_or_default().to_owned();
                body = Some((name, At { file: p.file.clone(), pointer: format!("{}/schema", p.pointer) }));
            }
        }
        let mut responses = BTreeMap::new();
        for status in op.get("responses").and_then(Value::as_object).into_iter().flat_map(Map::keys) {
            let r = self.deref(&at(format!("{ptr}/responses/{}", escape(status))));
            let schema =
                self.get(&r).get("schema").is_some().then(|| At { pointer: format!("{}/schema", r.pointer), ..r });
            responses.insert(status.clone(), schema);
        }
        let long_running = (op.get("x-ms-long-running-operation") == Some(&Value::Bool(true))).then(|| Lro {
            final_state_via: op
                .pointer("/x-ms-long-running-operation-options/final-state-via")
                .and_then(Value::as_str)
                .map(str::to_owned),
            statuses: responses.keys().filter_map(|s| s.parse().ok()).collect(),
        });
        RawOperation { method: method.to_ascii_uppercase(), path: path.to_owned(), body, responses, long_running }
    }

    /// The definitions of the files read so far that have `base` among their `allOf` ancestors,
    /// by discriminator value (`x-ms-discriminator-value`, else the definition's name).
    fn kinds(&mut self, base: &At) -> BTreeMap<String, At> {
        let mut out = BTreeMap::new();
        let files: Vec<String> = self.files.keys().cloned().collect();
        for file in files {
            let defs = self.file(&file).get("definitions").and_then(Value::as_object).cloned().unwrap_or_default();
            for (name, def) in defs {
                let at = At { file: file.clone(), pointer: format!("/definitions/{}", escape(&name)) };
                if at != *base && self.inherits(&at, base, &mut BTreeSet::new()) {
                    let value = def.get("x-ms-discriminator-value").and_then(Value::as_str).unwrap_or(&name);
                    out.insert(value.to_owned(), at);
                }
            }
        }
        out
    }

    fn inherits(&mut self, at: &At, base: &At, seen: &mut BTreeSet<At>) -> bool {
        if !seen.insert(at.clone()) {
            return false;
        }
        let n = self.get(at).get("allOf").and_then(Value::as_array).map_or(0, Vec::len);
        (0..n).any(|i| {
            let parent = self.deref(&At { file: at.file.clone(), pointer: format!("{}/allOf/{i}", at.pointer) });
            parent == *base || self.inherits(&parent, base, seen)
        })
    }
}

/// What serializing a value read as the schema at `at` must give: the value without its read-only
/// properties, `number`s as floats. Also collects the properties no schema declares (they would
/// be dropped), as (JSON pointer, schema place).
pub fn expected_body(spec: &mut RawSpec, at: &At, value: &Value) -> (Value, Vec<(String, At)>) {
    let mut unknown = Vec::new();
    let out = expected(spec, at, value, "", &mut unknown);
    (out, unknown)
}

fn expected(spec: &mut RawSpec, at: &At, v: &Value, ptr: &str, unknown: &mut Vec<(String, At)>) -> Value {
    let at = spec.deref(at);
    let schema = spec.get(&at);
    let child = |name: &str| At { file: at.file.clone(), pointer: format!("{}/{name}", at.pointer) };
    match v {
        Value::Number(n) if schema.get("type").and_then(Value::as_str) == Some("number") => {
            n.as_f64().and_then(serde_json::Number::from_f64).map_or_else(|| v.clone(), Value::Number)
        }
        Value::Array(items) if schema.get("items").is_some() => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, x)| expected(spec, &child("items"), x, &format!("{ptr}/{i}"), unknown))
                .collect(),
        ),
        Value::Object(obj) => {
            if let Some(prop) = schema.get("discriminator").and_then(Value::as_str) {
                let tag = obj.get(prop).and_then(Value::as_str).unwrap_or_default().to_owned();
                return match spec.kinds(&at).get(&tag) {
                    Some(kind) => object(spec, kind, obj, ptr, unknown),
                    // A kind the spec does not know stays as it came.
                    None => v.clone(),
                };
            }
            object(spec, &at, obj, ptr, unknown)
        }
        _ => v.clone(),
    }
}

fn object(spec: &mut RawSpec, at: &At, obj: &Map<String, Value>, ptr: &str, unknown: &mut Vec<(String, At)>) -> Value {
    let shape = spec.shape(at);
    let schema = spec.get(at);
    let additional = schema.get("additionalProperties");
    let additional_at = At { file: at.file.clone(), pointer: format!("{}/additionalProperties", at.pointer) };
    if shape.properties.is_empty() && shape.tag.is_none() && additional.is_none_or(|a| !a.is_object()) {
        // Free-form (or `additionalProperties: true`): kept as it is.
        return Value::Object(obj.clone());
    }
    let mut out = Map::new();
    for (k, x) in obj {
        let p = format!("{ptr}/{}", escape(k));
        if let Some(prop) = shape.properties.get(k) {
            if !shape.read_only.contains(k) {
                out.insert(k.clone(), expected(spec, prop, x, &p, unknown));
            }
        } else if shape.tag.as_deref() == Some(k.as_str()) {
            out.insert(k.clone(), x.clone());
        } else if additional.is_some_and(Value::is_object) {
            out.insert(k.clone(), expected(spec, &additional_at, x, &p, unknown));
        } else if additional == Some(&Value::Bool(true)) {
            out.insert(k.clone(), x.clone());
        } else {
            unknown.push((p, at.clone()));
        }
    }
    Value::Object(out)
}

/// Every object schema reachable from the operations of `file` (through parameters, responses,
/// `$ref`, `allOf`, properties, items, additionalProperties, and the kinds of polymorphic
/// schemas among the files read): its shape, by place.
pub fn reachable_shapes(spec: &mut RawSpec, file: &str) -> BTreeMap<At, Shape> {
    let doc = spec.file(file).clone();
    let mut todo: Vec<At> = Vec::new();
    for section in ["paths", "x-ms-paths"] {
        for item in doc.get(section).and_then(Value::as_object).into_iter().flat_map(Map::values) {
            for op in item.as_object().into_iter().flat_map(Map::values) {
                let Some(id) = op.get("operationId").and_then(Value::as_str) else { continue };
                let Some(raw) = spec.operation(file, id) else { continue };
                todo.extend(raw.body.map(|(_, at)| at));
                todo.extend(raw.responses.into_values().flatten());
            }
        }
    }
    let mut shapes = BTreeMap::new();
    let mut seen = BTreeSet::new();
    while let Some(at) = todo.pop() {
        let at = spec.deref(&at);
        if !seen.insert(at.clone()) {
            continue;
        }
        let v = spec.get(&at);
        let child = |name: &str| At { file: at.file.clone(), pointer: format!("{}/{name}", at.pointer) };
        if v.get("items").is_some() {
            todo.push(child("items"));
        }
        if v.get("additionalProperties").is_some_and(Value::is_object) {
            todo.push(child("additionalProperties"));
        }
        for i in 0..v.get("allOf").and_then(Value::as_array).map_or(0, Vec::len) {
            todo.push(child(&format!("allOf/{i}")));
        }
        if v.get("discriminator").is_some() {
            todo.extend(spec.kinds(&at).into_values());
        }
        let shape = spec.shape(&at);
        todo.extend(shape.properties.values().cloned());
        if !shape.properties.is_empty() {
            shapes.insert(at, shape);
        }
    }
    shapes
}
