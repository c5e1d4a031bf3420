//! Spec -> resolved model: walks what the input files reach (their paths and definitions),
//! following `$ref`s lazily, and decides every type and name.

use super::names::{self, Scope};
use super::operations;

mod kinds;
mod structs;
use super::{Enum, Model, Origin, TypeDef, TypeId, TypeKind, TypeRef, Union, Variant};
use crate::error::Diagnostic;
use crate::manifest::Settings;
use crate::spec::pointer;
use crate::spec::swagger::{AdditionalProperties, Schema, XmsEnum};
use crate::spec::{DocId, Document, Loader, Location};
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

/// Builds the model for `inputs` (already loaded). All problems are collected, not only the first.
pub fn build(loader: &mut Loader, inputs: &[DocId], settings: &Settings) -> Result<Model, Vec<Diagnostic>> {
    let mut r = Resolver::new(loader, settings);
    // Input definitions claim their names first, so they keep them over referenced files'.
    for &doc in inputs {
        let Some(d) = r.loader.doc(doc).cloned() else { continue };
        for name in d.swagger.definitions.keys() {
            let loc = Location { doc, pointer: pointer::join("", &["definitions", name]) };
            r.named(&loc, name);
        }
    }
    let mut model = Model::default();
    if let Some(first) = inputs.first().and_then(|d| r.loader.doc(*d)).cloned() {
        let info = &first.swagger.info;
        model.title = info.title.clone().unwrap_or_default();
        model.description = info.description.clone();
        model.api_version = info.version.clone();
        let scheme = first.swagger.schemes.first().map_or("https", String::as_str);
        model.endpoint = match &first.swagger.host {
            Some(h) => format!("{scheme}://{h}{}", first.swagger.base_path.as_deref().unwrap_or("")),
            None => "https://management.azure.com".into(),
        };
    }
    model.host = inputs.first().and_then(|d| super::host::build(&mut r, *d));
    let built = operations::build(&mut r, inputs);
    model.operations = built.ops;
    model.client_params = built.client_params;
    model.request_examples = built.request_examples;
    model.notes = built.notes;
    if let Some(first) = inputs.first().and_then(|d| r.loader.doc(*d)) {
        model.security = super::security::read(&first.swagger.extra, &mut model.notes);
    }
    r.drain();
    r.finish(model)
}

/// Deepest `allOf` inheritance followed; real specs use a handful of levels.
const MAX_ALLOF_DEPTH: usize = 32;

/// Identity of an enum for sharing: same name, same values, same openness.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct EnumKey {
    name: String,
    values: Vec<String>,
    open: bool,
}

pub(crate) struct Resolver<'a> {
    pub(crate) loader: &'a mut Loader,
    settings: &'a Settings,
    types: Vec<Option<TypeDef>>,
    /// Named types by the location of their schema (several locations when files share one).
    by_loc: HashMap<Location, TypeId>,
    /// Named types by their name before disambiguation, with the location each was made from.
    by_name: HashMap<String, Vec<(TypeId, Location)>>,
    enums: HashMap<EnumKey, TypeId>,
    queue: VecDeque<(TypeId, Location)>,
    names: Scope,
    pub(crate) diags: Vec<Diagnostic>,
    /// Union bases, for finding their kinds once everything reachable is loaded.
    unions: Vec<(TypeId, Location)>,
    /// Locations being followed as plain aliases: one met again is named (see `type_at`).
    alias_stack: Vec<Location>,
    /// Schemas made from non-schema places (a parameter's `type`/`enum`), by location.
    synthetic: HashMap<Location, Schema>,
    /// Some operation has XML bodies: properties get their XML form.
    pub(crate) xml: bool,
}

impl<'a> Resolver<'a> {
    fn new(loader: &'a mut Loader, settings: &'a Settings) -> Self {
        Resolver {
            loader,
            settings,
            types: Vec::new(),
            by_loc: HashMap::new(),
            by_name: HashMap::new(),
            enums: HashMap::new(),
            queue: VecDeque::new(),
            names: names::type_scope(),
            diags: Vec::new(),
            unions: Vec::new(),
            alias_stack: Vec::new(),
            synthetic: HashMap::new(),
            xml: false,
        }
    }

    pub(crate) fn doc(&self, id: DocId) -> Option<Arc<Document>> {
        self.loader.doc(id).cloned()
    }

    fn file_of(&self, doc: DocId) -> String {
        self.loader.doc(doc).map(|d| d.display.clone()).unwrap_or_default()
    }

