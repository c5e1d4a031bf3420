//! XML bodies: which operations send or read XML (from their `consumes`/`produces`), the root
//! element of each XML body, and each property's XML form (element, attribute or text; wrapped
//! arrays and their items' element name), from the schemas' `xml` objects. Decided here once;
//! the emitters print it as serde attributes.

use super::resolve::Resolver;
use super::{Model, TypeId, TypeKind, TypeRef};
use crate::error::Diagnostic;
use crate::spec::swagger::Schema;
use crate::spec::{pointer, Location};
use std::collections::BTreeMap;

/// How an operation's request or response bodies are written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Json,
    /// XML, with this media type (`application/xml`, `text/xml`).
    Xml(String),
}

impl Format {
    /// XML when the media types name XML and no JSON; JSON otherwise (also when none is given).
    pub fn of(media: &[String]) -> Format {
        use super::media::{essence, is_json, is_xml};
        let json = media.iter().any(|m| {
            let (kind, sub) = essence(m);
            is_json(&kind, &sub)
        });
        let xml = media.iter().find(|m| {
            let (kind, sub) = essence(m);
            is_xml(&kind, &sub)
        });
        match xml {
            Some(x) if !json => Format::Xml(x.clone()),
            _ => Format::Json,
        }
    }

    pub fn is_xml(&self) -> bool {
        matches!(self, Format::Xml(_))
    }
}

/// The root element of an XML body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlRoot {
    /// The schema's `xml.name`, else its definition's name.
    pub name: String,
    /// The body is a list: its items' element name.
    pub item: Option<String>,
    /// `xml.namespace`: the root element declares it, as `(attribute, uri)` with the attribute
    /// `xmlns` or, with an `xml.prefix`, `xmlns:prefix`.
    pub namespace: Option<(String, String)>,
}

/// An XML request body: its media type and root element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlBody {
    pub media: String,
    pub root: XmlRoot,
}

/// Where a property goes in its struct's element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XmlKind {
    /// A child element (a list: one element per item, or a wrapper element when wrapped).
    Element,
    /// `xml.attribute`.
    Attribute,
    /// `x-ms-text`: the element's text.
    Text,
}

/// A property's XML form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlField {
    /// The element or attribute name. For an unwrapped list, its items' element name.
    pub name: String,
    /// `xml.prefix`: written as `prefix:name` (readers match the name without it).
    pub prefix: Option<String>,
    pub kind: XmlKind,
    /// `xml.wrapped` list: the items' element name, inside the element [`Self::name`].
    pub wrapped: Option<String>,
}

/// The schema behind `s` (one `$ref` followed), where it is, and its definition's name.
fn follow(r: &mut Resolver<'_>, loc: &Location, s: &Schema) -> (Location, Schema, Option<String>) {
    if let Some(reference) = &s.reference {
        if let Ok(target) = r.loader.resolve(loc.doc, reference, &loc.pointer) {
            let doc = r.doc(target.doc);
            if let Some(t) = doc.as_ref().and_then(|d| crate::spec::load::schema_in(&d.swagger, &target.pointer)) {
                let name = pointer::segments(&target.pointer).last().cloned();
                return (target.clone(), t.clone(), name);
            }
        }
    }
    (loc.clone(), s.clone(), None)
}

/// A name with its `xml.prefix`.
fn prefixed(prefix: Option<&String>, name: String) -> String {
    match prefix {
        Some(p) if !p.is_empty() => format!("{p}:{name}"),
        _ => name,
    }
}

/// The element name of a list's items and its prefix: their `xml.name` (on the items or on the
/// definition they refer to), else, when `definition` is set, the definition's name.
fn item_name(
    r: &mut Resolver<'_>,
    list: &Location,
    list_schema: &Schema,
    definition: bool,
) -> Option<(String, Option<String>)> {
    let items = list_schema.items.as_deref()?;
    let iloc = Location { doc: list.doc, pointer: format!("{}/items", list.pointer) };
    let named = |x: Option<&crate::spec::swagger::Xml>| x.and_then(|x| Some((x.name.clone()?, x.prefix.clone())));
    let own = named(items.xml.as_ref());
    let (_, target, def) = follow(r, &iloc, items);
    own.or_else(|| named(target.xml.as_ref())).or(def.filter(|_| definition).map(|d| (d, None)))
}

