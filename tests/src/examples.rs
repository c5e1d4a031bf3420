//! Reading `x-ms-examples` against the codegen model: what the generated client must send for
//! an example's request body (the example minus its read-only properties, computed from the
//! model), path templates filled from an example's parameters, example errata, JSON diffs.
//!
//! Shared by `tests/examples_roundtrip.rs` and the end-to-end tests.

use codegen::model::{Model, TypeKind, TypeRef};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// The codegen model of `spec` (relative to [`crate::specs_root`]); panics on failure.
pub fn load_model(spec: &str) -> Model {
    let (model, _read) = codegen::Generator::new(crate::specs_root(), [spec])
        .model()
        .unwrap_or_else(|e| panic!("building the model of {spec}: {e}"));
    model
}

/// What serializing `value`, read as `ty`, must give: `value` without its read-only
/// properties (numbers of `number` type compared as floats). Also returns properties the model
/// does not know, as (JSON pointer, struct name).
///
/// This reads the read-only set from codegen's own model, so a model bug passes it; the example
/// round trip uses [`crate::oracle::expected_body`] instead, and the end-to-end replay should
/// move to it too (then this walk can go).
pub fn without_read_only(model: &Model, ty: &TypeRef, value: &Value) -> (Value, Vec<(String, String)>) {
    let mut walk = Walk { model, unknown: Vec::new() };
    let out = walk.expected(ty, value, "");
    (out, walk.unknown)
}

/// Walks an example value alongside a model type.
struct Walk<'m> {
    model: &'m Model,
    /// Properties the model's structs lack: (pointer, struct name).
    unknown: Vec<(String, String)>,
}

impl Walk<'_> {
    fn expected(&mut self, ty: &TypeRef, v: &Value, ptr: &str) -> Value {
        match (ty, v) {
            (TypeRef::Named(id), _) => self.named(*id, v, ptr),
            (TypeRef::Vec(item), Value::Array(items)) => Value::Array(
                items.iter().enumerate().map(|(i, x)| self.expected(item, x, &format!("{ptr}/{i}"))).collect(),
            ),
            (TypeRef::Map(item), Value::Object(entries)) => Value::Object(
                entries
                    .iter()
                    .map(|(k, x)| (k.clone(), self.expected(item, x, &format!("{ptr}/{}", escape(k)))))
                    .collect(),
            ),
            // JSON numbers compare by value: a `number` written `10` serializes as `10.0`.
            (TypeRef::F32 | TypeRef::F64, Value::Number(n)) => {
                n.as_f64().and_then(serde_json::Number::from_f64).map_or_else(|| v.clone(), Value::Number)
            }
            _ => v.clone(),
        }
    }

    fn named(&mut self, id: codegen::model::TypeId, v: &Value, ptr: &str) -> Value {
        let Some(t) = self.model.get(id) else {
            return v.clone();
        };
        match &t.kind {
            TypeKind::Alias(inner) => self.expected(inner, v, ptr),
            TypeKind::Enum(_) => v.clone(),
            TypeKind::Union(u) => {
                let tag = v.get(&u.property).and_then(Value::as_str);
                match u.variants.iter().find(|k| Some(k.value.as_str()) == tag) {
                    Some(kind) => self.named(kind.ty, v, ptr),
                    None => v.clone(),
                }
            }
            TypeKind::Struct(s) => {
                let Value::Object(obj) = v else {
                    return v.clone();
                };
                let mut out = Map::new();
                for (k, x) in obj {
                    let p = format!("{ptr}/{}", escape(k));
                    if let Some(f) = s.fields.iter().find(|f| f.wire == *k) {
                        let e = self.expected(&f.ty, x, &p);
                        if !f.read_only {
                            out.insert(k.clone(), e);
                        }
                    } else if s.tag.as_ref().is_some_and(|tag| tag.property == *k) {
                        out.insert(k.clone(), x.clone());
                    } else if let Some(a) = &s.additional {
                        out.insert(k.clone(), self.expected(&a.ty, x, &p));
                    } else {
                        self.unknown.push((p, t.name.clone()));
                    }
                }
                Value::Object(out)
            }
        }
    }
}

