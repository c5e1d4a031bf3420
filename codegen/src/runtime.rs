//! The static runtime a generated crate carries (`codegen/runtime/*.rs`): the part of a client
//! that azure_core leaves to it, in sections, each emitted only when the crate uses it.

use crate::model::{Model, TypeRef};

/// The pipeline, paths, the same-origin rule and sending: every crate.
const CORE: &str = include_str!("../runtime/core.rs");
/// The impls string enums share (macros).
const ENUMS: &str = include_str!("../runtime/enums.rs");
/// Typed-id support (subscription and resource group ids, parsing).
const IDS: &str = include_str!("../runtime/ids.rs");
/// Azure Resource Manager's endpoint per cloud.
const ARM: &str = include_str!("../runtime/arm.rs");
/// URLs the service hands out (next pages, status monitors).
const LINKS: &str = include_str!("../runtime/links.rs");
/// Lenient RFC 3339 date-times.
const DATE_TIME: &str = include_str!("../runtime/date_time.rs");
/// Unnamed properties beside a union kind's tag.
const MAPS: &str = include_str!("../runtime/maps.rs");
/// ARM long-running operations.
const LRO: &str = include_str!("../runtime/lro.rs");
/// Paging.
const PAGING: &str = include_str!("../runtime/paging.rs");

/// Which sections a model's crate needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sections {
    pub arm: bool,
    pub enums: (bool, bool),
    pub ids: bool,
    pub date_time: bool,
    pub maps: bool,
    pub lro: bool,
    pub paging: bool,
}

impl Sections {
    pub fn of(model: &Model) -> Self {
        Sections {
            arm: crate::emit::clients::is_arm(model),
            enums: enums(model),
            ids: !model.resources.is_empty(),
            date_time: uses_date_time(model),
            maps: model.types.iter().any(|t| {
                matches!(&t.kind, crate::model::TypeKind::Struct(s) if s.tag.is_some() && s.additional.is_some())
            }),
            lro: model.operations.iter().any(|o| o.long_running.is_some()),
            paging: model.operations.iter().any(|o| o.long_running.is_none() && o.paging.is_some()),
        }
    }

    /// The runtime's source for these sections.
    pub fn source(self) -> String {
        let mut text = String::from(CORE);
        let (open, closed) = self.enums;
        let enums = if open || closed { enum_macros(open, closed) } else { String::new() };
        if !enums.is_empty() {
            text.push('\n');
            text.push_str(&enums);
        }
        for (on, section) in [(self.arm, ARM), (self.ids, IDS), (self.date_time, DATE_TIME), (self.maps, MAPS), (self.lro || self.paging, LINKS), (self.lro, LRO), (self.paging, PAGING)] {
            if on {
                text.push('\n');
                text.push_str(strip_inner_docs(section));
            }
        }
        text
    }
}

/// A section's own `//!` header describes its file, not the module it joins.
fn strip_inner_docs(section: &str) -> &str {
    let mut rest = section;
    while let Some(line_end) = rest.find('\n').filter(|_| rest.starts_with("//!")) {
        rest = rest.get(line_end + 1..).unwrap_or("");
    }
    rest.trim_start_matches('\n')
}

/// Whether the model has open and closed string enums.
fn enums(model: &Model) -> (bool, bool) {
    let kinds = model.types.iter().filter_map(|t| match &t.kind {
        crate::model::TypeKind::Enum(e) => Some(e.open),
        _ => None,
    });
    kinds.fold((false, false), |(open, closed), o| (open || o, closed || !o))
}

/// The enum macros a crate uses (an unused `macro_rules!` would be a warning).
fn enum_macros(open: bool, closed: bool) -> String {
    let body = strip_inner_docs(ENUMS);
    let closed_at = body.find("/// A closed enum").unwrap_or(body.len());
    let (open_part, closed_part) = body.split_at(closed_at);
    let mut out = String::new();
    if open {
        out.push_str(open_part.trim_end());
        out.push('\n');
    }
    if closed {
        out.push_str(closed_part);
    }
    out
}

fn uses_date_time(model: &Model) -> bool {
    fn has(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::DateTime => true,
            TypeRef::Vec(inner) | TypeRef::Map(inner) => has(inner),
            _ => false,
        }
    }
    let fields = model.types.iter().flat_map(|t| match &t.kind {
        crate::model::TypeKind::Struct(s) => {
            s.fields.iter().map(|f| &f.ty).chain(s.additional.as_ref().map(|a| &a.ty)).collect::<Vec<_>>()
        }
        crate::model::TypeKind::Alias(ty) => vec![ty],
        _ => Vec::new(),
    });
    let params = model.operations.iter().flat_map(|o| o.params.iter().map(|p| &p.ty));
    fields.chain(params).chain(model.client_params.iter().map(|p| &p.ty)).any(has)
}

/// Every type and trait the runtime can declare (`pub struct X`, `pub(crate) trait Y`...), read
/// from its sources so the list cannot fall behind them: generated type names avoid them.
pub fn type_names() -> impl Iterator<Item = &'static str> {
    [CORE, ENUMS, ARM, IDS, LINKS, DATE_TIME, MAPS, LRO, PAGING].into_iter().flat_map(str::lines).filter_map(|line| {
        let line = line.trim_start();
        let rest = line.strip_prefix("pub ").or_else(|| line.strip_prefix("pub(crate) "))?;
        let rest = ["struct ", "enum ", "trait ", "type ", "mod "].iter().find_map(|k| rest.strip_prefix(k))?;
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        rest.get(..end).filter(|name| !name.is_empty())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn type_names_come_from_the_sources() {
        let names: Vec<&str> = super::type_names().collect();
        for expected in ["ResourcePath", "SubscriptionId", "ResourceGroupId", "ParseIdError", "OperationStatus", "PollingOptions", "Paged", "Lro"] {
            assert!(names.contains(&expected), "{expected} missing from {names:?}");
        }
    }
}