/// The XML form of the property `name` with schema `s` at `loc`.
pub(crate) fn field(r: &mut Resolver<'_>, loc: &Location, name: &str, s: &Schema) -> XmlField {
    let (tloc, target, _) = follow(r, loc, s);
    let xml = s.xml.as_ref();
    let target_xml = target.xml.as_ref();
    let attribute = xml.is_some_and(|x| x.attribute);
    let text = xml.is_some_and(|x| x.text);
    // The property's own name, else the one of the definition it refers to, else its key.
    let own = xml.and_then(|x| x.name.clone());
    let referred = target_xml.and_then(|x| x.name.clone());
    // The prefix goes with the name it is given beside.
    let prefix = match (own.is_some(), referred.is_some()) {
        (false, true) => target_xml.and_then(|x| x.prefix.clone()),
        _ => xml.and_then(|x| x.prefix.clone()),
    };
    let element = own.clone().or(referred).unwrap_or_else(|| name.to_owned());
    if target.type_.as_deref() == Some("array") {
        let wrapped =
            xml.is_some_and(|x| x.wrapped) || (s.reference.is_some() && target_xml.is_some_and(|x| x.wrapped));
        let item = item_name(r, &tloc, &target, wrapped);
        if wrapped {
            let wrapper = own.unwrap_or_else(|| name.to_owned());
            let prefix = xml.and_then(|x| x.prefix.clone());
            // Items are only written by name (any child element reads as one).
            let item = match item {
                Some((item, p)) => prefixed(p.as_ref(), item),
                None => prefixed(prefix.as_ref(), wrapper.clone()),
            };
            return XmlField { name: wrapper, prefix, kind: XmlKind::Element, wrapped: Some(item) };
        }
        // Each item is an element of the items' name.
        return match item {
            Some((item, p)) => XmlField { name: item, prefix: p, kind: XmlKind::Element, wrapped: None },
            None => XmlField { name: element, prefix, kind: XmlKind::Element, wrapped: None },
        };
    }
    let kind = if text {
        XmlKind::Text
    } else if attribute {
        XmlKind::Attribute
    } else {
        XmlKind::Element
    };
    XmlField { name: element, prefix, kind, wrapped: None }
}

/// The root element of an XML body of schema `s` at `loc`; `fallback` names an inline schema
/// without `xml.name`.
pub(crate) fn root(r: &mut Resolver<'_>, loc: &Location, s: &Schema, fallback: &str) -> XmlRoot {
    let (tloc, target, def) = follow(r, loc, s);
    let named = |x: &Schema| x.xml.as_ref().and_then(|x| x.name.clone().map(|n| prefixed(x.prefix.as_ref(), n)));
    let name = named(s).or_else(|| named(&target)).or(def).unwrap_or_else(|| fallback.to_owned());
    let namespace = [s, &target].into_iter().find_map(|x| {
        let x = x.xml.as_ref()?;
        let uri = x.namespace.clone()?;
        let attribute = match &x.prefix {
            Some(p) if !p.is_empty() => format!("xmlns:{p}"),
            _ => "xmlns".to_owned(),
        };
        Some((attribute, uri))
    });
    let item = (target.type_.as_deref() == Some("array")).then(|| match item_name(r, &tloc, &target, true) {
        Some((item, p)) => prefixed(p.as_ref(), item),
        None => name.clone(),
    });
    XmlRoot { name, item, namespace }
}

/// Makes the body parameter `p` (at `loc`, already added to `o`) an XML body when `format` is.
pub(crate) fn body(
    r: &mut Resolver<'_>,
    o: &mut super::Operation,
    loc: &Location,
    p: &crate::spec::swagger::Parameter,
    format: &Format,
) {
    let (Format::Xml(media), Some(schema)) = (format, &p.schema) else { return };
    let Some(body) = o.body.as_mut() else { return };
    let sloc = Location { doc: loc.doc, pointer: format!("{}/schema", loc.pointer) };
    let root = root(r, &sloc, schema, &body.wire);
    body.xml = Some(XmlBody { media: media.clone(), root });
}

