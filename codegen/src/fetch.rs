//! Pinned spec sources: checkout, verified cache, download. (Being written.)
use serde::{Deserialize, Serialize};

/// One spec file pinned to the repository and commit it comes from, and its sha256.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    pub path: String,
    pub repository: String,
    pub commit: String,
    pub sha256: String,
}

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("placeholder")]
    Placeholder,
}
