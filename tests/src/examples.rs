//! Reading `x-ms-examples`: path templates filled from an example's parameters, example errata,
//! JSON diffs. (What a request body must be is the raw-spec oracle's: [`crate::oracle`].)
//!
//! Shared by `tests/examples_roundtrip.rs` and the end-to-end tests.

use codegen::model::Model;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// The codegen model of `spec` (relative to [`crate::specs_root`]); panics on failure.
pub fn load_model(spec: &str) -> Model {
    let (model, _read) = codegen::Generator::new(crate::specs_root(), [spec])
        .model()
        .unwrap_or_else(|e| panic!("building the model of {spec}: {e}"));
    model
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