/// Marks the structs XML bodies reach (`Struct::xml`: their fields are printed in their XML
/// form). A struct that JSON bodies reach too is refused: one serde form cannot be both.
pub(super) fn mark(model: &mut Model) -> Result<(), Vec<Diagnostic>> {
    let mut xml: BTreeMap<TypeId, String> = BTreeMap::new();
    let mut json: BTreeMap<TypeId, String> = BTreeMap::new();
    for op in &model.operations {
        let bodies = op.body.iter().map(|b| (&b.ty, b.xml.is_some()));
        let responses = op.responses.iter().filter_map(|x| x.ty.as_ref().map(|t| (t, op.response_format.is_xml())));
        for (ty, is_xml) in bodies.chain(responses) {
            let set = if is_xml { &mut xml } else { &mut json };
            reach(model, ty, &op.id, set);
        }
    }
    let mut diags = unsupported(model);
    for (id, op) in &xml {
        let Some(t) = model.get(*id) else { continue };
        if let Some(other) = json.get(id) {
            diags.push(Diagnostic::new(
                t.origin.file.clone(),
                t.origin.pointer.clone(),
                format!(
                    "`{}` is in an XML body (`{op}`) and in a JSON body (`{other}`): one serde form cannot \
                     write both; give the XML operations their own definitions",
                    t.name
                ),
            ));
        }
        if let TypeKind::Struct(st) = &t.kind {
            let dated = |ty: &TypeRef| matches!(ty, TypeRef::Vec(i) if **i == TypeRef::DateTime);
            for f in st.fields.iter().filter(|f| f.xml.as_ref().is_some_and(|x| x.wrapped.is_some()) && dated(&f.ty)) {
                diags.push(Diagnostic::new(
                    t.origin.file.clone(),
                    pointer::join(&t.origin.pointer, &["properties", &f.wire]),
                    "a wrapped XML list of date-times is not supported",
                ));
            }
        }
        if matches!(t.kind, TypeKind::Union(_)) {
            diags.push(Diagnostic::new(
                t.origin.file.clone(),
                t.origin.pointer.clone(),
                format!("`{}` is a discriminated union in an XML body (`{op}`), which is not supported", t.name),
            ));
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    for t in &mut model.types {
        if let TypeKind::Struct(s) = &mut t.kind {
            s.xml = xml.contains_key(&t.id);
        }
    }
    Ok(())
}

/// XML operations this crate cannot send or read: long-running or pageable ones (their pollers
/// and pagers read JSON), and bodies that are date-times themselves.
fn unsupported(model: &Model) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for op in &model.operations {
        let request = op.body.as_ref().filter(|b| b.xml.is_some()).map(|b| &b.ty);
        let responses = op.responses.iter().filter(|r| r.xml.is_some()).filter_map(|r| r.ty.as_ref());
        let mut why = Vec::new();
        if op.response_format.is_xml() && op.responses.iter().any(|r| r.ty.is_some()) {
            if op.long_running.is_some() {
                why.push("a long-running operation with XML responses");
            }
            if op.paging.is_some() {
                why.push("a pageable operation with XML responses");
            }
        }
        if request.into_iter().chain(responses).any(|ty| dates(model, ty)) {
            why.push("an XML body of date-times");
        }
        for w in why {
            let message = format!("`{}`: {w} is not supported", op.id);
            diags.push(Diagnostic::new(op.origin.file.clone(), op.origin.pointer.clone(), message));
        }
    }
    diags
}

/// Whether a body type is date-times itself (through aliases and lists).
fn dates(model: &Model, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::DateTime => true,
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => dates(model, inner),
        TypeRef::Named(id) => match model.resolve_alias(*id).map(|t| &t.kind) {
            Some(TypeKind::Alias(inner)) => dates(model, inner),
            _ => false,
        },
        _ => false,
    }
}

/// Records every named type `ty` reaches (through fields, maps, lists and aliases) in `set`.
fn reach(model: &Model, ty: &TypeRef, op: &str, set: &mut BTreeMap<TypeId, String>) {
    let mut stack = Vec::new();
    ty.named_in(&mut stack);
    while let Some(id) = stack.pop() {
        if set.contains_key(&id) {
            continue;
        }
        set.insert(id, op.to_owned());
        if let Some(t) = model.get(id) {
            t.kind.refers_to(&mut stack);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn xml_only_when_no_json_is_offered() {
        let f = |m: &[&str]| Format::of(&m.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(f(&["application/xml"]), Format::Xml("application/xml".into()));
        assert_eq!(f(&["text/xml; charset=utf-8"]), Format::Xml("text/xml; charset=utf-8".into()));
        assert_eq!(f(&["application/json", "application/xml"]), Format::Json);
        assert_eq!(f(&[]), Format::Json);
        assert_eq!(f(&["application/octet-stream"]), Format::Json);
    }
}