    pub(crate) fn diag(&mut self, doc: DocId, ptr: &str, msg: impl Into<String>) {
        let file = self.file_of(doc);
        self.diags.push(Diagnostic::new(file, ptr, msg));
    }

    /// The named type for the schema at `loc`, allocating (and queueing) it on first sight. A
    /// schema identical to a same-named one of another file is that type.
    fn named(&mut self, loc: &Location, hint: &str) -> TypeId {
        if let Some(id) = self.by_loc.get(loc) {
            return *id;
        }
        let base = names::type_name(hint);
        if let Some(id) = self.twin(&base, loc) {
            self.by_loc.insert(loc.clone(), id);
            return id;
        }
        let id = TypeId(self.types.len());
        self.by_name.entry(base.clone()).or_default().push((id, loc.clone()));
        // A same-named type from another file gets the file's stem as a prefix.
        let stem = self
            .loader
            .doc(loc.doc)
            .and_then(|d| d.path.rsplit('/').next().map(|f| f.trim_end_matches(".json").to_owned()))
            .unwrap_or_default();
        let alt = names::type_name(&format!("{stem} {hint}"));
        let name = self.names.claim(&base, &[alt]);
        self.types.push(Some(TypeDef {
            id,
            name,
            docs: None,
            origin: Origin { file: self.file_of(loc.doc), pointer: loc.pointer.clone() },
            kind: TypeKind::Alias(TypeRef::Json),
            groups: Default::default(),
        }));
        self.by_loc.insert(loc.clone(), id);
        self.queue.push_back((id, loc.clone()));
        id
    }

    /// A type named `base` from another file whose schema is identical to the one at `loc`.
    fn twin(&mut self, base: &str, loc: &Location) -> Option<TypeId> {
        let candidates = self.by_name.get(base)?.clone();
        candidates
            .into_iter()
            .find(|(_, other)| other.doc != loc.doc && super::shared::identical(self.loader, other, loc))
            .map(|(id, _)| id)
    }

    fn drain(&mut self) {
        while let Some((id, loc)) = self.queue.pop_front() {
            self.process(id, &loc);
        }
        self.find_union_kinds();
    }

    /// The type of the schema `s` found at `loc` (which may be inline).
    pub(crate) fn type_of(&mut self, loc: &Location, s: &Schema, hint: &str) -> TypeRef {
        if let Some(reference) = &s.reference {
            return match self.loader.resolve(loc.doc, reference, &loc.pointer) {
                Ok(target) => self.type_at(&target),
                Err(d) => {
                    self.diags.push(d);
                    TypeRef::Json
                }
            };
        }
        if is_enum(s) {
            return self.enum_type(loc, s, hint);
        }
        if s.discriminator.is_some() || !s.properties.is_empty() || !s.all_of.is_empty() {
            return TypeRef::Named(self.named(loc, hint));
        }
        self.plain_type(loc, s, hint)
    }

    /// The type of a schema that has no JSON pointer of its own (made from a parameter): it is
    /// remembered at `loc` so a named type (an inline enum) can be built from it later.
    pub(crate) fn type_of_synthetic(&mut self, loc: &Location, s: Schema, hint: &str) -> TypeRef {
        let t = self.type_of(loc, &s, hint);
        self.synthetic.insert(loc.clone(), s);
        t
    }

    /// Types that need no named Rust type: primitives, arrays, maps, free-form JSON.
    fn plain_type(&mut self, loc: &Location, s: &Schema, hint: &str) -> TypeRef {
        match s.type_.as_deref() {
            Some("array") => match &s.items {
                Some(items) => {
                    let iloc = Location { doc: loc.doc, pointer: format!("{}/items", loc.pointer) };
                    let item = self.type_of(&iloc, items, &format!("{hint}Item"));
                    TypeRef::Vec(Box::new(self.item(item, items)))
                }
                None => TypeRef::Vec(Box::new(TypeRef::Json)),
            },
            Some("string") => match s.format.as_deref() {
                Some("date-time") | Some("date-time-rfc3339") => TypeRef::DateTime,
                _ => TypeRef::String,
            },
            Some("integer") => match s.format.as_deref() {
                Some("int32") => TypeRef::I32,
                _ => TypeRef::I64,
            },
            Some("number") => match s.format.as_deref() {
                Some("float") => TypeRef::F32,
                _ => TypeRef::F64,
            },
            Some("boolean") => TypeRef::Bool,
            Some("object") | None => match &s.additional_properties {
                Some(AdditionalProperties::Schema(v)) => {
                    let vloc = Location { doc: loc.doc, pointer: format!("{}/additionalProperties", loc.pointer) };
                    let value = self.type_of(&vloc, v, &format!("{hint}Value"));
                    TypeRef::Map(Box::new(self.item(value, v)))
                }
                Some(AdditionalProperties::Bool(true)) => TypeRef::Map(Box::new(TypeRef::Json)),
                _ => TypeRef::Json,
            },
            Some(other) => {
                // `file` and unknown types: kept as raw JSON rather than dropped.
                if other != "file" {
                    self.diag(loc.doc, &loc.pointer, format!("unknown schema type `{other}`"));
                }
                TypeRef::Json
            }
        }
    }

