//! No code injection. `tests/fixtures/injection/hostile.json` puts hostile text everywhere a spec
//! can: descriptions, titles, definition and property names, enum values and `x-ms-enum` names,
//! defaults, operation ids, parameter names, path segments, the API version, the host, an
//! `x-ms-examples` file. The text: quotes, `*/` and `/*`, `"]`, `#[cfg(any())]`, braces,
//! newlines, `\r`, NUL and other control characters, `///` and `//!`, backticks, ``` and ~~~
//! fences, four-space and tab indents, Rust code (`fn main() { std::process::exit(N) }`,
//! `#![no_std]`), raw strings, emoji, right-to-left overrides, combining marks, joiners, a
//! 5000-character tail, and names that are not Rust identifiers (`1abc`, `a-b`, `a b`, `type`,
//! `self`, `Self`, `crate`, `super`, `_`, ``). Each `exit(N)` has its own code, so a doctest that
//! runs spec text says where the text came from.
//!
//! What must hold: the generated files are exactly the items the generator means to write, named
//! by the sanitised forms of the spec names (spelled out below, derived by hand from the naming
//! rules in `model/names.rs`); only the generator's own attributes appear; the spec's text
//! appears only inside string literals and doc comments; and doc comments never contain code
//! blocks rustdoc would compile and run, other than the generator's own examples.
//!

use codegen::Generator;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::ToTokens;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/injection")
}

fn generate(root: &Path, input: &str) -> Vec<(String, String)> {
    match Generator::new(root, [input]).crate_name("hostile").generate() {
        Ok(g) => g.files,
        Err(e) => panic!("{input} must generate: {e}"),
    }
}

/// The generated files of `hostile.json` (generated once for all tests).
fn hostile() -> &'static [(String, String)] {
    static FILES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    FILES.get_or_init(|| generate(&fixtures(), "hostile.json"))
}

fn file(path: &str) -> &'static str {
    match hostile().iter().find(|(p, _)| p == path) {
        Some((_, text)) => text,
        None => panic!("no {path} among {:?}", hostile().iter().map(|(p, _)| p).collect::<Vec<_>>()),
    }
}

/// Files whose items depend on the spec. The other one, `runtime.rs`, is the static runtime (the
/// sections the crate uses): see [`static_files_do_not_depend_on_the_spec`].
const GENERATED: &[&str] = &["src/lib.rs", "src/models.rs", "src/builders.rs", "src/ids.rs", "src/clients.rs"];

fn parse(path: &str) -> syn::File {
    match syn::parse_file(file(path)) {
        Ok(f) => f,
        Err(e) => panic!("generated {path} does not parse: {e}"),
    }
}

/// Tokens as text without the spaces `to_string` puts around punctuation: `From<&str>`,
/// `ResourcePath as _`.
fn compact(t: &impl ToTokens) -> String {
    let text = t.to_token_stream().to_string();
    let chars: Vec<char> = text.chars().collect();
    let word = |c: Option<&char>| c.is_some_and(|c| c.is_alphanumeric() || *c == '_');
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if *c == ' ' && !(word(i.checked_sub(1).and_then(|j| chars.get(j))) && word(chars.get(i + 1))) {
            continue;
        }
        out.push(*c);
    }
    out
}

/// `kind name` for an item, as the expected lists spell it.
fn describe(item: &syn::Item) -> String {
    match item {
        syn::Item::Struct(s) => format!("struct {}", s.ident),
        syn::Item::Enum(e) => format!("enum {}", e.ident),
        syn::Item::Type(t) => format!("type {}", t.ident),
        syn::Item::Fn(f) => format!("fn {}", f.sig.ident),
        syn::Item::Const(c) => format!("const {}", c.ident),
        syn::Item::Static(s) => format!("static {}", s.ident),
        syn::Item::Mod(m) => format!("mod {}", m.ident),
        syn::Item::Use(u) => format!("use {}", compact(&u.tree)),
        syn::Item::Trait(t) => format!("trait {}", t.ident),
        syn::Item::Impl(i) => match &i.trait_ {
            Some((path, _)) => format!("impl {} for {}", compact(path), compact(&i.self_ty)),
            None => format!("impl {}", compact(&i.self_ty)),
        },
        syn::Item::Macro(m) => format!("macro {}", compact(&m.mac.path)),
        other => format!("other {}", compact(other)),
    }
}

/// Every item of a file, and the members whose names come from the spec: struct fields, enum
/// variants, the functions, types and consts of impls. One line each; members indented, and the
/// items of an inline module (an operation group's) indented below it.
fn outline(file: &syn::File) -> Vec<String> {
    let mut out = Vec::new();
    outline_items(&file.items.iter().collect::<Vec<_>>(), "", &mut out);
    out
}

