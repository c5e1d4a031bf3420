//! A Swagger 2.0 document built from fuzzer bytes (`arbitrary::Unstructured`).
//!
//! Most choices lean towards documents the generator accepts, so that the fuzzer spends its time
//! in resolution and emission rather than in error paths: `$ref`s point at definitions that exist,
//! path parameters are declared, operation ids are mostly unique. Names and text come from pools
//! of ordinary Azure names and of hostile strings (quotes, comment markers, attributes, newlines,
//! control characters, keywords, non-ASCII), or are arbitrary strings.

use arbitrary::{Result, Unstructured};
use serde_json::{json, Map, Value};

/// Strings that have broken code generators: quoting, comments, attributes, doc syntax,
/// keywords, reserved and generated names, formatting placeholders, non-ASCII.
pub const HOSTILE: &[&str] = &[
    "",
    " ",
    "\"",
    "\\",
    "\\\"",
    "'",
    "*/",
    "/*",
    "\"]",
    "#[cfg(any())]",
    "#![no_std]",
    "}",
    "{",
    "{}",
    "{{",
    "}}",
    "{0}",
    "{name}",
    "%s",
    "%2F",
    "\n",
    "\r",
    "\r\n",
    "\n\n    ",
    "\0",
    "\u{7}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{85}",
    "\u{2028}",
    "///",
    "//!",
    "//",
    "`",
    "```",
    "~~~",
    "```rust\nfn main() { std::process::exit(1) }\n```",
    "\n\n    std::process::exit(1);\n",
    "fn main() { std::process::exit(1) }",
    "r#\"x\"#",
    "\"#",
    "#",
    "<script>",
    "[link](x)",
    "😀",
    "\u{202e}",
    "e\u{301}",
    "a\u{200d}b",
    "\u{feff}",
    "名前",
    "1abc",
    "0",
    "a-b",
    "a b",
    "a.b",
    "a__b",
    "type",
    "self",
    "Self",
    "crate",
    "super",
    "_",
    "__",
    "r#type",
    "mod",
    "fn",
    "match",
    "async",
    "await",
    "dyn",
    "gen",
    "try",
    "union",
    "Option",
    "Some",
    "None",
    "Result",
    "String",
    "Vec",
    "Box",
    "Client",
    "Error",
    "Default",
    "Serialize",
    "Value",
    "value",
    "id",
    "name",
    "body",
    "options",
    "client_ref",
    "client",
    "request",
    "query",
    "headers",
    "x",
    "s",
    "b",
    "f",
    "v",
    "r",
    "serializer",
    "deserializer",
    "Other",
    "UnknownValue",
    "UnknownKind",
    "Status200",
    "FooId",
    "FooBuilder",
    "Operations",
    "additionalProperties",
    "additional_properties",
    "odata.type",
    "@odata.type",
    "$type",
    "kind",
    "properties",
    "nextLink",
    "build",
    "builder",
    "into_builder",
    "new",
    "parent",
    "as_str",
    "from",
    "fmt",
    "serialize",
    "deserialize",
    "push_tags",
    "insert_tags",
    "subscription_id",
    "resource_group_name",
    "api-version",
    "subscriptionId",
    "resourceGroupName",
];

/// Ordinary names, so documents look like Azure's often enough to go deep.
pub const NAMES: &[&str] = &[
    "Foo",
    "Bar",
    "Baz",
    "Resource",
    "ProxyResource",
    "SubResource",
    "TrackedResource",
    "CloudError",
    "ErrorResponse",
    "FooProperties",
    "FooListResult",
    "fooBar",
    "provisioningState",
    "properties",
    "id",
    "name",
    "type",
    "tags",
    "location",
    "kind",
    "value",
    "nextLink",
    "etag",
    "sku",
    "status",
    "addresses",
    "peerings",
    "policies",
    "items",
];

