//! Whole-model decisions made once every type is known: which fields are boxed to break
//! recursion, which structs have `Default` (and the spec defaults it uses), and alias cycles.

use super::names::Scope;
use super::{DefaultValue, Model, TypeId, TypeKind, TypeRef};
use crate::error::Diagnostic;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

pub(super) fn finish(model: &mut Model) -> Result<(), Vec<Diagnostic>> {
    check_alias_cycles(model)?;
    box_recursive_fields(model);
    decide_defaults(model);
    flatten_accessors(model);
    mark_request_types(model);
    Ok(())
}

/// Structs reachable from a request body through writable properties get builders, except
/// those reached only as flattened containers that the parent's setters fill (they would
/// duplicate every setter). A spec without operations is a library of models: all its structs
/// do.
fn mark_request_types(model: &mut Model) {
    let n = model.types.len();
    let mut seen = vec![false; n];
    let mut direct = vec![false; n];
    // (type, reached other than as a fillable flattened container)
    let mut stack: Vec<(TypeId, bool)> = Vec::new();
    fn push_named(ty: &TypeRef, direct: bool, stack: &mut Vec<(TypeId, bool)>) {
        match ty {
            TypeRef::Named(id) => stack.push((*id, direct)),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => push_named(inner, true, stack),
            _ => {}
        }
    }
    if model.operations.is_empty() {
        stack.extend(model.types.iter().map(|t| (t.id, true)));
    }
    for op in &model.operations {
        if let Some(b) = &op.body {
            push_named(&b.ty, true, &mut stack);
        }
    }
    while let Some((id, is_direct)) = stack.pop() {
        if is_direct {
            match direct.get_mut(id.0) {
                Some(d) if !*d => *d = true,
                _ => {}
            }
        }
        match seen.get_mut(id.0) {
            Some(s) if !*s => *s = true,
            _ => continue,
        }
        let Some(t) = model.get(id) else { continue };
        match &t.kind {
            TypeKind::Struct(s) => {
                for f in s.fields.iter().filter(|f| !f.read_only) {
                    let fillable = f.flatten && model.struct_of(&f.ty).is_some_and(|(_, c)| c.fillable());
                    push_named(&f.ty, !fillable, &mut stack);
                }
                if let Some(a) = &s.additional {
                    push_named(&a.ty, true, &mut stack);
                }
            }
            TypeKind::Union(u) => stack.extend(u.variants.iter().map(|v| (v.ty, true))),
            TypeKind::Alias(r) => push_named(r, is_direct, &mut stack),
            TypeKind::Enum(_) => {}
        }
    }
    for (t, d) in model.types.iter_mut().zip(direct) {
        if let TypeKind::Struct(st) = &mut t.kind {
            st.request = d;
        }
    }
}

fn flatten_accessors(model: &mut Model) {
    let mut all = Vec::new();
    for t in &model.types {
        let TypeKind::Struct(s) = &t.kind else {
            all.push(Vec::new());
            continue;
        };
        let mut scope = Scope::with_reserved(&["builder", "into_builder"]);
        for f in &s.fields {
            scope.claim(&f.name, &[]);
        }
        let mut out = Vec::new();
        for (i, f) in s.fields.iter().enumerate() {
            if f.flatten {
                let mut path = vec![(t.id, i)];
                collect_leaves(model, &f.ty, &f.name, &mut path, &mut scope, &mut out);
            }
        }
        all.push(out);
    }
    for (t, acc) in model.types.iter_mut().zip(all) {
        if let TypeKind::Struct(s) = &mut t.kind {
            s.accessors = acc;
        }
    }
}

fn collect_leaves(
    model: &Model,
    ty: &TypeRef,
    prefix: &str,
    path: &mut Vec<(TypeId, usize)>,
    scope: &mut Scope,
    out: &mut Vec<super::Accessor>,
) {
    let Some((id, s)) = model.struct_of(ty) else { return };
    // Depth and revisit guards: flattening a recursive type stops at the repeat.
    if path.len() > 8 || path.iter().any(|(t, _)| *t == id) {
        return;
    }
    for (i, g) in s.fields.iter().enumerate() {
        path.push((id, i));
        if g.flatten && model.struct_of(&g.ty).is_some() {
            collect_leaves(model, &g.ty, &format!("{prefix}_{}", g.name), path, scope, out);
        } else {
            let name = scope.claim(&g.name, &[format!("{prefix}_{}", g.name)]);
            out.push(super::Accessor { name, path: path.clone() });
        }
        path.pop();
    }
}