fn outline_items(items: &[&syn::Item], indent: &str, out: &mut Vec<String>) {
    for item in items {
        out.push(format!("{indent}{}", describe(item)));
        match item {
            syn::Item::Struct(s) => {
                for f in &s.fields {
                    if let Some(i) = &f.ident {
                        out.push(format!("{indent}  .{i}"));
                    }
                }
            }
            syn::Item::Enum(e) => {
                for v in &e.variants {
                    out.push(format!("{indent}  ::{}", v.ident));
                }
            }
            syn::Item::Impl(i) => {
                for it in &i.items {
                    out.push(match it {
                        syn::ImplItem::Fn(f) => format!("{indent}  fn {}", f.sig.ident),
                        syn::ImplItem::Type(t) => format!("{indent}  type {}", t.ident),
                        syn::ImplItem::Const(c) => format!("{indent}  const {}", c.ident),
                        other => format!("{indent}  other {}", compact(other)),
                    });
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &m.content {
                    outline_items(&inner.iter().collect::<Vec<_>>(), &format!("{indent}  "), out);
                }
            }
            // `const _: () = { .. };` holds items (a trait impl) and the imports they need.
            syn::Item::Const(c) => {
                if let syn::Expr::Block(b) = &*c.expr {
                    let inner: Vec<&syn::Item> = b
                        .block
                        .stmts
                        .iter()
                        .filter_map(|s| match s {
                            syn::Stmt::Item(i) => Some(i),
                            _ => None,
                        })
                        .collect();
                    outline_items(&inner, &format!("{indent}  "), out);
                }
            }
            _ => {}
        }
    }
}

fn expected(list: &str) -> Vec<String> {
    // Two names too long to spell out: the 300-`p` property and the 200-`X` definition
    // (`VeryLongXXX…` is three words to heck: `VeryLongXxx…`).
    let p300 = "p".repeat(300);
    let long = format!("VeryLongX{}", "x".repeat(199));
    list.lines().map(|l| l.replace("{P300}", &p300).replace("{LONG}", &long)).collect()
}

/// Lines in `actual` and not in `expected` and the other way round, for a readable failure.
#[track_caller]
fn assert_same(path: &str, actual: &[String], expected: &[String]) {
    if actual == expected {
        return;
    }
    let diff = similar::TextDiff::from_lines(&expected.join("\n"), &actual.join("\n"))
        .unified_diff()
        .header("expected", "generated")
        .to_string();
    panic!("items of {path} differ from the expected list:\n{diff}");
}

#[test]
fn generates_exactly_the_expected_files() {
    let mut paths: Vec<&str> = hostile().iter().map(|(p, _)| p.as_str()).collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "Cargo.toml",
            "rustfmt.toml",
            "src/builders.rs",
            "src/clients.rs",
            "src/ids.rs",
            "src/lib.rs",
            "src/models.rs",
            "src/runtime.rs"
        ]
    );
    for (path, text) in hostile() {
        if path.ends_with(".rs") {
            if let Err(e) = syn::parse_file(text) {
                panic!("generated {path} does not parse: {e}");
            }
        }
    }
}

/// Names, by the rules of `model/names.rs`:
/// - types: ASCII letters and digits kept, the rest word breaks, UpperCamelCase; a leading
///   digit gets `T`, empty is `Unnamed`, names the crate uses itself get `Model`
///   (`Option` -> `OptionModel`, `Self` -> `SelfModel`); a taken name gets the file stem as a
///   prefix (`a b` after `a-b` -> `HostileAB`, the `x-ms-enum` `Self` -> `HostileSelf`), and a
///   group handle whose name a definition took gets `Operations` (`WidgetsOperations`);
/// - fields, methods, parameters: snake_case, leading digit gets `_`, empty is `value`, keywords
///   get `_` (`type_`, `self_`, `crate_`, `super_`), clashes get `_2`, `_3`...
///   (`Self` -> `self_` taken -> `self_2`; `a b` -> `a_b_2`; `a\nb` -> `a_b_3`);
/// - enum variants: UpperCamelCase, empty is `Empty`, leading digit gets `V`, `Self` gets `_`,
///   clashes get `2`, `3`... (`self` -> `Self_` taken -> `Self2`).
///
/// The outlines as generated now, to review against the lists below when the generator changes:
/// `cargo test -p codegen --test injection print_outlines -- --ignored --nocapture`.
#[test]
#[ignore = "prints the generated outlines for review"]
fn print_outlines() {
    for path in GENERATED {
        println!("=== {path}");
        for line in outline(&parse(path)) {
            println!("{line}");
        }
    }
}

#[test]
fn items_are_exactly_the_expected_ones() {
    for (path, list) in [
        ("src/lib.rs", LIB),
        ("src/ids.rs", IDS),
        ("src/clients.rs", CLIENTS),
        ("src/builders.rs", BUILDERS),
        ("src/models.rs", MODELS),
    ] {
        assert_same(path, &outline(&parse(path)), &expected(list));
    }
}

/// The static runtime takes nothing from the spec but the (sanitised) group names of its
/// sections' `cfg(feature = "...")` gates: none of the hostile text, not even in its docs or
/// literals, and it is what a benign spec with the same groups and runtime sections gets (the
/// sections are chosen by what the crate uses, never by spec text).
#[test]
fn static_files_do_not_depend_on_the_spec() {
    let runtime = file("src/runtime.rs");
    let features = features();
    let mut problems = Vec::new();
    for (_, a) in Scan::of(runtime).attrs.iter().filter(|(_, a)| a.name() == "cfg") {
        check_cfg(
            a.tokens
                .clone()
                .into_iter()
                .nth(1)
                .map(|g| match g {
                    TokenTree::Group(g) => g.stream(),
                    other => other.into(),
                })
                .unwrap_or_default(),
            &features,
            &mut problems,
        );
    }
    assert!(problems.is_empty(), "src/runtime.rs: {problems:?}");
    let mut ungated = runtime.to_owned();
    for f in &features {
        ungated = ungated.replace(&format!("feature = \"{f}\""), "feature = _");
    }
    for marker in ["exit(", "cfg(any())", "Hostile", "hostile", "\u{202e}", "😀"] {
        assert!(!ungated.contains(marker), "src/runtime.rs contains spec text {marker:?}");
    }
    let scan = Scan::of(runtime);
    let found: BTreeSet<&str> = scan.idents.iter().map(String::as_str).filter(|i| FOREIGN.contains(i)).collect();
    assert!(found.is_empty(), "src/runtime.rs: identifiers from the spec's text: {found:?}");
    // Same sections, same text: the runtime of a crate with the same needs (a benign copy of
    // the spec, every text replaced) is byte for byte this one.
    let benign = benign_copy();
    let other = generate(benign.path(), "hostile.json");
    let other = other.iter().find(|(p, _)| p == "src/runtime.rs").map(|(_, t)| t.as_str());
    assert_eq!(other, Some(runtime), "src/runtime.rs differs between hostile.json and its benign copy");
}