/// `CODEGEN_FUZZ_SKIP_KNOWN_HANGS=1`: `allOf` only names earlier definitions (no inheritance
/// cycles), so runs are not spent re-finding the open `Resolver::inherits` hang
/// (tests/fixtures/fuzz/hang-union-allof-cycle.json).
fn skip_known_hangs() -> bool {
    static SKIP: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SKIP.get_or_init(|| std::env::var_os("CODEGEN_FUZZ_SKIP_KNOWN_HANGS").is_some_and(|v| v == "1"))
}

fn pick<'a>(u: &mut Unstructured<'_>, list: &[&'a str]) -> Result<&'a str> {
    u.choose(list).copied()
}

/// Text for descriptions, titles, values: hostile most of the time.
pub fn text(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0u8..=15)? {
        0..=3 => pick(u, HOSTILE)?.to_owned(),
        4 | 5 => u.arbitrary::<String>()?,
        6 | 7 => {
            let n = u.int_in_range(1u8..=4)?;
            let mut s = String::new();
            for _ in 0..n {
                s.push_str(pick(u, HOSTILE)?);
            }
            s
        }
        8..=10 => format!("{} {}", pick(u, NAMES)?, pick(u, HOSTILE)?),
        11 => {
            let n = u.int_in_range(64usize..=2048)?;
            let unit = pick(u, HOSTILE)?;
            let unit = if unit.is_empty() { "a" } else { unit };
            unit.repeat(n / unit.len().max(1) + 1)
        }
        _ => pick(u, NAMES)?.to_owned(),
    })
}

/// A name (definition, property, parameter): ordinary more often than not.
pub fn name(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0u8..=9)? {
        0..=4 => pick(u, NAMES)?.to_owned(),
        5 => format!("{}{}", pick(u, NAMES)?, pick(u, NAMES)?),
        6 | 7 => pick(u, HOSTILE)?.to_owned(),
        8 => format!("{}{}", pick(u, NAMES)?, pick(u, HOSTILE)?),
        _ => text(u)?,
    })
}

/// A JSON pointer fragment to `#/<section>/<name>`, escaped as a `$ref` needs.
fn pointer_ref(section: &str, name: &str) -> String {
    let seg = name.replace('~', "~0").replace('/', "~1").replace('%', "%25");
    format!("#/{section}/{seg}")
}

struct Ctx {
    defs: Vec<String>,
    /// Index of the definition being built: `allOf` mostly names earlier ones (no cycles).
    current: usize,
    params: Vec<String>,
    responses: Vec<String>,
}

/// True `percent`% of the time; false once the input is used up (so short inputs make small
/// documents).
fn chance(u: &mut Unstructured<'_>, percent: u8) -> Result<bool> {
    Ok(u.int_in_range(0u8..=99)? >= 100u8.saturating_sub(percent))
}

fn scalar_value(u: &mut Unstructured<'_>) -> Result<Value> {
    Ok(match u.int_in_range(0u8..=5)? {
        0 => Value::Null,
        1 => json!(u.arbitrary::<bool>()?),
        2 => json!(u.arbitrary::<i64>()?),
        3 => json!(u.arbitrary::<f64>()?),
        4 => json!([text(u)?]),
        _ => json!(text(u)?),
    })
}

fn primitive(u: &mut Unstructured<'_>) -> Result<Map<String, Value>> {
    let mut m = Map::new();
    let ty = match u.int_in_range(0u8..=49)? {
        0..=14 => Some("string"),
        15..=22 => Some("integer"),
        23..=28 => Some("number"),
        29..=34 => Some("boolean"),
        35..=41 => Some("object"),
        42..=46 => None,
        47 => Some("file"),
        48 => Some("null"),
        _ => Some(pick(u, HOSTILE)?),
    };
    if let Some(t) = ty {
        m.insert("type".into(), json!(t));
    }
    let format = match u.int_in_range(0u8..=12)? {
        0 => Some("int32"),
        1 => Some("int64"),
        2 => Some("float"),
        3 => Some("double"),
        4 => Some("date-time"),
        5 => Some("date-time-rfc3339"),
        6 => Some("uuid"),
        7 => Some("byte"),
        8 => Some("duration"),
        9 => Some(pick(u, HOSTILE)?),
        _ => None,
    };
    if let Some(f) = format {
        m.insert("format".into(), json!(f));
    }
    Ok(m)
}

