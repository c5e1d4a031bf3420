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
    assert!(text.contains("pub flags: ::std::option::Option<::std::vec::Vec<::std::option::Option<bool>>>"), "{text}");
    let names = "pub names: ::std::option::Option<::std::collections::BTreeMap<::std::string::String, ::std::option::Option<::std::string::String>>>";
    assert!(flat(&text).contains(&flat(names)), "{text}");
    assert!(
        flat(&text).contains(&flat("::azure_core::http::Response<::std::vec::Vec<::std::option::Option<bool>>>")),
        "{text}"
    );
}

fn op<'m>(m: &'m Model, id: &str) -> &'m codegen::model::Operation {
    m.operations.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("no operation {id}"))
}

/// The text of the generated method `name`, up to the next public item.
#[track_caller]
fn method<'t>(text: &'t str, name: &str) -> &'t str {
    let start = text.find(&format!("pub async fn {name}(")).unwrap_or_else(|| panic!("no method {name}:\n{text}"));
    let rest = &text[start..];
    let end = rest[1..].find(" pub ").map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

#[test]
fn binary_bodies_and_responses_are_bytes() {
    use codegen::model::media::Encoding;
    let g = || Generator::new(root(), ["media.json"]);
    let m = model(g());
    let upload = op(&m, "Files_Upload").body.as_ref().expect("a body");
    assert_eq!(upload.ty, TypeRef::Binary);
    let types: Vec<_> = upload.media.types.iter().map(|t| (t.content_type.as_str(), t.encoding)).collect();
    assert_eq!(types, vec![("application/octet-stream", Encoding::Binary)]);
    assert_eq!(op(&m, "Files_Download").responses[0].ty, Some(TypeRef::Binary));
    let text = code(g());
    let upload = method(&text, "upload");
    assert!(upload.contains("body: ::azure_core::http::RequestContent<::azure_core::Bytes>"), "{upload}");
    assert!(upload.contains(r#"request.insert_header("content-type", "application/octet-stream");"#), "{upload}");
    assert!(upload.contains("request.set_body(body);"), "{upload}");
    let download = method(&text, "download");
    assert!(download.contains("::azure_core::Result<::azure_core::http::AsyncResponse>"), "{download}");
    assert!(download.contains("self.client.stream(context"), "{download}");
    assert!(text.contains("pipeline.stream(&context, &mut request, Some(options))"), "the runtime streams");
}

#[test]
fn content_types_are_the_declared_ones_and_a_choice_among_several() {
    let g = || Generator::new(root(), ["media.json"]);
    let m = model(g());
    let analyze = &op(&m, "Files_Analyze").body.as_ref().expect("a body").media;
    let types: Vec<_> = analyze.types.iter().map(|t| t.content_type.as_str()).collect();
    assert_eq!(types, vec!["application/json", "application/pdf"], "JSON first: the model's encoding");
    assert_eq!(analyze.choice.as_deref(), Some("FilesAnalyzeContentType"));
    assert_eq!(op(&m, "Things_Patch").body.as_ref().expect("a body").media.choice, None);
    // `application/json` and `text/json` are one encoding: no choice, the model as it is.
    assert_eq!(op(&m, "Things_Json").body.as_ref().expect("a body").media.choice, None);
    let text = code(g());
    assert!(text.contains("pub enum FilesAnalyzeContentType"), "{text}");
    assert!(text.contains(r#"Self::ApplicationPdf => "application/pdf","#), "{text}");
    assert!(text.contains("pub content_type: ::std::option::Option<FilesAnalyzeContentType>,"), "{text}");
    let raw_body = "pub body: ::std::option::Option<::azure_core::http::RequestContent<models::Source>>,";
    assert!(flat(&text).contains(&flat(raw_body)), "{text}");
    let analyze = method(&text, "analyze");
    assert!(flat(analyze).contains("options.content_type.unwrap_or_default().as_str()"), "{analyze}");
    assert!(text.contains("pub body: ::std::option::Option<models::Source>,"), "Things_Json's optional body: {text}");
    let patch = method(&text, "patch");
    assert!(patch.contains(r#"request.insert_header("content-type", "application/merge-patch+json");"#), "{patch}");
    assert!(patch.contains("body: impl super::super::IntoContent<models::Source>"), "{patch}");
    let text_op = method(&text, "text");
    assert!(text_op.contains(r#"request.insert_header("content-type", "text/plain; charset=UTF-8");"#), "{text_op}");
    // The string as its text, not a JSON string.
    assert!(text_op.contains("request.set_body(body);") && !text_op.contains("into_content"), "{text_op}");
}

#[test]
fn a_required_constant_left_out_decodes_as_its_value() {
    let g = || Generator::new(root(), ["models.json"]);
    let m = model(g());
    let t = m.types.iter().find(|t| t.name == "WithConstant").expect("WithConstant");
    let TypeKind::Struct(s) = &t.kind else { panic!("a struct") };
    let kind = s.fields.iter().find(|f| f.wire == "kind").expect("kind");
    assert!(kind.constant && kind.required);
    assert!(s.default, "every required field has a value: the struct has Default");
    let text = code(g());
    assert!(text.contains("#[serde(default)]\n        pub kind: OnlyKind,"), "{text}");
    assert!(text.contains("#[default]\n        Only,"), "{text}");
}

#[test]
fn a_user_agent_parameter_travels_in_the_context_to_a_policy_after_azure_cores() {
    use codegen::model::ParamLocation;
    let g = || Generator::new(root(), ["models.json"]);
    let m = model(g());
    assert_eq!(op(&m, "Things_Agent").params[0].location, ParamLocation::UserAgent);
    let text = code(g());
    let agent: String = method(&text, "agent").split_whitespace().collect();
    assert!(
        agent.contains("options.method_options.context.insert(runtime::UserAgent(user_agent.to_owned()));"),
        "{agent}"
    );
    assert!(agent.contains("letrequest=runtime::request"), "nothing else changes the request: {agent}");
    assert!(!agent.contains("insert_header(\"user-agent\""), "{agent}");
    assert!(text.contains("let client_options = super::runtime::keep_user_agent(client_options);"), "{text}");
    assert!(text.contains("pub fn keep_user_agent(mut options: ClientOptions) -> ClientOptions {"), "{text}");
    // Crates without such a parameter build their pipeline as before.
    let plain = code(Generator::new(root(), ["media.json"]));
    assert!(plain.contains("super::runtime::pipeline(options.client_options, credential)"), "{plain}");
    assert!(!plain.contains("keep_user_agent"), "{plain}");
}

#[test]
fn a_kind_with_kinds_of_its_own_is_a_union_where_it_is_referred_to() {
    let g = || Generator::new(root(), ["models.json"]);
    let m = model(g());
    let t = m.types.iter().find(|t| t.name == "SalmonUnion").expect("SalmonUnion");
    let TypeKind::Union(u) = &t.kind else { panic!("a union") };
    let kinds: Vec<(&str, &str)> = u.variants.iter().map(|v| (v.name.as_str(), v.value.as_str())).collect();
    assert_eq!(kinds, vec![("Salmon", "salmon"), ("SmartSalmon", "smart_salmon")]);
    assert_eq!(u.base.as_deref(), Some("Salmon"), "a value without fishtype is a salmon");
    let body = op(&m, "Fish_PutSalmon").body.as_ref().expect("a body");
    assert_eq!(body.ty, TypeRef::Named(t.id));
    // The root union keeps every kind; `shark`, which has no kinds, gets no union.
    let fish = m.types.iter().find(|t| t.name == "Fish").expect("Fish");
    let TypeKind::Union(f) = &fish.kind else { panic!("Fish is a union") };
    assert_eq!(f.variants.len(), 3);
    assert!(!m.types.iter().any(|t| t.name == "SharkUnion"));
    let text = code(g());
    assert!(text.contains("body: impl super::super::IntoContent<models::SalmonUnion>"), "{text}");
    assert!(text.contains("Some(\"smart_salmon\") =>"), "{text}");
    assert!(text.contains("None => {"), "{text}");
}

/// The text without whitespace, and without the trailing commas prettyplease adds where it breaks
/// a long type over lines.
fn flat(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect::<String>().replace(",>", ">")
}
