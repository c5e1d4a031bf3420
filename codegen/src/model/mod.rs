//! The resolved model: what the emitters read. Types and operations with every `$ref` gone and
//! every Rust name decided once, for the whole crate, so all emitters agree.
//!
//! Built from the spec layer by [`resolve::build`]; never sees Rust tokens, and the emitters never
//! see raw Swagger.

pub mod check;
pub mod features;
pub mod host;
pub mod media;
pub mod names;
pub mod operations;
pub mod paging;
pub mod resolve;
pub mod resources;
mod responses;
pub mod returns;
pub mod security;
mod shapes;
mod shared;
mod unions;
pub mod xml;

pub use operations::{FinalStateVia, Operation, Paging, Param, ParamLocation, ResponseDef};

/// Index of a type in [`Model::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub usize);

/// Everything one generated crate is made of.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// `info.title` of the first input.
    pub title: String,
    pub description: Option<String>,
    /// `info.version` of the first input, sent as `api-version`. A crate made from several files
    /// may mix versions: each operation's own is [`Operation::api_version`].
    pub api_version: Option<String>,
    /// Default endpoint (`https://management.azure.com`).
    pub endpoint: String,
    /// Named types, indexed by [`TypeId`]. Order is discovery order, which is deterministic.
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    /// `x-ms-parameterized-host`: the endpoint as a template of the client's parameters.
    pub host: Option<host::HostTemplate>,
    /// The data-plane client's token scope and API key header, from the spec's security schemes.
    pub security: security::Security,
    /// Parameters every operation takes from the client (subscription id, api-version).
    pub client_params: Vec<Param>,
    /// ARM resources found in the path templates: typed ids with parents.
    pub resources: Vec<resources::Resource>,
    /// Request bodies from the operations' `x-ms-examples`, by body type (for the docs).
    pub request_examples: Vec<RequestExample>,
    /// What resolving left out (operations azure_core cannot send), one line each.
    pub notes: Vec<String>,
    /// Spec files read, relative to the spec root, in load order.
    pub files: Vec<String>,
}

impl Model {
    pub fn get(&self, id: TypeId) -> Option<&TypeDef> {
        self.types.get(id.0)
    }

    /// The struct behind a type reference, through aliases.
    pub fn struct_of(&self, ty: &TypeRef) -> Option<(TypeId, &Struct)> {
        let TypeRef::Named(id) = ty else { return None };
        let t = self.resolve_alias(*id)?;
        match &t.kind {
            TypeKind::Struct(s) => Some((t.id, s)),
            _ => None,
        }
    }

    /// The field at one step of an [`Accessor`] path.
    pub fn field_at(&self, (id, index): (TypeId, usize)) -> Option<&Field> {
        match &self.get(id)?.kind {
            TypeKind::Struct(s) => s.fields.get(index),
            _ => None,
        }
    }

    /// The client parameter with this wire name.
    pub fn client_param(&self, wire: &str) -> Option<&Param> {
        self.client_params.iter().find(|c| c.wire == wire)
    }

    /// Whether `op` takes the client parameter of `role`.
    pub fn takes(&self, op: &Operation, role: operations::ClientRole) -> bool {
        op.client_params.iter().any(|w| self.client_param(w).is_some_and(|c| c.role == role))
    }

    /// The type's Rust name; `None` for an id that is not in the model.
    pub fn name(&self, id: TypeId) -> Option<&str> {
        self.types.get(id.0).map(|t| t.name.as_str())
    }
}

/// One `x-ms-examples` request body.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestExample {
    /// The body's type (a named type).
    pub ty: TypeId,
    /// The example's title.
    pub title: String,
    pub body: serde_json::Value,
}