fn enum_schema(u: &mut Unstructured<'_>) -> Result<Map<String, Value>> {
    let mut m = Map::new();
    match u.int_in_range(0u8..=9)? {
        0 => {}
        1 => {
            m.insert("type".into(), json!("integer"));
        }
        _ => {
            m.insert("type".into(), json!("string"));
        }
    }
    let n = u.int_in_range(0usize..=5)?;
    let mut values = Vec::new();
    for _ in 0..n {
        values.push(if !chance(u, 10)? { json!(text(u)?) } else { scalar_value(u)? });
    }
    m.insert("enum".into(), Value::Array(values.clone()));
    if chance(u, 70)? {
        let mut xe = Map::new();
        xe.insert("name".into(), json!(name(u)?));
        if chance(u, 70)? {
            xe.insert("modelAsString".into(), json!(u.arbitrary::<bool>()?));
        }
        if chance(u, 50)? {
            let mut vs = Vec::new();
            for v in &values {
                if chance(u, 70)? {
                    let mut e = Map::new();
                    e.insert("value".into(), v.clone());
                    if chance(u, 80)? {
                        e.insert("name".into(), json!(text(u)?));
                    }
                    if chance(u, 60)? {
                        e.insert("description".into(), json!(text(u)?));
                    }
                    vs.push(Value::Object(e));
                }
            }
            xe.insert("values".into(), Value::Array(vs));
        }
        m.insert("x-ms-enum".into(), Value::Object(xe));
    }
    Ok(m)
}

fn reference(u: &mut Unstructured<'_>, ctx: &Ctx) -> Result<Map<String, Value>> {
    let mut m = Map::new();
    if ctx.defs.is_empty() || chance(u, 1)? {
        // Dangling, remote, or otherwise wrong.
        let r = match u.int_in_range(0u8..=4)? {
            0 => pointer_ref("definitions", &name(u)?),
            1 => "https://example.com/x.json#/definitions/X".to_owned(),
            2 => "../../../etc/passwd#/definitions/X".to_owned(),
            3 => "#/parameters/X".to_owned(),
            _ => text(u)?,
        };
        m.insert("$ref".into(), json!(r));
        return Ok(m);
    }
    let target = pick_owned(u, &ctx.defs)?;
    m.insert("$ref".into(), json!(pointer_ref("definitions", &target)));
    Ok(m)
}

fn pick_owned(u: &mut Unstructured<'_>, list: &[String]) -> Result<String> {
    u.choose(list).cloned()
}

fn describe(u: &mut Unstructured<'_>, m: &mut Map<String, Value>) -> Result<()> {
    if chance(u, 40)? {
        m.insert("description".into(), json!(text(u)?));
    }
    if chance(u, 10)? {
        m.insert("title".into(), json!(text(u)?));
    }
    Ok(())
}

/// A schema at nesting `depth`; deep ones are leaves.
fn schema(u: &mut Unstructured<'_>, ctx: &Ctx, depth: usize) -> Result<Value> {
    let choice = if depth >= 3 { u.int_in_range(0u8..=2)? } else { u.int_in_range(0u8..=9)? };
    let mut m = match choice {
        0 => primitive(u)?,
        1 => reference(u, ctx)?,
        2 => enum_schema(u)?,
        3 => {
            let mut m = Map::new();
            m.insert("type".into(), json!("array"));
            if !chance(u, 5)? {
                m.insert("items".into(), schema(u, ctx, depth + 1)?);
            }
            m
        }
        4 => {
            let mut m = Map::new();
            m.insert("type".into(), json!("object"));
            let ap = if chance(u, 20)? { json!(u.arbitrary::<bool>()?) } else { schema(u, ctx, depth + 1)? };
            m.insert("additionalProperties".into(), ap);
            m
        }
        5..=8 => object(u, ctx, depth)?,
        _ => Map::new(),
    };
    describe(u, &mut m)?;
    if chance(u, 5)? {
        m.insert("default".into(), scalar_value(u)?);
    }
    if chance(u, 5)? {
        m.insert("readOnly".into(), json!(true));
    }
    Ok(Value::Object(m))
}

