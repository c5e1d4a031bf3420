//! A typed serde model of Swagger 2.0 as Azure writes it.
//!
//! Every `x-ms-*` extension the generator reads has a typed field; any other key (`x-foo`,
//! validation keywords we do not use) is kept in `extra` rather than rejected, so a spec that
//! grows a new extension still loads.

use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

pub use super::lazy::LazyMap;

/// Keys the model does not name, kept verbatim.
pub type Extra = BTreeMap<String, Value>;

/// A whole Swagger 2.0 document.
///
/// `paths`, `x-ms-paths` and `definitions` are [`LazyMap`]s: each entry is parsed when first
/// used, so a file referenced for one definition costs little more than reading it.
#[derive(Debug, Clone, Default)]
pub struct Swagger {
    pub swagger: Option<String>,
    pub openapi: Option<Value>,
    pub info: Info,
    pub host: Option<String>,
    pub base_path: Option<String>,
    pub schemes: Vec<String>,
    pub consumes: Vec<String>,
    pub produces: Vec<String>,
    pub paths: LazyMap<PathItem>,
    pub x_ms_paths: LazyMap<PathItem>,
    pub definitions: LazyMap<Schema>,
    pub parameters: IndexMap<String, Parameter>,
    pub responses: IndexMap<String, Response>,
    pub x_ms_parameterized_host: Option<Value>,
    /// Every other top-level key, verbatim.
    pub extra: Extra,
}

// By hand rather than derived: `#[serde(flatten)]` for `extra` would buffer the whole document
// through serde's intermediate tree, where the lazy maps cannot see the raw JSON text.
impl<'de> Deserialize<'de> for Swagger {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(SwaggerVisitor)
    }
}

struct SwaggerVisitor;

