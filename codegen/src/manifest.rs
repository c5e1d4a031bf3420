//! `specs/*.toml`: what one generated crate is made from (pinned input files) and how (settings).

use crate::error::{Error, Result};
use crate::fetch::Pin;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A parsed manifest. Paths in it are relative to the manifest's own folder.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Manifest {
    /// The generated package's name (`express_route`).
    pub crate_name: String,
    #[serde(default = "default_version")]
    pub crate_version: String,
    /// Where the crate is written, relative to the manifest's folder.
    pub out: PathBuf,
    /// The spec files to generate from, as repository paths. Files they reference are loaded
    /// as needed and must be pinned too. Either this or `readme`.
    #[serde(default)]
    pub inputs: Vec<String>,
    /// An AutoRest readme (repository path) whose `tag` names the inputs instead; pinned, as are
    /// the inputs it lists.
    pub readme: Option<String>,
    /// The readme's tag (default: the readme's own default tag).
    pub tag: Option<String>,
    #[serde(default)]
    pub settings: Settings,
    /// Every file read, with its source repository, commit and sha256.
    #[serde(default, rename = "pin")]
    pub pins: Vec<Pin>,
    /// Set by [`Manifest::load`]: the manifest file itself.
    #[serde(skip)]
    pub path: PathBuf,
}

fn default_version() -> String {
    "0.1.0".to_owned()
}

/// Generation settings that the spec cannot express.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    /// Property names (wire names) treated as secrets even where the spec lacks `x-ms-secret`:
    /// their values never appear in `Debug` output.
    #[serde(default)]
    pub secret_properties: Vec<String>,
    /// Array items and map values are `Option<T>` everywhere, not only where the spec says
    /// `x-nullable: true`: for services known to send `null` items the spec does not declare
    /// (AutoRest's other generators accept them). Off by default: most specs mean what they say,
    /// and `Vec<Option<T>>` is clumsier to use.
    #[serde(default)]
    pub nullable_items: bool,
}

impl Manifest {
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let mut m: Manifest =
            toml::from_str(&text).map_err(|e| Error::Manifest { path: path.to_owned(), message: e.to_string() })?;
        m.path = path.to_owned();
        m.validate().map_err(|message| Error::Manifest { path: path.to_owned(), message })?;
        Ok(m)
    }

    /// Inputs come from exactly one of `inputs` and `readme`, and a readme is pinned.
    fn validate(&self) -> std::result::Result<(), String> {
        match (&self.readme, self.inputs.is_empty()) {
            (None, true) => Err("`inputs` is empty (name the spec files, or a `readme` and its `tag`)".into()),
            (Some(_), false) => Err("give either `inputs` or `readme`, not both".into()),
            (None, false) if self.tag.is_some() => Err("`tag` needs a `readme`".into()),
            (Some(r), true) if !self.pins.iter().any(|p| &p.path == r) => {
                Err(format!("the readme {r} is not pinned (add a [[pin]] for it)"))
            }
            _ => Ok(()),
        }
    }

    /// The folder the manifest sits in; `out` and the cache are relative to it.
    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    pub fn out_dir(&self) -> PathBuf {
        self.dir().join(&self.out)
    }

    /// The verified download cache for this manifest's pins.
    pub fn cache_dir(&self) -> PathBuf {
        self.dir().join("cache")
    }

    /// Every `*.toml` in `dir`, sorted, so regeneration order is stable.
    pub fn discover(dir: &Path) -> Result<Vec<PathBuf>> {
        let rd = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        let mut v = Vec::new();
        for entry in rd {
            let p = entry.map_err(|e| Error::io(dir, e))?.path();
            if p.extension().is_some_and(|e| e == "toml") {
                v.push(p);
            }
        }
        v.sort();
        Ok(v)
    }
}