fn object(u: &mut Unstructured<'_>, ctx: &Ctx, depth: usize) -> Result<Map<String, Value>> {
    let mut m = Map::new();
    if chance(u, 70)? {
        m.insert("type".into(), json!("object"));
    }
    let n = u.int_in_range(0usize..=5)?;
    let mut props = Map::new();
    let mut names = Vec::new();
    for _ in 0..n {
        let pn = name(u)?;
        let mut ps = match schema(u, ctx, depth + 1)? {
            Value::Object(o) => o,
            _ => Map::new(),
        };
        if chance(u, 20)? {
            ps.insert("readOnly".into(), json!(true));
        }
        if chance(u, 15)? {
            ps.insert("x-ms-client-flatten".into(), json!(true));
        }
        if chance(u, 10)? {
            ps.insert("x-ms-client-name".into(), json!(name(u)?));
        }
        if chance(u, 5)? {
            ps.insert("x-ms-secret".into(), json!(true));
        }
        if chance(u, 10)? {
            ps.insert("x-nullable".into(), json!(u.arbitrary::<bool>()?));
        }
        if chance(u, 10)? {
            let all = ["create", "read", "update"];
            let mut ms = Vec::new();
            for a in all {
                if u.arbitrary::<bool>()? {
                    ms.push(json!(a));
                }
            }
            ps.insert("x-ms-mutability".into(), Value::Array(ms));
        }
        names.push(pn.clone());
        props.insert(pn, Value::Object(ps));
    }
    if !props.is_empty() || chance(u, 50)? {
        m.insert("properties".into(), Value::Object(props));
    }
    let mut required = Vec::new();
    for n in &names {
        if chance(u, 30)? {
            required.push(json!(n));
        }
    }
    if chance(u, 5)? {
        required.push(json!(name(u)?));
    }
    if !required.is_empty() {
        m.insert("required".into(), Value::Array(required));
    }
    let parents = u.int_in_range(0usize..=2)?;
    if parents > 0 {
        let mut all_of = Vec::new();
        for _ in 0..parents {
            let earlier = ctx.defs.get(..ctx.current).unwrap_or_default();
            if depth < 2 && chance(u, 20)? {
                all_of.push(Value::Object(object(u, ctx, depth + 1)?));
            } else if !earlier.is_empty() && (skip_known_hangs() || !chance(u, 3)?) {
                let parent = pick_owned(u, earlier)?;
                all_of.push(json!({ "$ref": pointer_ref("definitions", &parent) }));
            } else if !skip_known_hangs() {
                all_of.push(Value::Object(reference(u, ctx)?));
            }
        }
        m.insert("allOf".into(), Value::Array(all_of));
    }
    if chance(u, 12)? {
        let d = if !names.is_empty() && chance(u, 70)? { pick_owned(u, &names)? } else { name(u)? };
        m.insert("discriminator".into(), json!(d));
    }
    if chance(u, 25)? {
        m.insert("x-ms-discriminator-value".into(), json!(text(u)?));
    }
    if chance(u, 10)? {
        let ap = if chance(u, 30)? { json!(true) } else { schema(u, ctx, depth + 1)? };
        m.insert("additionalProperties".into(), ap);
    }
    if chance(u, 10)? {
        m.insert("x-ms-azure-resource".into(), json!(true));
    }
    Ok(m)
}

/// The schema of a body or response: a `$ref` (or an array of them) as Azure writes them most
/// often, a primitive, or an inline schema of any shape.
fn op_schema(u: &mut Unstructured<'_>, ctx: &Ctx) -> Result<Value> {
    if ctx.defs.is_empty() {
        return schema(u, ctx, 1);
    }
    Ok(match u.int_in_range(0u8..=19)? {
        0..=9 => Value::Object(reference(u, ctx)?),
        10 | 11 => json!({ "type": "array", "items": reference(u, ctx)? }),
        12 | 13 => Value::Object(primitive(u)?),
        _ => schema(u, ctx, 1)?,
    })
}

