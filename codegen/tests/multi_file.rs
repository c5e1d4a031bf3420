//! Crates made from several files: inputs from different roots, operations that keep their file's
//! API version, definitions that several files share (one type when identical, distinct and
//! deterministic names when not), and Swagger 2.0 array parameters whose items are enums.

use codegen::model::{Model, TypeDef, TypeKind, TypeRef};
use codegen::Generator;
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

fn fixtures(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

fn load(g: Generator) -> Model {
    match g.model() {
        Ok((m, _)) => m,
        Err(e) => panic!("model failed:\n{e}"),
    }
}

fn multi(order: [&str; 2]) -> Model {
    load(Generator::new(fixtures("multi"), order))
}

/// Every type whose origin is `pointer`, in any file.
fn types_at<'m>(m: &'m Model, pointer: &str) -> Vec<&'m TypeDef> {
    m.types.iter().filter(|t| t.origin.pointer == pointer).collect()
}

#[track_caller]
fn field<'m>(m: &'m Model, t: &TypeDef, wire: &str) -> &'m TypeRef {
    let TypeKind::Struct(s) = &m.get(t.id).unwrap().kind else { panic!("{} is not a struct", t.name) };
    &s.fields.iter().find(|f| f.wire == wire).unwrap_or_else(|| panic!("{} has no field {wire}", t.name)).ty
}

#[track_caller]
fn by_name<'m>(m: &'m Model, name: &str) -> &'m TypeDef {
    let names: Vec<&str> = m.types.iter().map(|t| t.name.as_str()).collect();
    m.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}; types: {names:?}"))
}

fn holder_field(m: &Model, group: &str, wire: &str) -> TypeRef {
    let op = m.operations.iter().find(|o| o.group == group).unwrap_or_else(|| panic!("no group {group}"));
    let Some(TypeRef::Named(holder)) = op.responses.first().and_then(|r| r.ty.clone()) else { panic!("no body") };
    field(m, m.get(holder).unwrap(), wire).clone()
}

#[test]
fn identical_definitions_of_several_files_are_one_type() {
    let m = multi(["v1.json", "v2.json"]);
    let names: Vec<&str> = m.types.iter().map(|t| t.name.as_str()).collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "a name used twice: {names:?}");
    // Resource (through its same-file refs Sku and Tier), and the self-recursive Node: one each,
    // used by both files' operations.
    for (name, wire) in [("Resource", "resource"), ("Node", "node")] {
        assert_eq!(types_at(&m, &format!("/definitions/{name}")).len(), 1, "{name}: {names:?}");
        let v1 = holder_field(&m, "HoldersV1", wire);
        assert_eq!(v1, holder_field(&m, "HoldersV2", wire), "{name} differs between the files");
        assert_eq!(
            m.name(match v1 {
                TypeRef::Named(id) => id,
                _ => panic!(),
            }),
            Some(name)
        );
    }
    for name in ["Sku", "Tier"] {
        assert_eq!(types_at(&m, &format!("/definitions/{name}")).len(), 1, "{name}: {names:?}");
    }
}

#[test]
fn different_definitions_of_the_same_name_stay_apart_under_distinct_names() {
    let m = multi(["v1.json", "v2.json"]);
    // Widget gained a property, ErrorDetail only changed its description: two types each, the
    // first input's keeping the plain name, the other prefixed with its file's name.
    for (name, wire, other) in [("Widget", "widget", "V2Widget"), ("ErrorDetail", "error", "V2ErrorDetail")] {
        let v1 = holder_field(&m, "HoldersV1", wire);
        let v2 = holder_field(&m, "HoldersV2", wire);
        assert_ne!(v1, v2, "{name} was merged");
        let (TypeRef::Named(a), TypeRef::Named(b)) = (v1, v2) else { panic!("{name} not named") };
        assert_eq!((m.name(a), m.name(b)), (Some(name), Some(other)));
    }
    assert!(matches!(field(&m, by_name(&m, "V2Widget"), "color"), TypeRef::String));
    // Nothing dropped: both Holders exist too.
    assert_eq!(types_at(&m, "/definitions/Holder").len(), 2);
}

#[test]
fn a_shared_union_has_every_files_kinds_once() {
    let m = multi(["v1.json", "v2.json"]);
    assert_eq!(types_at(&m, "/definitions/Shape").len(), 1);
    let TypeKind::Union(u) = &by_name(&m, "Shape").kind else { panic!("Shape is not a union") };
    let values: Vec<&str> = u.variants.iter().map(|v| v.value.as_str()).collect();
    assert_eq!(values, ["round", "square"], "kinds: {:?}", u.variants);
}

