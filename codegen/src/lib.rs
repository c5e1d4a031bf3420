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

/// Generates a crate from spec files, each below a root folder that its `$ref`s and examples
/// are confined to. Settings are set builder-style.
#[derive(Debug, Clone)]
pub struct Generator {
    /// Root folders; `inputs` name theirs by index.
    roots: Vec<PathBuf>,
    inputs: Vec<(usize, String)>,
    info: emit::CrateInfo,
    settings: Settings,
    limits: spec::Limits,
    /// Only these root-relative paths may be read (a manifest's pins), when set.
    allowed: Option<Vec<String>>,
}

/// The generated crate's files (path relative to the crate root, contents), and what was read.
#[derive(Debug, Clone)]
pub struct Generated {
    pub files: Vec<(String, String)>,
    /// Every spec file read, relative to its root.
    pub inputs_read: Vec<String>,
    /// Every x-ms-examples file read, relative to its root.
    pub examples_read: Vec<String>,
    /// Both, as paths on disk.
    pub files_read: Vec<PathBuf>,
    /// What was skipped and why (absent examples), one line each, for the user to see.
    pub notes: Vec<String>,
}

/// The resolved model and what loading it read and skipped.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub model: model::Model,
    /// As in [`Generated`].
    pub inputs_read: Vec<String>,
    pub examples_read: Vec<String>,
    pub files_read: Vec<PathBuf>,
    pub notes: Vec<String>,
}

impl Generator {
    /// `inputs` are paths relative to `root` (repository paths in a checkout).
    pub fn new(root: impl Into<PathBuf>, inputs: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Generator {
            roots: vec![root.into()],
            inputs: inputs.into_iter().map(|i| (0, i.into())).collect(),
            info: emit::CrateInfo {
                name: "generated".into(),
                version: "0.1.0".into(),
                standalone: false,
                single_file: false,
            },
            settings: Settings::default(),
            limits: spec::Limits::default(),
            allowed: None,
        }
    }

    /// Inputs from any number of roots: `(root, path relative to it)` each, in order.
    pub fn from_inputs(inputs: impl IntoIterator<Item = (PathBuf, String)>) -> Self {
        let mut g = Generator::new(PathBuf::new(), Vec::<String>::new());
        g.roots.clear();
        for (root, rel) in inputs {
            g = g.input(root, rel);
        }
        g
    }

    /// Adds an input below `root` (which need not be the first input's).
    pub fn input(mut self, root: impl Into<PathBuf>, rel: impl Into<String>) -> Self {
        let root = root.into();
        let index = match self.roots.iter().position(|r| *r == root) {
            Some(i) => i,
            None => {
                self.roots.push(root);
                self.roots.len() - 1
            }
        };
        self.inputs.push((index, rel.into()));
        self
    }

    /// Reads only these root-relative paths: any other file a `$ref` names is an error, any other
    /// example is skipped (a manifest passes its pins, so a checkout reads what the cache has).
    pub fn only_files(mut self, paths: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.allowed = Some(paths.into_iter().map(Into::into).collect());
        self
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

    /// Array items and map values as `Option<T>` (see [`Settings::nullable_items`]).
    pub fn nullable_items(mut self, on: bool) -> Self {
        self.settings.nullable_items = on;
        self
    }

    pub fn limits(mut self, limits: spec::Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Load and resolve: the model every emitter reads, and the files read (relative to their
    /// roots).
    pub fn model(&self) -> Result<(model::Model, Vec<String>)> {
        self.load().map(|l| (l.model, l.inputs_read))
    }

    /// Load and resolve, with everything learnt on the way.
    pub fn load(&self) -> Result<Loaded> {
        let mut roots = self.roots.iter();
        let mut loader = spec::Loader::new(roots.next().cloned().unwrap_or_default(), self.limits);
        let ids: Vec<spec::RootId> = std::iter::once(0).chain(roots.map(|r| loader.add_root(r.clone()))).collect();
        if let Some(allowed) = &self.allowed {
            loader.allow_only(allowed.iter().cloned());
        }
        let mut docs = Vec::new();
        let mut diags = Vec::new();
        for (root, input) in &self.inputs {
            match loader.load_input_in(ids.get(*root).copied().unwrap_or(0), input) {
                Ok(id) => docs.push(id),
                Err(d) => diags.push(d),
            }
        }
        if !diags.is_empty() {
            return Err(Error::Spec(diags));
        }
        let model = model::resolve::build(&mut loader, &docs, &self.settings).map_err(Error::Spec)?;
        let broken = model::check::dangling_ids(&model);
        if !broken.is_empty() {
            let file = model.files.first().cloned().unwrap_or_default();
            return Err(Error::Internal {
                file,
                message: format!("the resolved model is inconsistent: {}", broken.join("; ")),
            });
        }
        let mut notes = loader.notes();
        notes.extend(model.notes.iter().cloned());
        Ok(Loaded {
            model,
            inputs_read: loader.paths_read(),
            examples_read: loader.examples_read(),
            files_read: loader.files_read(),
            notes,
        })
    }

    /// The whole pipeline short of writing.
    pub fn generate(&self) -> Result<Generated> {
        let Loaded { model, inputs_read, examples_read, files_read, notes } = self.load()?;
        let parts = emit::emit(&model, &self.info);
        let files = format::format_all(&model, &self.info, parts)?;
        Ok(Generated { files, inputs_read, examples_read, files_read, notes })
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