/// `hostile.json` with every description, title and summary replaced by plain text: the same
/// structure (so the same runtime sections), none of the hostile prose.
fn benign_copy() -> tempfile::TempDir {
    fn plain(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(o) => {
                for (k, v) in o.iter_mut() {
                    if ["description", "title", "summary"].contains(&k.as_str()) && v.is_string() {
                        *v = serde_json::Value::String("Plain text.".into());
                    } else {
                        plain(v);
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(plain),
            _ => {}
        }
    }
    let text = std::fs::read_to_string(fixtures().join("hostile.json")).expect("fixture");
    let mut spec: serde_json::Value = serde_json::from_str(&text).expect("fixture is JSON");
    plain(&mut spec);
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("hostile.json"), serde_json::to_string_pretty(&spec).expect("json")).expect("write");
    dir
}

/// One attribute found in a token stream: `#[...]` or `#![...]`.
struct Attr {
    inner: bool,
    tokens: TokenStream,
}

impl Attr {
    fn name(&self) -> String {
        // A path from the crate root (`::async_trait::async_trait`) is named by its first segment.
        match self.tokens.clone().into_iter().find(|t| !matches!(t, TokenTree::Punct(p) if p.as_char() == ':')) {
            Some(TokenTree::Ident(i)) => i.to_string(),
            other => format!("{other:?}"),
        }
    }

    /// The string of `doc = "..."`.
    fn doc(&self) -> Option<String> {
        let meta: syn::Meta = syn::parse2(self.tokens.clone()).ok()?;
        let syn::Meta::NameValue(nv) = meta else { return None };
        if !nv.path.is_ident("doc") {
            return None;
        }
        match nv.value {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
            _ => None,
        }
    }
}

/// What a token walk finds: every attribute (in order, with the index of the run of attributes
/// it belongs to: the attributes of one item), and every identifier outside attributes.
#[derive(Default)]
struct Scan {
    attrs: Vec<(usize, Attr)>,
    idents: Vec<String>,
    run: usize,
}

impl Scan {
    fn of(text: &str) -> Scan {
        let ts: TokenStream = match text.parse() {
            Ok(ts) => ts,
            Err(e) => panic!("does not tokenize: {e}"),
        };
        let mut scan = Scan::default();
        scan.walk(ts);
        scan
    }

    fn walk(&mut self, ts: TokenStream) {
        let tokens: Vec<TokenTree> = ts.into_iter().collect();
        let mut i = 0;
        let mut in_run = false;
        while let Some(t) = tokens.get(i) {
            if let TokenTree::Punct(p) = t {
                if p.as_char() == '#' {
                    let bang = matches!(tokens.get(i + 1), Some(TokenTree::Punct(q)) if q.as_char() == '!');
                    let at = if bang { i + 2 } else { i + 1 };
                    if let Some(TokenTree::Group(g)) = tokens.get(at) {
                        if g.delimiter() == Delimiter::Bracket {
                            if !in_run {
                                self.run += 1;
                                in_run = true;
                            }
                            self.attrs.push((self.run, Attr { inner: bang, tokens: g.stream() }));
                            i = at + 1;
                            continue;
                        }
                    }
                }
            }
            in_run = false;
            match t {
                TokenTree::Group(g) => self.walk(g.stream()),
                TokenTree::Ident(id) => self.idents.push(id.to_string()),
                _ => {}
            }
            i += 1;
        }
    }

    /// The doc text of each item (rustdoc joins an item's doc attributes with newlines).
    fn docs(&self) -> Vec<String> {
        let mut by_run: BTreeMap<(usize, bool), Vec<String>> = BTreeMap::new();
        for (run, a) in &self.attrs {
            if let Some(d) = a.doc() {
                by_run.entry((*run, a.inner)).or_default().push(d);
            }
        }
        by_run.into_values().map(|v| v.join("\n")).collect()
    }
}

fn features() -> BTreeSet<String> {
    let toml: toml::Table = match toml::from_str(file("Cargo.toml")) {
        Ok(t) => t,
        Err(e) => panic!("Cargo.toml is not TOML: {e}"),
    };
    match toml.get("features").and_then(|f| f.as_table()) {
        Some(f) => f.keys().cloned().collect(),
        None => BTreeSet::new(),
    }
}

/// `cfg` predicates the generator writes: `feature = "group"`, combined with `any`/`all`/`not`,
/// and never an empty `any()` (which would turn the item off).
fn check_cfg(ts: TokenStream, features: &BTreeSet<String>, problems: &mut Vec<String>) {
    let tokens: Vec<TokenTree> = ts.into_iter().collect();
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        match t {
            TokenTree::Ident(id) if id == "feature" => {
                let lit = match (tokens.get(i + 1), tokens.get(i + 2)) {
                    (Some(TokenTree::Punct(p)), Some(TokenTree::Literal(l))) if p.as_char() == '=' => l.to_string(),
                    _ => String::new(),
                };
                let name = lit.trim_matches('"');
                if !features.contains(name) {
                    problems.push(format!("cfg on a feature Cargo.toml does not declare: {lit}"));
                }
                i += 3;
            }
            TokenTree::Ident(id) if ["any", "all", "not"].contains(&id.to_string().as_str()) => {
                match tokens.get(i + 1) {
                    Some(TokenTree::Group(g)) if !g.stream().is_empty() => check_cfg(g.stream(), features, problems),
                    other => problems.push(format!("cfg `{id}` with {other:?}")),
                }
                i += 2;
            }
            TokenTree::Punct(p) if p.as_char() == ',' => i += 1,
            other => {
                problems.push(format!("unexpected cfg token `{other}`"));
                i += 1;
            }
        }
    }
}

