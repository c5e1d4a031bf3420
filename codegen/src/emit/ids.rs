//! The `ids` module: a typed id per ARM resource, which parses, prints, and knows its parent
//! (`ExpressRouteCircuitConnectionId` -> peering -> circuit -> resource group -> subscription).

use super::types::ident;
use crate::model::resources::{Parent, Resource};
use crate::model::Model;
use proc_macro2::TokenStream;
use quote::quote;

/// Typed ids, one chunk per resource (see [`super::Emitter`]). `gated`: put each behind the
/// cargo features of the operation groups that use it.
pub fn emit(model: &Model, gated: bool, sink: &mut dyn FnMut(TokenStream)) {
    let need = crate::runtime::Sections::of(model).typed_ids;
    let cfg = super::gate::need_cfg(&need, gated);
    let runtime = need.is_some().then(|| quote!(#cfg use super::runtime;));
    let shared = crate::model::names::SHARED_IDS.iter().map(|n| ident(n));
    sink(quote! {
        //! Typed resource ids. Each parses from and prints to its ARM id string, and knows its
        //! parent.
        #runtime
        pub use super::runtime::{#(#shared),*};
    });
    let indexed: Vec<(usize, &Resource)> = model.resources.iter().enumerate().collect();
    let mut gate = super::gate::Gate::new(sink, gated);
    for (i, r) in super::by_groups(&indexed, |(_, r)| &r.groups) {
        gate.item(&r.groups, resource(model, *i, r));
    }
    gate.finish();
}

/// The id type of a parent.
pub fn parent_type(model: &Model, p: Parent) -> TokenStream {
    match p {
        Parent::Subscription => quote!(SubscriptionId),
        Parent::ResourceGroup => quote!(ResourceGroupId),
        Parent::Resource(i) => model.resources.get(i).map_or(quote!(ResourceGroupId), |r| {
            let n = ident(&r.id_type);
            quote!(#n)
        }),
    }
}

/// The id's path template, e.g. `/subscriptions/{subscription_id}/.../peerings/{peering_name}`.
pub(crate) fn template(model: &Model, index: usize) -> String {
    let (chain, root) = model.resource_chain(index);
    let mut out = String::from(match root {
        Parent::Subscription => "/subscriptions/{subscription_id}",
        _ => "/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}",
    });
    for r in chain {
        out.push_str(&format!("/{}/{{{}}}", r.collection.join("/"), r.name_field));
    }
    out
}

fn resource(model: &Model, index: usize, r: &Resource) -> TokenStream {
    let name = ident(&r.id_type);
    let parent = parent_type(model, r.parent);
    let fields = model.chain_fields(index);
    let template = template(model, index);
    let what = r
        .model
        .and_then(|m| model.get(m))
        .map_or_else(|| r.id_type.trim_end_matches("Id").to_owned(), |t| t.name.clone());
    let doc = format!(" The id of a `{what}`: {}.", super::docs::code(&template));
    let args: Vec<_> = fields.iter().map(|f| ident(f)).collect();
    let (own, inherited) = args.split_last().map_or((None, &[][..]), |(l, rest)| (Some(l), rest));
    let own = own.cloned().unwrap_or_else(|| ident("name"));
    let parent_args = inherited.iter();
    let parent_new = match r.parent {
        Parent::Subscription => quote!(SubscriptionId::new(#(#parent_args),*)),
        _ => quote!(#parent::new(#(#parent_args),*)),
    };
    let child_fn = ident(&r.child_fn);
    let collection_path = r.collection.join("/");
    let label = r.name_field.as_str();
    let inherited_accessors = inherited.iter().map(|f| quote! { pub fn #f(&self) -> &str { self.parent.#f() } });
    let child_doc = format!(" The `{what}` named `name` below this resource.");
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct #name {
            parent: #parent,
            name: ::std::string::String,
        }
        impl #name {
            /// An id from its names, root first.
            pub fn new(#(#args: impl ::std::convert::Into<::std::string::String>),*) -> Self {
                #parent_new.#child_fn(#own)
            }
            /// The resource this one belongs to.
            pub fn parent(&self) -> &#parent {
                &self.parent
            }
            /// This resource's own name.
            pub fn name(&self) -> &str {
                &self.name
            }
            #(#inherited_accessors)*
            pub fn #own(&self) -> &str {
                &self.name
            }
        }
        impl #parent {
            #[doc = #child_doc]
            pub fn #child_fn(&self, name: impl ::std::convert::Into<::std::string::String>) -> #name {
                #name { parent: self.clone(), name: name.into() }
            }
        }
        runtime::typed_id!(#name, #parent, #collection_path, #label);
    }
}
