//! Request and response bodies: `null` items (`nullable_items`), binary bodies, content types,
//! constants, polymorphic types with subtypes, and the `User-Agent` header parameter. Each test
//! generates from a small fixture in `tests/fixtures/bodies/` and checks the model's decision and
//! the code printed from it.

use codegen::model::{Model, TypeKind, TypeRef};
use codegen::Generator;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bodies")
}

fn model(g: Generator) -> Model {
    match g.model() {
        Ok((m, _)) => m,
        Err(e) => panic!("model failed:\n{e}"),
    }
}

/// The single-file output (models and clients in one text).
fn code(g: Generator) -> String {
    match g.crate_name("t").single_file(true).generate() {
        Ok(g) => g.files.into_iter().map(|(_, text)| text).collect::<Vec<_>>().join("\n"),
        Err(e) => panic!("generate failed:\n{e}"),
    }
}

/// The type of field `wire` of the struct named `name`.
#[track_caller]
fn field(m: &Model, name: &str, wire: &str) -> TypeRef {
    let t = m.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}"));
    let TypeKind::Struct(s) = &t.kind else { panic!("{name} is not a struct") };
    s.fields.iter().find(|f| f.wire == wire).map(|f| f.ty.clone()).unwrap_or_else(|| panic!("no field {wire}"))
}

fn opt(t: TypeRef) -> Box<TypeRef> {
    Box::new(TypeRef::Nullable(Box::new(t)))
}

#[test]
fn items_are_options_only_where_declared_by_default() {
    let m = model(Generator::new(root(), ["items.json"]));
    assert_eq!(field(&m, "Lists", "flags"), TypeRef::Vec(Box::new(TypeRef::Bool)));
    assert_eq!(field(&m, "Lists", "names"), TypeRef::Map(Box::new(TypeRef::String)));
    assert_eq!(field(&m, "Lists", "declared"), TypeRef::Vec(opt(TypeRef::I64)));
}

#[test]
fn nullable_items_makes_every_item_and_map_value_an_option() {
    let g = || Generator::new(root(), ["items.json"]).nullable_items(true);
    let m = model(g());
    assert_eq!(field(&m, "Lists", "flags"), TypeRef::Vec(opt(TypeRef::Bool)));
    assert_eq!(field(&m, "Lists", "names"), TypeRef::Map(opt(TypeRef::String)));
    // Already `Option` where declared: not `Option<Option<_>>`.
    assert_eq!(field(&m, "Lists", "declared"), TypeRef::Vec(opt(TypeRef::I64)));
    let op = m.operations.iter().find(|o| o.id == "Lists_Flags").expect("Lists_Flags");
    assert_eq!(op.responses[0].ty, Some(TypeRef::Vec(opt(TypeRef::Bool))));
    let text = code(g());
    assert!(text.contains("pub flags: Option<Vec<Option<bool>>>"), "{text}");
    assert!(text.contains("pub names: Option<std::collections::BTreeMap<String, Option<String>>>"), "{text}");
    assert!(text.contains("Response<Vec<Option<bool>>>"), "{text}");
}
