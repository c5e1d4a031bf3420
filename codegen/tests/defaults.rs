//! `Default` is a promise that every required property has a value the spec chose: a struct has
//! one only when no required property lacks a spec `default`, and it uses those defaults (not
//! `0` or `""`). Checked on the model, on the emitted code, and by compiling it: filling a
//! required property with `..Default::default()` must not compile.

mod common;

use codegen::model::{DefaultValue, Model, Struct, TypeKind};
use codegen::Generator;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good")
}

fn model() -> Model {
    Generator::new(fixtures(), ["defaults.json"]).model().expect("defaults.json resolves").0
}

fn structure<'m>(model: &'m Model, name: &str) -> &'m Struct {
    match model.types.iter().find(|t| t.name == name).map(|t| &t.kind) {
        Some(TypeKind::Struct(s)) => s,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

fn single_file() -> String {
    let g = Generator::new(fixtures(), ["defaults.json"]).crate_name("defaults").single_file(true).generate();
    let g = g.expect("defaults.json generates");
    g.files.into_iter().next().expect("one file").1
}

#[test]
fn only_structs_whose_required_fields_all_have_spec_defaults_have_default() {
    let m = model();
    assert!(!structure(&m, "Window").default, "Window's required fields have no spec default");
    assert!(!structure(&m, "Stamped").default, "a date-time default is no Rust constant");
    assert!(structure(&m, "Sizing").default);
    assert!(structure(&m, "Loose").default);
    let sizing = structure(&m, "Sizing");
    let default_of = |wire: &str| sizing.fields.iter().find(|f| f.wire == wire).and_then(|f| f.default.clone());
    assert_eq!(default_of("size"), Some(DefaultValue::I32(5)));
    assert_eq!(default_of("ratio"), Some(DefaultValue::F64(0.5)));
    assert_eq!(default_of("tags"), Some(DefaultValue::EmptyVec));
    assert_eq!(default_of("label"), Some(DefaultValue::String("none".into())));
    assert!(matches!(default_of("mode"), Some(DefaultValue::Variant(_, v)) if v == "Slow"));
    // Optional: kept for the docs, the field stays `None` (the service applies it).
    assert_eq!(default_of("retries"), Some(DefaultValue::I64(3)));
}

#[test]
fn the_emitted_default_uses_the_spec_values_and_documents_the_services() {
    let text = single_file();
    let compact: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(compact.contains("impl ::std::default::Default for Sizing"), "no hand-written Default for Sizing:\n{text}");
    for expected in [
        "size: 5i32,",
        "mode: Mode::Slow,",
        "ratio: 0.5f64,",
        "tags: ::std::vec::Vec::new(),",
        "label: Some(::std::string::String::from(\"none\")),",
        "retries: None,",
    ] {
        assert!(compact.contains(expected), "Sizing's Default lacks `{expected}`:\n{text}");
    }
    assert!(compact.contains("When absent, the service assumes `3`."), "the optional default is not documented");
    for name in ["Window", "Stamped"] {
        assert!(!compact.contains(&format!("Default for {name}")), "{name} has a Default:\n{text}");
        let derive = text
            .lines()
            .zip(text.lines().skip(1))
            .find(|(_, next)| next.trim() == format!("pub struct {name} {{"))
            .map(|(d, _)| d.to_owned())
            .unwrap_or_default();
        assert!(!derive.contains("Default"), "{name} derives Default: {derive}");
    }
}

/// A struct literal that leaves a required field to `..Default::default()`, and one that leaves
/// it out, do not compile; the spec's defaults do.
#[test]
fn required_fields_cannot_be_filled_by_default() {
    let modules = [("defaults".to_owned(), single_file())];
    let ok = "pub fn ok() -> defaults::models::Sizing { defaults::models::Sizing { size: 1, ..Default::default() } }\n";
    common::check_single_files("defaults_ok", &modules, ok).unwrap_or_else(|e| panic!("Sizing's Default:\n{e}"));
    let cases = [
        ("filled", "defaults::models::Window { label: String::new(), ..Default::default() }", "E0277"),
        ("literal", "defaults::models::Window { label: String::new(), comment: None }", "E0063"),
    ];
    for (name, expr, code) in cases {
        let extra = format!("pub fn bad() -> defaults::models::Window {{ {expr} }}\n");
        match common::check_single_files(&format!("defaults_{name}"), &modules, &extra) {
            Ok(()) => panic!("`{expr}` compiles: a required field got a value the spec never gave"),
            Err(stderr) => assert!(stderr.contains(code), "`{expr}` fails, but not with {code}:\n{stderr}"),
        }
    }
}
