//! Object schemas into structs: properties collected through `allOf` (parents first, shared
//! ancestors once), what each inherits from the definition its `$ref` names, required and
//! additional properties, the discriminator's tag.

use super::{Resolver, MAX_ALLOF_DEPTH};
use crate::model::names::{self, Scope};
use crate::model::{AdditionalField, Field, Struct, Tag, TypeRef};
use crate::spec::pointer;
use crate::spec::swagger::{AdditionalProperties, Schema};
use crate::spec::Location;
use std::collections::{BTreeSet, HashSet};

impl Resolver<'_> {
    pub(super) fn build_struct(&mut self, loc: &Location, s: &Schema, name: &str) -> Struct {
        let mut collected = Collected::default();
        let mut visiting = Vec::new();
        self.collect(loc, s, name, &mut collected, &mut visiting);
        if let Some(tag) = &mut collected.tag {
            let own = pointer::segments(&loc.pointer).last().cloned().unwrap_or_default();
            tag.value = s.discriminator_value.clone().unwrap_or(own);
        }
        let mut scope = Scope::new();
        let mut fields = Vec::new();
        for p in collected.props {
            if collected.tag.as_ref().is_some_and(|t| t.property == p.wire) {
                continue;
            }
            let required = collected.required.contains(&p.wire);
            let raw_name = p.client_name.clone().unwrap_or_else(|| p.wire.clone());
            let fname = scope.claim(&names::field_name(&raw_name), &[]);
            let read_only = p.read_only;
            fields.push(Field {
                name: fname,
                wire: p.wire.clone(),
                required: required && !read_only,
                read_only,
                create_only: p.create_only,
                nullable: p.nullable,
                flatten: p.flatten,
                secret: p.secret || self.settings.secret_properties.iter().any(|n| n == &p.wire),
                boxed: false,
                docs: p.docs,
                ty: p.ty,
                spec_default: p.default,
                // Decided once every type is known (an enum's variants): `shapes::finish`.
                constant: false,
                default: None,
                xml: p.xml,
            });
        }
        let additional =
            collected.additional.map(|ty| AdditionalField { name: scope.claim("additional_properties", &[]), ty });
        Struct {
            fields,
            additional,
            tag: collected.tag,
            default: false,
            accessors: Vec::new(),
            request: false,
            builder: None,
            xml: false,
        }
    }

    /// Gathers properties from `allOf` parents (first) and then the schema's own.
    fn collect(&mut self, loc: &Location, s: &Schema, name: &str, out: &mut Collected, visiting: &mut Vec<Location>) {
        if visiting.contains(loc) {
            self.diag(loc.doc, &loc.pointer, "allOf cycle: a schema inherits from itself");
            return;
        }
        if visiting.len() >= MAX_ALLOF_DEPTH {
            self.diag(loc.doc, &loc.pointer, format!("allOf inheritance deeper than {MAX_ALLOF_DEPTH} levels"));
            return;
        }
        // A diamond (one ancestor reached twice) contributes its properties once.
        if !out.collected.insert(loc.clone()) {
            return;
        }
        visiting.push(loc.clone());
        for (i, parent) in s.all_of.iter().enumerate() {
            let ploc = Location { doc: loc.doc, pointer: format!("{}/allOf/{i}", loc.pointer) };
            match &parent.reference {
                Some(reference) => match self.loader.resolve(loc.doc, reference, &ploc.pointer) {
                    Ok(target) => {
                        let Some(doc) = self.doc(target.doc) else { continue };
                        let Some(ps) = crate::spec::load::schema_in(&doc.swagger, &target.pointer) else { continue };
                        if let Some(prop) = &ps.discriminator {
                            // This schema is one kind of the parent's union: it writes the tag.
                            let own = pointer::segments(&loc.pointer).last().cloned().unwrap_or_default();
                            let value = s.discriminator_value.clone().unwrap_or(own);
                            // Provisional: `build_struct` sets the value of the kind being built
                            // (a grandchild is not its parent).
                            if out.tag.is_none() {
                                out.tag = Some(Tag { property: prop.clone(), value });
                            }
                            // Make sure the union itself exists, so its kinds are searched for.
                            self.named(
                                &target,
                                &pointer::segments(&target.pointer).last().cloned().unwrap_or_default(),
                            );
                        }
                        let pname = pointer::segments(&target.pointer).last().cloned().unwrap_or_default();
                        self.collect(&target, ps, &pname, out, visiting);
                    }
                    Err(d) => self.diags.push(d),
                },
                None => self.collect(&ploc, parent, name, out, visiting),
            }
        }
        for r in &s.required {
            out.required.insert(r.clone());
        }
        for (pname, ps) in &s.properties {
            let ploc = Location { doc: loc.doc, pointer: pointer::join(&loc.pointer, &["properties", pname]) };
            let hint = format!("{name} {pname}");
            let ty = self.type_of(&ploc, ps, &names::type_name(&hint));
            let target = self.target_schema(&ploc, ps);
            let docs = ps.description.clone().or_else(|| target.as_ref().and_then(|t| t.description.clone()));
            let default = ps.default.clone().or_else(|| target.as_ref().and_then(|t| t.default.clone()));
            let mutability = ps.mutability.as_deref();
            // `readOnly` may sit on the property or on the definition it refers to.
            let read_only = ps.read_only
                || mutability.is_some_and(|m| m.iter().all(|x| x == "read"))
                || target.as_ref().is_some_and(|t| t.read_only);
            let create_only =
                mutability.is_some_and(|m| m.iter().any(|x| x == "create") && !m.iter().any(|x| x == "update"));
            let flatten = ps.client_flatten && matches!(ty, TypeRef::Named(_));
            let xml = self.xml.then(|| crate::model::xml::field(self, &ploc, pname, ps));
            let prop = Prop {
                wire: pname.clone(),
                client_name: ps.client_name.clone(),
                ty,
                read_only,
                create_only,
                nullable: ps.nullable == Some(true),
                flatten,
                secret: ps.secret,
                docs,
                default,
                xml,
            };
            // A child's own declaration of an inherited property replaces the parent's.
            match out.props.iter_mut().find(|p| p.wire == *pname) {
                Some(existing) => *existing = prop,
                None => out.props.push(prop),
            }
        }
        match &s.additional_properties {
            Some(AdditionalProperties::Schema(v)) if !s.properties.is_empty() => {
                let vloc = Location { doc: loc.doc, pointer: format!("{}/additionalProperties", loc.pointer) };
                out.additional = Some(self.type_of(&vloc, v, &format!("{name}Value")));
            }
            Some(AdditionalProperties::Bool(true)) if !s.properties.is_empty() => out.additional = Some(TypeRef::Json),
            _ => {}
        }
        visiting.pop();
    }

    /// What a property's `$ref` points to (`readOnly`, a description or a `default` may sit
    /// there rather than on the property).
    fn target_schema(&mut self, loc: &Location, s: &Schema) -> Option<Target> {
        let reference = s.reference.as_ref()?;
        let target = self.loader.resolve(loc.doc, reference, &loc.pointer).ok()?;
        let doc = self.doc(target.doc)?;
        let t = crate::spec::load::schema_in(&doc.swagger, &target.pointer)?;
        Some(Target { read_only: t.read_only, description: t.description.clone(), default: t.default.clone() })
    }
}

/// What a property may inherit from the definition its `$ref` points to.
struct Target {
    read_only: bool,
    description: Option<String>,
    default: Option<serde_json::Value>,
}

#[derive(Default)]
struct Collected {
    /// Schemas already collected, so shared ancestors are walked once.
    collected: HashSet<Location>,
    props: Vec<Prop>,
    required: BTreeSet<String>,
    additional: Option<TypeRef>,
    tag: Option<Tag>,
}

struct Prop {
    wire: String,
    client_name: Option<String>,
    ty: TypeRef,
    read_only: bool,
    create_only: bool,
    nullable: bool,
    flatten: bool,
    secret: bool,
    docs: Option<String>,
    default: Option<serde_json::Value>,
    xml: Option<crate::model::xml::XmlField>,
}