/// `pub type A = B; pub type B = A;` and `pub type A = Vec<A>;` do not compile (an alias is
/// expanded, never named, so it cannot contain itself even through a collection): every alias on
/// such a cycle is reported. The resolver ends a cycle of unnamed `$ref` targets by naming the
/// place where it closes, so every alias cycle is seen here.
fn check_alias_cycles(model: &Model) -> Result<(), Vec<Diagnostic>> {
    let is_alias = |id: TypeId| matches!(model.get(id).map(|t| &t.kind), Some(TypeKind::Alias(_)));
    let edges = |id: TypeId| -> Vec<TypeId> {
        let mut out = Vec::new();
        if let Some(TypeKind::Alias(r)) = model.get(id).map(|t| &t.kind) {
            r.named_in(&mut out);
        }
        out.retain(|t| is_alias(*t));
        out
    };
    let comp = components(model, &edges);
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for c in comp.values() {
        *sizes.entry(*c).or_default() += 1;
    }
    let mut diags = Vec::new();
    for t in model.types.iter().filter(|t| is_alias(t.id)) {
        let c = comp.get(&t.id);
        let cyclic = c.and_then(|c| sizes.get(c)).is_some_and(|&n| n > 1) || edges(t.id).contains(&t.id);
        if cyclic {
            let mut members: Vec<String> = model
                .types
                .iter()
                .filter(|o| comp.get(&o.id) == c)
                .map(|o| {
                    let file = if o.origin.file == t.origin.file { "" } else { o.origin.file.as_str() };
                    format!("{file}#{}", o.origin.pointer)
                })
                .collect();
            members.sort();
            diags.push(Diagnostic::new(
                t.origin.file.clone(),
                t.origin.pointer.clone(),
                format!(
                    "$ref cycle between plain aliases (a type alias cannot contain itself): {}",
                    members.join(", ")
                ),
            ));
        }
    }
    if diags.is_empty() {
        Ok(())
    } else {
        Err(diags)
    }
}

/// Edges of "contains directly" (no Vec/Map indirection): struct fields, union kinds, aliases.
fn direct_edges(model: &Model, id: TypeId) -> Vec<TypeId> {
    let Some(t) = model.get(id) else { return Vec::new() };
    match &t.kind {
        TypeKind::Struct(s) => s.fields.iter().filter_map(|f| f.ty.direct_named()).collect(),
        TypeKind::Union(u) => u.variants.iter().map(|v| v.ty).collect(),
        TypeKind::Alias(r) => r.direct_named().into_iter().collect(),
        TypeKind::Enum(_) => Vec::new(),
    }
}

/// Strongly connected components of the graph `edges` makes of the model's types (Tarjan,
/// iterative, so a long chain of types cannot overflow the stack): the one cycle finder for
/// boxing and for alias cycles. Returns each type's component number.
fn components(model: &Model, edges: &dyn Fn(TypeId) -> Vec<TypeId>) -> HashMap<TypeId, usize> {
    let edges: HashMap<TypeId, Vec<TypeId>> = model.types.iter().map(|t| (t.id, edges(t.id))).collect();
    let mut index: HashMap<TypeId, usize> = HashMap::new();
    let mut low: HashMap<TypeId, usize> = HashMap::new();
    let mut on_stack: HashSet<TypeId> = HashSet::new();
    let mut stack: Vec<TypeId> = Vec::new();
    let mut comp: HashMap<TypeId, usize> = HashMap::new();
    let (mut next_index, mut next_comp) = (0usize, 0usize);
    for t in &model.types {
        if index.contains_key(&t.id) {
            continue;
        }
        // (node, next edge to look at)
        let mut work: Vec<(TypeId, usize)> = vec![(t.id, 0)];
        while let Some((v, ei)) = work.pop() {
            if ei == 0 && !index.contains_key(&v) {
                index.insert(v, next_index);
                low.insert(v, next_index);
                next_index += 1;
                stack.push(v);
                on_stack.insert(v);
            }
            let next = edges.get(&v).and_then(|e| e.get(ei)).copied();
            if let Some(w) = next {
                work.push((v, ei + 1));
                if !index.contains_key(&w) {
                    work.push((w, 0));
                } else if on_stack.contains(&w) {
                    let wi = index.get(&w).copied().unwrap_or(usize::MAX);
                    if let Some(l) = low.get_mut(&v) {
                        *l = (*l).min(wi);
                    }
                }
                continue;
            }
            // All edges done: propagate low-link to the parent, close a component at a root.
            let vl = low.get(&v).copied().unwrap_or(0);
            if let Some(&(parent, _)) = work.last() {
                if let Some(l) = low.get_mut(&parent) {
                    *l = (*l).min(vl);
                }
            }
            if Some(&vl) == index.get(&v) {
                while let Some(w) = stack.pop() {
                    on_stack.remove(&w);
                    comp.insert(w, next_comp);
                    if w == v {
                        break;
                    }
                }
                next_comp += 1;
            }
        }
    }
    comp
}