/// A non-body parameter (or a body one) named `wire`.
fn parameter(u: &mut Unstructured<'_>, ctx: &Ctx, wire: &str, location: &str) -> Result<Value> {
    let mut m = Map::new();
    m.insert("name".into(), json!(wire));
    m.insert("in".into(), json!(location));
    if location == "path" || chance(u, 50)? {
        m.insert("required".into(), json!(location == "path" || u.arbitrary::<bool>()?));
    }
    describe(u, &mut m)?;
    if location == "body" {
        m.insert("schema".into(), op_schema(u, ctx)?);
    } else {
        let s = match u.int_in_range(0u8..=5)? {
            0 => enum_schema(u)?,
            1 => {
                let mut a = Map::new();
                a.insert("type".into(), json!("array"));
                a.insert("items".into(), Value::Object(primitive(u)?));
                if chance(u, 50)? {
                    let f = pick(u, &["csv", "ssv", "tsv", "pipes", "multi", "x"])?;
                    a.insert("collectionFormat".into(), json!(f));
                }
                a
            }
            _ => {
                let mut p = Map::new();
                p.insert("type".into(), json!(pick(u, &["string", "string", "integer", "boolean", "number"])?));
                p
            }
        };
        m.extend(s);
        if chance(u, 15)? {
            m.insert("default".into(), scalar_value(u)?);
        }
        if chance(u, 10)? {
            m.insert("x-ms-skip-url-encoding".into(), json!(true));
        }
    }
    if chance(u, 10)? {
        m.insert("x-ms-client-name".into(), json!(name(u)?));
    }
    if chance(u, 15)? {
        m.insert("x-ms-parameter-location".into(), json!(pick(u, &["client", "method", "x"])?));
    }
    Ok(Value::Object(m))
}

fn param_location(u: &mut Unstructured<'_>) -> Result<&'static str> {
    Ok(match u.int_in_range(0u8..=99)? {
        0..=44 => "query",
        45..=69 => "header",
        70..=94 => "body",
        95..=97 => "path",
        98 => "formData",
        _ => "cookie",
    })
}

/// A collection segment of a path: ordinary, hostile, or arbitrary.
fn segment(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0u8..=9)? {
        0..=5 => pick(u, NAMES)?.to_owned(),
        6 => format!("{}{}", pick(u, NAMES)?, pick(u, HOSTILE)?),
        _ => text(u)?,
    })
}

/// A path template and the names of its parameters.
fn path_template(u: &mut Unstructured<'_>) -> Result<(String, Vec<String>)> {
    let mut params = Vec::new();
    let mut path = String::new();
    match u.int_in_range(0u8..=4)? {
        0 | 1 => {
            path.push_str("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/");
            params.extend(["subscriptionId".to_owned(), "resourceGroupName".to_owned()]);
            path.push_str(if chance(u, 80)? { "Microsoft.Foo" } else { "Microsoft.Foo\"x" });
        }
        2 => {
            path.push_str("/subscriptions/{subscriptionId}/providers/Microsoft.Foo");
            params.push("subscriptionId".to_owned());
        }
        3 => path.push_str("/providers/Microsoft.Foo"),
        _ => {}
    }
    let levels = u.int_in_range(0usize..=3)?;
    for _ in 0..levels {
        path.push('/');
        path.push_str(&segment(u)?);
        if chance(u, 80)? {
            let p = name(u)?;
            path.push_str("/{");
            path.push_str(&p);
            path.push('}');
            params.push(p);
        }
    }
    if chance(u, 15)? {
        path.push('/');
        path.push_str(&segment(u)?);
    }
    if path.is_empty() {
        path.push('/');
    }
    Ok((path, params))
}

