//! The build-script pattern, checked end to end:
//! - the code `build.rs` generated into `OUT_DIR` and `src/lib.rs` includes works;
//! - it is the same code as the checked-in crate `generated/` (same manifest), module by module
//!   (the crate's feature-gated group modules spliced back, doc links read as their text);
//! - generating again with unchanged inputs writes nothing, so cargo has no work to do.
//!
//! Needs the spec files: `AZURE_REST_API_SPECS=/path/to/azure-rest-api-specs` (or the verified
//! cache in `specs/cache/`), as the build script itself does.
//!
//! The target is named `golden` (the checked-in `generated/` is this output's golden), so that
//! `cargo test -p codegen-tests --test golden -p golden-compile -p build-script-example` runs it
//! too (`--test` selects by name in every package).

use build_script_example::express_route::{ids::*, models::*};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// `$OUT_DIR` of this crate's build script, where it wrote `express_route.rs`.
const OUT_DIR: &str = env!("EXPRESS_ROUTE_OUT_DIR");

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn manifest() -> PathBuf {
    workspace_root().join("specs/express-route.toml")
}

#[test]
fn included_code_works() {
    // The seed document's example (ExpressRouteCircuitConnectionCreate.json), through the builder.
    let body = ExpressRouteCircuitConnection::builder()
        .express_route_circuit_peering("/subscriptions/subid1/resourceGroups/dedharcktinit/providers/Microsoft.Network/expressRouteCircuits/dedharcktlocal/peerings/AzurePrivatePeering")
        .peer_express_route_circuit_peering("/subscriptions/subid2/resourceGroups/dedharcktpeer/providers/Microsoft.Network/expressRouteCircuits/dedharcktremote/peerings/AzurePrivatePeering")
        .authorization_key("946a1918-b7a2-4917-b43c-8c4cdaee006a")
        .address_prefix("10.0.0.0/29")
        .ipv6_circuit_connection_config(Ipv6CircuitConnectionConfig::builder().address_prefix("aa:bb::/125"))
        .build();
    let json = serde_json::to_value(&body).expect("serialize");
    assert_eq!(
        json,
        serde_json::json!({
            "properties": {
                "expressRouteCircuitPeering": {
                    "id": "/subscriptions/subid1/resourceGroups/dedharcktinit/providers/Microsoft.Network/expressRouteCircuits/dedharcktlocal/peerings/AzurePrivatePeering"
                },
                "peerExpressRouteCircuitPeering": {
                    "id": "/subscriptions/subid2/resourceGroups/dedharcktpeer/providers/Microsoft.Network/expressRouteCircuits/dedharcktremote/peerings/AzurePrivatePeering"
                },
                "authorizationKey": "946a1918-b7a2-4917-b43c-8c4cdaee006a",
                "addressPrefix": "10.0.0.0/29",
                "ipv6CircuitConnectionConfig": { "addressPrefix": "aa:bb::/125" }
            }
        })
    );
    let back: ExpressRouteCircuitConnection = serde_json::from_value(json).expect("deserialize");
    assert_eq!(back, body);
    // `authorizationKey` is a secret (by the manifest's settings): never in `Debug`.
    let debug = format!("{body:?}");
    assert!(!debug.contains("946a1918"), "secret in Debug output: {debug}");

    // Typed ids parse, print and know their parents.
    let text = "/subscriptions/subid1/resourceGroups/rg1/providers/Microsoft.Network/expressRouteCircuits/ExpressRouteARMCircuitA/peerings/AzurePrivatePeering/connections/circuitConnectionUSAUS";
    let id: ExpressRouteCircuitConnectionId = text.parse().expect("parse id");
    assert_eq!(id.to_string(), text);
    assert_eq!(id.connection_name(), "circuitConnectionUSAUS");
    assert_eq!(id.peering_name(), "AzurePrivatePeering");
    assert_eq!(id.circuit_name(), "ExpressRouteARMCircuitA");
    assert_eq!(id.resource_group_name(), "rg1");
    assert_eq!(id.subscription_id(), "subid1");
    let circuit = ExpressRouteCircuitId::new("subid1", "rg1", "ExpressRouteARMCircuitA");
    assert_eq!(id.parent(), &circuit.peering("AzurePrivatePeering"));
    assert_eq!(id, circuit.peering("AzurePrivatePeering").connection("circuitConnectionUSAUS"));
    assert!("/subscriptions/subid1/resourceGroups/rg1".parse::<ExpressRouteCircuitConnectionId>().is_err());

    let options = build_script_example::express_route::ExpressRouteClientOptions::default();
    assert_eq!(options.api_version, "2021-08-01");
}

/// A module's items as a file of their own, formatted the way the generator formats files.
fn unparse_module(m: &syn::ItemMod) -> String {
    let (_, items) = m.content.as_ref().expect("inline module");
    let file = syn::File {
        shebang: None,
        frontmatter: None,
        attrs: m.attrs.iter().filter(|a| matches!(a.style, syn::AttrStyle::Inner(_))).cloned().collect(),
        items: items.clone(),
    };
    prettyplease::unparse(&file)
}