/// A named Rust type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub id: TypeId,
    /// Unique within the crate.
    pub name: String,
    pub docs: Option<String>,
    /// Where it was defined: file and JSON pointer.
    pub origin: Origin,
    pub kind: TypeKind,
    /// Operation groups (cargo features) whose operations use this type; empty when no
    /// operation does (then it is always compiled).
    pub groups: std::collections::BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Origin {
    pub file: String,
    pub pointer: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    Enum(Enum),
    /// A discriminated union (`discriminator` + `x-ms-discriminator-value`).
    Union(Union),
    /// `pub type Name = ...;` for named definitions that are maps or non-string enums.
    Alias(TypeRef),
}

/// An object schema. Fields inherited through `allOf` are copied in, parents first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// `additionalProperties` beside named properties: the rest of the object, as a map.
    pub additional: Option<AdditionalField>,
    /// Set when this struct is one kind of a discriminated union: it writes this tag itself.
    pub tag: Option<Tag>,
    /// Has `Default`: no required field lacks a usable spec `default` (see [`Field::default`]).
    /// With no required field it is derived; otherwise written out with the spec's values. A
    /// struct with a required field the spec gives no default has none, so neither
    /// `Default::default()` nor `..Default::default()` can fill that field with a made-up value.
    pub default: bool,
    /// Read accessors for the fields of `x-ms-client-flatten`ed objects, so users never spell
    /// out `properties`. The builder's setters use the same names.
    pub accessors: Vec<Accessor>,
    /// Can appear in a request body (through writable properties): gets a builder.
    pub request: bool,
    /// The builder's type name, claimed in the same scope as all type names.
    pub builder: Option<String>,
    /// XML bodies reach it (and JSON bodies do not): its fields are written in their XML form.
    pub xml: bool,
}

impl Struct {
    /// Whether a setter can create it empty on the way to a flattened property: it has a
    /// `Default` and no required properties.
    pub fn fillable(&self) -> bool {
        self.default && self.fields.iter().all(|f| !f.required)
    }

    /// A `{ "id": ... }` reference (SubResource and the like): its only writable property is an
    /// optional string `id`, so it converts from an id string.
    pub fn is_id_reference(&self) -> bool {
        let mut writable = self.fields.iter().filter(|f| !f.read_only);
        let only_id = matches!((writable.next(), writable.next()), (Some(f), None) if f.wire == "id" && f.ty == TypeRef::String && !f.required);
        only_id && self.additional.is_none() && self.default
    }
}

/// A flattened property, reached from the struct through one or more flattened fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accessor {
    /// Method name, unique among the struct's methods and distinct from its field names.
    pub name: String,
    /// `(struct, field index)` at each level; the first is the flattened field of this struct,
    /// the last is the property itself.
    pub path: Vec<(TypeId, usize)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalField {
    pub name: String,
    pub ty: TypeRef,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// The discriminator property (`odata.type`).
    pub property: String,
    /// This kind's value of it.
    pub value: String,
}

/// One property of a struct.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Rust field name, unique within the struct.
    pub name: String,
    /// JSON property name.
    pub wire: String,
    pub ty: TypeRef,
    /// Required and not read-only: the field is `T`, not `Option<T>`.
    pub required: bool,
    /// Deserialized, never serialized; no builder setter.
    pub read_only: bool,
    /// `x-ms-mutability` lacks `update`: settable when creating, ignored by the service after.
    pub create_only: bool,
    /// `x-nullable`: `null` is a value to send.
    pub nullable: bool,
    /// `x-ms-client-flatten` on an object: its fields get accessors (and setters) on the parent.
    pub flatten: bool,
    /// `x-ms-secret` or named in the manifest's `secret-properties`: redacted in `Debug`.
    pub secret: bool,
    /// Breaks a cycle of directly contained types.
    pub boxed: bool,
    pub docs: Option<String>,
    /// The spec's `default` for the property (on it, or on the definition it refers to), as
    /// written. For an optional property it is the service's business: the field stays `None`
    /// and its docs say what the service assumes.
    pub spec_default: Option<serde_json::Value>,
    /// Its XML form; set in crates with XML operations (used when the struct is [`Struct::xml`]).
    pub xml: Option<xml::XmlField>,
    /// Required, of a closed one-value enum: a constant. A response that leaves it out decodes
    /// (as that value, which [`Self::default`] holds), as other generators send and expect it.
    pub constant: bool,
    /// [`Self::spec_default`] as a value of the field's type, when it has one (`None` too for a
    /// default the type cannot hold, such as a date-time or an object, or an integer out of
    /// range): what the struct's `Default` sets a required field to.
    pub default: Option<DefaultValue>,
}

