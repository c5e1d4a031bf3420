//! OpenAPI 3.0 input, mapped onto the Swagger 2.0 model so everything downstream reads one form.
//!
//! The document is first parsed with `openapiv3`, which decides whether it is a valid OpenAPI 3.0
//! document (errors carry a JSON pointer and, where serde_json knows it, a line and column). The
//! mapping itself is then done on the document's own JSON rather than on the typed form: the typed
//! form drops keys beside a `$ref` (`x-ms-client-flatten`, `readOnly`, `description` on a property
//! that refers to a definition, all of which Azure specs use) and rewrites numbers as floats.
//!
//! What maps how:
//! - `servers[0].url` (variables replaced by their defaults) -> `schemes`, `host`, `basePath`;
//! - `components.schemas`/`parameters`/`responses` -> `definitions`/`parameters`/`responses`, and
//!   every `$ref` to them is rewritten, also into other files (`b.json#/components/schemas/X` ->
//!   `b.json#/definitions/X`);
//! - `requestBody` -> a `body` parameter (named by `x-ms-requestBody-name` if given), with the
//!   schema of `application/json` (else the first `*json*`, else the first content type). Local
//!   `components.requestBodies` are inlined; they are also exported as body parameters under
//!   `parameters` (unless the name is taken), so refs from other files land on them;
//! - parameters' `schema` -> Swagger's simple-type fields (a `$ref` is looked up among the local
//!   schemas, else the parameter is a string); `style`/`explode` -> `collectionFormat`;
//! - response `content` -> `schema`, response headers' schemas -> `type`/`format`;
//! - schemas: `nullable` -> `x-nullable`; `discriminator.propertyName` -> `discriminator`, and
//!   each `mapping` entry becomes the `x-ms-discriminator-value` of a kind that inherits (via
//!   `allOf`) from the base and names none; a `oneOf`/`anyOf` of a single `$ref` stands for that
//!   `$ref`; other `oneOf`/`anyOf`/`not` are dropped, which leaves free-form JSON;
//! - every `x-*` extension is kept where it stands.
//!
//! Not supported: `$ref`s to path items, callbacks, links, security schemes, and
//! discriminated `oneOf`s whose kinds do not inherit from the base (the base becomes a union with
//! no known kinds, which still round-trips raw JSON).

use super::load::{json_error_with, path_to_pointer, ParseError};
use super::pointer;
use super::swagger::Swagger;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{json, Map, Value};
use std::collections::HashSet;
use std::fmt;

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
/// Longest `$ref` chain followed while inlining components.
const MAX_CHAIN: usize = 32;

/// Parses an OpenAPI 3.0 document and maps it onto [`Swagger`].
pub fn to_swagger(bytes: &[u8]) -> Result<Swagger, ParseError> {
    // `openapiv3` can panic on duplicate keys (its `ReferenceOr` re-parses a deduplicated copy and
    // `expect`s that to fail too), so they are refused first; `catch_unwind` guards the rest.
    let mut de = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize::<_, NoDuplicates>(&mut de)
        .map_err(|e| json_error_with(e.inner(), path_to_pointer(e.path()), ""))?;
    let typed = std::panic::catch_unwind(|| {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&mut de).map(drop)
    });
    match typed {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            return Err(json_error_with(e.inner(), path_to_pointer(e.path()), "not a valid OpenAPI 3.0 document: "))
        }
        Err(_) => {
            return Err(ParseError {
                pointer: String::new(),
                position: None,
                message: "the OpenAPI 3.0 parser failed on this document".into(),
            })
        }
    }
    let doc: Value = serde_json::from_slice(bytes).map_err(|e| json_error_with(&e, String::new(), ""))?;
    let converted = Converter::new(&doc).document(&doc);
    let swagger: Swagger = serde_path_to_error::deserialize(converted).map_err(|e| ParseError {
        pointer: original_pointer(&path_to_pointer(e.path())),
        position: None,
        message: format!("unexpected value: {}", e.inner()),
    })?;
    // Converted documents are parsed whole now, so errors map back to the original's pointers.
    super::load::check_sections(&swagger).map_err(|f| {
        let e = f.into_parse_error();
        ParseError { pointer: original_pointer(&e.pointer), position: None, message: e.message }
    })?;
    Ok(swagger)
}

