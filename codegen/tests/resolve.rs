//! `$ref` resolution through the library: cross-file refs, escaped pointers, shared parameters
//! and responses, same-named definitions, lazy loading, and the real ExpressRoute spec.

use codegen::model::{Model, TypeDef, TypeId, TypeKind, TypeRef};
use codegen::Generator;
use std::path::{Path, PathBuf};

mod common;

const NETWORK: &str = "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01";

fn fixtures(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/refs").join(rel)
}

fn model(root: impl Into<PathBuf>, input: &str) -> (Model, Vec<String>) {
    match Generator::new(root, [input]).model() {
        Ok(m) => m,
        Err(e) => panic!("model for {input} failed:\n{e}"),
    }
}

/// The one type whose origin is `pointer` in a file whose path ends with `file`.
#[track_caller]
fn at<'m>(m: &'m Model, file: &str, pointer: &str) -> &'m TypeDef {
    let found: Vec<&TypeDef> =
        m.types.iter().filter(|t| t.origin.file.ends_with(file) && t.origin.pointer == pointer).collect();
    assert_eq!(found.len(), 1, "types at {file}#{pointer}: {found:#?}\nall: {:#?}", names(m));
    found[0]
}

fn names(m: &Model) -> Vec<(String, String, String)> {
    m.types.iter().map(|t| (t.name.clone(), t.origin.file.clone(), t.origin.pointer.clone())).collect()
}

/// The type of a struct field, by wire name.
#[track_caller]
fn field<'m>(t: &'m TypeDef, wire: &str) -> &'m TypeRef {
    let TypeKind::Struct(s) = &t.kind else { panic!("{} is not a struct: {:?}", t.name, t.kind) };
    match s.fields.iter().find(|f| f.wire == wire) {
        Some(f) => &f.ty,
        None => panic!("{} has no field {wire}: {:?}", t.name, s.fields.iter().map(|f| &f.wire).collect::<Vec<_>>()),
    }
}

#[track_caller]
fn named(ty: &TypeRef) -> TypeId {
    match ty {
        TypeRef::Named(id) => *id,
        other => panic!("expected a named type, got {other:?}"),
    }
}

fn assert_unique_names(m: &Model) {
    let mut seen = std::collections::BTreeSet::new();
    for t in &m.types {
        assert!(seen.insert(&t.name), "type name {} used twice: {:#?}", t.name, names(m));
    }
}

#[test]
fn cross_file_refs_there_and_back() {
    let (m, read) = model(fixtures("cross"), "a.json");
    assert_eq!(read, ["a.json", "sub/b.json"]);
    assert_eq!(m.files, read);
    let top = at(&m, "a.json", "/definitions/Top");
    let x = at(&m, "sub/b.json", "/definitions/X");
    let y = at(&m, "/cross/a.json", "/definitions/Y");
    assert_eq!(named(field(top, "x")), x.id);
    // The ref back from sub/b.json lands on a.json's Y itself, not a copy.
    assert_eq!(named(field(x, "y")), y.id);
    assert_eq!(m.types.len(), 3, "{:#?}", names(&m));
    assert!(matches!(field(y, "name"), TypeRef::String));
    assert_unique_names(&m);
}

#[test]
fn escaped_and_percent_encoded_pointers() {
    let (m, read) = model(fixtures("escaped"), "spec.json");
    assert_eq!(read, ["spec.json"]);
    let user = at(&m, "spec.json", "/definitions/User");
    // (property, definition name as written, its property)
    let cases =
        [("slash", "a/b", "p1"), ("tilde", "c~d", "p2"), ("space", "with space", "p3"), ("order", "x~1y", "p4")];
    for (prop, def, inner) in cases {
        let id = named(field(user, prop));
        let t = m.get(id).unwrap();
        assert_eq!(t.origin.pointer, codegen::spec::pointer::join("/definitions", &[def]), "{prop}");
        assert!(matches!(field(t, inner), TypeRef::String), "{prop} landed on the wrong definition: {t:#?}");
    }
    // Each definition once: the refs found the definitions, they did not make copies.
    assert_eq!(m.types.len(), 5, "{:#?}", names(&m));
    assert_unique_names(&m);
}

