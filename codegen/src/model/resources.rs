//! ARM resources from path templates: typed ids that know their parents, and which resource
//! each operation acts on.
//!
//! A resource is a path of the form `<parent>/<collection...>/{name}` below
//! `/subscriptions/{s}[/resourceGroups/{rg}]/providers/<Namespace>/`. Every such prefix of an
//! operation's path is a resource, so parents exist even when the spec has no GET for them.
//! Other shapes (tenant-level, `{scope}`-based) get no typed id; their operations take plain
//! parameters.

use super::names::{self, Scope};
use super::{Model, TypeKind, TypeRef};

/// A resource type and its id.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// The id type's name (`ExpressRouteCircuitConnectionId`).
    pub id_type: String,
    /// The model the resource's GET returns, when there is one.
    pub model: Option<super::TypeId>,
    pub parent: Parent,
    /// Literal segments between the parent and the name (`peerings`, or
    /// `providers/Microsoft.Network/expressRouteCircuits` for a top-level resource).
    pub collection: Vec<String>,
    /// The method on the parent's id that makes this id (`peering`).
    pub child_fn: String,
    /// The name parameter's field name in the id (`circuit_name`).
    pub name_field: String,
    /// Normalized template, params as `{}`.
    pub template: Vec<String>,
    /// Operation groups (cargo features) that need this id: those acting on it or a child.
    pub groups: std::collections::BTreeSet<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parent {
    Subscription,
    ResourceGroup,
    Resource(usize),
}

/// Which resource an operation acts on: its path starts with the resource's template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub resource: usize,
    /// Number of path segments the resource covers.
    pub depth: usize,
}

impl Model {
    /// The resource at `index` and its parent resources, root first, with what the root hangs
    /// off (a resource group or a subscription).
    pub fn resource_chain(&self, index: usize) -> (Vec<&Resource>, Parent) {
        chain(&self.resources, index)
    }

    /// The id's accessor names for every name in it, root first: `subscription_id`,
    /// `resource_group_name`, then each level's name parameter (made unique along the chain).
    pub fn chain_fields(&self, index: usize) -> Vec<String> {
        chain_fields(&self.resources, index)
    }
}

fn chain(resources: &[Resource], index: usize) -> (Vec<&Resource>, Parent) {
    let mut chain = Vec::new();
    let mut cur = index;
    let root = loop {
        let Some(r) = resources.get(cur) else { break Parent::ResourceGroup };
        chain.push(r);
        match r.parent {
            // Parents come before children in `resources`, so this ends; the bound is a guard.
            Parent::Resource(p) if chain.len() < 64 => cur = p,
            Parent::Resource(_) => break Parent::ResourceGroup,
            other => break other,
        }
    };
    chain.reverse();
    (chain, root)
}

/// Methods every id type has besides its name accessors (and, for the runtime's
/// `SubscriptionId`, its `resource_group` constructor): child constructors must not take them.
const ID_METHODS: &[&str] = &["parent", "name", "new", "subscription_id", "resource_group_name", "resource_group"];

fn chain_fields(resources: &[Resource], index: usize) -> Vec<String> {
    let (chain, root) = chain(resources, index);
    let mut out = vec!["subscription_id".to_owned()];
    if root == Parent::ResourceGroup {
        out.push("resource_group_name".to_owned());
    }
    let mut scope = Scope::with_reserved(&["parent", "name", "new"]);
    for f in &out {
        scope.claim(f, &[]);
    }
    for r in chain {
        out.push(scope.claim(&r.name_field, &[]));
    }
    out
}

fn segments(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

fn is_param(s: &str) -> bool {
    s.starts_with('{') && s.ends_with('}')
}

fn normalized(path: &str) -> Vec<String> {
    segments(path).into_iter().map(|s| if is_param(s) { "{}".to_owned() } else { s.to_owned() }).collect()
}

/// The ARM prefix a resource path starts with: (parent, index of the first segment after it).
fn arm_prefix(t: &[String]) -> Option<(Parent, usize)> {
    let lower: Vec<String> = t.iter().map(|s| s.to_ascii_lowercase()).collect();
    let l: Vec<&str> = lower.iter().map(String::as_str).collect();
    match l.as_slice() {
        ["subscriptions", "{}", "resourcegroups", "{}", "providers", _, ..] => Some((Parent::ResourceGroup, 4)),
        ["subscriptions", "{}", "providers", _, ..] => Some((Parent::Subscription, 2)),
        _ => None,
    }
}

/// English plural -> singular, for child constructor names (`peerings` -> `peering`).
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if word.ends_with("sses") || word.ends_with("xes") {
        return word.get(..word.len() - 2).unwrap_or(word).to_owned();
    }
    if word.ends_with("us") || word.ends_with("ss") {
        return word.to_owned();
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.is_empty() => stem.to_owned(),
        _ => word.to_owned(),
    }
}

