//! The model's own invariants, checked once before emission: every [`TypeId`] it holds names a
//! type of [`Model::types`], at its own index, and every request body type has its builder's name. Emitters then never meet a type they cannot name;
//! a broken model is an internal error, not code that names a placeholder type.

use super::{DefaultValue, Model, TypeId, TypeKind, TypeRef};

/// What breaks the invariants, one line each (empty when sound).
pub fn dangling_ids(model: &Model) -> Vec<String> {
    let mut walk = Walk { model, bad: Vec::new() };
    for (index, t) in model.types.iter().enumerate() {
        if t.id.0 != index {
            walk.bad.push(format!("type {} at index {index} has id {}", t.name, t.id.0));
        }
        walk.kind(&t.name, &t.kind);
    }
    for op in &model.operations {
        let at = |what: &str| format!("operation {} {what}", op.id);
        for p in op.params.iter() {
            walk.ty(&at(&format!("parameter {}", p.wire)), &p.ty);
        }
        if let Some(b) = &op.body {
            walk.ty(&at("body"), &b.ty);
        }
        for r in &op.responses {
            if let Some(ty) = &r.ty {
                walk.ty(&at(&format!("response {}", r.status)), ty);
            }
        }
        if let Some(ty) = &op.error {
            walk.ty(&at("error"), ty);
        }
        if let Some(ty) = op.paging.as_ref().and_then(|p| p.item.as_ref()) {
            walk.ty(&at("page item"), ty);
        }
    }
    for p in &model.client_params {
        walk.ty(&format!("client parameter {}", p.wire), &p.ty);
    }
    for e in &model.request_examples {
        walk.id(&format!("example {}", e.title), e.ty);
    }
    for r in &model.resources {
        if let Some(id) = r.model {
            walk.id(&format!("resource {}", r.id_type), id);
        }
    }
    walk.bad
}

struct Walk<'m> {
    model: &'m Model,
    bad: Vec<String>,
}

impl Walk<'_> {
    fn id(&mut self, at: &str, id: TypeId) {
        if self.model.get(id).is_none() {
            self.bad.push(format!("{at}: type id {} is not in the model", id.0));
        }
    }

    fn ty(&mut self, at: &str, ty: &TypeRef) {
        match ty {
            TypeRef::Named(id) => self.id(at, *id),
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => self.ty(at, inner),
            _ => {}
        }
    }

    fn kind(&mut self, name: &str, kind: &TypeKind) {
        match kind {
            TypeKind::Alias(ty) => self.ty(name, ty),
            TypeKind::Enum(_) => {}
            TypeKind::Union(u) => u.variants.iter().for_each(|v| self.id(&format!("{name} kind {}", v.value), v.ty)),
            TypeKind::Struct(s) => {
                if s.request != s.builder.is_some() {
                    self.bad.push(format!("{name}: a request body type needs a builder name, and only it has one"));
                }
                for f in &s.fields {
                    let at = format!("{name}.{}", f.name);
                    self.ty(&at, &f.ty);
                    if let Some(DefaultValue::Variant(id, _) | DefaultValue::Other(id, _, _)) = &f.default {
                        self.id(&format!("{at} default"), *id);
                    }
                }
                if let Some(a) = &s.additional {
                    self.ty(&format!("{name}.{}", a.name), &a.ty);
                }
                for step in s.accessors.iter().flat_map(|a| &a.path) {
                    self.id(&format!("{name} accessor"), step.0);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Origin, Struct, TypeDef};

    fn alias(id: usize, name: &str, ty: TypeRef) -> TypeDef {
        TypeDef {
            id: TypeId(id),
            name: name.into(),
            docs: None,
            origin: Origin { file: "f.json".into(), pointer: "/definitions/x".into() },
            kind: TypeKind::Alias(ty),
            groups: Default::default(),
        }
    }

    #[test]
    fn a_sound_model_has_no_dangling_ids() {
        let mut model = Model::default();
        model.types.push(alias(0, "A", TypeRef::String));
        model.types.push(alias(1, "B", TypeRef::Vec(Box::new(TypeRef::Named(TypeId(0))))));
        assert!(dangling_ids(&model).is_empty());
    }

    #[test]
    fn ids_outside_the_model_and_misplaced_types_are_reported() {
        let mut model = Model::default();
        model.types.push(alias(0, "A", TypeRef::Map(Box::new(TypeRef::Named(TypeId(7))))));
        model.types.push(alias(5, "B", TypeRef::String));
        let request = Struct { request: true, ..Struct::default() };
        model.types.push(TypeDef { kind: TypeKind::Struct(request), ..alias(2, "C", TypeRef::Json) });
        assert_eq!(
            dangling_ids(&model),
            [
                "A: type id 7 is not in the model",
                "type B at index 1 has id 5",
                "C: a request body type needs a builder name, and only it has one"
            ]
        );
    }
}
