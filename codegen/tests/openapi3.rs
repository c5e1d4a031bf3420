//! OpenAPI 3.0 input: mapped onto the Swagger 2.0 model, then resolved, generated and built like
//! any Swagger spec.

use codegen::model::{FinalStateVia, Model, Operation, ParamLocation, Struct, TypeDef, TypeKind, TypeRef};
use codegen::{Error, Generator};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/openapi3")
}

fn model(file: &str) -> Model {
    match Generator::new(root(), [file]).model() {
        Ok((m, _)) => m,
        Err(e) => panic!("{file}: {e}"),
    }
}

fn ty<'m>(m: &'m Model, name: &str) -> &'m TypeDef {
    m.types.iter().find(|t| t.name == name).unwrap_or_else(|| {
        let names: Vec<&str> = m.types.iter().map(|t| t.name.as_str()).collect();
        panic!("no type `{name}` among {names:?}")
    })
}

fn named(m: &Model, name: &str) -> TypeRef {
    TypeRef::Named(ty(m, name).id)
}

fn strukt<'m>(m: &'m Model, name: &str) -> &'m Struct {
    match &ty(m, name).kind {
        TypeKind::Struct(s) => s,
        other => panic!("`{name}` is not a struct: {other:?}"),
    }
}

fn field<'s>(s: &'s Struct, wire: &str) -> &'s codegen::model::Field {
    s.fields.iter().find(|f| f.wire == wire).unwrap_or_else(|| panic!("no field `{wire}` in {s:?}"))
}

fn op<'m>(m: &'m Model, id: &str) -> &'m Operation {
    m.operations.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("no operation `{id}`"))
}

fn statuses(o: &Operation) -> Vec<u16> {
    o.responses.iter().map(|r| r.status).collect()
}

fn spec_errors(file: &str) -> Vec<codegen::Diagnostic> {
    match Generator::new(root(), [file]).model() {
        Err(Error::Spec(d)) => d,
        Err(e) => panic!("{file}: expected spec diagnostics, got {e}"),
        Ok(_) => panic!("{file}: expected spec diagnostics, got a model"),
    }
}

#[test]
fn document_level_fields_map() {
    let m = model("gadgets.json");
    assert_eq!(m.title, "GadgetManagementClient");
    assert_eq!(m.description.as_deref(), Some("Manages gadgets."));
    assert_eq!(m.api_version.as_deref(), Some("2024-05-01"));
    assert_eq!(m.endpoint, "https://management.azure.com");
    // Server variables take their defaults; the path becomes the base path.
    assert_eq!(model("cross-file.json").endpoint, "https://notes.example.com/notes");
}

