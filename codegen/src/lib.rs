//! codegen: Azure REST API specs in, a Rust crate out.
//!
//! The pipeline, one module per stage: [`spec`] (load files, `$ref`s) -> [`model`] (resolved
//! types and operations, names decided) -> [`emit`] (token streams) -> [`format`]
//! (prettyplease) -> [`write`] (temporary folder, then moved into place).
//!
//! Two entry points:
//! - [`Generator`]: any spec files in, formatted files out (what `codegen generate --input` uses);
//! - [`Builder`]: a manifest in `specs/` in, a crate written to a folder (what `codegen` with no
//!   arguments and build scripts use).

// Bad input must never panic: no unwrap/expect/panic/indexing on input paths (tests may).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::string_slice
    )
)]

pub mod builder;
pub mod emit;
pub mod error;
pub mod fetch;
pub mod format;
pub mod manifest;
pub mod model;
pub mod runtime;
pub mod spec;
pub mod write;

pub use builder::Builder;
pub use error::{Diagnostic, Error, Result};
pub use manifest::{Manifest, Settings};

use std::path::{Path, PathBuf};

/// Generates a crate from spec files below one root folder. Settings are set builder-style.
#[derive(Debug, Clone)]
pub struct Generator {
    root: PathBuf,
    inputs: Vec<String>,
    info: emit::CrateInfo,
    settings: Settings,
    limits: spec::Limits,
}

/// The generated crate's files (path relative to the crate root, contents), and what was read.
#[derive(Debug, Clone)]
pub struct Generated {
    pub files: Vec<(String, String)>,
    /// Every spec file read, relative to the root.
    pub inputs_read: Vec<String>,
}

impl Generator {
    /// `inputs` are paths relative to `root` (repository paths in a checkout).
    pub fn new(root: impl Into<PathBuf>, inputs: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Generator {
            root: root.into(),
            inputs: inputs.into_iter().map(Into::into).collect(),
            info: emit::CrateInfo {
                name: "generated".into(),
                version: "0.1.0".into(),
                standalone: false,
                single_file: false,
            },
            settings: Settings::default(),
            limits: spec::Limits::default(),
        }
    }

    pub fn crate_name(mut self, name: impl Into<String>) -> Self {
        self.info.name = name.into();
        self
    }

    pub fn crate_version(mut self, version: impl Into<String>) -> Self {
        self.info.version = version.into();
        self
    }

    /// Whether the crate gets its own `[workspace]` (to build wherever it is written).
    pub fn standalone(mut self, on: bool) -> Self {
        self.info.standalone = on;
        self
    }

    /// One `<crate_name>.rs` file with every module inline, to `include!` from a build script.
    pub fn single_file(mut self, on: bool) -> Self {
        self.info.single_file = on;
        self
    }

    pub fn settings(mut self, settings: Settings) -> Self {
        self.settings = settings;
        self
    }

    pub fn limits(mut self, limits: spec::Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Load and resolve: the model every emitter reads.
    pub fn model(&self) -> Result<(model::Model, Vec<String>)> {
        let mut loader = spec::Loader::new(&self.root, self.limits);
        let mut docs = Vec::new();
        let mut diags = Vec::new();
        for input in &self.inputs {
            match loader.load_input(input) {
                Ok(id) => docs.push(id),
                Err(d) => diags.push(d),
            }
        }
        if !diags.is_empty() {
            return Err(Error::Spec(diags));
        }
        let mut model = model::resolve::build(&mut loader, &docs, &self.settings).map_err(Error::Spec)?;
        model::resources::attach_examples(&mut model, &self.root);
        let read = loader.docs().iter().map(|d| d.path.clone()).collect();
        Ok((model, read))
    }

    /// The whole pipeline short of writing.
    pub fn generate(&self) -> Result<Generated> {
        let (model, inputs_read) = self.model()?;
        let parts = emit::emit(&model, &self.info);
        let files = format::format_all(&model, &self.info, parts)?;
        Ok(Generated { files, inputs_read })
    }

    /// Generates and writes the crate to `out` (replacing it whole, atomically).
    pub fn write_to(&self, out: &Path) -> Result<Generated> {
        let g = self.generate()?;
        write::write_crate(out, &g.files)?;
        Ok(g)
    }
}

/// The spec root for files given on the command line: the folder above `specification/` when the
/// path has one (a checkout of azure-rest-api-specs), else the file's own folder.
pub fn root_for_input(input: &Path) -> (PathBuf, String) {
    let abs = std::path::absolute(input).unwrap_or_else(|_| input.to_path_buf());
    let comps: Vec<_> = abs.components().collect();
    if let Some(i) = comps.iter().rposition(|c| c.as_os_str() == "specification") {
        let root: PathBuf = comps.iter().take(i).collect();
        let rel: PathBuf = comps.iter().skip(i).collect();
        return (root, rel.to_string_lossy().replace('\\', "/"));
    }
    let root = abs.parent().map(Path::to_path_buf).unwrap_or_default();
    let rel = abs.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    (root, rel)
}