/// Only the generator's own attributes: docs, derives of std and serde traits, serde
/// attributes with literal values, lint levels, `must_use`, `deprecated`, and `cfg` on the
/// crate's features.
#[test]
fn only_the_generators_attributes() {
    let features = features();
    let derivable = [
        "Clone",
        "Copy",
        "Debug",
        "Default",
        "PartialEq",
        "Eq",
        "Hash",
        "PartialOrd",
        "Ord",
        "Serialize",
        "Deserialize",
    ];
    let serde_keys = ["rename", "rename_all", "tag", "skip_serializing", "skip_serializing_if", "default", "flatten"];
    let mut problems = Vec::new();
    for path in GENERATED {
        for (_, a) in &Scan::of(file(path)).attrs {
            let name = a.name();
            let text = compact(&a.tokens);
            let ok = match name.as_str() {
                // `doc(hidden)`: the runtime module, public (no dead code whatever a spec uses), not API.
                "doc" => a.doc().is_some() || (*path == "src/lib.rs" && !a.inner && text == "doc(hidden)"),
                "derive" | "serde" | "allow" | "forbid" | "cfg" => {
                    let Some(TokenTree::Group(args)) = a.tokens.clone().into_iter().nth(1) else {
                        problems.push(format!("{path}: #[{text}]"));
                        continue;
                    };
                    match name.as_str() {
                        // Each derive is a std trait, or serde's or azure_core's `SafeDebug` by
                        // its full path.
                        "derive" => compact(&args.stream()).split(',').all(|d| {
                            derivable.contains(&d)
                                || ["::serde::Serialize", "::serde::Deserialize", "::azure_core::fmt::SafeDebug"]
                                    .contains(&d)
                        }),
                        "serde" => {
                            let keys: Vec<String> = args
                                .stream()
                                .into_iter()
                                .filter_map(|t| match t {
                                    TokenTree::Ident(i) => Some(i.to_string()),
                                    _ => None,
                                })
                                .collect();
                            keys.iter().all(|k| serde_keys.contains(&k.as_str()))
                        }
                        "allow" => ["clippy::doc_lazy_continuation", "clippy::too_many_arguments", "unused_imports"]
                            .contains(&compact(&args.stream()).as_str()),
                        "forbid" => *path == "src/lib.rs" && a.inner && text == "forbid(unsafe_code)",
                        _ => {
                            check_cfg(args.stream(), &features, &mut problems);
                            !a.inner
                        }
                    }
                }
                "must_use" | "deprecated" | "non_exhaustive" => a.tokens.clone().into_iter().count() == 1,
                // azure_core's `Page` trait is an `async_trait` (the list results' impls).
                "async_trait" => *path == "src/models.rs" && !a.inner && text == "::async_trait::async_trait",
                _ => false,
            };
            if !ok {
                problems.push(format!("{path}: #{}[{text}]", if a.inner { "!" } else { "" }));
            }
        }
    }
    assert!(problems.is_empty(), "attributes the generator does not write:\n{}", problems.join("\n"));
}

/// Identifiers that only the spec's text contains (`std::process::exit`, `fn main`,
/// `#![no_std]`): outside string literals and doc comments they would be injected code.
const FOREIGN: &[&str] = &["exit", "process", "main", "no_std", "indented", "tabbed"];

#[test]
fn spec_text_never_becomes_code() {
    for path in GENERATED {
        let scan = Scan::of(file(path));
        let found: BTreeSet<&str> = scan.idents.iter().map(String::as_str).filter(|i| FOREIGN.contains(i)).collect();
        assert!(found.is_empty(), "{path}: identifiers from the spec's text outside literals and docs: {found:?}");
        for item in &parse(path).items {
            if let syn::Item::Fn(f) = item {
                assert_ne!(f.sig.ident, "main", "{path}: a `fn main`");
            }
        }
        // The hostile text is in there, as data.
        assert!(file(path).contains("exit("), "{path} lost the hostile text entirely?");
    }
    // Inner attributes only where the generator puts them.
    for path in GENERATED {
        for (_, a) in Scan::of(file(path)).attrs.iter().filter(|(_, a)| a.inner) {
            assert!(["doc", "allow", "forbid"].contains(&a.name().as_str()), "{path}: #![{}]", compact(&a.tokens));
        }
    }
}