    /// An array item or map value: `Option<T>` where the spec says `x-nullable`, or everywhere
    /// with the `nullable-items` setting.
    fn item(&self, ty: TypeRef, s: &Schema) -> TypeRef {
        match ty {
            TypeRef::Nullable(_) => ty,
            ty if self.settings.nullable_items => TypeRef::Nullable(Box::new(ty)),
            ty => nullable(ty, s),
        }
    }

    /// The type a `$ref` target stands for. Plain aliases (a `$ref` to a `$ref`, a primitive or
    /// an array definition) are followed through; one that leads back to itself becomes a named
    /// type, not a hang.
    fn type_at(&mut self, target: &Location) -> TypeRef {
        if let Some(id) = self.by_loc.get(target) {
            return TypeRef::Named(*id);
        }
        let Some(doc) = self.doc(target.doc) else { return TypeRef::Json };
        let Some(s) = crate::spec::load::schema_in(&doc.swagger, &target.pointer) else {
            self.diag(target.doc, &target.pointer, "$ref target is not a schema");
            return TypeRef::Json;
        };
        let hint = pointer::segments(&target.pointer).last().cloned().unwrap_or_default();
        if self.alias_stack.contains(target) {
            // Followed back to where it started: name it, as structs are named on first sight,
            // so the recursion ends here. Whether the cycle is one Rust can express (it is not,
            // unless a struct or union is on it) is decided once, on the model
            // (`shapes::check_alias_cycles`).
            return TypeRef::Named(self.named(target, &hint));
        }
        if self.alias_stack.len() >= self.loader.limits().max_ref_chain {
            self.diag(target.doc, &target.pointer, "$ref chain too long");
            return TypeRef::Json;
        }
        self.alias_stack.push(target.clone());
        let t = self.type_of(target, s, &hint);
        self.alias_stack.pop();
        t
    }

    fn enum_type(&mut self, loc: &Location, s: &Schema, hint: &str) -> TypeRef {
        let values: Vec<&serde_json::Value> = s.enum_.iter().flatten().collect();
        if !values.iter().all(|v| v.is_string()) || s.type_.as_deref().is_some_and(|t| t != "string") {
            // Integer or mixed enums: the primitive type, values listed in the docs.
            let mut plain = s.clone();
            plain.enum_ = None;
            return self.plain_type(loc, &plain, hint);
        }
        let xe = s.x_ms_enum.as_ref();
        let open = xe.and_then(|x| x.model_as_string).unwrap_or(true);
        let name = xe.and_then(|x| x.name.clone()).unwrap_or_else(|| hint.to_owned());
        let key = EnumKey {
            name: names::type_name(&name),
            values: values.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
            open,
        };
        if let Some(id) = self.enums.get(&key) {
            return TypeRef::Named(*id);
        }
        let id = self.named(loc, &name);
        self.enums.insert(key, id);
        TypeRef::Named(id)
    }

    fn process(&mut self, id: TypeId, loc: &Location) {
        let Some(doc) = self.doc(loc.doc) else { return };
        let synthetic = self.synthetic.get(loc).cloned();
        let Some(s) = synthetic.as_ref().or_else(|| crate::spec::load::schema_in(&doc.swagger, &loc.pointer)) else {
            self.diag(loc.doc, &loc.pointer, "expected a schema here");
            return;
        };
        let name = self.types.get(id.0).and_then(|t| t.as_ref()).map(|t| t.name.clone()).unwrap_or_default();
        let docs = s.description.clone().or_else(|| s.title.clone());
        let kind = if s.reference.is_some() {
            // A definition that is only a `$ref` to another.
            TypeKind::Alias(self.type_of(loc, s, &name))
        } else if is_enum(s) {
            match self.build_enum(s) {
                Some(e) => TypeKind::Enum(e),
                None => {
                    let mut plain = s.clone();
                    plain.enum_ = None;
                    TypeKind::Alias(self.plain_type(loc, &plain, &name))
                }
            }
        } else if let Some(prop) = &s.discriminator {
            self.unions.push((id, loc.clone()));
            TypeKind::Union(Union { property: prop.clone(), variants: Vec::new(), other: String::new(), base: None })
        } else if s.properties.is_empty() && s.all_of.is_empty() {
            TypeKind::Alias(self.plain_type(loc, s, &name))
        } else {
            TypeKind::Struct(self.build_struct(loc, s, &name))
        };
        if let Some(Some(t)) = self.types.get_mut(id.0) {
            t.kind = kind;
            t.docs = docs;
        }
    }