/// JSON pointer segment escaping (RFC 6901).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Pointers where two values differ, one line each.
pub fn json_diff(expected: &Value, got: &Value, ptr: &str, out: &mut Vec<String>) {
    match (expected, got) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for k in keys {
                let p = format!("{ptr}/{}", escape(k));
                match (a.get(k), b.get(k)) {
                    (Some(x), Some(y)) => json_diff(x, y, &p, out),
                    (Some(x), None) => out.push(format!("{p}: missing (expected {x})")),
                    (None, Some(y)) => out.push(format!("{p}: not expected (got {y})")),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                json_diff(x, y, &format!("{ptr}/{i}"), out);
            }
        }
        _ if expected != got => out.push(format!("{ptr}: expected {expected}, got {got}")),
        _ => {}
    }
}

/// An example value that contradicts its spec: (example file name, JSON pointer in the example
/// file, the wrong value as JSON, why). [`apply_errata`] removes it.
pub type Erratum = (&'static str, &'static str, &'static str, &'static str);

/// Example values that contradict the 2021-08-01 spec itself, not the generator:
/// (example file name, JSON pointer in the example file, the value as JSON, why). They are removed
/// before the round trip; an entry that no longer matches its example fails the test.
pub const EXPRESS_ROUTE_ERRATA: &[Erratum] = &[
    (
        "ExpressRouteCircuitPeeringCreate.json",
        "/responses/200/body/properties/expressRouteConnection",
        r#""""#,
        "expressRouteConnection is an ExpressRouteConnectionId object (virtualWan.json); the upstream example has \"\" \
         (its 201 response has the object)",
    ),
    (
        "ExpressRouteCircuitPeeringList.json",
        "/responses/200/body/value/0/properties/expressRouteConnection",
        r#""""#,
        "expressRouteConnection is an ExpressRouteConnectionId object (virtualWan.json); the upstream example has \"\" \
         (value/1 has the object)",
    ),
];

/// Removes the `errata` of the example file `file_name` from `example`. Returns how many were
/// applied, or an error for an entry that no longer matches (so stale entries get noticed).
pub fn apply_errata(file_name: &str, example: &mut Value, errata: &[Erratum]) -> Result<usize, String> {
    let mut applied = 0;
    for (_, ptr, value, why) in errata.iter().filter(|e| e.0 == file_name) {
        let wrong: Value = serde_json::from_str(value).map_err(|e| format!("erratum value {value}: {e}"))?;
        let (parent, key) = ptr.rsplit_once('/').ok_or_else(|| format!("erratum pointer {ptr} has no parent"))?;
        match example.pointer_mut(parent).and_then(Value::as_object_mut) {
            Some(obj) if obj.get(key) == Some(&wrong) => {
                obj.remove(key);
                applied += 1;
            }
            _ => {
                return Err(format!(
                    "erratum ({file_name}, {ptr} = {value}: {why}) no longer matches the example: remove or update it"
                ))
            }
        }
    }
    Ok(applied)
}

/// `template` with each `{name}` replaced by `params[name]` (a string, or a number/bool
/// printed as JSON), not encoded.
pub fn fill_template(template: &str, params: &Map<String, Value>) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| format!("unclosed `{{` in {template}"))?;
        let name = &after[..close];
        let value = params.get(name).ok_or_else(|| format!("no example parameter `{name}` for {template}"))?;
        match value {
            Value::String(s) => out.push_str(s),
            Value::Number(_) | Value::Bool(_) => out.push_str(&value.to_string()),
            other => return Err(format!("parameter `{name}` is not a scalar: {other}")),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The part of `template` up to and including its last `{placeholder}`: the resource id an
/// operation's path starts with (`.../expressRouteCircuits/{circuitName}/stats` gives
/// `.../expressRouteCircuits/{circuitName}`).
pub fn id_template(template: &str) -> &str {
    match template.rfind('}') {
        Some(end) => &template[..=end],
        None => template,
    }
}

/// The file name of an example path.
pub fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}
