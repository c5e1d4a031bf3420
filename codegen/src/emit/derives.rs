//! Derives decided per type: `Eq` and `Hash` where every field allows them (no floats; no raw
//! JSON for `Hash`), found for the whole model at once since types refer to each other.

use crate::model::{Model, TypeId, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// Which named types can derive `Eq` and `Hash`.
pub struct Derives {
    eq: Vec<bool>,
    hash: Vec<bool>,
}

impl Derives {
    /// The derives beyond `PartialEq` a struct gets.
    pub fn extra(&self, id: TypeId) -> Vec<TokenStream> {
        let mut out = Vec::new();
        if self.eq.get(id.0).copied().unwrap_or(false) {
            out.push(quote!(Eq));
            if self.hash.get(id.0).copied().unwrap_or(false) {
                out.push(quote!(Hash));
            }
        }
        out
    }
}

/// Starts from "every type can" and removes what a field forbids until nothing changes (a
/// greatest fixed point, so recursive types keep what their own fields allow).
pub fn decide(model: &Model) -> Derives {
    let n = model.types.len();
    let mut d = Derives { eq: vec![true; n], hash: vec![true; n] };
    loop {
        let mut changed = false;
        for t in &model.types {
            let (eq, hash) = match &t.kind {
                TypeKind::Struct(s) => {
                    let tys = s.fields.iter().map(|f| &f.ty).chain(s.additional.as_ref().map(|a| &a.ty));
                    tys.fold((true, true), |(e, h), ty| {
                        let (fe, fh) = allows(&d, ty);
                        (e && fe, h && fh)
                    })
                }
                // Hand-written impls decide these (`Eq`/`Hash` on enums); unions hold raw JSON.
                TypeKind::Enum(_) => (true, true),
                TypeKind::Union(_) => (false, false),
                TypeKind::Alias(ty) => allows(&d, ty),
            };
            for (slot, allowed) in [(d.eq.get_mut(t.id.0), eq), (d.hash.get_mut(t.id.0), hash)] {
                if let Some(slot) = slot.filter(|s| **s && !allowed) {
                    *slot = false;
                    changed = true;
                }
            }
        }
        if !changed {
            return d;
        }
    }
}

fn allows(d: &Derives, ty: &TypeRef) -> (bool, bool) {
    match ty {
        TypeRef::F32 | TypeRef::F64 => (false, false),
        TypeRef::Json => (true, false),
        TypeRef::Named(id) => (d.eq.get(id.0).copied().unwrap_or(false), d.hash.get(id.0).copied().unwrap_or(false)),
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => allows(d, inner),
        _ => (true, true),
    }
}
