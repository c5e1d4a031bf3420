//! Kinds with kinds of their own: in `Fish` (discriminator `fishtype`), `salmon` has the kind
//! `smart_salmon`. A reference to `salmon` (a body, a property) may hold a `smart_salmon`, so it
//! stands for a union of the two (`SalmonUnion`), which keeps what the kind adds (its properties,
//! its discriminator value) when the value is sent back. The root union keeps every kind as its
//! own variant.

use super::names::{self, Scope};
use super::{Model, TypeDef, TypeId, TypeKind, TypeRef, Union, UnionVariant};
use std::collections::{HashMap, HashSet};

/// Adds a union for every kind that has kinds of its own and points every reference to such a
/// kind at it, except the variants of unions themselves. Names are claimed in `names`.
pub(super) fn split(model: &mut Model, names: &mut Scope) {
    let mut by_kind: HashMap<TypeId, TypeId> = HashMap::new();
    let mut added = Vec::new();
    let referenced = references(model);
    for t in &model.types {
        let TypeKind::Union(u) = &t.kind else { continue };
        for v in &u.variants {
            let below: Vec<&UnionVariant> = u.variants.iter().filter(|w| w.within.contains(&v.ty)).collect();
            // A kind nothing refers to on its own needs no union of its own.
            if below.is_empty() || by_kind.contains_key(&v.ty) || !referenced.contains(&v.ty) {
                continue;
            }
            let Some(kind) = model.get(v.ty) else { continue };
            let id = TypeId(model.types.len() + added.len());
            let name = names.claim(&names::type_name(&format!("{} Union", kind.name)), &[]);
            let mut scope = Scope::new();
            let mut variants: Vec<UnionVariant> = Vec::new();
            for w in std::iter::once(v).chain(below) {
                let vname = scope.claim(&names::variant_name(model.name(w.ty).unwrap_or_default()), &[]);
                variants.push(UnionVariant { name: vname, value: w.value.clone(), ty: w.ty, within: Vec::new() });
            }
            let base = variants.first().map(|b| b.name.clone());
            let other = scope.claim("Other", &["UnknownKind".into()]);
            let docs = format!("{} or one of its kinds, told apart by {}.", kind.name, u.property);
            added.push(TypeDef {
                id,
                name,
                docs: Some(docs),
                origin: kind.origin.clone(),
                kind: TypeKind::Union(Union { property: u.property.clone(), variants, other, base }),
                groups: Default::default(),
            });
            by_kind.insert(v.ty, id);
        }
    }
    if by_kind.is_empty() {
        return;
    }
    for t in &mut model.types {
        match &mut t.kind {
            TypeKind::Struct(s) => {
                s.fields.iter_mut().for_each(|f| retarget(&mut f.ty, &by_kind));
                if let Some(a) = &mut s.additional {
                    retarget(&mut a.ty, &by_kind);
                }
            }
            TypeKind::Alias(ty) => retarget(ty, &by_kind),
            TypeKind::Enum(_) | TypeKind::Union(_) => {}
        }
    }
    model.types.extend(added);
    for op in &mut model.operations {
        op.params.iter_mut().for_each(|p| retarget(&mut p.ty, &by_kind));
        if let Some(b) = &mut op.body {
            retarget(&mut b.ty, &by_kind);
        }
        op.responses.iter_mut().filter_map(|r| r.ty.as_mut()).for_each(|ty| retarget(ty, &by_kind));
        if let Some(e) = &mut op.error {
            retarget(e, &by_kind);
        }
    }
    model.client_params.iter_mut().for_each(|p| retarget(&mut p.ty, &by_kind));
}

/// The named types referred to other than as a union's variant: by properties, aliases and
/// operations.
fn references(model: &Model) -> HashSet<TypeId> {
    let mut found = Vec::new();
    for t in &model.types {
        match &t.kind {
            TypeKind::Struct(s) => {
                s.fields.iter().for_each(|f| f.ty.named_in(&mut found));
                if let Some(a) = &s.additional {
                    a.ty.named_in(&mut found);
                }
            }
            TypeKind::Alias(ty) => ty.named_in(&mut found),
            TypeKind::Enum(_) | TypeKind::Union(_) => {}
        }
    }
    for op in &model.operations {
        let bodies = op.body.iter().map(|b| &b.ty).chain(op.responses.iter().filter_map(|r| r.ty.as_ref()));
        op.params.iter().map(|p| &p.ty).chain(bodies).chain(&op.error).for_each(|ty| ty.named_in(&mut found));
    }
    model.client_params.iter().for_each(|p| p.ty.named_in(&mut found));
    found.into_iter().collect()
}

fn retarget(ty: &mut TypeRef, by_kind: &HashMap<TypeId, TypeId>) {
    match ty {
        TypeRef::Named(id) => {
            if let Some(union) = by_kind.get(id) {
                *id = *union;
            }
        }
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => retarget(inner, by_kind),
        _ => {}
    }
}