/// What kind of difference there is between the included module and the checked-in file, to
/// make the failure precise (the test fails either way: they must be identical).
fn classify(ours: &str, theirs: &str) -> &'static str {
    let Ok(parsed) = syn::parse_file(theirs) else {
        return "the checked-in file does not parse";
    };
    let reformatted = prettyplease::unparse(&parsed);
    if reformatted == ours {
        return "formatting and plain `//` comments only: the checked-in file is not prettyplease's output of the same code";
    }
    let all = |s: &str| -> Vec<String> { s.lines().map(str::to_owned).collect() };
    if all(&without_feature_gates(&reformatted)) == all(&without_feature_gates(ours)) {
        return "`#[cfg(...)]` attributes only (the crate layout gates items by feature, the single file does not)";
    }
    let docs = |l: &str| l.trim_start().starts_with("///") || l.trim_start().starts_with("//!");
    let code = |s: &str| -> Vec<String> { s.lines().filter(|l| !docs(l)).map(str::to_owned).collect() };
    if code(&reformatted) == code(ours) {
        return "doc comments only";
    }
    if code(&without_feature_gates(&reformatted)) == code(&without_feature_gates(ours)) {
        return "doc comments and `#[cfg(...)]` attributes only (the crate layout gates items by feature, the single file does not)";
    }
    "the code differs"
}

/// The checked-in file minus what only a crate can have, which the single-file layout leaves
/// out by design (README, "Three ways to use it"): cargo feature gates (`cfg(feature)` would
/// test the includer's features) and resource doctests (they name the crate). The rest must be
/// identical, item for item and byte for byte after formatting (plain `//` comments, which the
/// runtime's source has and the token route drops, do not count).
fn crate_only_parts_removed(text: &str) -> String {
    let mut file = syn::parse_file(text).expect("checked-in file parses");
    file.items = flattened(std::mem::take(&mut file.items));
    without_examples(&mut file.items);
    plain_links(&without_feature_gates(&prettyplease::unparse(&file)))
}

