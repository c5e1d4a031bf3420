//! Generates one crate from two monitor spec files of different API versions (single-file
//! layout, into `OUT_DIR`), from the azure-rest-api-specs checkout the tests use.

use std::path::{Path, PathBuf};

const INPUTS: [&str; 2] = [
    "specification/monitor/resource-manager/Microsoft.Insights/stable/2016-03-01/alertRules_API.json",
    "specification/monitor/resource-manager/Microsoft.Insights/stable/2018-03-01/metricAlert_API.json",
];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let root = codegen::fetch::checkout_near(&manifest_dir).unwrap_or_default();
    println!("cargo:rerun-if-env-changed=AZURE_REST_API_SPECS");
    for input in INPUTS {
        println!("cargo:rerun-if-changed={}", root.join(input).display());
    }
    let generated = codegen::Generator::new(&root, INPUTS).crate_name("monitor").single_file(true).generate();
    match generated {
        Ok(g) => {
            for (name, text) in g.files {
                let path = out_dir.join(Path::new(&name).file_name().unwrap_or_default());
                if let Err(e) = std::fs::write(&path, text) {
                    fail(&format!("writing {}: {e}", path.display()));
                }
            }
        }
        Err(e) => fail(&format!("generating from {}: {e}", root.display())),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}\nhint: set AZURE_REST_API_SPECS to an azure-rest-api-specs checkout");
    std::process::exit(1);
}