/// Markdown code blocks in a doc text, as rustdoc finds them: fenced (``` or ~~~, up to three
/// spaces in) and indented (four spaces or a tab, after a blank line). Returns (block, code).
fn code_blocks(doc: &str) -> Vec<String> {
    // rustdoc removes the indentation common to all lines first.
    let lines: Vec<&str> = doc.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let common = lines.iter().filter(|l| !l.trim().is_empty()).map(|l| indent(l)).min().unwrap_or(0);
    let lines: Vec<&str> = lines.iter().map(|l| l.get(common..).unwrap_or("")).collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    let mut after_blank = true;
    while let Some(line) = lines.get(i) {
        let lead = indent(line);
        let body = line.trim_start_matches(' ');
        let fence = ["```", "~~~"].into_iter().find(|f| lead < 4 && body.starts_with(f));
        if let Some(f) = fence {
            let mut code = Vec::new();
            i += 1;
            while let Some(l) = lines.get(i) {
                i += 1;
                if l.trim_start().starts_with(f) {
                    break;
                }
                code.push(*l);
            }
            blocks.push(format!("{body}\n{}", code.join("\n")));
            after_blank = false;
            continue;
        }
        if after_blank && !body.is_empty() && (lead >= 4 || line.starts_with('\t')) {
            let mut code = Vec::new();
            while let Some(l) = lines.get(i) {
                if !(l.trim().is_empty() || indent(l) >= 4 || l.starts_with('\t')) {
                    break;
                }
                code.push(*l);
                i += 1;
            }
            blocks.push(format!("(indented)\n{}", code.join("\n")));
            after_blank = true;
            continue;
        }
        after_blank = line.trim().is_empty();
        i += 1;
    }
    blocks
}

/// The generator's own examples: fenced Rust that uses the crate, whose identifiers are all
/// its own (spec text only inside string literals).
fn generators_example(block: &str) -> bool {
    let Some((info, code)) = block.split_once('\n') else { return false };
    if !["```", "```rust", "```no_run", "```ignore"].contains(&info) {
        return false;
    }
    // Hidden lines (`# ...`) are compiled too.
    let code: Vec<&str> = code.lines().map(|l| if l == "#" { "" } else { l.strip_prefix("# ").unwrap_or(l) }).collect();
    let code = code.join("\n");
    if !code.contains("hostile::") {
        return false;
    }
    let Ok(block) = syn::parse_str::<syn::Block>(&format!("{{\n{code}\n}}")) else { return false };
    let scan = Scan::of(&block.to_token_stream().to_string());
    !scan.idents.iter().any(|i| FOREIGN.contains(&i.as_str()))
}

