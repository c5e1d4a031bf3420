//! Cargo features per operation group: which types and ids each group needs, so a crate built
//! with one group's feature compiles only what that group uses.

use super::resources::Parent;
use super::{Model, TypeId, TypeKind, TypeRef};
use std::collections::BTreeSet;

/// Tags every type and resource id with the groups (features) that reach it.
pub(crate) fn assign(model: &mut Model) {
    let mut type_groups: Vec<BTreeSet<String>> = vec![BTreeSet::new(); model.types.len()];
    let mut resource_groups: Vec<BTreeSet<String>> = vec![BTreeSet::new(); model.resources.len()];
    for op in &model.operations {
        let feature = &op.group_fn;
        let mut roots: Vec<&TypeRef> = Vec::new();
        roots.extend(op.params.iter().map(|p| &p.ty));
        roots.extend(op.body.iter().map(|b| &b.ty));
        roots.extend(op.responses.iter().filter_map(|r| r.ty.as_ref()));
        roots.extend(op.error.iter());
        let mut stack: Vec<TypeId> = Vec::new();
        for r in roots {
            r.named_in(&mut stack);
        }
        while let Some(id) = stack.pop() {
            let Some(set) = type_groups.get_mut(id.0) else { continue };
            if !set.insert(feature.clone()) {
                continue;
            }
            if let Some(t) = model.get(id) {
                t.kind.refers_to(&mut stack);
            }
        }
        // The id it takes, and every parent (`parent()` returns them).
        let mut cur = op.target.as_ref().map(|t| t.resource);
        let mut guard = 0;
        while let Some(i) = cur {
            guard += 1;
            let Some(set) = resource_groups.get_mut(i) else { break };
            set.insert(feature.clone());
            cur = match model.resources.get(i).map(|r| r.parent) {
                Some(Parent::Resource(p)) if guard < 64 => Some(p),
                _ => None,
            };
        }
    }
    // What every group needs is compiled whenever any group is on: no gate (empty set). Enums and
    // aliases compile in no time and are not gated either; only structs, unions and their
    // builders carry the serde code worth leaving out.
    let all: BTreeSet<String> = model.operations.iter().map(|o| o.group_fn.clone()).collect();
    for (t, g) in model.types.iter_mut().zip(type_groups) {
        let heavy = matches!(t.kind, TypeKind::Struct(_) | TypeKind::Union(_));
        t.groups = if g == all || !heavy { BTreeSet::new() } else { g };
    }
    for (r, g) in model.resources.iter_mut().zip(resource_groups) {
        r.groups = if g == all { BTreeSet::new() } else { g };
    }
}
