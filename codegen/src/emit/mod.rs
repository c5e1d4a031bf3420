//! Emission: the resolved model -> Rust token streams, one per output file. Each submodule
//! writes one part of the crate; shared runtime code is emitted once, not per type.

pub mod builders;
pub mod clients;
pub mod constructors;
pub mod crate_files;
pub mod derives;
pub mod docs;
pub mod gate;
pub mod ids;
pub mod models;
pub mod next_page;
pub mod operation;
pub mod pages;
pub mod resource_docs;
pub mod senders;
pub mod types;
pub mod xml;

use crate::model::Model;
use proc_macro2::TokenStream;
use std::collections::BTreeSet;

/// Indices of `items` ordered by their group sets (each set one run for [`gate::Gate`]), model
/// order within a set.
pub fn by_groups<T>(items: &[T], groups: impl Fn(&T) -> &BTreeSet<String>) -> Vec<&T> {
    let mut out: Vec<&T> = items.iter().collect();
    out.sort_by(|a, b| groups(a).cmp(groups(b)));
    out
}

/// What the crate is called and how it is laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrateInfo {
    pub name: String,
    pub version: String,
    /// Adds an empty `[workspace]` so the crate builds on its own wherever it is written.
    pub standalone: bool,
    /// One `<name>.rs` file with every module inline, for `include!` (build scripts), instead
    /// of a crate folder.
    pub single_file: bool,
}

/// Writes one Rust file's tokens into a sink, in chunks of whole items: the formatter parses and
/// prints each chunk as it comes, so only one chunk's token and syntax trees are alive at a time.
/// Token streams cannot cross threads, so each file is emitted on the thread that formats it.
pub type Emitter = Box<dyn Fn(&Model, &CrateInfo, &mut dyn FnMut(TokenStream)) + Send + Sync>;

/// The chunks an emitter writes, as one token stream (the single-file layout nests each file in
/// a module).
pub fn collect(emit: impl FnOnce(&mut dyn FnMut(TokenStream))) -> TokenStream {
    let mut out = TokenStream::new();
    emit(&mut |chunk| out.extend(chunk));
    out
}

/// One generated file before formatting.
pub enum Part {
    /// Rust code, emitted and then formatted by prettyplease.
    Rust(Emitter),
    /// Rust source written by hand (the static runtime), formatted like the rest.
    RustText(String),
    /// Anything else, written as is.
    Text(String),
}

/// Every file of the crate, keyed by path relative to the crate root. A `Vec` of pairs in a
/// fixed order: the writer sorts nothing and the output is deterministic.
pub fn emit(model: &Model, info: &CrateInfo) -> Vec<(String, Part)> {
    if info.single_file {
        let single: Emitter = Box::new(|m, i, sink| sink(crate_files::single_file(m, i)));
        return vec![(format!("{}.rs", info.name), Part::Rust(single))];
    }
    let mut parts: Vec<(String, Part)> = vec![
        (
            "Cargo.toml".into(),
            Part::Text(format!("{}{}", crate_files::cargo_toml(info), crate_files::features_toml(model))),
        ),
        // The crate is prettyplease's output: `cargo fmt` in a workspace holding it leaves it alone.
        ("rustfmt.toml".into(), Part::Text("disable_all_formatting = true\n".into())),
        ("src/lib.rs".into(), Part::Rust(Box::new(|m, i, sink| sink(crate_files::lib_rs(m, i))))),
        ("src/builders.rs".into(), Part::Rust(Box::new(|m, _, sink| builders::emit(m, true, sink)))),
        ("src/clients.rs".into(), Part::Rust(Box::new(|m, i, sink| clients::emit(m, i, true, sink)))),
    ];
    if !model.resources.is_empty() {
        parts.push(("src/ids.rs".into(), Part::Rust(Box::new(|m, _, sink| ids::emit(m, true, sink)))));
    }
    parts.push(("src/models.rs".into(), Part::Rust(Box::new(|m, i, sink| models::emit(m, Some(&i.name), sink)))));
    parts.push(("src/runtime.rs".into(), Part::RustText(crate::runtime::Sections::of(model).source(true))));
    parts
}