/// Finds the resources, names their ids (in `scope`, shared with all type names), and assigns
/// each operation its target.
pub(crate) fn build(model: &mut Model, scope: &mut Scope) -> Vec<Resource> {
    let mut resources: Vec<Resource> = Vec::new();
    let paths: Vec<(String, String, Option<TypeRef>)> = model
        .operations
        .iter()
        .map(|o| (o.path.clone(), o.method.clone(), o.responses.iter().find_map(|r| r.ty.clone())))
        .collect();
    for (path, method, response) in &paths {
        let t = normalized(path);
        let Some((root_parent, start)) = arm_prefix(&t) else { continue };
        // Every `.../{name}` prefix past the namespace is a resource.
        let mut parent = root_parent;
        let mut i = start + 2; // skip `providers/<Namespace>`
        let mut collection_start = start;
        while i < t.len() {
            let Some(seg) = t.get(i) else { break };
            if seg == "{}" {
                let template: Vec<String> = t.iter().take(i + 1).cloned().collect();
                let idx = match resources.iter().position(|r| r.template == template) {
                    Some(idx) => idx,
                    None => {
                        let collection: Vec<String> = t.iter().take(i).skip(collection_start).cloned().collect();
                        let raw = segments(path);
                        let name_param = raw.get(i).map(|s| s.trim_matches(|c| c == '{' || c == '}')).unwrap_or("name");
                        let last = collection.last().cloned().unwrap_or_default();
                        resources.push(Resource {
                            id_type: String::new(),
                            model: None,
                            parent,
                            child_fn: names::field_name(&singular(&last)),
                            name_field: names::field_name(name_param),
                            collection,
                            template,
                            groups: Default::default(),
                        });
                        resources.len() - 1
                    }
                };
                // The GET (or PUT) of exactly this path names the resource's model.
                if i + 1 == t.len() && (method == "GET" || method == "PUT") {
                    if let (Some(r), Some(TypeRef::Named(id))) = (resources.get_mut(idx), response) {
                        if r.model.is_none() || method == "GET" {
                            r.model = Some(*id);
                        }
                    }
                }
                parent = Parent::Resource(idx);
                collection_start = i + 1;
            }
            i += 1;
        }
    }
    // Names: after the model (`ExpressRouteCircuitId`), else after the collection.
    for r in &mut resources {
        let base = match r.model.and_then(|id| model.resolve_alias(id)) {
            Some(t) if matches!(t.kind, TypeKind::Struct(_)) => t.name.clone(),
            _ => names::type_name(&singular(r.collection.last().map_or("Resource", String::as_str))),
        };
        r.id_type = scope.claim(&format!("{base}Id"), &[format!("{base}ResourceId")]);
    }
    // Child constructor names unique per parent, and apart from the parent's own methods (its
    // name accessors included: a resource `async/{async}/async/{async}` has both an `async_()`
    // accessor and an `async_(name)` child constructor otherwise).
    let mut per_parent: Vec<(Parent, Scope)> = Vec::new();
    for i in 0..resources.len() {
        let Some(parent) = resources.get(i).map(|r| r.parent) else { continue };
        let pos = per_parent.iter().position(|(p, _)| *p == parent).unwrap_or_else(|| {
            let mut scope = Scope::with_reserved(ID_METHODS);
            if let Parent::Resource(p) = parent {
                for f in chain_fields(&resources, p) {
                    scope.claim(&f, &[]);
                }
            }
            per_parent.push((parent, scope));
            per_parent.len() - 1
        });
        if let (Some((_, s)), Some(r)) = (per_parent.get_mut(pos), resources.get_mut(i)) {
            r.child_fn = s.claim(&r.child_fn, &[]);
        }
    }
    for op in &mut model.operations {
        let t = normalized(&op.path);
        op.target = resources
            .iter()
            .enumerate()
            .filter(|(_, r)| r.template.len() <= t.len() && t.iter().zip(&r.template).all(|(a, b)| a == b))
            .max_by_key(|(_, r)| r.template.len())
            .map(|(i, r)| Target { resource: i, depth: r.template.len() });
    }
    resources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars() {
        assert_eq!(singular("peerings"), "peering");
        assert_eq!(singular("policies"), "policy");
        assert_eq!(singular("addresses"), "address");
        assert_eq!(singular("status"), "status");
    }
}
