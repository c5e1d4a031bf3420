//! The static runtime a generated crate carries (`codegen/runtime/*.rs`): the part of a client
//! that azure_core leaves to it, in sections, each emitted only when the crate uses it, and
//! compiled only when a cargo feature that needs it is on (its `// @gate` lines become that
//! `#[cfg(...)]`), so every feature combination builds without dead code.

use crate::emit::senders::Sender;
use crate::model::{Model, Operation, TypeKind, TypeRef};
use std::collections::BTreeSet;

/// The client's pipeline, endpoints, paths and bodies: every crate.
const CORE: &str = include_str!("../runtime/core.rs");
/// Building and sending an operation's request.
const CALLS: &str = include_str!("../runtime/calls.rs");
/// The impls string enums share (macros).
const ENUMS: &str = include_str!("../runtime/enums.rs");
/// Azure Resource Manager's endpoint per cloud.
const ARM: &str = include_str!("../runtime/arm.rs");
/// Typed-id support (subscription and resource group ids, parsing).
const IDS: &str = include_str!("../runtime/ids.rs");
/// URLs the service hands out (next pages, status monitors).
const LINKS: &str = include_str!("../runtime/links.rs");
/// Form bodies of `formData` parameters.
const FORM: &str = include_str!("../runtime/form.rs");
/// Responses declared `x-nullable`.
const NULLABLE: &str = include_str!("../runtime/nullable.rs");
/// Declared response headers.
const HEADERS: &str = include_str!("../runtime/headers.rs");
/// Lenient RFC 3339 date-times.
const DATE_TIME: &str = include_str!("../runtime/date_time.rs");
/// Unnamed properties beside a union kind's tag.
const MAPS: &str = include_str!("../runtime/maps.rs");
/// ARM long-running operations.
const LRO: &str = include_str!("../runtime/lro.rs");
/// Paging.
const PAGING: &str = include_str!("../runtime/paging.rs");
/// XML bodies.
const XML: &str = include_str!("../runtime/xml.rs");
/// `User-Agent` header parameters.
const USER_AGENT: &str = include_str!("../runtime/user_agent.rs");
/// API keys.
const KEY: &str = include_str!("../runtime/key.rs");
/// Streamed (bytes) responses.
const STREAM: &str = include_str!("../runtime/stream.rs");
/// Long-running operations whose result is a page.
const LRO_PAGES: &str = include_str!("../runtime/lro_pages.rs");

/// Who needs a part of the crate: nobody (left out), everybody, or some operation groups
/// (compiled when one of their features is on).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Need {
    #[default]
    None,
    Always,
    Groups(BTreeSet<String>),
}

impl Need {
    pub fn is_some(&self) -> bool {
        *self != Need::None
    }

    /// Adds what one user needs: `groups` empty means an ungated user (always).
    pub fn add(&mut self, groups: &BTreeSet<String>) {
        match self {
            Need::Always => {}
            _ if groups.is_empty() => *self = Need::Always,
            Need::None => *self = Need::Groups(groups.clone()),
            Need::Groups(set) => set.extend(groups.iter().cloned()),
        }
    }

    /// Adds what `other` needs.
    pub fn merge(&mut self, other: &Need) {
        match other {
            Need::None => {}
            Need::Always => *self = Need::Always,
            Need::Groups(set) => self.add(set),
        }
    }

    /// The `#[cfg(...)]` line for this need; empty when always needed or not gated.
    pub fn cfg(&self, gated: bool) -> String {
        match self {
            Need::Groups(set) if gated => {
                let features: Vec<String> = set.iter().map(|g| format!("feature = \"{g}\"")).collect();
                match features.as_slice() {
                    [one] => format!("#[cfg({one})]"),
                    _ => format!("#[cfg(any({}))]", features.join(", ")),
                }
            }
            _ => String::new(),
        }
    }
}

/// Which sections a model's crate needs, and for which groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sections {
    pub arm: bool,
    pub calls: Need,
    /// `runtime::call`: operations that are neither long-running nor pageable.
    pub call: Need,
    /// The client's senders, by the operations that call them (`emit::senders::Sender`).
    pub pollers: Need,
    pub pagers: Need,
    pub open_enums: bool,
    pub closed_enums: bool,
    pub ids: bool,
    /// The `typed_id!` macro: the generated ids' groups.
    pub typed_ids: Need,
    pub date_time: Need,
    pub maps: Need,
    /// Operations that declare response headers.
    pub headers: Need,
    /// Operations whose response is declared `x-nullable`.
    pub nullable: Need,
    /// Operations with `formData` parameters.
    pub form: Need,
    pub lro: Need,
    pub paging: Need,
    /// Operations with XML bodies (azure_core's `xml` feature).
    pub xml: Need,
    /// Operations whose response is bytes (streamed).
    pub stream: Need,
    /// Operations with a `User-Agent` header parameter.
    pub user_agent: Need,
    /// A client that sends an API key (the spec's `apiKey` scheme).
    pub key: Need,
    /// Long-running operations whose result is the first page of a pager.
    pub lro_pages: Need,
    /// Pageable operations whose next pages are another operation's requests.
    pub next_operations: Need,
}

