//! Resource pages in rustdoc, like the seed document: for every model with a resource id, an
//! example of creating it (written with the builder, from the spec's `x-ms-examples`, as a
//! doctest that checks the JSON it produces), its dependencies, API version and operations.

use super::docs;
use super::types::ident;
use crate::model::resources::Parent;
use crate::model::{Field, Model, Struct, TypeDef, TypeId, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

/// The extra documentation of the model `t`: an example per `x-ms-examples` request body of
/// this type, and for a resource's model its dependencies, API version and operations.
pub fn section(model: &Model, t: &TypeDef, crate_name: Option<&str>) -> Option<String> {
    let mut out = String::new();
    if let Some(krate) = crate_name {
        for ex in model.request_examples.iter().filter(|e| e.ty == t.id) {
            if let Some(code) = example(model, t.id, &ex.body, krate) {
                out.push_str(&format!(
                    "\n# Example: {}\n\n```\n{code}```\n",
                    docs::clean(&ex.title.replace(['\n', '\r'], " "))
                ));
            }
        }
    }
    let Some((index, r)) = model.resources.iter().enumerate().find(|(_, r)| r.model == Some(t.id)) else {
        return (!out.is_empty()).then_some(out);
    };
    out.push_str("\n# Dependencies\n\n");
    // Intra-doc links only in the crate layout: `include!`d output has no known crate path.
    let link = |text: String, path: String| match crate_name {
        Some(_) => format!("[{text}](crate::{path})"),
        None => text,
    };
    out.push_str(&format!(
        "Its id is {}; it belongs to ",
        link(format!("`{}`", r.id_type), format!("ids::{}", r.id_type))
    ));
    let chain: Vec<String> = parents(model, index).iter().map(|p| format!("`{p}`")).collect();
    out.push_str(&chain.join(", in "));
    out.push('.');
    let refs = references(model, t);
    if !refs.is_empty() {
        out.push_str(&format!(" It refers to other resources through {}.", refs.join(", ")));
    }
    if let Some(v) = &model.api_version {
        out.push_str(&format!("\n\n# API version\n\n{}", docs::code(v)));
    }
    // One line per group: its sub-client, then the methods that act on this resource.
    let mut groups: Vec<(&str, &str, Vec<String>)> = Vec::new();
    for o in model.operations.iter().filter(|o| o.target.as_ref().is_some_and(|tg| tg.resource == index)) {
        let method = format!("`{}`", o.name);
        match groups.iter_mut().find(|(g, _, _)| *g == o.group_fn.as_str()) {
            Some((_, _, methods)) => methods.push(method),
            None => groups.push((&o.group_fn, &o.group, vec![method])),
        }
    }
    if !groups.is_empty() {
        out.push_str("\n\n# Operations\n\n");
        for (group_fn, group, methods) in groups {
            let client = link(format!("`{group_fn}()`"), format!("clients::{group_fn}::{group}Client"));
            out.push_str(&format!("- {client}: {}\n", methods.join(", ")));
        }
    }
    Some(out)
}

/// What a resource belongs to, nearest first: its parent resources (by model name), then the
/// resource group and subscription.
fn parents(model: &Model, index: usize) -> Vec<String> {
    let (chain, root) = model.resource_chain(index);
    let mut out: Vec<String> = chain
        .iter()
        .rev()
        .skip(1)
        .map(|p| p.model.and_then(|m| model.get(m)).map_or_else(|| p.id_type.clone(), |t| t.name.clone()))
        .collect();
    if root == Parent::ResourceGroup {
        out.push("resource group".into());
    }
    out.push("subscription".into());
    out
}

/// Properties holding `{ "id": ... }` references to other resources (`x-ms-azure-resource`
/// SubResource-style objects), by name, including flattened ones.
fn references(model: &Model, t: &TypeDef) -> Vec<String> {
    let TypeKind::Struct(s) = &t.kind else { return Vec::new() };
    let mut out = Vec::new();
    let mut check = |name: &str, f: &Field| {
        if !f.read_only && is_id_reference(model, &f.ty) {
            out.push(format!("`{name}`"));
        }
    };
    for f in &s.fields {
        check(&f.name, f);
    }
    for a in &s.accessors {
        if let Some(f) = a.path.last().and_then(|step| model.field_at(*step)) {
            check(&a.name, f);
        }
    }
    out
}

/// Whether `ty` is a `{ "id": ... }` reference (built from an id string).
fn is_id_reference(model: &Model, ty: &TypeRef) -> bool {
    model.struct_of(ty).is_some_and(|(_, s)| s.is_id_reference())
}

/// Doctest code building `body` with builders and checking its JSON.
fn example(model: &Model, id: TypeId, body: &Value, krate: &str) -> Option<String> {
    let (expr, expected) = value_expr(model, &TypeRef::Named(id), body, 0)?;
    // Text-direction controls are escaped (`\u202e` is the same JSON), since rustc refuses
    // them raw in doc comments.
    let json: String = serde_json::to_string(&expected)
        .ok()?
        .chars()
        .map(|c| match c {
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => format!("\\u{:04x}", c as u32),
            c => c.to_string(),
        })
        .collect();
    let mut hashes = String::from("#");
    while json.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    let literal: TokenStream = format!("r{hashes}\"{json}\"{hashes}").parse().ok()?;
    let k = ident(krate);
    let file: syn::File = syn::parse2(quote! {
        fn main() {
            use #k::models::*;
            let body = #expr;
            let expected: ::serde_json::Value = ::serde_json::from_str(#literal).unwrap();
            let actual = ::serde_json::to_value(&body).unwrap();
            assert_eq!(actual, expected);
        }
    })
    .ok()?;
    let text = prettyplease::unparse(&file);
    // Keep the body of `main`, dedented; rustdoc wraps it in a `main` again.
    let lines: Vec<&str> = text.lines().collect();
    let inner = lines.get(1..lines.len().saturating_sub(1))?;
    let mut code = String::new();
    for l in inner {
        code.push_str(l.strip_prefix("    ").unwrap_or(l));
        code.push('\n');
    }
    Some(code)
}

/// An expression of type `ty` (or convertible to it by a setter) for `v`, and the JSON it
/// serializes to. `None` when the value cannot be expressed (the example is then left out).
fn value_expr(model: &Model, ty: &TypeRef, v: &Value, depth: usize) -> Option<(TokenStream, Value)> {
    if depth > 32 {
        return None;
    }
    match (ty, v) {
        (TypeRef::String, Value::String(s)) => Some((quote!(#s), v.clone())),
        (TypeRef::Bool, Value::Bool(b)) => Some((quote!(#b), v.clone())),
        (TypeRef::I32, Value::Number(n)) => {
            let x = i32::try_from(n.as_i64()?).ok()?;
            Some((quote!(#x), v.clone()))
        }
        (TypeRef::I64, Value::Number(n)) => {
            let x = n.as_i64()?;
            Some((quote!(#x), v.clone()))
        }
        (TypeRef::F32, Value::Number(n)) => {
            let x = n.as_f64()? as f32;
            Some((quote!(#x), serde_json::to_value(x).ok()?))
        }
        (TypeRef::F64, Value::Number(n)) => {
            let x = n.as_f64()?;
            Some((quote!(#x), serde_json::to_value(x).ok()?))
        }
        (TypeRef::Json, _) => {
            let text = serde_json::to_string(v).ok()?;
            Some((quote!(::serde_json::from_str::<::serde_json::Value>(#text).unwrap()), v.clone()))
        }
        (TypeRef::Vec(inner), Value::Array(items)) => {
            let mut exprs = Vec::new();
            let mut out = Vec::new();
            for item in items {
                let (e, j) = value_expr(model, inner, item, depth + 1)?;
                exprs.push(e);
                out.push(j);
            }
            if exprs.is_empty() {
                let t = super::types::rust_type(model, inner);
                return Some((quote!(::std::vec::Vec::<#t>::new()), Value::Array(out)));
            }
            Some((quote!([#(#exprs),*]), Value::Array(out)))
        }
        (TypeRef::Map(inner), Value::Object(map)) => {
            let mut exprs = Vec::new();
            let mut out = serde_json::Map::new();
            for (k, item) in map {
                let (e, j) = value_expr(model, inner, item, depth + 1)?;
                exprs.push(quote!((#k, #e)));
                out.insert(k.clone(), j);
            }
            if exprs.is_empty() {
                return None;
            }
            Some((quote!([#(#exprs),*]), Value::Object(out)))
        }
        (TypeRef::Named(id), _) => named_expr(model, *id, v, depth),
        _ => None,
    }
}

fn named_expr(model: &Model, id: TypeId, v: &Value, depth: usize) -> Option<(TokenStream, Value)> {
    let t = model.resolve_alias(id)?;
    let name = ident(&t.name);
    match (&t.kind, v) {
        (TypeKind::Enum(e), Value::String(s)) => {
            let var = e.variants.iter().find(|x| &x.value == s)?;
            let vn = ident(&var.name);
            Some((quote!(#name::#vn), v.clone()))
        }
        (TypeKind::Alias(inner), _) => value_expr(model, inner, v, depth + 1),
        (TypeKind::Union(u), Value::Object(o)) => {
            let tag = o.get(&u.property)?.as_str()?;
            let variant = u.variants.iter().find(|x| x.value == tag)?;
            named_expr(model, variant.ty, v, depth + 1)
        }
        (TypeKind::Struct(s), Value::Object(o)) => {
            if is_id_reference(model, &TypeRef::Named(t.id)) {
                let idv = o.get("id")?.as_str()?;
                return Some((quote!(#idv), serde_json::json!({ "id": idv })));
            }
            s.builder.as_ref()?;
            let mut expected = serde_json::Map::new();
            if let Some(tag) = &s.tag {
                expected.insert(tag.property.clone(), Value::String(tag.value.clone()));
            }
            let mut args = Vec::new();
            for f in s.fields.iter().filter(|f| f.required && !f.read_only) {
                let fv = o.get(&f.wire)?;
                let (e, j) = value_expr(model, &f.ty, fv, depth + 1)?;
                args.push(e);
                expected.insert(f.wire.clone(), j);
            }
            let mut calls = Vec::new();
            for (k, fv) in o {
                if s.tag.as_ref().is_some_and(|tg| &tg.property == k) || fv.is_null() {
                    continue;
                }
                let Some((i, f)) = s.fields.iter().enumerate().find(|(_, f)| &f.wire == k) else {
                    // A property the model lacks would be dropped: leave the example out.
                    s.additional.as_ref()?;
                    return None;
                };
                if f.read_only || f.required {
                    continue;
                }
                if f.flatten {
                    if let Value::Object(inner) = fv {
                        let mut sub = serde_json::Map::new();
                        let before = calls.len();
                        flattened_calls(model, s, &[(t.id, i)], &f.ty, inner, &mut calls, &mut sub, depth)?;
                        if calls.len() == before {
                            // Nothing to set inside: send the container itself, empty.
                            let (_, cs) = model.struct_of(&f.ty)?;
                            if !cs.default {
                                return None;
                            }
                            let setter = ident(&f.name);
                            let cty = super::types::rust_type(model, &f.ty);
                            calls.push(quote!(.#setter(#cty::default())));
                        }
                        expected.insert(k.clone(), Value::Object(sub));
                        continue;
                    }
                }
                let (e, j) = value_expr(model, &f.ty, fv, depth + 1)?;
                let setter = ident(&f.name);
                calls.push(quote!(.#setter(#e)));
                expected.insert(k.clone(), j);
            }
            Some((quote!(#name::builder(#(#args),*) #(#calls)* .build()), Value::Object(expected)))
        }
        _ => None,
    }
}

/// Setter calls for the properties inside a flattened object, through the outer struct's
/// flattened setters (nested flattening included).
#[allow(clippy::too_many_arguments)]
fn flattened_calls(
    model: &Model,
    outer: &Struct,
    path: &[(TypeId, usize)],
    ty: &TypeRef,
    value: &serde_json::Map<String, Value>,
    calls: &mut Vec<TokenStream>,
    expected: &mut serde_json::Map<String, Value>,
    depth: usize,
) -> Option<()> {
    let (sid, s) = model.struct_of(ty)?;
    if !s.fillable() {
        return None;
    }
    for (k, v) in value {
        if v.is_null() {
            continue;
        }
        let (i, g) = s.fields.iter().enumerate().find(|(_, g)| &g.wire == k)?;
        if g.read_only {
            continue;
        }
        let mut p = path.to_vec();
        p.push((sid, i));
        if g.flatten {
            if let Value::Object(inner) = v {
                let mut sub = serde_json::Map::new();
                flattened_calls(model, outer, &p, &g.ty, inner, calls, &mut sub, depth + 1)?;
                expected.insert(k.clone(), Value::Object(sub));
                continue;
            }
        }
        let accessor = outer.accessors.iter().find(|a| a.path == p)?;
        let (e, j) = value_expr(model, &g.ty, v, depth + 1)?;
        let setter = ident(&accessor.name);
        calls.push(quote!(.#setter(#e)));
        expected.insert(k.clone(), j);
    }
    Some(())
}