/// Every doc comment is text: rustdoc finds no code block in it (which `cargo test` would compile
/// and run) other than the generator's own examples.
#[test]
fn doc_comments_contain_no_code_from_the_spec() {
    let mut problems = Vec::new();
    for path in GENERATED {
        for doc in Scan::of(file(path)).docs() {
            for block in code_blocks(&doc) {
                if !generators_example(&block) {
                    problems
                        .push(format!("{path}: {block:?}\n    in doc {:?}", doc.chars().take(120).collect::<String>()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} code blocks from the spec:\n{}", problems.len(), problems.join("\n"));
}

/// The part that holds today: descriptions (through `emit::docs::clean`) lose backtick fences and
/// indentation, and the generator's examples are there and clean.
#[test]
fn descriptions_lose_backtick_fences_and_indentation() {
    for text in [
        "a\n```rust\nfn main() { std::process::exit(1) }\n```",
        "a\n\n    fn main() { std::process::exit(2) }",
        "a\n\n\t\tfn main() { std::process::exit(4) }",
        "a\r\n\r\n    fn main() {}\r```\r",
    ] {
        let cleaned = codegen::emit::docs::clean(text);
        let doc: String = cleaned.lines().map(|l| format!(" {l}")).collect::<Vec<_>>().join("\n");
        assert_eq!(code_blocks(&doc), Vec::<String>::new(), "{text:?} -> {cleaned:?}");
    }
    // The `x-ms-examples` request of the widget resource, hostile values and all, is a clean
    // example. (The crate-level usage example is not: see doc_comments_contain_no_code_from_the_spec.)
    let examples: Vec<String> = Scan::of(file("src/models.rs"))
        .docs()
        .iter()
        .flat_map(|d| code_blocks(d))
        .filter(|b| b.contains("WidgetCfgAny::builder("))
        .collect();
    assert_eq!(examples.len(), 1, "{examples:#?}");
    assert!(examples.iter().all(|b| generators_example(b)), "{examples:#?}");
}

#[test]
fn descriptions_lose_tilde_fences() {
    let cleaned = codegen::emit::docs::clean("a\n~~~\nstd::process::exit(3)\n~~~");
    let doc: String = cleaned.lines().map(|l| format!(" {l}")).collect::<Vec<_>>().join("\n");
    assert_eq!(code_blocks(&doc), Vec::<String>::new(), "{cleaned:?}");
}

/// rustc denies text-direction code points (U+202A-U+202E, U+2066-U+2069) in comments and
/// literals (`text_direction_codepoint_in_literal`): a single one in a description breaks the
/// build. In string literals they must be escapes, in docs replaced.
#[test]
fn no_text_direction_code_points() {
    let bidi = |c: char| ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c);
    for (path, text) in hostile() {
        let n = text.chars().filter(|c| bidi(*c)).count();
        assert_eq!(n, 0, "{path}: {n} text-direction code points");
    }
}

/// Literal path segments may contain `{` and `}`: they must not reach a format string. Ids print
/// through the runtime's `typed_id!`, whose format string is its own; the segments are arguments.
#[test]
fn id_display_format_strings_have_two_placeholders() {
    /// The format string of every `write!(f, "...", ...)` in `tokens`, as its value.
    fn format_strings(tokens: TokenStream, out: &mut Vec<String>) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, t) in trees.iter().enumerate() {
            if let TokenTree::Group(g) = t {
                let is_write = matches!((trees.get(i.wrapping_sub(2)), trees.get(i.wrapping_sub(1))),
                    (Some(TokenTree::Ident(w)), Some(TokenTree::Punct(p))) if w == "write" && p.as_char() == '!');
                if is_write {
                    let lit = g.stream().into_iter().find_map(|t| match t {
                        TokenTree::Literal(l) => syn::parse_str::<syn::LitStr>(&l.to_string()).ok(),
                        _ => None,
                    });
                    out.extend(lit.map(|l| l.value()));
                }
                format_strings(g.stream(), out);
            }
        }
    }
    let mut in_ids = Vec::new();
    format_strings(file("src/ids.rs").parse().expect("ids.rs tokenizes"), &mut in_ids);
    assert_eq!(in_ids, Vec::<String>::new(), "ids.rs formats ids itself");
    assert!(file("src/ids.rs").contains("runtime::typed_id!("), "ids no longer print through typed_id!");
    let mut in_runtime = Vec::new();
    format_strings(file("src/runtime.rs").parse().expect("runtime.rs tokenizes"), &mut in_runtime);
    assert!(
        in_runtime.contains(&"{}/{}/{}".to_owned()),
        "typed_id!'s `write!(f, \"{{}}/{{}}/{{}}\", ..)` not found: {in_runtime:?}"
    );
    for lit in in_runtime {
        assert!(!lit.contains("exit(") && !lit.contains("gadgets"), "spec text in a format string: {lit:?}");
    }
}

/// The crate-level example calls a GET with `&id` and no options (`None`), as its signature takes.
#[test]
fn usage_example_calls_the_get_with_its_arguments() {
    let lib = file("src/lib.rs");
    // No GET here is callable with the id alone: then the docs have no call to get wrong.
    let Some(call) = lib.lines().find(|l| l.contains("= client.") && l.contains("(&id, None)")) else { return };
    let (group, method) = {
        let c = call.split("client.").nth(1).unwrap_or_default();
        let g = c.split("()").next().unwrap_or_default().to_owned();
        let m = c.split("().").nth(1).and_then(|m| m.split('(').next()).unwrap_or_default().to_owned();
        (g, m)
    };
    // The group's module in clients.rs: `impl super::HostileClient { fn <group>() -> <Type> }` and
    // `impl <Type><'_> { fn <method>(..) }`.
    let clients = parse("src/clients.rs");
    let impls: Vec<&syn::ItemImpl> = clients
        .items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Mod(m) => m.content.as_ref(),
            _ => None,
        })
        .flat_map(|(_, items)| items)
        .filter_map(|i| match i {
            syn::Item::Impl(i) => Some(i),
            _ => None,
        })
        .collect();
    let group_type = impls
        .iter()
        .filter(|i| compact(&i.self_ty) == "super::HostileClient")
        .flat_map(|i| &i.items)
        .find_map(|it| match it {
            syn::ImplItem::Fn(f) if f.sig.ident == group => match &f.sig.output {
                syn::ReturnType::Type(_, t) => Some(compact(t).split('<').next().unwrap_or_default().to_owned()),
                _ => None,
            },
            _ => None,
        })
        .unwrap_or_default();
    let arity = impls
        .iter()
        .filter(|i| compact(&i.self_ty).split('<').next() == Some(group_type.as_str()))
        .flat_map(|i| &i.items)
        .find_map(|it| match it {
            syn::ImplItem::Fn(f) if f.sig.ident == method => Some(f.sig.inputs.len()),
            _ => None,
        });
    assert_eq!(
        arity,
        Some(3),
        "`{}` calls {group_type}::{method}, which takes {arity:?} inputs (self, id and options expected)",
        call.trim()
    );
}