/// A field whose type can contain the struct again without indirection is boxed, so the type
/// has a finite size: its target is in the struct's own strongly connected component.
fn box_recursive_fields(model: &mut Model) {
    let comp = components(model, &|id| direct_edges(model, id));
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for c in comp.values() {
        *sizes.entry(*c).or_default() += 1;
    }
    for t in &mut model.types {
        let own = t.id;
        let own_comp = comp.get(&own).copied();
        if let TypeKind::Struct(s) = &mut t.kind {
            for f in &mut s.fields {
                if let Some(target) = f.ty.direct_named() {
                    let same = own_comp.is_some() && comp.get(&target).copied() == own_comp;
                    let cyclic = target == own || own_comp.and_then(|c| sizes.get(&c)).is_some_and(|&n| n > 1);
                    f.boxed = same && cyclic;
                }
            }
        }
    }
}

/// The spec default `raw` as a value of `ty`, when the type can hold it. Aliases are followed;
/// an integer must fit its width; an enum value must be listed unless the enum is open.
fn default_value(model: &Model, ty: &TypeRef, raw: &Value) -> Option<DefaultValue> {
    match (ty, raw) {
        (TypeRef::Bool, Value::Bool(b)) => Some(DefaultValue::Bool(*b)),
        (TypeRef::I32, Value::Number(n)) => n.as_i64().and_then(|v| i32::try_from(v).ok()).map(DefaultValue::I32),
        (TypeRef::I64, Value::Number(n)) => n.as_i64().map(DefaultValue::I64),
        // JSON numbers are finite, but one may not fit an f32 (a literal must be finite).
        (TypeRef::F32, Value::Number(n)) => {
            n.as_f64().map(|v| v as f32).filter(|v| v.is_finite()).map(DefaultValue::F32)
        }
        (TypeRef::F64, Value::Number(n)) => n.as_f64().filter(|v| v.is_finite()).map(DefaultValue::F64),
        (TypeRef::String, Value::String(v)) => Some(DefaultValue::String(v.clone())),
        (TypeRef::Vec(_), Value::Array(a)) if a.is_empty() => Some(DefaultValue::EmptyVec),
        (TypeRef::Map(_), Value::Object(o)) if o.is_empty() => Some(DefaultValue::EmptyMap),
        (TypeRef::Named(id), _) => match &model.get(*id)?.kind {
            TypeKind::Alias(inner) => default_value(model, inner, raw),
            TypeKind::Enum(e) => {
                let value = raw.as_str()?;
                match e.variants.iter().find(|v| v.value == value) {
                    Some(v) => Some(DefaultValue::Variant(*id, v.name.clone())),
                    None if e.open => Some(DefaultValue::Other(*id, e.other.clone(), value.to_owned())),
                    None => None,
                }
            }
            _ => None,
        },
        // Date-times, free-form JSON, objects and non-empty collections: left to the service.
        _ => None,
    }
}

/// The value of a constant (a closed one-value enum, through aliases).
fn constant(model: &Model, ty: &TypeRef) -> Option<DefaultValue> {
    let TypeRef::Named(id) = ty else { return None };
    let t = model.resolve_alias(*id)?;
    match &t.kind {
        TypeKind::Enum(e) => e.constant().map(|v| DefaultValue::Variant(t.id, v.name.clone())),
        _ => None,
    }
}

/// Each field's spec default (a constant's value when it has none) as a value of its type, then
/// which structs have `Default`: those
/// where no required field lacks one. A required field's type having a `Default` of its own is
/// not enough: `0` or `""` is not what the spec asked for.
fn decide_defaults(model: &mut Model) {
    let mut values: Vec<Vec<(Option<DefaultValue>, Option<DefaultValue>)>> = Vec::with_capacity(model.types.len());
    for t in &model.types {
        let fields = match &t.kind {
            TypeKind::Struct(s) => s.fields.as_slice(),
            _ => &[],
        };
        let of = |f: &crate::model::Field| {
            let spec = f.spec_default.as_ref().and_then(|raw| default_value(model, &f.ty, raw));
            (spec, f.required.then(|| constant(model, &f.ty)).flatten())
        };
        values.push(fields.iter().map(of).collect());
    }
    for (t, defaults) in model.types.iter_mut().zip(values) {
        if let TypeKind::Struct(s) = &mut t.kind {
            for (f, (spec, constant)) in s.fields.iter_mut().zip(defaults) {
                f.constant = constant.is_some();
                f.default = spec.or(constant);
            }
            s.default = s.fields.iter().filter(|f| f.required).all(|f| f.default.is_some());
        }
    }
}