/// Doc links as their text: ``[`X`](path)`` and ``[`X`]`` become `` `X` ``. The crate layout
/// links to `crate::` paths; the single file cannot (it does not know where it is included), so
/// it names the same items unlinked. The prose must still match.
fn plain_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("///") || t.starts_with("//!") {
            out.push_str(&unlink(line));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

fn unlink(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find("[`") {
        let Some(end) = rest[start + 2..].find("`]").map(|e| start + 2 + e) else { break };
        out.push_str(&rest[..start]);
        out.push('`');
        out.push_str(&rest[start + 2..end]);
        out.push('`');
        rest = &rest[end + 2..];
        if rest.starts_with('(') {
            if let Some(close) = rest.find(')') {
                rest = &rest[close + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The crate layout puts each set of feature-gated items in a private module of its own
/// (`#[cfg(..)] mod shared_1 { use super::*; .. }`, the import only where its items need it, and
/// `pub use shared_1::*;`); the single file, which has no gates, keeps them in place. This
/// splices such modules (private, and re-exported whole) back.
fn flattened(items: Vec<syn::Item>) -> Vec<syn::Item> {
    let tree = |u: &syn::ItemUse| quote::ToTokens::to_token_stream(&u.tree).to_string();
    let glob_of_super = |i: &syn::Item| matches!(i, syn::Item::Use(u) if tree(u) == "super :: *");
    let reexported: std::collections::BTreeSet<String> = items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Use(u) => tree(u).strip_suffix(" :: *").map(str::to_owned),
            _ => None,
        })
        .collect();
    let mut spliced = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for item in items {
        match item {
            syn::Item::Mod(m)
                if matches!(m.vis, syn::Visibility::Inherited) && reexported.contains(&m.ident.to_string()) =>
            {
                spliced.insert(m.ident.to_string());
                let (_, inner) = m.content.unwrap_or_default();
                out.extend(inner.into_iter().filter(|i| !glob_of_super(i)));
            }
            other => out.push(other),
        }
    }
    out.retain(|i| match i {
        syn::Item::Use(u) => !spliced.iter().any(|m| tree(u) == format!("{m} :: *")),
        _ => true,
    });
    out
}

/// Drops each `# Example` section of the items' docs (with the blank line before it), up to the
/// next heading, in modules too.
fn without_examples(items: &mut [syn::Item]) {
    for item in items {
        let attrs = match item {
            syn::Item::Struct(i) => &mut i.attrs,
            syn::Item::Enum(i) => &mut i.attrs,
            syn::Item::Impl(i) => &mut i.attrs,
            syn::Item::Type(i) => &mut i.attrs,
            syn::Item::Fn(i) => &mut i.attrs,
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &mut m.content {
                    without_examples(inner);
                }
                continue;
            }
            _ => continue,
        };
        let doc_line = |a: &syn::Attribute| match &a.meta {
            syn::Meta::NameValue(nv) if a.path().is_ident("doc") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        };
        let lines: Vec<Option<String>> = attrs.iter().map(doc_line).collect();
        let mut drop = vec![false; lines.len()];
        let mut in_example = false;
        for (i, line) in lines.iter().enumerate() {
            let Some(line) = line else { continue };
            if line.starts_with(" # Example") {
                in_example = true;
                if i > 0 && lines[i - 1].as_deref() == Some("") {
                    drop[i - 1] = true;
                }
            } else if line.starts_with(" # ") {
                // The blank line that separates the next heading stays.
                if in_example && i > 0 && lines[i - 1].as_deref() == Some("") {
                    drop[i - 1] = false;
                }
                in_example = false;
            }
            drop[i] = in_example;
        }
        let mut keep = drop.iter().map(|d| !d);
        attrs.retain(|_| keep.next().unwrap_or(true));
    }
}

/// prettyplease output without its `#[cfg(...)]` attributes that name a feature (an attribute
/// may span lines; other `cfg`s stay).
fn without_feature_gates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending: Vec<&str> = Vec::new();
    let mut depth = 0i32;
    for line in text.lines() {
        if pending.is_empty() && !line.trim_start().starts_with("#[cfg(") {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        pending.push(line);
        depth += line.matches('[').count() as i32 - line.matches(']').count() as i32;
        if depth <= 0 {
            let attr = pending.join("\n");
            if !attr.contains("feature") {
                out.push_str(&attr);
                out.push('\n');
            }
            pending.clear();
            depth = 0;
        }
    }
    out
}

#[test]
fn included_code_is_the_checked_in_crate() {
    let path = Path::new(OUT_DIR).join("express_route.rs");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
    let src = workspace_root().join("generated/src");

    let mut modules = BTreeSet::new();
    let mut mismatches = Vec::new();
    for item in &file.items {
        let syn::Item::Mod(m) = item else { continue };
        let name = m.ident.to_string();
        let ours = plain_links(&unparse_module(m));
        let theirs_path = src.join(format!("{name}.rs"));
        let theirs = std::fs::read_to_string(&theirs_path)
            .unwrap_or_else(|e| panic!("module `{name}` has no counterpart {}: {e}", theirs_path.display()));
        let theirs = crate_only_parts_removed(&theirs);
        if ours != theirs {
            let diff = similar::TextDiff::from_lines(&theirs, &ours)
                .unified_diff()
                .context_radius(2)
                .header(&theirs_path.display().to_string(), &format!("$OUT_DIR/express_route.rs, mod {name}"))
                .to_string();
            let n = diff.lines().count();
            let mut shown: String = diff.lines().take(80).collect::<Vec<_>>().join("\n");
            if n > 80 {
                shown.push_str(&format!("\n... ({} more diff lines)", n - 80));
            }
            mismatches.push(format!(
                "module `{name}` differs from {} ({}):\n{shown}\n",
                theirs_path.display(),
                classify(&ours, &theirs)
            ));
        }
        modules.insert(name);
    }
    let files: BTreeSet<String> = std::fs::read_dir(&src)
        .expect("read generated/src")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| p.file_stem().expect("stem").to_string_lossy().into_owned())
        .filter(|n| n != "lib")
        .collect();
    assert_eq!(modules, files, "the included modules and generated/src/*.rs (but lib.rs) differ");
    assert!(
        mismatches.is_empty(),
        "the build-script output differs from generated/ (run `cargo run -p codegen -- check` first):\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn unchanged_inputs_write_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let builder = || codegen::Builder::from_manifest(manifest()).out_dir(dir.path());
    let first = builder().generate().expect("first generation");
    let file = dir.path().join("express_route.rs");
    assert_eq!(first.files.len(), 1, "single-file mode writes one file");
    let before = std::fs::metadata(&file).expect("generated file");

    // Same output as the build script wrote.
    let built = std::fs::read_to_string(Path::new(OUT_DIR).join("express_route.rs")).expect("OUT_DIR file");
    assert!(
        std::fs::read_to_string(&file).expect("read") == built,
        "a fresh generation differs from the build script's"
    );

    // A rewrite would show in the modification time (or, since files are replaced by rename,
    // in the inode); wait long enough for a coarse clock to tick.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    builder().generate().expect("second generation");
    let after = std::fs::metadata(&file).expect("generated file");
    assert_eq!(before.modified().expect("mtime"), after.modified().expect("mtime"), "the unchanged file was rewritten");
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        assert_eq!(before.ino(), after.ino(), "the unchanged file was replaced");
    }

    // The build script told cargo what to watch: the manifest and every spec file read.
    let output = Path::new(OUT_DIR).with_file_name("output");
    if let Ok(printed) = std::fs::read_to_string(&output) {
        let watched: BTreeSet<&str> =
            printed.lines().filter_map(|l| l.strip_prefix("cargo:rerun-if-changed=")).collect();
        let manifest = manifest().canonicalize().expect("manifest");
        assert!(watched.contains(manifest.to_str().expect("utf-8")), "manifest not watched: {watched:?}");
        for input in &first.inputs {
            assert!(watched.contains(input.to_str().expect("utf-8")), "{} not watched: {watched:?}", input.display());
        }
        assert!(printed.lines().any(|l| l == "cargo:rerun-if-env-changed=AZURE_REST_API_SPECS"));
    }
}