struct Converter<'a> {
    components: Option<&'a Map<String, Value>>,
}

impl<'a> Converter<'a> {
    fn new(doc: &'a Value) -> Self {
        Converter { components: doc.get("components").and_then(Value::as_object) }
    }

    fn document(&self, doc: &Value) -> Value {
        let mut out = Map::new();
        out.insert("swagger".into(), json!("2.0"));
        let Some(obj) = doc.as_object() else {
            return Value::Object(out);
        };
        for (k, v) in obj {
            match k.as_str() {
                "openapi" | "servers" | "components" | "security" => {}
                "paths" | "x-ms-paths" => {
                    let paths = v.as_object().into_iter().flatten();
                    out.insert(k.clone(), paths.map(|(p, item)| (p.clone(), self.path_item(item))).collect());
                }
                _ => {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
        let (scheme, host, base_path) = server(doc.get("servers").and_then(|s| s.get(0)));
        let fields = [
            ("schemes", scheme.map(|s| json!([s]))),
            ("host", host.map(Value::from)),
            ("basePath", base_path.map(Value::from)),
        ];
        out.extend(fields.into_iter().filter_map(|(k, v)| Some((k.to_owned(), v?))));
        let mut definitions: Map<String, Value> =
            self.section("schemas").map(|(name, s)| (name.clone(), convert_schema(s))).collect();
        self.apply_mappings(&mut definitions);
        out.insert("definitions".into(), Value::Object(definitions));
        let mut parameters: Map<String, Value> =
            self.section("parameters").map(|(name, p)| (name.clone(), self.parameter(p))).collect();
        for (name, body) in self.section("requestBodies") {
            if !parameters.contains_key(name) {
                parameters.insert(name.clone(), self.body(body, None).0);
            }
        }
        out.insert("parameters".into(), Value::Object(parameters));
        let responses = self.section("responses").map(|(name, r)| (name.clone(), self.response(r))).collect();
        out.insert("responses".into(), Value::Object(responses));
        Value::Object(out)
    }

    /// The entries of `components.<kind>`.
    fn section(&self, kind: &str) -> impl Iterator<Item = (&'a String, &'a Value)> {
        self.components.and_then(|c| c.get(kind)).and_then(Value::as_object).into_iter().flatten()
    }

    /// Follows local `$ref`s into `components.<kind>`; `None` for a ref elsewhere or dangling.
    fn resolve<'v>(&self, kind: &str, mut v: &'v Value) -> Option<(&'v Value, Option<String>)>
    where
        'a: 'v,
    {
        let mut name = None;
        for _ in 0..MAX_CHAIN {
            let Some(reference) = v.get("$ref").and_then(Value::as_str) else {
                return Some((v, name));
            };
            let n = local_component(reference, kind)?;
            v = self.components?.get(kind)?.get(&n)?;
            name = Some(n);
        }
        None
    }

    fn path_item(&self, item: &Value) -> Value {
        let Some(obj) = item.as_object() else {
            return item.clone();
        };
        let mut out = Map::new();
        for (k, v) in obj {
            if METHODS.contains(&k.as_str()) {
                out.insert(k.clone(), self.operation(v));
            } else if k == "parameters" {
                out.insert(k.clone(), self.parameters(v));
            } else if k.starts_with("x-") {
                out.insert(k.clone(), v.clone());
            }
        }
        Value::Object(out)
    }

    fn parameters(&self, list: &Value) -> Value {
        list.as_array().into_iter().flatten().map(|p| self.parameter(p)).collect()
    }

    fn operation(&self, op: &Value) -> Value {
        let Some(obj) = op.as_object() else {
            return op.clone();
        };
        let mut out = Map::new();
        let mut params = Vec::new();
        for (k, v) in obj {
            match k.as_str() {
                "parameters" => params.extend(self.parameters(v).as_array().into_iter().flatten().cloned()),
                "responses" => {
                    let rs = v.as_object().into_iter().flatten();
                    out.insert(k.clone(), rs.map(|(status, r)| (status.clone(), self.response(r))).collect());
                }
                "requestBody" | "callbacks" | "servers" | "security" => {}
                _ => {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
        if let Some(rb) = obj.get("requestBody") {
            let name = obj.get("x-ms-requestBody-name").and_then(Value::as_str);
            let (body, media) = self.body(rb, name);
            let index = obj.get("x-ms-requestBody-index").and_then(Value::as_u64);
            let at = index.and_then(|i| usize::try_from(i).ok()).unwrap_or(params.len()).min(params.len());
            params.insert(at, body);
            if let Some(m) = media {
                out.insert("consumes".into(), json!([m]));
            }
        }
        out.insert("parameters".into(), Value::Array(params));
        Value::Object(out)
    }

    /// A `requestBody` as a Swagger body parameter, and its content type.
    fn body(&self, rb: &Value, name: Option<&str>) -> (Value, Option<String>) {
        let Some((rb, _)) = self.resolve("requestBodies", rb) else {
            // Another file's request body: exported there as a parameter of the same name.
            let reference = rb.get("$ref").and_then(Value::as_str).map(map_ref);
            return (json!({ "$ref": reference }), None);
        };
        let mut out = Map::new();
        let own_name = rb.get("x-ms-requestBody-name").and_then(Value::as_str);
        out.insert("name".into(), json!(own_name.or(name).unwrap_or("body")));
        out.insert("in".into(), json!("body"));
        out.insert("required".into(), json!(rb.get("required").and_then(Value::as_bool).unwrap_or(false)));
        if let Some(d) = rb.get("description") {
            out.insert("description".into(), d.clone());
        }
        copy_extensions(rb, &mut out);
        let media = rb.get("content").and_then(pick_media);
        let schema = media.and_then(|(_, m)| m.get("schema")).map_or_else(|| json!({}), convert_schema);
        out.insert("schema".into(), schema);
        (Value::Object(out), media.map(|(m, _)| m.clone()))
    }

    fn parameter(&self, p: &Value) -> Value {
        let Some(obj) = p.as_object() else {
            return p.clone();
        };
        if let Some(reference) = obj.get("$ref").and_then(Value::as_str) {
            return json!({ "$ref": map_ref(reference) });
        }
        let mut out = Map::new();
        for (k, v) in obj {
            if !matches!(k.as_str(), "schema" | "content" | "style" | "explode" | "example" | "examples") {
                out.insert(k.clone(), v.clone());
            }
        }
        let content_schema = || obj.get("content").and_then(pick_media).and_then(|(_, m)| m.get("schema"));
        if let Some(schema) = obj.get("schema").or_else(content_schema) {
            self.simple_type(schema, &mut out);
        }
        if out.get("type").and_then(Value::as_str) == Some("array") {
            let in_query = obj.get("in").and_then(Value::as_str) == Some("query");
            // `form` (the query default) explodes by default: `?a=1&a=2`.
            let explode = obj.get("explode").and_then(Value::as_bool).unwrap_or(true);
            let format = match obj.get("style").and_then(Value::as_str) {
                Some("spaceDelimited") => "ssv",
                Some("pipeDelimited") => "pipes",
                Some("form") | None if in_query && explode => "multi",
                _ => "csv",
            };
            out.insert("collectionFormat".into(), json!(format));
        }
        Value::Object(out)
    }

    /// Copies a non-body parameter's (or a header's) schema into Swagger's simple-type fields.
    fn simple_type(&self, schema: &Value, out: &mut Map<String, Value>) {
        let Some((s, component)) = self.resolve("schemas", schema) else {
            out.insert("type".into(), json!("string"));
            return;
        };
        for key in ["type", "format", "enum", "default"] {
            if let Some(v) = s.get(key) {
                out.entry(key).or_insert_with(|| v.clone());
            }
        }
        if let Some(items) = s.get("items") {
            out.insert("items".into(), convert_schema(items));
        }
        if !out.contains_key("x-ms-enum") && s.get("enum").is_some() {
            // A named enum keeps its name, so the parameter shares the definition's Rust type.
            let mut xe = s.get("x-ms-enum").cloned().unwrap_or_else(|| json!({}));
            if let (Some(obj), Some(name)) = (xe.as_object_mut(), component) {
                obj.entry("name").or_insert_with(|| json!(name));
            }
            if xe.as_object().is_some_and(|o| !o.is_empty()) {
                out.insert("x-ms-enum".into(), xe);
            }
        }
    }

    fn response(&self, r: &Value) -> Value {
        let Some(obj) = r.as_object() else {
            return r.clone();
        };
        if let Some(reference) = obj.get("$ref").and_then(Value::as_str) {
            return json!({ "$ref": map_ref(reference) });
        }
        let mut out = Map::new();
        for (k, v) in obj {
            match k.as_str() {
                "content" => {
                    if let Some(schema) = pick_media(v).and_then(|(_, m)| m.get("schema")) {
                        out.insert("schema".into(), convert_schema(schema));
                    }
                }
                "headers" => {
                    let hs = v.as_object().into_iter().flatten();
                    let hs = hs.filter_map(|(name, h)| Some((name.clone(), self.header(h)?)));
                    out.insert(k.clone(), hs.collect());
                }
                "links" => {}
                _ => {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
        Value::Object(out)
    }

    fn header(&self, h: &Value) -> Option<Value> {
        let (h, _) = self.resolve("headers", h)?;
        let mut out = Map::new();
        if let Some(d) = h.get("description") {
            out.insert("description".into(), d.clone());
        }
        copy_extensions(h, &mut out);
        if let Some(schema) = h.get("schema") {
            let mut simple = Map::new();
            self.simple_type(schema, &mut simple);
            for key in ["type", "format"] {
                if let Some(v) = simple.remove(key) {
                    out.insert(key.into(), v);
                }
            }
        }
        Some(Value::Object(out))
    }

    /// Turns `discriminator.mapping` entries into the kinds' `x-ms-discriminator-value`.
    fn apply_mappings(&self, definitions: &mut Map<String, Value>) {
        for (base, raw) in self.section("schemas") {
            let mapping = raw.get("discriminator").and_then(|d| d.get("mapping")).and_then(Value::as_object);
            for (value, target) in mapping.into_iter().flatten() {
                let Some(target) = target.as_str() else {
                    continue;
                };
                let kind = if target.contains(['#', '/']) {
                    local_component(target, "schemas")
                } else {
                    Some(target.to_owned())
                };
                let Some(def) = kind.and_then(|k| definitions.get_mut(&k)).and_then(Value::as_object_mut) else {
                    continue;
                };
                let parents = def.get("allOf").and_then(Value::as_array).into_iter().flatten();
                let inherits = parents.filter_map(|p| p.get("$ref").and_then(Value::as_str)).any(|r| {
                    let parts = pointer::split_ref(r);
                    parts.file.is_empty() && pointer::segments(&parts.pointer) == ["definitions", base.as_str()]
                });
                if inherits {
                    def.entry("x-ms-discriminator-value").or_insert_with(|| json!(value));
                }
            }
        }
    }
}

/// A schema, recursively: see the module documentation for what changes.
fn convert_schema(v: &Value) -> Value {
    let Some(obj) = v.as_object() else {
        return v.clone();
    };
    let mut out = Map::new();
    for (k, x) in obj {
        match k.as_str() {
            "$ref" => {
                out.insert(k.clone(), x.as_str().map_or_else(|| x.clone(), |r| json!(map_ref(r))));
            }
            "nullable" => {
                if x.as_bool() == Some(true) {
                    out.insert("x-nullable".into(), json!(true));
                }
            }
            "discriminator" => {
                if let Some(p) = x.get("propertyName") {
                    out.insert(k.clone(), p.clone());
                }
            }
            "oneOf" | "anyOf" | "not" => {}
            "properties" => {
                let props = x.as_object().into_iter().flatten();
                out.insert(k.clone(), props.map(|(n, s)| (n.clone(), convert_schema(s))).collect());
            }
            "allOf" => {
                out.insert(k.clone(), x.as_array().into_iter().flatten().map(convert_schema).collect());
            }
            "items" | "additionalProperties" => {
                out.insert(k.clone(), convert_schema(x));
            }
            _ => {
                out.insert(k.clone(), x.clone());
            }
        }
    }
    let structural = ["$ref", "type", "properties", "allOf", "items", "enum", "additionalProperties"];
    if !structural.iter().any(|k| out.contains_key(*k)) {
        for key in ["oneOf", "anyOf"] {
            if let Some([only]) = obj.get(key).and_then(Value::as_array).map(Vec::as_slice) {
                if let Some(r) = only.get("$ref").and_then(Value::as_str) {
                    out.insert("$ref".into(), json!(map_ref(r)));
                }
            }
        }
        // The documented fallback: say in the docs why this is raw JSON.
        let dropped: Vec<&str> = ["oneOf", "anyOf", "not"].into_iter().filter(|k| obj.contains_key(*k)).collect();
        if !dropped.is_empty() && !out.contains_key("$ref") {
            let note = format!("Kept as raw JSON: `{}` has no Rust type in this generator.", dropped.join("`/`"));
            let text = match out.get("description").and_then(Value::as_str) {
                Some(d) if !d.is_empty() => format!("{d}\n\n{note}"),
                _ => note,
            };
            out.insert("description".into(), json!(text));
        }
    }
    Value::Object(out)
}

fn copy_extensions(from: &Value, to: &mut Map<String, Value>) {
    for (k, v) in from.as_object().into_iter().flatten() {
        if k.starts_with("x-") && k != "x-ms-requestBody-name" {
            to.insert(k.clone(), v.clone());
        }
    }
}

/// The media type to read a schema from: `application/json`, else the first `*json*`, else the
/// first.
fn pick_media(content: &Value) -> Option<(&String, &Value)> {
    let c = content.as_object()?;
    c.get_key_value("application/json")
        .or_else(|| c.iter().find(|(k, _)| k.to_ascii_lowercase().contains("json")))
        .or_else(|| c.iter().next())
}

/// Rewrites a `$ref` to an OpenAPI 3 component into its Swagger 2.0 place, keeping any file part.
fn map_ref(reference: &str) -> String {
    let Some((file, fragment)) = reference.split_once('#') else {
        return reference.to_owned();
    };
    const MOVES: [(&str, &str); 4] = [
        ("/components/schemas/", "/definitions/"),
        ("/components/parameters/", "/parameters/"),
        ("/components/responses/", "/responses/"),
        ("/components/requestBodies/", "/parameters/"),
    ];
    for (from, to) in MOVES {
        if let Some(rest) = fragment.strip_prefix(from) {
            return format!("{file}#{to}{rest}");
        }
    }
    reference.to_owned()
}

/// The name `X` of a same-file `#/components/<kind>/X`.
fn local_component(reference: &str, kind: &str) -> Option<String> {
    let parts = pointer::split_ref(reference);
    if !parts.file.is_empty() {
        return None;
    }
    match pointer::segments(&parts.pointer).as_slice() {
        [c, k, name] if c == "components" && k == kind => Some(name.clone()),
        _ => None,
    }
}

/// `(scheme, host, basePath)` of a server object, its variables replaced by their defaults.
fn server(s: Option<&Value>) -> (Option<String>, Option<String>, Option<String>) {
    let Some(mut url) = s.and_then(|s| s.get("url")).and_then(Value::as_str).map(str::to_owned) else {
        return (None, None, None);
    };
    for (name, var) in s.and_then(|s| s.get("variables")).and_then(Value::as_object).into_iter().flatten() {
        if let Some(default) = var.get("default").and_then(Value::as_str) {
            url = url.replace(&format!("{{{name}}}"), default);
        }
    }
    let (scheme, rest) = match url.split_once("://") {
        Some((scheme, rest)) => (Some(scheme.to_ascii_lowercase()), rest),
        None => (None, url.as_str()),
    };
    let (host, path) = match (scheme.is_some(), rest.split_once('/')) {
        (true, Some((host, path))) => (host, format!("/{path}")),
        (true, None) => (rest, String::new()),
        (false, _) => ("", rest.to_owned()),
    };
    let path = path.trim_end_matches('/');
    let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    (scheme, non_empty(host), non_empty(path))
}

/// Where a pointer into the mapped document came from in the OpenAPI 3 file.
fn original_pointer(p: &str) -> String {
    for (from, to) in [
        ("/definitions/", "/components/schemas/"),
        ("/parameters/", "/components/parameters/"),
        ("/responses/", "/components/responses/"),
    ] {
        if let Some(rest) = p.strip_prefix(from) {
            return format!("{to}{rest}");
        }
    }
    p.to_owned()
}

/// Any JSON value, refused if an object in it repeats a key.
struct NoDuplicates;

impl<'de> de::Deserialize<'de> for NoDuplicates {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NoDuplicatesVisitor)
    }
}

struct NoDuplicatesVisitor;

macro_rules! accept_scalars {
    ($($visit:ident: $t:ty),*) => {
        $(fn $visit<E>(self, _: $t) -> Result<NoDuplicates, E> {
            Ok(NoDuplicates)
        })*
    };
}

impl<'de> Visitor<'de> for NoDuplicatesVisitor {
    type Value = NoDuplicates;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    accept_scalars!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str);
    fn visit_unit<E>(self) -> Result<NoDuplicates, E> {
        Ok(NoDuplicates)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NoDuplicates, A::Error> {
        while seq.next_element::<NoDuplicates>()?.is_some() {}
        Ok(NoDuplicates)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NoDuplicates, A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if seen.contains(&key) {
                // Failing while reading the value puts the key into the error's path.
                map.next_value_seed(Duplicate(key))?;
            } else {
                map.next_value::<NoDuplicates>()?;
                seen.insert(key);
            }
        }
        Ok(NoDuplicates)
    }
}

struct Duplicate(String);

impl<'de> DeserializeSeed<'de> for Duplicate {
    type Value = NoDuplicates;
    fn deserialize<D: Deserializer<'de>>(self, _: D) -> Result<NoDuplicates, D::Error> {
        Err(de::Error::custom(format!("duplicate key `{}`; JSON objects must not repeat a key", self.0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_refs() {
        assert_eq!(map_ref("#/components/schemas/A"), "#/definitions/A");
        assert_eq!(map_ref("other.json#/components/parameters/P"), "other.json#/parameters/P");
        assert_eq!(map_ref("#/components/responses/E"), "#/responses/E");
        assert_eq!(map_ref("./examples/x.json"), "./examples/x.json");
        assert_eq!(map_ref("#/components/headers/H"), "#/components/headers/H");
    }

    #[test]
    fn splits_server_urls() {
        let s = |v: Value| server(Some(&v));
        assert_eq!(
            s(json!({"url": "https://management.azure.com/base/"})),
            (Some("https".into()), Some("management.azure.com".into()), Some("/base".into()))
        );
        assert_eq!(
            s(json!({"url": "https://management.azure.com"})),
            (Some("https".into()), Some("management.azure.com".into()), None)
        );
        assert_eq!(
            s(json!({"url": "https://{region}.example.com", "variables": {"region": {"default": "westus"}}})),
            (Some("https".into()), Some("westus.example.com".into()), None)
        );
        assert_eq!(s(json!({"url": "/api"})), (None, None, Some("/api".into())));
        assert_eq!(server(None), (None, None, None));
    }

    #[test]
    fn refuses_duplicate_keys_without_panicking() {
        let doc = br#"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"A": {"type": "string", "type": "string"}}}}"#;
        let e = to_swagger(doc).unwrap_err();
        assert_eq!(e.pointer, "/components/schemas/A/type");
        assert!(e.message.contains("duplicate key `type`"), "{}", e.message);
        assert_eq!(e.position.map(|p| p.0), Some(2));
    }

    #[test]
    fn single_member_one_of_is_its_member() {
        let s =
            convert_schema(&json!({"oneOf": [{"$ref": "#/components/schemas/A"}], "nullable": true, "x-ms-foo": 1}));
        assert_eq!(s, json!({"x-nullable": true, "x-ms-foo": 1, "$ref": "#/definitions/A"}));
        let s = convert_schema(&json!({"anyOf": [{"type": "string"}, {"type": "integer"}], "description": "d"}));
        assert_eq!(s, json!({"description": "d\n\nKept as raw JSON: `anyOf` has no Rust type in this generator."}));
    }

    #[test]
    fn errors_after_mapping_point_into_the_openapi_document() {
        let doc = br#"{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {},
            "components": {"schemas": {"A": {"type": "string", "enum": ["a"], "x-ms-enum": 5}}}}"#;
        let e = to_swagger(doc).unwrap_err();
        assert_eq!(e.pointer, "/components/schemas/A/x-ms-enum");
        assert!(e.message.contains("XmsEnum"), "{}", e.message);
    }
}