#[test]
fn schemas_become_types_of_the_right_kinds() {
    let m = model("gadgets.json");

    // allOf parents are copied in, parents first; readOnly and required carry over.
    let gadget = strukt(&m, "Gadget");
    let wires: Vec<&str> = gadget.fields.iter().map(|f| f.wire.as_str()).collect();
    assert_eq!(wires, ["id", "name", "type", "location", "tags", "properties"]);
    assert!(field(gadget, "id").read_only);
    assert!(!field(gadget, "id").required);
    assert!(field(gadget, "location").required);
    assert!(field(gadget, "location").create_only, "x-ms-mutability kept");
    assert_eq!(field(gadget, "tags").ty, TypeRef::Map(Box::new(TypeRef::String)));
    // `x-ms-client-flatten` beside a `$ref` survives the mapping.
    let props = field(gadget, "properties");
    assert!(props.flatten);
    assert_eq!(props.ty, named(&m, "GadgetProperties"));
    assert!(gadget.accessors.iter().any(|a| a.name == "size"));

    let gp = strukt(&m, "GadgetProperties");
    assert!(field(gp, "size").required);
    assert_eq!(field(gp, "size").ty, named(&m, "Size"));
    // readOnly on the referenced definition makes the property read-only.
    assert!(field(gp, "provisioningState").read_only);
    assert!(field(gp, "createdAt").read_only);
    assert_eq!(field(gp, "createdAt").ty, TypeRef::DateTime);
    // nullable -> x-nullable.
    assert!(field(gp, "label").nullable);
    assert!(!field(gp, "size").nullable);
    // oneOf is not representable: free-form JSON.
    assert_eq!(field(gp, "metadata").ty, TypeRef::Json);

    match &ty(&m, "Size").kind {
        TypeKind::Enum(e) => {
            assert!(!e.open, "modelAsString: false is a closed enum");
            let values: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
            assert_eq!(values, ["Small", "Medium", "Large"]);
        }
        other => panic!("Size: {other:?}"),
    }
    assert!(matches!(&ty(&m, "ProvisioningState").kind, TypeKind::Enum(e) if e.open));
    assert_eq!(ty(&m, "PageSize").kind, TypeKind::Alias(TypeRef::I32));

    // The discriminator's mapping names the kinds; a kind it does not list uses its own name.
    match &ty(&m, "Shape").kind {
        TypeKind::Union(u) => {
            assert_eq!(u.property, "kind");
            let kinds: Vec<(&str, TypeRef)> =
                u.variants.iter().map(|v| (v.value.as_str(), TypeRef::Named(v.ty))).collect();
            assert_eq!(
                kinds,
                [("circle", named(&m, "Circle")), ("square", named(&m, "Square")), ("Triangle", named(&m, "Triangle"))]
            );
        }
        other => panic!("Shape: {other:?}"),
    }
    let circle = strukt(&m, "Circle");
    assert_eq!(circle.tag.as_ref().map(|t| (t.property.as_str(), t.value.as_str())), Some(("kind", "circle")));
    assert!(field(circle, "radius").required);

    // Recursive types still resolve.
    let detail = strukt(&m, "ErrorDetail");
    assert_eq!(field(detail, "details").ty, TypeRef::Vec(Box::new(named(&m, "ErrorDetail"))));
}

#[test]
fn operations_map() {
    let m = model("gadgets.json");
    assert_eq!(m.operations.len(), 4);

    let put = op(&m, "Gadgets_CreateOrUpdate");
    assert_eq!((put.group.as_str(), put.name.as_str(), put.method.as_str()), ("Gadgets", "create_or_update", "PUT"));
    assert!(put.path.ends_with("/providers/Microsoft.Gadgets/gadgets/{gadgetName}"));
    // The requestBody ($ref to components.requestBodies) is the body, named by x-ms-requestBody-name.
    let body = put.body.as_ref().expect("PUT has a body");
    assert_eq!(body.wire, "resource");
    assert!(body.required);
    assert_eq!(body.ty, named(&m, "Gadget"));
    assert_eq!(statuses(put), [200, 201]);
    assert!(put.responses.iter().all(|r| r.ty == Some(named(&m, "Gadget"))));
    assert_eq!(put.error, Some(named(&m, "ErrorResponse")), "the `default` response is the error");
    assert_eq!(put.long_running, Some(FinalStateVia::AzureAsyncOperation));
    assert!(put.paging.is_none());
    // Path-level parameters apply; the component parameters are the client's.
    let params: Vec<(&str, ParamLocation)> = put.params.iter().map(|p| (p.wire.as_str(), p.location)).collect();
    assert_eq!(params, [("resourceGroupName", ParamLocation::Path), ("gadgetName", ParamLocation::Path)]);
    assert_eq!(put.client_params, ["subscriptionId", "api-version"]);

    let get = op(&m, "Gadgets_Get");
    assert_eq!(get.method, "GET");
    assert!(get.body.is_none());
    assert_eq!(statuses(get), [200]);
    assert!(get.long_running.is_none());

    let delete = op(&m, "Gadgets_Delete");
    assert_eq!(statuses(delete), [200, 202, 204]);
    assert!(delete.responses.iter().all(|r| r.ty.is_none()));
    assert_eq!(delete.long_running, Some(FinalStateVia::Location));

    let list = op(&m, "Gadgets_ListBySubscription");
    let paging = list.paging.as_ref().expect("x-ms-pageable");
    assert_eq!(paging.next_link.as_deref(), Some("nextLink"));
    assert_eq!(paging.item_name, "value");
    assert_eq!(paging.item, Some(named(&m, "Gadget")));
    assert_eq!(list.responses.first().and_then(|r| r.ty.clone()), Some(named(&m, "GadgetListResult")));
    // A `$ref` schema on a query parameter takes the referenced type.
    let top = list.params.iter().find(|p| p.wire == "$top").expect("$top");
    assert_eq!((top.ty.clone(), top.location, top.required), (TypeRef::I32, ParamLocation::Query, false));
    // style: form, explode: false is a comma-separated list.
    let colors = list.params.iter().find(|p| p.wire == "colors").expect("colors");
    assert_eq!(colors.ty, TypeRef::Vec(Box::new(TypeRef::String)));
    assert_eq!(colors.collection_format.as_deref(), Some("csv"));

    // api-version (a `$ref`'d component parameter) is a client parameter, taken by no method.
    let client: Vec<&str> = m.client_params.iter().map(|p| p.wire.as_str()).collect();
    assert_eq!(client, ["subscriptionId", "api-version"]);
    let api = m.client_params.iter().find(|p| p.wire == "api-version").expect("api-version");
    assert_eq!((api.location, api.required, api.ty.clone()), (ParamLocation::Query, true, TypeRef::String));
    assert!(m.operations.iter().all(|o| o.params.iter().all(|p| p.wire != "api-version")));
}

