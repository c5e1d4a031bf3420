//! Errors the generator reports. Every variant names the file it is about; spec errors also carry a
//! JSON pointer, and broken JSON a line and column.

use std::fmt;
use std::path::PathBuf;

/// A problem found in a spec file: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, as given or relative to the spec root.
    pub file: String,
    /// A JSON pointer (RFC 6901) into that file; empty for the whole document.
    pub pointer: String,
    /// `(line, column)` where the JSON text itself is at fault.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl Into<String>, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { file: file.into(), pointer: pointer.into(), position: None, message: message.into() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, col)) = self.position {
            write!(f, ":{line}:{col}")?;
        }
        if !self.pointer.is_empty() {
            write!(f, " at #{}", self.pointer)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Everything that can go wrong, typed so a caller (the CLI, a build script) can react.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// One or more problems in the spec files; all of them are listed, not only the first.
    #[error("{}", DiagnosticList(.0))]
    Spec(Vec<Diagnostic>),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("manifest {path}: {message}")]
    Manifest { path: PathBuf, message: String },
    #[error(transparent)]
    Fetch(#[from] crate::fetch::FetchError),
    /// An AutoRest readme that names no usable inputs for the tag.
    #[error(transparent)]
    Readme(#[from] crate::spec::readme::ReadmeError),
    /// A bug in the generator, reported rather than written: an inconsistent resolved model, or
    /// generated code that does not parse as Rust.
    #[error("internal error in {file}: {message}; please report this with the input spec")]
    Internal { file: String, message: String },
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn spec(d: Diagnostic) -> Self {
        Error::Spec(vec![d])
    }
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}

struct DiagnosticList<'a>(&'a [Diagnostic]);

impl fmt::Display for DiagnosticList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [one] => write!(f, "{one}"),
            many => {
                write!(f, "{} problems in the spec:", many.len())?;
                for d in many {
                    write!(f, "\n  {d}")?;
                }
                Ok(())
            }
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
