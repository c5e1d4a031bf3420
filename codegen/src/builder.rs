//! Manifest-driven generation, for the CLI and for build scripts.
//!
//! ```no_run
//! // build.rs
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     codegen::Builder::from_manifest("../specs/express-route.toml")
//!         .out_dir(std::env::var("OUT_DIR")?)
//!         .generate()?;
//!     Ok(())
//! }
//! ```

use crate::error::{Error, Result};
use crate::fetch::Fetcher;
use crate::manifest::Manifest;
use crate::Generator;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Generates the crate a manifest describes.
#[derive(Debug, Clone)]
pub struct Builder {
    manifest: PathBuf,
    out_dir: Option<PathBuf>,
    specs_dir: Option<PathBuf>,
    progress: bool,
    rerun_if_changed: bool,
    use_env: bool,
}

/// What a run did.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub out_dir: PathBuf,
    pub files: Vec<(String, String)>,
    /// Spec files (and x-ms-examples) read, as paths on disk.
    pub inputs: Vec<PathBuf>,
    /// What was skipped, one line each (see [`crate::Generated::notes`]).
    pub notes: Vec<String>,
}

impl Builder {
    pub fn from_manifest(path: impl Into<PathBuf>) -> Self {
        Builder {
            manifest: path.into(),
            out_dir: None,
            specs_dir: None,
            progress: false,
            rerun_if_changed: false,
            use_env: true,
        }
    }

    /// Write one `<crate_name>.rs` file into this folder instead of a crate at the manifest's
    /// `out` (a build script passes `OUT_DIR`, then `include!`s the file).
    pub fn out_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.out_dir = Some(dir.into());
        self
    }

    /// A local checkout of azure-rest-api-specs; otherwise `AZURE_REST_API_SPECS`, the cache, or
    /// a download.
    pub fn specs_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.specs_dir = dir;
        self
    }

    /// Whether `AZURE_REST_API_SPECS` and checkouts beside the project are looked for when no
    /// `specs_dir` is given (default true; off, the verified cache is used).
    pub fn use_env(mut self, on: bool) -> Self {
        self.use_env = on;
        self
    }

    pub fn progress(mut self, on: bool) -> Self {
        self.progress = on;
        self
    }

    /// Print `cargo:rerun-if-changed` lines for the manifest and every spec file read.
    pub fn rerun_if_changed(mut self, on: bool) -> Self {
        self.rerun_if_changed = on;
        self
    }

    pub fn manifest(&self) -> Result<Manifest> {
        Manifest::load(&self.manifest)
    }

    /// Produces the files without writing them.
    pub fn render(&self) -> Result<Outcome> {
        let m = self.manifest()?;
        let root = Fetcher::new(m.pins.clone(), m.cache_dir())
            .specs_dir(self.specs_dir.clone())
            .near(m.dir())
            .progress(self.progress)
            .use_env(self.use_env)
            .locate()?
            .dir;
        let (inputs, mut notes) = match &m.readme {
            None => (m.inputs.clone(), Vec::new()),
            Some(readme) => {
                let pinned: HashSet<String> = m.pins.iter().map(|p| p.path.clone()).collect();
                let t = crate::spec::readme::inputs_of(&root, readme, m.tag.as_deref(), Some(&pinned))?;
                (t.inputs, t.notes)
            }
        };
        let g = Generator::new(&root, inputs)
            .only_files(m.pins.iter().map(|p| p.path.clone()))
            .crate_name(m.crate_name.clone())
            .crate_version(m.crate_version.clone())
            .settings(m.settings.clone())
            .single_file(self.out_dir.is_some())
            .generate()?;
        let read = g.inputs_read.iter().chain(&g.examples_read);
        let unpinned: Vec<&String> = read.filter(|p| !m.pins.iter().any(|pin| &pin.path == *p)).collect();
        if !unpinned.is_empty() {
            let list: Vec<String> = unpinned.iter().map(|s| s.to_string()).collect();
            return Err(Error::Manifest {
                path: m.path.clone(),
                message: format!(
                    "these files were read but are not pinned (add a [[pin]] for each): {}",
                    list.join(", ")
                ),
            });
        }
        let out_dir = self.out_dir.clone().unwrap_or_else(|| m.out_dir());
        let mut inputs = g.files_read;
        inputs.extend(m.readme.iter().map(|r| root.join(r)));
        notes.extend(g.notes);
        Ok(Outcome { out_dir, files: g.files, inputs, notes })
    }

    /// Generates and writes the crate.
    pub fn generate(&self) -> Result<Outcome> {
        let o = self.render()?;
        if self.rerun_if_changed {
            println!("cargo:rerun-if-changed={}", self.manifest.display());
            for p in &o.inputs {
                println!("cargo:rerun-if-changed={}", p.display());
            }
            println!("cargo:rerun-if-env-changed=AZURE_REST_API_SPECS");
        }
        if self.out_dir.is_some() {
            for (name, text) in &o.files {
                crate::write::write_file_if_changed(&o.out_dir.join(name), text)?;
            }
        } else {
            write_if_changed(&o.out_dir, &o.files)?;
        }
        Ok(o)
    }

    /// Compares the manifest's output folder with what would be generated; the diff, empty
    /// when up to date.
    pub fn check(&self) -> Result<String> {
        let o = self.render()?;
        crate::write::compare(&o.out_dir, &o.files)
    }
}

/// Writes only when something differs, so unchanged output keeps its timestamps (and cargo
/// does not rebuild dependents).
fn write_if_changed(out: &Path, files: &[(String, String)]) -> Result<()> {
    if out.exists() && crate::write::compare(out, files)?.is_empty() {
        return Ok(());
    }
    crate::write::write_crate(out, files)
}