#[test]
fn parameters_and_responses_from_another_file() {
    let (m, read) = model(fixtures("params"), "api.json");
    assert_eq!(read, ["api.json", "common.json"]);
    assert_eq!(m.operations.len(), 1);
    let op = &m.operations[0];
    assert_eq!(op.id, "Widgets_CreateOrUpdate");
    let client: Vec<&str> = m.client_params.iter().map(|p| p.wire.as_str()).collect();
    assert!(client.contains(&"subscriptionId") && client.contains(&"api-version"), "client params: {client:?}");
    assert!(op.client_params.iter().any(|p| p == "subscriptionId"), "{:?}", op.client_params);
    assert!(op.client_params.iter().any(|p| p == "api-version"), "{:?}", op.client_params);
    let sub = m.client_params.iter().find(|p| p.wire == "subscriptionId").unwrap();
    assert_eq!(sub.docs.as_deref(), Some("The subscription."));
    assert!(op.params.iter().any(|p| p.wire == "widgetName"), "{:?}", op.params);

    let payload = at(&m, "common.json", "/definitions/Payload");
    let error = at(&m, "common.json", "/definitions/ErrorBody");
    let body = op.body.as_ref().expect("body from the shared body parameter");
    assert_eq!(body.wire, "payload");
    assert_eq!(named(&body.ty), payload.id);
    assert_eq!(op.responses.len(), 1);
    assert_eq!(op.responses[0].status, 200);
    assert_eq!(op.responses[0].docs.as_deref(), Some("The stored payload."));
    assert_eq!(named(op.responses[0].ty.as_ref().expect("200 body")), payload.id);
    assert_eq!(named(op.error.as_ref().expect("default response body")), error.id);
    assert_unique_names(&m);
}

#[test]
fn same_named_definitions_in_two_files() {
    let (m, read) = model(fixtures("same-name"), "a.json");
    assert_eq!(read, ["a.json", "other.json"]);
    assert_unique_names(&m);
    let user = at(&m, "a.json", "/definitions/User");

    // Different content: two types, two names, each field pointing at its own.
    let local = at(&m, "same-name/a.json", "/definitions/Thing");
    let remote = at(&m, "other.json", "/definitions/Thing");
    assert_ne!(local.id, remote.id);
    assert_ne!(local.name, remote.name);
    assert_eq!(local.name, "Thing", "the input's own definition keeps the plain name");
    assert_eq!(named(field(user, "local")), local.id);
    assert_eq!(named(field(user, "remote")), remote.id);
    assert!(matches!(field(local, "a"), TypeRef::String));
    assert!(matches!(field(remote, "b"), TypeRef::I64));

    // Identical content: one type, under the plain name.
    let local_twin = named(field(user, "localTwin"));
    assert_eq!(named(field(user, "remoteTwin")), local_twin);
    assert_eq!(m.name(local_twin), Some("Twin"));
    assert!(matches!(field(m.get(local_twin).unwrap(), "same"), TypeRef::String));
}

#[test]
fn naming_is_deterministic_across_runs() {
    let first = names(&model(fixtures("same-name"), "a.json").0);
    for _ in 0..5 {
        assert_eq!(names(&model(fixtures("same-name"), "a.json").0), first);
    }
    // And with the input order of the referencing files reversed, the inputs' names still win.
    let (m, _) = match Generator::new(fixtures("same-name"), ["other.json", "a.json"]).model() {
        Ok(m) => m,
        Err(e) => panic!("{e}"),
    };
    assert_unique_names(&m);
    let again = match Generator::new(fixtures("same-name"), ["other.json", "a.json"]).model() {
        Ok(m) => names(&m.0),
        Err(e) => panic!("{e}"),
    };
    assert_eq!(names(&m), again);
}

