//! Whether two same-named schemas from different files are the same type.
//!
//! Files of one readme tag often each carry a copy of a definition (`Resource`, `ErrorResponse`).
//! Copies that are identical become one Rust type; any difference (a description, a property,
//! a `$ref` reaching another target) keeps them apart, under distinct names.

use crate::spec::swagger::{AdditionalProperties, Schema};
use crate::spec::{Loader, Location};
use std::collections::HashSet;

/// Most schema pairs compared for one question; beyond it the answer is "different" (safe: two
/// types instead of one).
const MAX_PAIRS: usize = 4096;

/// Whether the schemas at `a` and `b` are identical: equal apart from their `$ref`s, whose targets
/// are the same schema or (recursively) identical ones. Cycles are assumed identical until shown
/// otherwise. Refs that do not resolve make the answer "different" (their error is reported when
/// the schema itself is built).
pub(super) fn identical(loader: &mut Loader, a: &Location, b: &Location) -> bool {
    let mut assumed: HashSet<(Location, Location)> = HashSet::new();
    let mut pending = vec![(a.clone(), b.clone())];
    while let Some((x, y)) = pending.pop() {
        if x == y || !assumed.insert((x.clone(), y.clone())) {
            continue;
        }
        if assumed.len() > MAX_PAIRS {
            return false;
        }
        let (Some(sx), Some(sy)) = (loader.schema(&x).cloned(), loader.schema(&y).cloned()) else { return false };
        let (shape_x, refs_x) = without_refs(sx);
        let (shape_y, refs_y) = without_refs(sy);
        if shape_x != shape_y || refs_x.len() != refs_y.len() {
            return false;
        }
        for (rx, ry) in refs_x.iter().zip(&refs_y) {
            match (loader.resolve(x.doc, rx, &x.pointer), loader.resolve(y.doc, ry, &y.pointer)) {
                (Ok(tx), Ok(ty)) => pending.push((tx, ty)),
                _ => return false,
            }
        }
    }
    true
}

/// The schema with every `$ref` blanked (kept as present, so a ref never equals an inline
/// schema), and the refs in a fixed walk order.
fn without_refs(mut s: Schema) -> (Schema, Vec<String>) {
    let mut refs = Vec::new();
    blank(&mut s, &mut refs);
    (s, refs)
}

fn blank(s: &mut Schema, refs: &mut Vec<String>) {
    if let Some(r) = s.reference.as_mut() {
        refs.push(std::mem::take(r));
    }
    for p in s.properties.values_mut() {
        blank(p, refs);
    }
    if let Some(AdditionalProperties::Schema(v)) = s.additional_properties.as_mut() {
        blank(v, refs);
    }
    if let Some(items) = s.items.as_mut() {
        blank(items, refs);
    }
    for parent in &mut s.all_of {
        blank(parent, refs);
    }
}
