//! Helpers shared by the workspace's integration tests (in `tests/`).
//!
//! - [`server`]: a scripted loopback HTTP/1.1 server;
//! - [`transport`]: a blocking std-TCP round trip to talk to it;
//! - [`azure`]: azure_core test doubles: a fixed-token credential, an `HttpClient` to the
//!   server, and the generated client set up against it;
//! - [`examples`]: example errata, JSON diffs, path templates filled from example parameters;
//! - [`oracle`]: the raw spec walked without codegen (read-only and required properties, what a
//!   body must serialize to, long-running operations).

use std::path::{Path, PathBuf};

pub mod azure;
pub mod examples;
pub mod oracle;
pub mod server;
pub mod transport;

/// The spec the `express_route` crate (`../generated`) is generated from, relative to the specs root.
pub const EXPRESS_ROUTE_SPEC: &str =
    "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/expressRouteCircuit.json";

/// The root of an azure-rest-api-specs checkout (the folder holding `specification/`).
///
/// `AZURE_REST_API_SPECS` when set (a relative path may be relative to the workspace root, as
/// `.ci/run` sets it, since tests run in their package's folder), else a checkout beside the
/// workspace (`codegen::fetch::checkout_near`). Panics, failing the test, when there is none.
pub fn specs_root() -> PathBuf {
    let root = codegen::fetch::checkout_near(&workspace_root()).unwrap_or_default();
    assert!(
        root.join("specification").is_dir(),
        "no azure-rest-api-specs checkout at {:?}: set AZURE_REST_API_SPECS to the folder that holds `specification/`",
        root.display()
    );
    root
}

/// The workspace root (this crate's parent folder).
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Reads and parses a JSON file below the specs root; panics with the path on failure.
pub fn read_spec_json(relative: &str) -> serde_json::Value {
    let path = specs_root().join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}