#[test]
fn unreached_definitions_are_not_followed() {
    let (m, read) = model(fixtures("lazy"), "a.json");
    // b.json's `Unused` refers to missing.json and c.json (which refers to another missing
    // file); nobody reaches `Unused`, so none of them is read.
    assert_eq!(read, ["a.json", "b.json"]);
    assert!(!read.iter().any(|p| p.contains("missing") || p == "c.json"));
    let top = at(&m, "a.json", "/definitions/Top");
    let used = at(&m, "b.json", "/definitions/Used");
    assert_eq!(named(field(top, "used")), used.id);
    assert!(!m.types.iter().any(|t| t.origin.pointer == "/definitions/Unused"), "{:#?}", names(&m));
    // The whole pipeline is fine with it too.
    let g = match Generator::new(fixtures("lazy"), ["a.json"]).generate() {
        Ok(g) => g,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(g.inputs_read, ["a.json", "b.json"]);
    assert!(g.files.iter().any(|(p, _)| p.ends_with("models.rs")));
}

#[test]
fn express_route_reads_exactly_three_files() {
    let mirror = common::mirror();
    let input = format!("{NETWORK}/expressRouteCircuit.json");
    let (m, read) = model(&mirror, &input);
    let expected: Vec<String> = ["expressRouteCircuit.json", "network.json", "virtualWan.json"]
        .iter()
        .map(|f| format!("{NETWORK}/{f}"))
        .collect();
    let mut sorted = read.clone();
    sorted.sort();
    assert_eq!(sorted, expected, "files read");
    assert_eq!(read[0], expected[0], "the input is read first");
    assert_eq!(m.operations.len(), 26);
    assert_unique_names(&m);
    // Only virtualWan.json's ExpressRouteConnectionId is used from it.
    let from_wan: Vec<&str> = m
        .types
        .iter()
        .filter(|t| t.origin.file.ends_with("virtualWan.json"))
        .map(|t| t.origin.pointer.as_str())
        .collect();
    assert_eq!(from_wan, ["/definitions/ExpressRouteConnectionId"]);
    // Deterministic.
    let (again, read_again) = model(&mirror, &input);
    assert_eq!(read_again, read);
    assert_eq!(names(&again), names(&m));
}

/// Long `$ref` chains between definitions must resolve in about linear time.
#[test]
fn long_ref_chains_resolve_quickly() {
    let tmp = tempfile::tempdir().unwrap();
    let n = 3_000;
    let alias: Vec<String> = (0..n)
        .map(|i| {
            if i + 1 < n {
                format!(r##""D{i}":{{"$ref":"#/definitions/D{}"}}"##, i + 1)
            } else {
                format!(r#""D{i}":{{"type":"string"}}"#)
            }
        })
        .collect();
    let fields: Vec<String> = (0..n)
        .map(|i| {
            if i + 1 < n {
                format!(r##""S{i}":{{"type":"object","properties":{{"next":{{"$ref":"#/definitions/S{}"}}}}}}"##, i + 1)
            } else {
                format!(r#""S{i}":{{"type":"object","properties":{{"leaf":{{"type":"string"}}}}}}"#)
            }
        })
        .collect();
    let mut failures = Vec::new();
    for (name, defs) in [("alias.json", alias), ("fields.json", fields)] {
        let spec = format!(
            r#"{{"swagger":"2.0","info":{{"title":"chain","version":"1"}},"paths":{{}},"definitions":{{{}}}}}"#,
            defs.join(",")
        );
        std::fs::write(tmp.path().join(name), spec).unwrap();
        let root = tmp.path().to_path_buf();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let r = Generator::new(root, [name]).model().map(|(m, _)| m.types.len()).map_err(|e| e.to_string());
            let _ = tx.send(r);
        });
        // A timed-out thread is left running; the test binary ends it when it exits.
        match rx.recv_timeout(std::time::Duration::from_secs(10)) {
            Ok(Ok(count)) if count == n => {}
            Ok(Ok(count)) => failures.push(format!("{name}: {count} types, expected {n}")),
            Ok(Err(e)) if e.contains(name) => {}
            Ok(Err(e)) => failures.push(format!("{name}: error that does not name the file: {e}")),
            Err(_) => failures.push(format!("{name}: resolving a {n}-long chain took more than 10 s")),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Referenced files are parsed entry by entry: a broken definition nothing uses does not stop
/// generation, and a broken one that is used is reported in its own file, with pointer and position.
#[test]
fn referenced_files_are_parsed_lazily_and_their_errors_located() {
    let tmp = tempfile::tempdir().unwrap();
    let input = r##"{
  "swagger": "2.0",
  "info": { "title": "t", "version": "1" },
  "paths": {},
  "definitions": {
    "Uses": { "type": "object", "properties": { "good": { "$ref": "other.json#/definitions/Good" } } }
  }
}"##;
    let other = r##"{
  "swagger": "2.0",
  "info": { "title": "o", "version": "1" },
  "paths": { "/x": { "get": { "responses": 7 } } },
  "definitions": {
    "Good": { "type": "object", "properties": { "n": { "type": "integer" } } },
    "Broken": {
      "type": "object",
      "required": "not-a-list"
    }
  }
}"##;
    std::fs::write(tmp.path().join("in.json"), input).unwrap();
    std::fs::write(tmp.path().join("other.json"), other).unwrap();
    let (m, _) = model(tmp.path(), "in.json");
    assert!(m.types.iter().any(|t| t.name == "Good"), "{:#?}", names(&m));

    // Now use the broken one.
    std::fs::write(tmp.path().join("in.json"), input.replace("#/definitions/Good", "#/definitions/Broken")).unwrap();
    let err = Generator::new(tmp.path(), ["in.json"]).model().map(|_| ()).unwrap_err().to_string();
    assert!(err.contains("other.json"), "{err}");
    assert!(err.contains("/definitions/Broken/required"), "{err}");
    // `"required": "not-a-list"` is on line 9 of other.json; the error points into that line.
    assert!(err.contains("other.json:9:"), "{err}");
}

/// Input files are parsed whole when loaded: a broken definition is an error even if unused, and
/// it is placed by line and column.
#[test]
fn input_files_are_parsed_whole_with_positions() {
    let tmp = tempfile::tempdir().unwrap();
    let input = r##"{
  "swagger": "2.0",
  "info": { "title": "t", "version": "1" },
  "paths": {},
  "definitions": {
    "Fine": { "type": "object" },
    "Unused": { "type": "object", "properties": { "x": { "type": "string", "enum": 5 } } }
  }
}"##;
    std::fs::write(tmp.path().join("in.json"), input).unwrap();
    let err = Generator::new(tmp.path(), ["in.json"]).model().map(|_| ()).unwrap_err().to_string();
    assert!(err.contains("in.json:7:"), "{err}");
    assert!(err.contains("/definitions/Unused/properties/x/enum"), "{err}");
}

/// A lazily parsed entry whose name needs escaping is reported under its escaped pointer, and a
/// `$ref` into a broken `paths` entry of a referenced file is an error there, not a panic.
#[test]
fn lazy_entry_errors_escape_names_and_cover_paths() {
    let tmp = tempfile::tempdir().unwrap();
    let input = r##"{
  "swagger": "2.0",
  "info": { "title": "t", "version": "1" },
  "paths": {},
  "definitions": {
    "A": { "type": "object", "properties": { "b": { "$ref": "other.json#/definitions/a~1b" } } },
    "C": { "type": "object", "properties": { "p": { "$ref": "other.json#/paths/~1x/get/parameters/0/schema" } } }
  }
}"##;
    let other = r##"{
  "swagger": "2.0",
  "info": { "title": "o", "version": "1" },
  "paths": { "/x": { "get": { "parameters": [ { "name": "q", "in": "body", "schema": { "type": 5 } } ] } } },
  "definitions": { "a/b": { "type": "object", "properties": [] } }
}"##;
    std::fs::write(tmp.path().join("in.json"), input).unwrap();
    std::fs::write(tmp.path().join("other.json"), other).unwrap();
    let err = Generator::new(tmp.path(), ["in.json"]).model().map(|_| ()).unwrap_err().to_string();
    assert!(err.contains("/definitions/a~1b/properties"), "{err}");
    assert!(err.contains("/paths/~1x"), "{err}");
}

/// Union kinds are looked for among reachable definitions only: a referenced file's unused,
/// broken definition is not parsed for it (lazy parsing holds) and is not fatal, and a kind the
/// input refers to is found there.
#[test]
fn union_kinds_come_from_reachable_definitions_only() {
    let tmp = tempfile::tempdir().unwrap();
    let input = r##"{
  "swagger": "2.0",
  "info": { "title": "t", "version": "1" },
  "paths": {},
  "definitions": {
    "Zoo": { "type": "object", "properties": {
      "pet": { "$ref": "other.json#/definitions/Pet" },
      "cat": { "$ref": "other.json#/definitions/Cat" } } }
  }
}"##;
    let other = r##"{
  "swagger": "2.0",
  "info": { "title": "o", "version": "1" },
  "paths": {},
  "definitions": {
    "Pet": { "type": "object", "discriminator": "kind", "required": ["kind"],
             "properties": { "kind": { "type": "string" } } },
    "Cat": { "type": "object", "allOf": [ { "$ref": "#/definitions/Pet" } ], "x-ms-discriminator-value": "cat",
             "properties": { "lives": { "type": "integer" } } },
    "Unrelated": { "type": "object", "required": "not-a-list" }
  }
}"##;
    std::fs::write(tmp.path().join("in.json"), input).unwrap();
    std::fs::write(tmp.path().join("other.json"), other).unwrap();
    let (m, _) = match Generator::new(tmp.path(), ["in.json"]).model() {
        Ok(m) => m,
        Err(e) => panic!("an unused broken definition of a referenced file is fatal: {e}"),
    };
    let pet = at(&m, "other.json", "/definitions/Pet");
    let cat = at(&m, "other.json", "/definitions/Cat");
    match &pet.kind {
        TypeKind::Union(u) => {
            let kinds: Vec<(&str, TypeId)> = u.variants.iter().map(|v| (v.value.as_str(), v.ty)).collect();
            assert_eq!(kinds, [("cat", cat.id)]);
        }
        other => panic!("Pet is not a union: {other:?}"),
    }
    assert!(!m.types.iter().any(|t| t.origin.pointer == "/definitions/Unrelated"));
}
