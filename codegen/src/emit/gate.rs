//! Items only some operation groups need, gated once per set of groups: the items of one set go
//! in one private module behind one `#[cfg(...)]` and are re-exported whole, instead of a cfg on
//! every item.

use super::types::ident;
use proc_macro2::TokenStream;
use proc_macro2::TokenTree;
use quote::quote;
use std::collections::{BTreeSet, HashSet};

/// Collects items in order of their group sets (callers sort them so each set is one run) and
/// writes each run as soon as the next begins, so one module's tokens are alive at a time.
pub struct Gate<'a> {
    sink: &'a mut dyn FnMut(TokenStream),
    gated: bool,
    run: Option<(BTreeSet<String>, TokenStream)>,
    shared: usize,
    /// The names the parent module holds, when a module's items may need none of them (then it
    /// imports nothing, rather than an unused `super::*`).
    parent: Option<&'a HashSet<String>>,
}

impl<'a> Gate<'a> {
    /// `gated`: false for single-file output, whose cfgs would test the including crate's
    /// features; then every item is written as is.
    pub fn new(sink: &'a mut dyn FnMut(TokenStream), gated: bool) -> Self {
        Gate { sink, gated, run: None, shared: 0, parent: None }
    }

    /// Each module imports its parent only when its items name one of `names` they do not
    /// define themselves.
    pub fn with_parent(mut self, names: &'a HashSet<String>) -> Self {
        self.parent = Some(names);
        self
    }

    /// An item needed by `groups` (empty: by none in particular, always compiled).
    pub fn item(&mut self, groups: &BTreeSet<String>, item: TokenStream) {
        if !self.gated || groups.is_empty() {
            self.flush();
            (self.sink)(item);
            return;
        }
        match &mut self.run {
            Some((set, items)) if set == groups => items.extend(item),
            _ => {
                self.flush();
                self.run = Some((groups.clone(), item));
            }
        }
    }

    fn flush(&mut self) {
        let Some((set, items)) = self.run.take() else { return };
        let name = match set.iter().collect::<Vec<_>>().as_slice() {
            [one] => ident(one),
            _ => {
                self.shared += 1;
                ident(&format!("shared_{}", self.shared))
            }
        };
        let cfg = cfg_groups(&set);
        let glob = self.parent.is_none_or(|names| names_parent(&items, names)).then(|| {
            quote!(
                use super::*;
            )
        });
        (self.sink)(quote! {
            #cfg
            mod #name {
                #glob
                #items
            }
            #cfg
            pub use #name::*;
        });
    }

    /// Writes the last run.
    pub fn finish(mut self) {
        self.flush();
    }
}

/// Whether `items` name one of `parent`'s names that they do not define (as a `struct`, `enum`
/// or `type`) themselves, in code or as the first segment of a path in a string.
fn names_parent(items: &TokenStream, parent: &HashSet<String>) -> bool {
    fn walk(tokens: TokenStream, defined: &mut HashSet<String>, used: &mut HashSet<String>) {
        let mut after_keyword = false;
        for tree in tokens {
            match tree {
                TokenTree::Ident(i) => {
                    let text = i.to_string();
                    if after_keyword {
                        defined.insert(text.clone());
                    }
                    after_keyword = matches!(text.as_str(), "struct" | "enum" | "type");
                    used.insert(text);
                }
                TokenTree::Group(g) => {
                    after_keyword = false;
                    walk(g.stream(), defined, used);
                }
                // Paths in attribute strings (serde's `with = "runtime::date_time"`) count too.
                TokenTree::Literal(l) => {
                    after_keyword = false;
                    let text = l.to_string();
                    if let Some((first, _)) = text.trim_start_matches('"').split_once("::") {
                        used.insert(first.to_owned());
                    }
                }
                TokenTree::Punct(_) => after_keyword = false,
            }
        }
    }
    let (mut defined, mut used) = (HashSet::new(), HashSet::new());
    walk(items.clone(), &mut defined, &mut used);
    used.iter().any(|n| parent.contains(n) && !defined.contains(n))
}

/// `#[cfg(feature = "a")]` or `#[cfg(any(feature = "a", ...))]`.
fn cfg_groups(groups: &BTreeSet<String>) -> TokenStream {
    if let [one] = groups.iter().collect::<Vec<_>>().as_slice() {
        return quote!(#[cfg(feature = #one)]);
    }
    let names = groups.iter();
    quote!(#[cfg(any(#(feature = #names),*))])
}

/// The `#[cfg(...)]` attribute for what `need`s a part of the crate (nothing when it is always
/// needed, or when the output is not gated).
pub fn need_cfg(need: &crate::runtime::Need, gated: bool) -> TokenStream {
    match need {
        crate::runtime::Need::Groups(set) if gated => cfg_groups(set),
        _ => TokenStream::new(),
    }
}