impl Sections {
    pub fn of(model: &Model) -> Self {
        let ops = |pick: &dyn Fn(&Operation) -> bool| {
            let mut need = Need::None;
            for op in model.operations.iter().filter(|o| pick(o)) {
                need.add(&BTreeSet::from([op.group_fn.clone()]));
            }
            need
        };
        let sender = |o: &Operation| crate::emit::senders::sender(model, o);
        let mut typed_ids = Need::None;
        for r in &model.resources {
            typed_ids.add(&r.groups);
        }
        let enums = model.types.iter().filter_map(|t| match &t.kind {
            TypeKind::Enum(e) => Some(e.open),
            _ => None,
        });
        let (open_enums, closed_enums) = enums.fold((false, false), |(o, c), open| (o || open, c || !open));
        Sections {
            arm: crate::emit::clients::is_arm(model),
            calls: ops(&|_| true),
            call: ops(&|o| sender(o) == Sender::Call),
            open_enums,
            closed_enums,
            ids: !model.resources.is_empty(),
            typed_ids,
            date_time: date_time(model),
            maps: types_where(
                model,
                |t| matches!(&t.kind, TypeKind::Struct(s) if s.tag.is_some() && s.additional.is_some()),
            ),
            headers: {
                let mut need = Need::None;
                for op in model.operations.iter().filter(|o| crate::emit::operation::declares_headers(model, o)) {
                    need.add(&BTreeSet::from([op.group_fn.clone()]));
                }
                need
            },
            nullable: ops(&|o| {
                let first = o.responses.iter().find_map(|r| r.ty.as_ref());
                let plain = first.is_some_and(|t| !crate::emit::operation::needs_rfc3339(model, t));
                o.long_running.is_none() && plain && matches!(first, Some(TypeRef::Nullable(_)))
            }),
            form: ops(&|o| o.form.is_some()),
            lro: ops(&|o| o.long_running.is_some()),
            paging: ops(&|o| o.paging.is_some() && (o.long_running.is_none() || sender(o) == Sender::LroPager)),
            pollers: ops(&|o| sender(o) == Sender::Poller),
            pagers: ops(&|o| sender(o) == Sender::Pager),
            lro_pages: ops(&|o| sender(o) == Sender::LroPager),
            next_operations: ops(&|o| sender(o) == Sender::PagerWith),
            xml: ops(&|o| o.response_format.is_xml() || o.body.as_ref().is_some_and(|b| b.xml.is_some())),
            stream: ops(&|o| sender(o) == Sender::Stream),
            key: if model.security.key_header.is_some() { Need::Always } else { Need::None },
            user_agent: ops(&|o| {
                let client = o.client_params.iter().filter_map(|w| model.client_param(w));
                o.params.iter().chain(client).any(|p| p.location == crate::model::ParamLocation::UserAgent)
            }),
        }
    }

    /// Where the service's links are followed: long-running operations and pagers.
    pub fn links(&self) -> Need {
        let mut need = self.lro.clone();
        need.merge(&self.paging);
        need
    }

    /// The runtime's source for these sections; `gated`: with their cfgs (the crate layout).
    pub fn source(&self, gated: bool) -> String {
        let always = Need::Always;
        let arm = if self.arm { Need::Always } else { Need::None };
        let ids = if self.ids { Need::Always } else { Need::None };
        let links = self.links();
        let parts: [(&Need, &str); 17] = [
            (&self.calls, CALLS),
            (&arm, ARM),
            (&ids, IDS),
            (&links, LINKS),
            (&self.date_time, DATE_TIME),
            (&self.maps, MAPS),
            (&self.headers, HEADERS),
            (&self.nullable, NULLABLE),
            (&self.form, FORM),
            (&self.lro, LRO),
            (&self.paging, PAGING),
            (&self.xml, XML),
            (&self.stream, STREAM),
            (&self.user_agent, USER_AGENT),
            (&self.key, KEY),
            (&self.lro_pages, LRO_PAGES),
            (&always, ""),
        ];
        let mut text = String::from(CORE);
        let enums = enum_macros(self.open_enums, self.closed_enums);
        if !enums.is_empty() {
            text.push('\n');
            text.push_str(&enums);
        }
        for (need, section) in parts.into_iter().filter(|(n, s)| n.is_some() && !s.is_empty()) {
            // The typed-id macro is gated by the ids' groups, the rest of the section by its own.
            let gate = if section == IDS { self.typed_ids.cfg(gated) } else { need.cfg(gated) };
            let section = strip_inner_docs(section).replace("// @gate(call)", &self.call.cfg(gated));
            text.push('\n');
            text.push_str(&section.replace("// @gate", &gate));
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

/// The enum macros a crate uses (an unused `macro_rules!` would be a warning). Enums are never
/// gated (they cost nothing to compile), so neither are their macros.
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

fn types_where(model: &Model, pick: impl Fn(&crate::model::TypeDef) -> bool) -> Need {
    let mut need = Need::None;
    for t in model.types.iter().filter(|t| pick(t)) {
        need.add(&t.groups);
    }
    need
}

fn has_date_time(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::DateTime => true,
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => has_date_time(inner),
        _ => false,
    }
}

/// Types with date-time fields, and operations with date-time parameters.
fn date_time(model: &Model) -> Need {
    let mut need = types_where(model, |t| match &t.kind {
        TypeKind::Struct(s) => {
            s.fields.iter().any(|f| has_date_time(&f.ty)) || s.additional.as_ref().is_some_and(|a| has_date_time(&a.ty))
        }
        TypeKind::Alias(ty) => has_date_time(ty),
        _ => false,
    });
    for op in &model.operations {
        let client = op.client_params.iter().filter_map(|w| model.client_params.iter().find(|c| &c.wire == w));
        let bodies = op.body.iter().map(|b| &b.ty).chain(op.responses.iter().filter_map(|r| r.ty.as_ref()));
        let wrapped = bodies.into_iter().any(|ty| crate::emit::operation::needs_rfc3339(model, ty));
        if wrapped || op.params.iter().chain(client).any(|p| has_date_time(&p.ty)) {
            need.add(&BTreeSet::from([op.group_fn.clone()]));
        }
    }
    need
}
