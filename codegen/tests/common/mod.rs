//! What several integration tests of `codegen` share.

use std::path::{Path, PathBuf};

/// The azure-rest-api-specs checkout the tests read: `AZURE_REST_API_SPECS` (relative paths may be
/// relative to the workspace root, where `.ci/run` sets it), else a checkout beside the workspace.
/// Panics, failing the test, when there is none: these tests need real spec files.
pub fn mirror() -> PathBuf {
    let root = codegen::fetch::checkout_near(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
    assert!(
        root.join("specification").is_dir(),
        "no azure-rest-api-specs checkout at {:?}: set AZURE_REST_API_SPECS to the folder that holds `specification/`",
        root.display()
    );
    root
}
