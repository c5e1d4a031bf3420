//! What several integration tests of `codegen` share.

// Each test binary includes this module and uses a part of it.
#![allow(dead_code)]

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

/// Compiles generated single-file outputs (`Generator::single_file(true)`), each as a module of one
/// temporary crate, with `cargo check`: parsing with `syn` says nothing about types, names or
/// trait bounds. `crate_name` must differ between callers, since the target folder is shared
/// (dependencies build once) and same-named crates would share cargo's fingerprints there.
/// Returns cargo's stderr when the crate does not compile.
pub fn check_single_files(crate_name: &str, modules: &[(String, String)], extra: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let src = dir.path().join("src");
    std::fs::create_dir_all(&src).map_err(|e| e.to_string())?;
    let mut lib = String::from("#![allow(dead_code, unused)]\n");
    for (module, text) in modules {
        std::fs::write(src.join(format!("{module}.in.rs")), text).map_err(|e| e.to_string())?;
        lib.push_str(&format!("pub mod {module} {{ include!(\"{module}.in.rs\"); }}\n"));
    }
    lib.push_str(extra);
    std::fs::write(src.join("lib.rs"), lib).map_err(|e| e.to_string())?;
    // The dependencies of single-file output (what `tests/golden-compile` lists), with the
    // workspace's lock file so `--offline` resolves to what is already downloaded.
    let manifest = format!(
        "[package]\nname = \"{crate_name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[workspace]\n\n\
         [dependencies]\nazure_core = {{ version = \"1.1\", default-features = false }}\nasync-trait = \"0.1\"\n\
         serde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n"
    );
    std::fs::write(dir.path().join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::copy(workspace.join("Cargo.lock"), dir.path().join("Cargo.lock")).map_err(|e| e.to_string())?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(["check", "--offline", "-q", "--lib"])
        .current_dir(dir.path())
        .env("CARGO_TARGET_DIR", workspace.join("target/generated-crates"))
        .env_remove("RUSTFLAGS")
        .output()
        .map_err(|e| format!("running cargo: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}
