//! What several integration tests of `codegen` share.

use std::path::{Path, PathBuf};

/// The azure-rest-api-specs checkout the tests read: `AZURE_REST_API_SPECS` (relative paths may be
/// relative to the workspace root, where `.ci/run` sets it), else the mirror beside the workspace.
/// Panics, failing the test, when there is none: these tests need real spec files.
pub fn mirror() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = match std::env::var_os("AZURE_REST_API_SPECS").filter(|v| !v.is_empty()) {
        Some(dir) => codegen::fetch::resolve_relative(Path::new(&dir), crate_dir),
        None => crate_dir.join("../../shared/azure-rest-api-specs"),
    };
    assert!(
        root.join("specification").is_dir(),
        "no azure-rest-api-specs checkout at {}: set AZURE_REST_API_SPECS to the folder that holds `specification/`",
        root.display()
    );
    root
}