fn response(u: &mut Unstructured<'_>, ctx: &Ctx) -> Result<Value> {
    if !ctx.responses.is_empty() && chance(u, 10)? {
        let r = pick_owned(u, &ctx.responses)?;
        return Ok(json!({ "$ref": pointer_ref("responses", &r) }));
    }
    let mut m = Map::new();
    m.insert("description".into(), json!(text(u)?));
    if chance(u, 65)? {
        m.insert("schema".into(), op_schema(u, ctx)?);
    }
    if chance(u, 5)? {
        m.insert("x-ms-error-response".into(), json!(true));
    }
    if chance(u, 10)? {
        m.insert("headers".into(), json!({ name(u)?: { "type": "string", "description": text(u)? } }));
    }
    Ok(Value::Object(m))
}

fn operation(u: &mut Unstructured<'_>, ctx: &Ctx, path_params: &[String], ids: &mut Vec<String>) -> Result<Value> {
    let mut m = Map::new();
    if !chance(u, 3)? {
        let mut id = match u.int_in_range(0u8..=9)? {
            0..=6 => format!("{}_{}", pick(u, NAMES)?, pick(u, &["Get", "List", "CreateOrUpdate", "Delete", "Update", "ListAll", "get", "list_by_x"])?),
            7 => format!("{}_{}", name(u)?, name(u)?),
            8 => name(u)?,
            _ => text(u)?,
        };
        if ids.contains(&id) && !chance(u, 5)? {
            id = format!("{id}{}", ids.len());
        }
        ids.push(id.clone());
        m.insert("operationId".into(), json!(id));
    }
    describe(u, &mut m)?;
    if chance(u, 10)? {
        m.insert("summary".into(), json!(text(u)?));
    }
    let mut params = Vec::new();
    for p in path_params {
        if !chance(u, 3)? {
            params.push(parameter(u, ctx, p, "path")?);
        }
    }
    let n = u.int_in_range(0usize..=3)?;
    for _ in 0..n {
        if !ctx.params.is_empty() && chance(u, 30)? {
            let p = pick_owned(u, &ctx.params)?;
            params.push(json!({ "$ref": pointer_ref("parameters", &p) }));
        } else {
            let loc = param_location(u)?;
            let wire = name(u)?;
            params.push(parameter(u, ctx, &wire, loc)?);
        }
    }
    m.insert("parameters".into(), Value::Array(params));
    let mut responses = Map::new();
    let n = u.int_in_range(1usize..=3)?;
    for _ in 0..n {
        let status = match u.int_in_range(0u8..=40)? {
            0..=13 => "200".to_owned(),
            14..=18 => "201".to_owned(),
            19..=23 => "202".to_owned(),
            24..=28 => "204".to_owned(),
            29..=35 => "default".to_owned(),
            36 | 37 => "404".to_owned(),
            38 => u.int_in_range(100u16..=599)?.to_string(),
            39 => "0200".to_owned(),
            _ => text(u)?,
        };
        responses.insert(status, response(u, ctx)?);
    }
    m.insert("responses".into(), Value::Object(responses));
    if chance(u, 20)? {
        m.insert("x-ms-long-running-operation".into(), json!(true));
        if chance(u, 50)? {
            let via = pick(u, &["azure-async-operation", "location", "original-uri", "operation-location", "x"])?;
            m.insert("x-ms-long-running-operation-options".into(), json!({ "final-state-via": via }));
        }
    }
    if chance(u, 20)? {
        let mut pg = Map::new();
        match u.int_in_range(0u8..=3)? {
            0 => {}
            1 => {
                pg.insert("nextLinkName".into(), Value::Null);
            }
            2 => {
                pg.insert("nextLinkName".into(), json!("nextLink"));
            }
            _ => {
                pg.insert("nextLinkName".into(), json!(name(u)?));
            }
        }
        if chance(u, 40)? {
            pg.insert("itemName".into(), json!(name(u)?));
        }
        m.insert("x-ms-pageable".into(), Value::Object(pg));
    }
    if chance(u, 5)? {
        m.insert("deprecated".into(), json!(true));
    }
    if chance(u, 5)? {
        m.insert("x-ms-examples".into(), json!({ text(u)?: { "$ref": "./examples/missing.json" } }));
    }
    Ok(Value::Object(m))
}