/// A spec `default` as a value of a field's Rust type. (`default: null` reads as no default.)
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    Bool(bool),
    I32(i32),
    I64(i64),
    F32(f32),
    F64(f64),
    String(String),
    /// A listed value of an enum: (the enum, its variant's name).
    Variant(TypeId, String),
    /// A value an open enum does not list: (the enum, its catch-all variant's name, the value).
    Other(TypeId, String, String),
    /// `[]`.
    EmptyVec,
    /// `{}` for a map.
    EmptyMap,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    pub variants: Vec<Variant>,
    /// `modelAsString` (the default): unknown values are kept in `other`.
    pub open: bool,
    /// Name of the catch-all variant of an open enum.
    pub other: String,
}

impl Enum {
    /// The one value of a closed enum that has only one: a constant.
    pub fn constant(&self) -> Option<&Variant> {
        match self.variants.as_slice() {
            [only] if !self.open => Some(only),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub name: String,
    pub value: String,
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    pub property: String,
    pub variants: Vec<UnionVariant>,
    /// Name of the variant holding kinds this crate does not know, as raw JSON.
    pub other: String,
    /// The variant a value without the discriminator is read as: the kind a union of a kind and
    /// its own kinds stands for (`Salmon` in `SalmonUnion`); root unions have none (raw JSON).
    pub base: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    pub name: String,
    pub value: String,
    pub ty: TypeId,
    /// The union's other kinds this one is a kind of, through `allOf` (`salmon` for
    /// `smart_salmon`).
    pub within: Vec<TypeId>,
}

/// The type of a field, parameter or body.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeRef {
    String,
    Bool,
    I32,
    I64,
    F32,
    F64,
    /// `format: date-time`, RFC 3339.
    DateTime,
    /// Free-form JSON, and the documented fallback for what Rust types cannot express.
    Json,
    Named(TypeId),
    Vec(Box<TypeRef>),
    Map(Box<TypeRef>),
    /// An `x-nullable` item of an array or map: `null` is one of its values (`Option<T>`).
    Nullable(Box<TypeRef>),
    /// Bytes: a form's file field (`type: file`), a body or response that is `type: file` or
    /// `format: binary` (see [`media`]).
    Binary,
}

impl TypeKind {
    /// Appends the named types this kind refers to directly: its fields' and additional
    /// properties' types, its kinds, the type it aliases.
    pub fn refers_to(&self, out: &mut Vec<TypeId>) {
        match self {
            TypeKind::Struct(s) => {
                for f in &s.fields {
                    f.ty.named_in(out);
                }
                if let Some(a) = &s.additional {
                    a.ty.named_in(out);
                }
            }
            TypeKind::Union(u) => out.extend(u.variants.iter().map(|v| v.ty)),
            TypeKind::Alias(r) => r.named_in(out),
            TypeKind::Enum(_) => {}
        }
    }
}

impl TypeRef {
    /// Appends the named types inside this one, through collections.
    pub fn named_in(&self, out: &mut Vec<TypeId>) {
        match self {
            TypeRef::Named(id) => out.push(*id),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => inner.named_in(out),
            _ => {}
        }
    }

    /// Named types this one contains without indirection through a collection.
    pub fn direct_named(&self) -> Option<TypeId> {
        match self {
            TypeRef::Named(id) => Some(*id),
            _ => None,
        }
    }
}