impl<'de> serde::de::Visitor<'de> for SwaggerVisitor {
    type Value = Swagger;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a Swagger 2.0 document (a JSON object)")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Swagger, A::Error> {
        use serde::de::Error;
        let mut s = Swagger::default();
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(A::Error::custom(format_args!("duplicate field `{key}`")));
            }
            match key.as_str() {
                "swagger" => s.swagger = map.next_value()?,
                "openapi" => s.openapi = map.next_value()?,
                "info" => s.info = map.next_value()?,
                "host" => s.host = map.next_value()?,
                "basePath" => s.base_path = map.next_value()?,
                "schemes" => s.schemes = map.next_value()?,
                "consumes" => s.consumes = map.next_value()?,
                "produces" => s.produces = map.next_value()?,
                "paths" => s.paths = map.next_value()?,
                "x-ms-paths" => s.x_ms_paths = map.next_value()?,
                "definitions" => s.definitions = map.next_value()?,
                "parameters" => s.parameters = map.next_value()?,
                "responses" => s.responses = map.next_value()?,
                "x-ms-parameterized-host" => s.x_ms_parameterized_host = map.next_value()?,
                _ => {
                    let value = map.next_value()?;
                    s.extra.insert(key, value);
                }
            }
        }
        Ok(s)
    }
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct Info {
    pub title: Option<String>,
    pub description: Option<String>,
    pub version: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The operations under one path template.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct PathItem {
    pub get: Option<Operation>,
    pub put: Option<Operation>,
    pub post: Option<Operation>,
    pub delete: Option<Operation>,
    pub patch: Option<Operation>,
    pub head: Option<Operation>,
    pub options: Option<Operation>,
    pub parameters: Vec<Parameter>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl PathItem {
    /// The operations in a fixed order, with their HTTP method in upper case.
    pub fn operations(&self) -> impl Iterator<Item = (&'static str, &Operation)> {
        [
            ("GET", &self.get),
            ("PUT", &self.put),
            ("POST", &self.post),
            ("DELETE", &self.delete),
            ("PATCH", &self.patch),
            ("HEAD", &self.head),
            ("OPTIONS", &self.options),
        ]
        .into_iter()
        .filter_map(|(m, o)| o.as_ref().map(|o| (m, o)))
    }
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct Operation {
    #[serde(rename = "operationId")]
    pub operation_id: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub consumes: Option<Vec<String>>,
    pub produces: Option<Vec<String>>,
    pub parameters: Vec<Parameter>,
    pub responses: IndexMap<String, Response>,
    pub deprecated: bool,
    #[serde(rename = "x-ms-long-running-operation")]
    pub long_running: bool,
    #[serde(rename = "x-ms-long-running-operation-options")]
    pub long_running_options: Option<LongRunningOptions>,
    #[serde(rename = "x-ms-pageable")]
    pub pageable: Option<Pageable>,
    #[serde(rename = "x-ms-examples")]
    pub examples: IndexMap<String, Reference>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct LongRunningOptions {
    #[serde(rename = "final-state-via")]
    pub final_state_via: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `x-ms-pageable`. `nextLinkName` is tri-state: absent means `nextLink`, `null` means one page.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct Pageable {
    #[serde(rename = "nextLinkName", deserialize_with = "present")]
    pub next_link_name: Option<Option<String>>,
    #[serde(rename = "itemName")]
    pub item_name: Option<String>,
    #[serde(rename = "operationName")]
    pub operation_name: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Distinguishes a key given as `null` (`Some(None)`) from an absent key (`None`).
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// A bare `{"$ref": "..."}` object, as used by `x-ms-examples`.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct Reference {
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
}

/// A parameter, or a `$ref` to one.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct Parameter {
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    pub name: Option<String>,
    #[serde(rename = "in")]
    pub location: Option<String>,
    pub description: Option<String>,
    pub required: bool,
    /// Body parameters carry a schema; the others carry the simple-type fields below.
    pub schema: Option<Schema>,
    #[serde(rename = "type")]
    pub type_: Option<String>,
    pub format: Option<String>,
    pub items: Option<Box<Schema>>,
    #[serde(rename = "collectionFormat")]
    pub collection_format: Option<String>,
    #[serde(rename = "enum")]
    pub enum_: Option<Vec<Value>>,
    pub default: Option<Value>,
    #[serde(rename = "x-ms-enum")]
    pub x_ms_enum: Option<XmsEnum>,
    #[serde(rename = "x-ms-parameter-location")]
    pub parameter_location: Option<String>,
    #[serde(rename = "x-ms-client-name")]
    pub client_name: Option<String>,
    #[serde(rename = "x-ms-skip-url-encoding")]
    pub skip_url_encoding: bool,
    #[serde(rename = "x-ms-client-flatten")]
    pub client_flatten: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A response, or a `$ref` to one.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct Response {
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    pub description: Option<String>,
    pub schema: Option<Schema>,
    pub headers: IndexMap<String, Header>,
    #[serde(rename = "x-ms-error-response")]
    pub error_response: Option<bool>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct Header {
    pub description: Option<String>,
    #[serde(rename = "type")]
    pub type_: Option<String>,
    pub format: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A JSON schema as Swagger 2.0 restricts it, with Azure's extensions.
#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(default)]
pub struct Schema {
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    #[serde(rename = "type")]
    pub type_: Option<String>,
    pub format: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub required: Vec<String>,
    pub properties: IndexMap<String, Schema>,
    #[serde(rename = "additionalProperties")]
    pub additional_properties: Option<AdditionalProperties>,
    pub items: Option<Box<Schema>>,
    #[serde(rename = "allOf")]
    pub all_of: Vec<Schema>,
    #[serde(rename = "enum")]
    pub enum_: Option<Vec<Value>>,
    pub default: Option<Value>,
    #[serde(rename = "readOnly")]
    pub read_only: bool,
    pub discriminator: Option<String>,
    #[serde(rename = "x-ms-client-flatten")]
    pub client_flatten: bool,
    #[serde(rename = "x-ms-enum")]
    pub x_ms_enum: Option<XmsEnum>,
    #[serde(rename = "x-ms-discriminator-value")]
    pub discriminator_value: Option<String>,
    #[serde(rename = "x-ms-client-name")]
    pub client_name: Option<String>,
    #[serde(rename = "x-ms-mutability")]
    pub mutability: Option<Vec<String>>,
    #[serde(rename = "x-ms-secret")]
    pub secret: bool,
    #[serde(rename = "x-ms-azure-resource")]
    pub azure_resource: bool,
    #[serde(rename = "x-nullable")]
    pub nullable: Option<bool>,
    #[serde(rename = "x-ms-external")]
    pub external: bool,
    /// How the schema is written in XML bodies.
    pub xml: Option<Xml>,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The `xml` object of a schema.
#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(default)]
pub struct Xml {
    pub name: Option<String>,
    pub namespace: Option<String>,
    pub prefix: Option<String>,
    pub attribute: bool,
    pub wrapped: bool,
    /// `x-ms-text`: the property is the element's text.
    #[serde(rename = "x-ms-text")]
    pub text: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

/// `additionalProperties`: `true`/`false` or a schema for the values.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum AdditionalProperties {
    Bool(bool),
    Schema(Box<Schema>),
}

/// `x-ms-enum`.
#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(default)]
pub struct XmsEnum {
    pub name: Option<String>,
    #[serde(rename = "modelAsString")]
    pub model_as_string: Option<bool>,
    pub values: Vec<XmsEnumValue>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Deserialize, Default, PartialEq)]
#[serde(default)]
pub struct XmsEnumValue {
    pub value: Value,
    pub name: Option<String>,
    pub description: Option<String>,
    #[serde(flatten)]
    pub extra: Extra,
}