/// The whole document.
pub fn document(u: &mut Unstructured<'_>) -> Result<Value> {
    let ndefs = u.int_in_range(0usize..=6)?;
    let mut defs: Vec<String> = Vec::new();
    for _ in 0..ndefs {
        let n = name(u)?;
        // A repeated name would be one JSON key: "earlier" definitions would include itself.
        if !defs.contains(&n) {
            defs.push(n);
        }
    }
    let nparams = u.int_in_range(0usize..=2)?;
    let mut params = Vec::new();
    for _ in 0..nparams {
        params.push(name(u)?);
    }
    let responses = if chance(u, 10)? { vec![name(u)?] } else { Vec::new() };
    let mut ctx = Ctx { defs: defs.clone(), current: 0, params: params.clone(), responses: responses.clone() };

    let mut definitions = Map::new();
    for (i, d) in defs.iter().enumerate() {
        ctx.current = i;
        let s = if chance(u, 75)? {
            let mut o = object(u, &ctx, 0)?;
            describe(u, &mut o)?;
            Value::Object(o)
        } else {
            schema(u, &ctx, 0)?
        };
        definitions.insert(d.clone(), s);
    }
    let mut parameters = Map::new();
    for p in &params {
        let wire = if chance(u, 50)? { p.clone() } else { name(u)? };
        let loc = param_location(u)?;
        parameters.insert(p.clone(), parameter(u, &ctx, &wire, loc)?);
    }
    ctx.current = defs.len();
    let mut resp = Map::new();
    for r in &responses {
        let ctx2 = Ctx { defs: ctx.defs.clone(), current: ctx.defs.len(), params: Vec::new(), responses: Vec::new() };
        resp.insert(r.clone(), response(u, &ctx2)?);
    }
    let mut paths = Map::new();
    let mut ids = Vec::new();
    let npaths = u.int_in_range(0usize..=4)?;
    for _ in 0..npaths {
        let (template, pnames) = path_template(u)?;
        let mut item = Map::new();
        let nops = u.int_in_range(1usize..=3)?;
        for _ in 0..nops {
            let method = pick(u, &["get", "get", "put", "put", "post", "delete", "patch", "head", "options"])?;
            item.insert(method.into(), operation(u, &ctx, &pnames, &mut ids)?);
        }
        if chance(u, 10)? {
            let wire = name(u)?;
            item.insert("parameters".into(), json!([parameter(u, &ctx, &wire, "query")?]));
        }
        paths.insert(template, Value::Object(item));
    }

    let mut doc = Map::new();
    doc.insert("swagger".into(), json!(if !chance(u, 1)? { "2.0" } else { "3.0" }));
    let mut info = Map::new();
    info.insert("title".into(), json!(text(u)?));
    info.insert("version".into(), json!(if chance(u, 60)? { "2021-08-01".to_owned() } else { text(u)? }));
    if chance(u, 50)? {
        info.insert("description".into(), json!(text(u)?));
    }
    doc.insert("info".into(), Value::Object(info));
    if chance(u, 30)? {
        doc.insert("host".into(), json!(if chance(u, 50)? { "management.azure.com".to_owned() } else { text(u)? }));
        if chance(u, 30)? {
            doc.insert("basePath".into(), json!(text(u)?));
        }
        if chance(u, 30)? {
            doc.insert("schemes".into(), json!([pick(u, &["https", "http", "wss", "\""])?]));
        }
    }
    doc.insert("paths".into(), Value::Object(paths));
    doc.insert("definitions".into(), Value::Object(definitions));
    if !parameters.is_empty() {
        doc.insert("parameters".into(), Value::Object(parameters));
    }
    if !resp.is_empty() {
        doc.insert("responses".into(), Value::Object(resp));
    }
    Ok(Value::Object(doc))
}