/// A minimal form of one doc injection: `info.version` is pasted into the crate docs' usage
/// example (`ends_with("?api-version={version}")`). With this version the example is valid Rust
/// that calls `std::process::exit(6)` under `cargo test --doc`.
#[test]
fn version_stays_out_of_the_usage_example_code() {
    let files = generate(&fixtures(), "version-in-usage-example.json");
    let lib = files.iter().find(|(p, _)| p == "src/lib.rs").map(|(_, t)| t.as_str()).unwrap_or_default();
    let mut problems = Vec::new();
    for doc in Scan::of(lib).docs() {
        for block in code_blocks(&doc) {
            if block.contains("api-version") && !generators_example(&block) {
                problems.push(block);
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Cargo.toml is TOML, names the crate as asked, and declares every feature the code tests.
#[test]
fn cargo_toml_is_valid() {
    let toml: toml::Table = match toml::from_str(file("Cargo.toml")) {
        Ok(t) => t,
        Err(e) => panic!("Cargo.toml is not TOML: {e}"),
    };
    let name = toml.get("package").and_then(|p| p.get("name")).and_then(|n| n.as_str());
    assert_eq!(name, Some("hostile"));
    let features = features();
    for f in ["gadgets", "hostile", "operations", "widgets"] {
        assert!(features.contains(f), "feature {f} missing: {features:?}");
    }
}

#[test]
fn group_named_azure_keeps_cargo_toml_valid() {
    let files = generate(&fixtures(), "group-named-azure.json");
    let cargo = files.iter().find(|(p, _)| p == "Cargo.toml").map(|(_, t)| t.as_str()).unwrap_or_default();
    if let Err(e) = toml::from_str::<toml::Table>(cargo) {
        panic!("Cargo.toml is not TOML: {e}\n{cargo}");
    }
}

/// `cargo build` (and optionally `cargo test --doc`) of a generated crate, in a shared target
/// folder so dependencies build once. Each caller names its crate differently: crates of the same
/// name and version in different temporary folders would share cargo's fingerprints there, and a
/// build could pass as "fresh" on another test's artifacts.
fn build_crate(root: &Path, input: &str, name: &str, doctests: bool) {
    let out = tempfile::tempdir().expect("temp dir");
    let dir = out.path().join(name);
    if let Err(e) = Generator::new(root, [input]).crate_name(name).standalone(true).write_to(&dir) {
        panic!("{input}: {e}");
    }
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/generated-crates");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let run = |args: &[&str]| {
        let output = Command::new(&cargo)
            .args(args)
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTFLAGS")
            .output()
            .expect("run cargo");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "cargo {args:?} failed for {input}:\n{stderr}\n{stdout}");
    };
    run(&["build", "--offline", "-q"]);
    if doctests {
        run(&["test", "--offline", "-q", "--doc"]);
    }
}

/// `hostile.json` without the two characters that trip known bugs (right-to-left overrides; `{`
/// `}` inside literal path segments), written with its example to a temporary folder.
fn hostile_without_known_bugs() -> tempfile::TempDir {
    fn strip(v: &mut serde_json::Value) {
        let bidi = |c: char| ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c);
        match v {
            serde_json::Value::String(s) => s.retain(|c| !bidi(c)),
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            serde_json::Value::Object(o) => {
                let old = std::mem::take(o);
                for (mut k, mut v) in old {
                    k.retain(|c| !bidi(c));
                    strip(&mut v);
                    o.insert(k, v);
                }
            }
            _ => {}
        }
    }
    let read = |rel: &str| -> serde_json::Value {
        let text = std::fs::read_to_string(fixtures().join(rel)).expect("fixture");
        serde_json::from_str(&text).expect("fixture is JSON")
    };
    let mut spec = read("hostile.json");
    strip(&mut spec);
    if let Some(paths) = spec.get_mut("paths").and_then(|p| p.as_object_mut()) {
        let old = std::mem::take(paths);
        for (k, v) in old {
            let k = k
                .split('/')
                .map(|seg| {
                    if seg.starts_with('{') && seg.ends_with('}') {
                        seg.to_owned()
                    } else {
                        seg.replace(['{', '}'], "")
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            paths.insert(k, v);
        }
    }
    let mut example = read("examples/Widget_Create.json");
    strip(&mut example);
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("examples")).expect("mkdir");
    std::fs::write(dir.path().join("hostile.json"), serde_json::to_string_pretty(&spec).expect("json")).expect("write");
    std::fs::write(
        dir.path().join("examples/Widget_Create.json"),
        serde_json::to_string_pretty(&example).expect("json"),
    )
    .expect("write");
    dir
}

/// Compiles (about 30 s with dependencies built, a minute or two from nothing). Everything of
/// `hostile.json` but the two characters of known bugs.
#[test]
fn generated_crate_compiles() {
    let dir = hostile_without_known_bugs();
    build_crate(dir.path(), "hostile.json", "hostile_build", false);
}

#[test]
fn generated_crate_compiles_from_the_whole_hostile_spec() {
    build_crate(&fixtures(), "hostile.json", "hostile_whole", false);
}

/// The doctests are the generator's examples only, and they pass: no spec text runs.
#[test]
fn doctests_run_no_spec_text() {
    let dir = hostile_without_known_bugs();
    build_crate(dir.path(), "hostile.json", "hostile_doctests", true);
}

// The expected items, file by file (see items_are_exactly_the_expected_ones).

const LIB: &str = "\
mod builders
mod clients
mod ids
mod models
mod runtime
use clients::{HostileClient,HostileClientOptions}
use runtime::{IntoContent,NoClientRequestId}
use runtime::lro::{FinalState,OperationStatus,PollingOptions}
";

const IDS: &str = "\
use super::runtime
use super::runtime::{ParseIdError,ResourceGroupId,ResourcePath,SubscriptionId}
mod gadgets
  use super::*
  struct WidgetsId
    .parent
    .name
  impl WidgetsId
    fn new
    fn parent
    fn name
    fn subscription_id
    fn resource_group_name
    fn widget_name
    fn gadget_name
  impl WidgetCfgAnyId
    fn std_process_exit_5_fn_main
  macro runtime::typed_id
use gadgets::*
mod shared_1
  use super::*
  struct WidgetCfgAnyId
    .parent
    .name
  impl WidgetCfgAnyId
    fn new
    fn parent
    fn name
    fn subscription_id
    fn resource_group_name
    fn widget_name
  impl ResourceGroupId
    fn widget
  macro runtime::typed_id
use shared_1::*
";

const CLIENTS: &str = "\
struct HostileClient
  .endpoint
  .pipeline
  .api_version
  .subscription_id
  .polling
struct HostileClientOptions
  .client_options
  .api_version
  .polling
impl Default for HostileClientOptions
  fn default
impl HostileClient
  fn new
  fn with_endpoint
  fn with_no_credential
  fn url
  fn call
  fn lro
  fn poller
  fn paged
  fn pager
  fn build
  fn endpoint
  fn api_version
  fn pipeline
  fn subscription_id
mod gadgets
  use super::super::runtime
  use super::super::{ids,runtime::ResourcePath as _}
  use super::super::models
  struct GadgetsClient
    .client
  impl super::HostileClient
    fn gadgets
  impl GadgetsClient<'_>
    fn get
  struct GadgetsGetOptions
    .method_options
mod hostile
  use super::super::runtime
  use super::super::{ids,runtime::ResourcePath as _}
  struct HostileClient
    .client
  impl super::HostileClient
    fn hostile
  impl HostileClient<'_>
    fn cfg_any_fn_main_std_process_exit_1_std_process_exit_2_std_process_exit_3
  struct HostileCfgAnyFnMainStdProcessExit1StdProcessExit2StdProcessExit3Options
    .method_options
mod operations
  use super::super::runtime
  use super::super::models
  struct OperationsClient
    .client
  impl super::HostileClient
    fn operations
  impl OperationsClient<'_>
    fn list
  struct OperationsListOptions
    .method_options
mod widgets
  use super::super::runtime
  use super::super::{ids,runtime::ResourcePath as _}
  use super::super::models
  struct WidgetsOperationsClient
    .client
  impl super::HostileClient
    fn widgets
  impl WidgetsOperationsClient<'_>
    fn get
    fn create_or_update
  struct WidgetsOperationsGetOptions
    .type_
    .a_b
    .x_cfg_any
    .method_options
  struct WidgetsOperationsCreateOrUpdateOptions
    .method_options
";

const BUILDERS: &str = "\
use super::models
mod widgets
  use super::*
  impl models::WidgetCfgAny
    fn builder
    fn into_builder
  struct WidgetCfgAnyBuilder
    .inner
  impl WidgetCfgAnyBuilder
    fn location
    fn properties
    fn tags
    fn insert_tags
    fn cfg_any
    fn _1abc
    fn a_b
    fn a_b_2
    fn self_
    fn self_2
    fn crate_
    fn super_
    fn value
    fn value_2
    fn fn_main_std_process_exit_1
    fn r_x
    fn value_3
    fn a_b_3
    fn value_4
    fn type_2
    fn {P300}
    fn cfg_any_evil
    fn req_std_process_exit_8
    fn defaulted
    fn color
    fn mode
    fn secret
    fn size
    fn nested
    fn animals
    fn push_animals
    fn build
  impl ::std::convert::From<WidgetCfgAnyBuilder> for models::WidgetCfgAny
    fn from
  impl models::T1abc
    fn builder
    fn into_builder
  struct T1abcBuilder
    .inner
  impl T1abcBuilder
    fn x
    fn build
  impl ::std::convert::From<T1abcBuilder> for models::T1abc
    fn from
  impl models::Cat
    fn builder
    fn into_builder
  struct CatBuilder
    .inner
  impl CatBuilder
    fn meow
    fn build
  impl ::std::convert::From<CatBuilder> for models::Cat
    fn from
  impl models::Dog
    fn builder
    fn into_builder
  struct DogBuilder
    .inner
  impl DogBuilder
    fn woof
    fn build
  impl ::std::convert::From<DogBuilder> for models::Dog
    fn from
use widgets::*
";

const MODELS: &str = "\
use super::runtime
struct Type
  .a
struct SelfModel
  .a
struct Crate
  .a
struct Unnamed
  .a
struct AB
  .a
struct HostileAB
  .a
struct Client
  .a
struct {LONG}
  .a
struct CloudError
  .code
  .message
enum WidgetsGetAB
  ::Empty
  ::Empty2
  ::FnMainStdProcessExit1
  ::UnknownValue
macro runtime::open_enum
enum WidgetsGetFixed
  ::CfgAny
  ::UnknownValue
macro runtime::open_enum
enum ProvisioningState
  ::Succeeded
  ::Failed
  ::UnknownValue
macro runtime::open_enum
enum ColorCfgAny
  ::Red
  ::CommentEnd
  ::Empty
  ::CfgAny
  ::Empty2
  ::FnMainStdProcessExit1
  ::V1abc
  ::Self_
  ::Self2
  ::Empty3
  ::AB
  ::Other
  ::RX
macro runtime::closed_enum
enum HostileSelf
  ::Other
  ::UnknownValue
  ::A
  ::OtherValue
macro runtime::open_enum
mod gadgets
  use super::*
  struct Widgets
    .gadget
use gadgets::*
mod operations
  struct Option
    .a
  struct OperationListResult
    .value
    .next_link
  impl OperationListResult
    fn value
  const _
    use std::boxed::Box
    impl ::azure_core::http::pager::Page for OperationListResult
      type Item
      type IntoIter
      fn into_items
use operations::*
mod widgets
  use super::*
  struct WidgetCfgAny
    .id
    .name
    .type_
    .location
    .properties
    .tags
    .cfg_any
    ._1abc
    .a_b
    .a_b_2
    .self_
    .self_2
    .crate_
    .super_
    .value
    .value_2
    .fn_main_std_process_exit_1
    .r_x
    .value_3
    .a_b_3
    .value_4
    .type_2
    .{P300}
    .cfg_any_evil
    .req_std_process_exit_8
    .defaulted
  impl WidgetCfgAny
    fn provisioning_state
    fn color
    fn mode
    fn secret
    fn size
    fn nested
    fn animals
  struct WidgetProperties
    .provisioning_state
    .color
    .mode
    .secret
    .size
    .nested
    .animals
  impl WidgetProperties
    fn animals
  struct T1abc
    .x
  enum Animal
    ::Cat
    ::Dog
    ::Other
  impl ::serde::Serialize for Animal
    fn serialize
  impl ::serde::Deserialize<'de> for Animal
    fn deserialize
  impl ::std::convert::From<Cat> for Animal
    fn from
  impl ::std::convert::From<Dog> for Animal
    fn from
  struct Cat
    .meow
  struct Dog
    .woof
use widgets::*
";
