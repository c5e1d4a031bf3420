//! Generates the `express_route` API from `specs/express-route.toml` into `OUT_DIR` at build time.
//!
//! `Builder::out_dir` switches the generator to its single-file layout: one
//! `$OUT_DIR/express_route.rs` with every module inline, for `src/lib.rs` to `include!`. The file
//! is only rewritten when its contents change, and `rerun_if_changed(true)` prints
//! `cargo:rerun-if-changed` for the manifest and every spec file read (and
//! `cargo:rerun-if-env-changed=AZURE_REST_API_SPECS`), so cargo reruns this script only when an
//! input changes.

use std::path::PathBuf;

fn main() {
    let manifest_dir =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo"));
    let manifest = manifest_dir.join("../../specs/express-route.toml");
    let manifest = manifest.canonicalize().unwrap_or(manifest);
    let out_dir = match std::env::var("OUT_DIR") {
        Ok(dir) => dir,
        Err(e) => fail(&format!("OUT_DIR: {e}")),
    };
    if let Err(e) = codegen::Builder::from_manifest(&manifest).out_dir(&out_dir).rerun_if_changed(true).generate() {
        fail(&e.to_string());
    }
    // For the tests: where the generated file is.
    println!("cargo:rustc-env=EXPRESS_ROUTE_OUT_DIR={out_dir}");
}

fn fail(message: &str) -> ! {
    eprintln!("error: generating express_route from specs/express-route.toml failed:\n{message}");
    eprintln!(
        "hint: set AZURE_REST_API_SPECS to a local checkout of Azure/azure-rest-api-specs (the folder \
         that holds `specification/`), e.g. AZURE_REST_API_SPECS=/work/shared/azure-rest-api-specs; \
         without it the pinned files are read from specs/cache/ or downloaded"
    );
    std::process::exit(1);
}