#[test]
fn shared_type_names_are_deterministic_in_either_input_order() {
    let names = |m: &Model| m.types.iter().map(|t| (t.name.clone(), t.origin.clone())).collect::<Vec<_>>();
    let first = names(&multi(["v1.json", "v2.json"]));
    assert_eq!(names(&multi(["v1.json", "v2.json"])), first);
    let reversed = multi(["v2.json", "v1.json"]);
    assert_eq!(names(&multi(["v2.json", "v1.json"])), names(&reversed));
    // Reversed, v2's definitions come first and keep the plain names.
    let TypeRef::Named(w) = holder_field(&reversed, "HoldersV2", "widget") else { panic!() };
    assert_eq!(reversed.name(w), Some("Widget"));
    let TypeRef::Named(w) = holder_field(&reversed, "HoldersV1", "widget") else { panic!() };
    assert_eq!(reversed.name(w), Some("V1Widget"));
}

#[test]
fn operations_keep_the_api_version_of_their_file() {
    let m = multi(["v1.json", "v2.json"]);
    let version = |group: &str| m.operations.iter().find(|o| o.group == group).and_then(|o| o.api_version.clone());
    assert_eq!(version("HoldersV1").as_deref(), Some("2020-01-01"));
    assert_eq!(version("HoldersV2").as_deref(), Some("2021-06-01"));
    assert_eq!(m.api_version.as_deref(), Some("2020-01-01"), "the crate's own is the first input's");
}

#[test]
fn inputs_from_different_roots_resolve_against_their_own() {
    let (one, two) = (fixtures("roots/one"), fixtures("roots/two"));
    let m = load(Generator::from_inputs([(one.clone(), "api.json".into()), (two.clone(), "api.json".into())]));
    let ids: Vec<&str> = m.operations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["RootOne_Get", "RootTwo_Get"]);
    // Each api.json found the common.json beside it.
    assert!(matches!(field(&m, by_name(&m, "CommonOne"), "fromOne"), TypeRef::String));
    assert!(matches!(field(&m, by_name(&m, "CommonTwo"), "fromTwo"), TypeRef::Bool));
    // And stays confined to its root: `../one/common.json` from two/ leaves it.
    let err = Generator::from_inputs([(one, "api.json".into()), (two, "escape.json".into())]).model().unwrap_err();
    assert!(err.to_string().contains("leaves the spec root"), "{err}");
}

/// The command line: a mirror file and a fixture (two roots) in one crate.
#[test]
fn cli_inputs_from_a_checkout_and_another_folder() {
    let network = common::mirror()
        .join("specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/expressRouteCircuit.json");
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let run = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .args(["generate", "--input"])
        .arg(&network)
        .arg(fixtures("roots/two/api.json"))
        .arg("--out")
        .arg(&out)
        .env_remove("AZURE_REST_API_SPECS")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    let ops = std::fs::read_to_string(out.join("src/clients.rs")).unwrap();
    assert!(ops.contains("fn get") && ops.contains("RootTwo"), "RootTwo_Get missing");
    assert!(std::fs::read_to_string(out.join("src/models.rs")).unwrap().contains("pub struct CommonTwo"));
}

#[test]
fn array_parameter_items_may_be_enums() {
    let m = load(Generator::new(fixtures("good"), ["array-enum-parameter.json"]));
    let op = m.operations.iter().find(|o| o.id == "Widgets_List").expect("Widgets_List");
    let param = |wire: &str| op.params.iter().find(|p| p.wire == wire).map(|p| p.ty.clone()).expect(wire);
    let TypeRef::Vec(item) = param("$select") else { panic!("$select is not an array") };
    let TypeRef::Named(id) = *item else { panic!("$select items are not a named enum") };
    let TypeKind::Enum(e) = &m.get(id).unwrap().kind else { panic!("not an enum") };
    assert_eq!(m.name(id), Some("WidgetField"));
    assert!(!e.open, "modelAsString: false");
    assert_eq!(e.variants.iter().map(|v| v.value.as_str()).collect::<Vec<_>>(), ["name", "size"]);
    // A shared (`$ref`'d) parameter, an array of arrays of an enum.
    let TypeRef::Vec(outer) = param("kinds") else { panic!("kinds is not an array") };
    let TypeRef::Vec(inner) = *outer else { panic!("kinds items are not arrays") };
    let TypeRef::Named(kind) = *inner else { panic!("kinds items' items are not named") };
    assert_eq!(m.name(kind), Some("WidgetKind"));
    assert!(matches!(&m.get(kind).unwrap().kind, TypeKind::Enum(e) if e.open));
    // And the crate generates.
    let g = Generator::new(fixtures("good"), ["array-enum-parameter.json"]).generate().unwrap();
    assert!(g.files.iter().any(|(_, text)| text.contains("pub enum WidgetField")));
}