#[test]
fn refs_into_other_files_map_too() {
    let m = model("cross-file.json");
    let update = op(&m, "Notes_Update");
    assert_eq!(update.method, "PATCH");
    // common.json#/components/requestBodies/NoteBody: a JSON-ish content type other than application/json.
    let body = update.body.as_ref().expect("body from another file's requestBodies");
    assert_eq!((body.wire.as_str(), body.required, body.ty.clone()), ("body", true, named(&m, "Note")));
    assert_eq!(update.responses.first().and_then(|r| r.ty.clone()), Some(named(&m, "Note")));
    assert_eq!(update.error, Some(named(&m, "NoteError")));
    assert_eq!(update.client_params, ["api-version"]);
    assert!(field(strukt(&m, "Note"), "id").read_only);
}

#[test]
fn generates_files() {
    let g = Generator::new(root(), ["gadgets.json"]).crate_name("oas3_fixture").generate().expect("generate");
    let lib = g.files.iter().find(|(p, _)| p == "src/lib.rs").map(|(_, c)| c.as_str()).expect("src/lib.rs");
    assert!(!lib.is_empty());
    let all: String = g.files.iter().map(|(_, c)| c.as_str()).collect();
    for needle in ["Gadget", "GadgetProperties", "Shape", "create_or_update", "list_by_subscription"] {
        assert!(all.contains(needle), "`{needle}` missing from the generated crate");
    }
    assert_eq!(g.inputs_read, ["gadgets.json"]);
}

#[test]
fn broken_paths_are_reported_with_a_pointer() {
    let d = spec_errors("broken-paths.json");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].pointer, "/paths");
    assert_eq!(d[0].position, Some((4, 12)));
    assert!(d[0].file.ends_with("broken-paths.json"));
}

#[test]
fn documents_openapiv3_rejects_are_reported_with_a_pointer() {
    // `components` is not read by the Swagger model, so this is the OpenAPI 3 parser's finding.
    let d = spec_errors("broken-components.json");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].pointer, "/components/parameters");
    assert!(d[0].position.is_some(), "{d:?}");
    assert!(d[0].message.contains("OpenAPI 3.0"), "{}", d[0].message);
}

#[test]
fn enum_parameter_by_ref() {
    let m = model("enum-parameter.json");
    let size = op(&m, "Gadgets_List").params.iter().find(|p| p.wire == "size").expect("size").ty.clone();
    let TypeRef::Named(id) = size else { panic!("size: {size:?}") };
    assert!(matches!(&m.types[id.0].kind, TypeKind::Enum(e) if !e.open));
}

#[test]
fn generated_crate_builds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("oas3_fixture");
    Generator::new(root(), ["gadgets.json"])
        .standalone(true)
        .crate_name("oas3_fixture")
        .write_to(&out)
        .expect("write_to");
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/generated-crates");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let run = Command::new(cargo)
        .args(["build", "--offline", "--quiet"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("run cargo");
    assert!(run.status.success(), "cargo build failed:\n{}", String::from_utf8_lossy(&run.stderr));
}
