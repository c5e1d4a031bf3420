//! azure_core's `Page` for the page types of pageable operations: a page yields its item array.

use super::types::{ident, rust_type};
use crate::model::{Model, Struct, TypeDef, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// `impl Page` for `t` when it is the page of a pager (a pageable operation's, or a long-running
/// one's whose result is a page).
pub fn page_impl(model: &Model, t: &TypeDef, s: &Struct) -> Option<TokenStream> {
    use super::senders::{sender, Sender};
    let pagers = model.operations.iter().filter(|o| o.long_running.is_none() || sender(model, o) == Sender::LroPager);
    let paging = pagers.into_iter().find_map(|o| {
        let page = o.responses.iter().find_map(|r| r.ty.clone())?;
        let (id, _) = model.struct_of(&page)?;
        (id == t.id).then_some(o.paging.as_ref()?)
    })?;
    let field = s.fields.iter().find(|f| f.wire == paging.item_name)?;
    let TypeRef::Vec(item) = &field.ty else { return None };
    let name = ident(&t.name);
    let item = rust_type(model, item);
    let items = ident(&field.name);
    let get =
        if field.required && !field.read_only { quote!(self.#items) } else { quote!(self.#items.unwrap_or_default()) };
    // `async_trait` writes a bare `Box`, which a spec's definition of that name would shadow:
    // the block's import is nearer than any module item.
    Some(quote! {
        const _: () = {
            use ::std::boxed::Box;
            #[::async_trait::async_trait]
            impl ::azure_core::http::pager::Page for #name {
                type Item = #item;
                type IntoIter = ::std::vec::IntoIter<#item>;
                async fn into_items(self) -> ::azure_core::Result<Self::IntoIter> {
                    Ok(#get.into_iter())
                }
            }
        };
    })
}