    fn build_enum(&mut self, s: &Schema) -> Option<Enum> {
        let xe: Option<&XmsEnum> = s.x_ms_enum.as_ref();
        let open = xe.and_then(|x| x.model_as_string).unwrap_or(true);
        let mut scope = Scope::new();
        let mut variants = Vec::new();
        for v in s.enum_.iter().flatten() {
            let value = v.as_str()?.to_owned();
            let meta = xe.and_then(|x| x.values.iter().find(|m| m.value.as_str() == Some(value.as_str())));
            let raw = meta.and_then(|m| m.name.clone()).unwrap_or_else(|| value.clone());
            let name = scope.claim(&names::variant_name(&raw), &[]);
            variants.push(Variant { name, value, docs: meta.and_then(|m| m.description.clone()) });
        }
        let other = scope.claim("UnknownValue", &["OtherValue".into()]);
        Some(Enum { variants, open, other })
    }

    fn finish(mut self, mut model: Model) -> Result<Model, Vec<Diagnostic>> {
        let mut diags = self.diags;
        if !diags.is_empty() {
            diags.sort();
            diags.dedup();
            return Err(diags);
        }
        model.types = std::mem::take(&mut self.types).into_iter().flatten().collect();
        model.files = self.loader.docs().iter().map(|d| d.path.clone()).collect();
        super::unions::split(&mut model, &mut self.names);
        super::shapes::finish(&mut model)?;
        super::xml::mark(&mut model)?;
        for t in &mut model.types {
            if let TypeKind::Struct(s) = &mut t.kind {
                if s.request {
                    s.builder = Some(self.names.claim(&format!("{}Builder", t.name), &[]));
                }
            }
        }
        // Group handles and response enums share the crate's type namespace.
        let mut groups: HashMap<String, String> = HashMap::new();
        for op in &mut model.operations {
            let g = groups
                .entry(op.group.clone())
                .or_insert_with(|| self.names.claim(&op.group, &[format!("{}Operations", op.group)]))
                .clone();
            op.group = g;
            op.response_enum = self.names.claim(&names::type_name(&format!("{} {} Response", op.group, op.name)), &[]);
            if let Some(media) = op.body.as_mut().map(|b| &mut b.media).filter(|m| m.mixed()) {
                let name = names::type_name(&format!("{} {} ContentType", op.group, op.name));
                media.choice = Some(self.names.claim(&name, &[]));
            }
        }
        model.resources = super::resources::build(&mut model, &mut self.names);
        super::features::assign(&mut model);
        let items: Vec<Option<TypeRef>> = model
            .operations
            .iter()
            .map(|o| {
                let page = o.responses.iter().find_map(|x| x.ty.clone())?;
                operations::page_item(&model, &page, &o.paging.as_ref()?.item_name)
            })
            .collect();
        for (o, item) in model.operations.iter_mut().zip(items) {
            if let Some(p) = &mut o.paging {
                p.item = item;
            }
        }
        super::paging::resolve(&mut model);
        Ok(model)
    }
}

/// An item or map value that may be `null` (`x-nullable`).
pub(crate) fn nullable(ty: TypeRef, s: &Schema) -> TypeRef {
    if s.nullable == Some(true) {
        TypeRef::Nullable(Box::new(ty))
    } else {
        ty
    }
}

/// An enum type: values to choose from. On a formatted string (a date, bytes...) the values
/// constrain a value of that format, as AutoRest's other generators read them.
fn is_enum(s: &Schema) -> bool {
    let formatted = matches!(
        s.format.as_deref(),
        Some(
            "date"
                | "date-time"
                | "date-time-rfc3339"
                | "date-time-rfc1123"
                | "byte"
                | "base64url"
                | "duration"
                | "time"
        )
    );
    s.enum_.as_ref().is_some_and(|v| !v.is_empty()) && !formatted
}
