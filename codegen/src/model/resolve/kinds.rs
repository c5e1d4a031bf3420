//! The kinds of discriminated unions: which definitions inherit from each union base.

use super::Resolver;
use crate::model::names::{self, Scope};
use crate::model::{TypeDef, TypeId, TypeKind, UnionVariant};
use crate::spec::pointer;
use crate::spec::swagger::Schema;
use crate::spec::{Document, Location};
use std::collections::HashSet;
use std::sync::Arc;

impl Resolver<'_> {
    /// Finds the kinds of every union among the reachable definitions: every definition of the
    /// inputs (all named up front) and those of referenced files something already uses. An
    /// unused definition of a referenced file is never parsed for this (lazy parsing holds, and
    /// a broken one elsewhere in a big shared file is not fatal); a kind nothing refers to is
    /// read as the union's catch-all variant. Every candidate is already built, so nothing new
    /// is queued.
    pub(super) fn find_union_kinds(&mut self) {
        let unions = self.unions.clone();
        let docs: Vec<Arc<Document>> = self.loader.docs().to_vec();
        for (uid, _) in unions {
            let mut kinds: Vec<(String, TypeId)> = Vec::new();
            let mut found: Vec<(Location, &Schema)> = Vec::new();
            for doc in &docs {
                // Document order, so the union's variants keep the spec's order.
                for dname in doc.swagger.definitions.keys() {
                    let dloc = Location { doc: doc.id, pointer: pointer::join("", &["definitions", dname]) };
                    let Some(&id) = self.by_loc.get(&dloc) else { continue };
                    let Some(ds) = doc.swagger.definitions.get(dname) else { continue };
                    if id == uid || !self.inherits(&dloc, ds, uid) {
                        continue;
                    }
                    // Identical kinds in several files are one type, so one variant.
                    if kinds.iter().any(|(_, k)| *k == id) {
                        continue;
                    }
                    let value = ds.discriminator_value.clone().unwrap_or_else(|| dname.clone());
                    kinds.push((value, id));
                    found.push((dloc, ds));
                }
            }
            let mut scope = Scope::new();
            let variants: Vec<UnionVariant> = kinds
                .iter()
                .zip(&found)
                .map(|((value, ty), (loc, s))| {
                    let name = scope.claim(&names::variant_name(self.type_name(*ty)), &[]);
                    // The union's other kinds this one is a kind of (`salmon` for `smart_salmon`).
                    let within =
                        kinds.iter().map(|(_, k)| *k).filter(|k| k != ty && self.inherits(loc, s, *k)).collect();
                    UnionVariant { name, value: value.clone(), ty: *ty, within }
                })
                .collect();
            let other = scope.claim("Other", &["UnknownKind".into()]);
            if let Some(Some(TypeDef { kind: TypeKind::Union(u), .. })) = self.types.get_mut(uid.0) {
                u.variants = variants;
                u.other = other;
            }
        }
    }

    fn type_name(&self, id: TypeId) -> &str {
        self.types.get(id.0).and_then(|t| t.as_ref()).map_or("", |t| t.name.as_str())
    }

    /// Whether the definition at `loc` has the union `base` among its `allOf` ancestors (at any
    /// location that is that type: files may share it). Only files already loaded are consulted:
    /// refs are not followed into new files for this search.
    fn inherits(&self, loc: &Location, s: &Schema, base: TypeId) -> bool {
        // Iterative, with a visited set: `allOf` graphs may repeat parents or loop.
        let mut seen: HashSet<Location> = HashSet::new();
        let mut stack: Vec<(Location, &Schema)> = vec![(loc.clone(), s)];
        while let Some((at, schema)) = stack.pop() {
            for p in &schema.all_of {
                let Some(reference) = &p.reference else { continue };
                let Some(target) = self.loader.locate_loaded(at.doc, reference) else { continue };
                if self.by_loc.get(&target) == Some(&base) {
                    return true;
                }
                if !seen.insert(target.clone()) {
                    continue;
                }
                let Some(doc) = self.loader.doc(target.doc) else { continue };
                if let Some(ps) = crate::spec::load::schema_in(&doc.swagger, &target.pointer) {
                    stack.push((target, ps));
                }
            }
        }
        false
    }
}
