//! Pinned spec sources: a local checkout, else a verified cache, else a download into the cache.
//!
//! Every file is checked against the sha256 in its [`Pin`] before it is used, so generated code
//! only ever depends on exactly the pinned bytes, wherever they came from.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// One spec file pinned to the repository and commit it comes from, and its sha256.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    /// Path inside the repository, `/`-separated, e.g. `specification/network/.../network.json`.
    pub path: String,
    /// GitHub `owner/name`, e.g. `Azure/azure-rest-api-specs`.
    pub repository: String,
    /// The commit the file is taken from.
    pub commit: String,
    /// Hex sha256 of the file's bytes.
    pub sha256: String,
}

/// Where downloads come from unless overridden.
pub const DEFAULT_BASE_URL: &str = "https://raw.githubusercontent.com";
/// Environment variable naming a local checkout of the spec repository.
pub const SPECS_DIR_ENV: &str = "AZURE_REST_API_SPECS";
/// Environment variable overriding [`DEFAULT_BASE_URL`] (for tests and mirrors).
pub const BASE_URL_ENV: &str = "CODEGEN_DOWNLOAD_BASE_URL";
/// Default cap on one downloaded file; the largest Azure specs are a few MiB.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Overall time allowed for one download.
pub const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(30);

/// Why pinned files could not be made available. Each variant carries the offending pin (boxed
/// to keep the error small), so messages name the file, repository and commit.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// A pin that is malformed or could make us read or write outside the root.
    #[error("invalid pin {path:?}: {reason}")]
    InvalidPin { path: String, reason: String },
    /// A pinned file absent from the explicit checkout.
    #[error(
        "{}: not found in the spec checkout {}; it should be a checkout of {} at commit {} \
         (or unset AZURE_REST_API_SPECS / drop --specs-dir to use the cache)",
        .pin.path, .dir.display(), .pin.repository, .pin.commit
    )]
    MissingInCheckout { pin: Box<Pin>, dir: PathBuf },
    /// A file in the checkout whose bytes are not the pinned ones.
    #[error(
        "{}: sha256 mismatch in the spec checkout {}: expected {}, found {actual}; the pin is \
         for {} at commit {}: check out that commit (`git -C {} checkout {}`) or update the \
         pin's sha256",
        .pin.path, .dir.display(), .pin.sha256, .pin.repository, .pin.commit, .dir.display(),
        .pin.commit
    )]
    CheckoutMismatch { pin: Box<Pin>, dir: PathBuf, actual: String },
    /// Downloaded bytes that are not the pinned ones; nothing was written to the cache.
    #[error(
        "{}: sha256 mismatch in the download from {url}: expected {}, got {actual}; the cache \
         was left unchanged. Check the pin (repository {}, commit {}) or update its sha256",
        .pin.path, .pin.sha256, .pin.repository, .pin.commit
    )]
    DownloadMismatch { pin: Box<Pin>, url: String, actual: String },
    /// A file not in a checkout, not in the cache, and not downloadable.
    #[error(
        "{}: not available: no spec checkout given, not in the cache {}, and the download from \
         {url} failed ({reason}). To provide it, set AZURE_REST_API_SPECS or pass --specs-dir \
         with a checkout of {} at commit {}, or run `cargo run -p codegen -- fetch` with \
         network access",
        .pin.path, .cache.display(), .pin.repository, .pin.commit
    )]
    Unavailable { pin: Box<Pin>, cache: PathBuf, url: String, reason: String },
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> FetchError + '_ {
    move |source| FetchError::Io { path: path.to_path_buf(), source }
}

/// Which kind of folder [`SpecRoot::dir`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RootKind {
    /// A local checkout of the spec repository, used in place.
    Checkout,
    /// The download cache.
    Cache,
}

/// The folder holding every pinned file, each verified, at `dir/<pin.path>`.
#[derive(Debug, Clone)]
pub struct SpecRoot {
    /// The checkout or the cache folder.
    pub dir: PathBuf,
    /// Which of the two `dir` is.
    pub kind: RootKind,
    /// Number of pinned files verified.
    pub files: usize,
    /// Their total size.
    pub bytes: u64,
    /// How many of them were downloaded in this call.
    pub downloaded: usize,
}

/// Makes pinned spec files available: see the [module docs](self).
#[derive(Debug, Clone)]
pub struct Fetcher {
    pins: Vec<Pin>,
    cache_dir: PathBuf,
    specs_dir: Option<PathBuf>,
    base_url: String,
    progress: bool,
    max_file_bytes: u64,
    use_env: bool,
    near: Option<PathBuf>,
}

impl Fetcher {
    /// A fetcher for `pins`, caching downloads below `cache_dir`. The base URL comes from
    /// `CODEGEN_DOWNLOAD_BASE_URL` when set, else [`DEFAULT_BASE_URL`].
    pub fn new(pins: Vec<Pin>, cache_dir: impl Into<PathBuf>) -> Self {
        let base_url =
            std::env::var(BASE_URL_ENV).ok().filter(|s| !s.is_empty()).unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        Fetcher {
            pins,
            cache_dir: cache_dir.into(),
            specs_dir: None,
            base_url,
            progress: false,
            max_file_bytes: MAX_FILE_BYTES,
            use_env: true,
            near: None,
        }
    }

    /// An explicit checkout to read from (`--specs-dir`); `None` consults `AZURE_REST_API_SPECS`.
    pub fn specs_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.specs_dir = dir;
        self
    }

    /// Whether `AZURE_REST_API_SPECS` is consulted when no explicit checkout is given (default
    /// true; tests of the cache turn it off).
    pub fn use_env(mut self, on: bool) -> Self {
        self.use_env = on;
        self
    }

    /// Also look for a checkout beside the project: `azure-rest-api-specs` or
    /// `shared/azure-rest-api-specs` in a folder above `dir` (checked after the environment, before
    /// the cache; its files are verified like any checkout's). A relative checkout path that does
    /// not exist from the current directory is also looked up from `dir` (see [`resolve_relative`]).
    pub fn near(mut self, dir: impl Into<PathBuf>) -> Self {
        self.near = Some(dir.into());
        self
    }

    /// Downloads come from `{url}/{repository}/{commit}/{path}`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Print `fetched i/n files, b bytes` to stderr after each download.
    pub fn progress(mut self, on: bool) -> Self {
        self.progress = on;
        self
    }

    /// Largest download accepted, in bytes (default [`MAX_FILE_BYTES`]).
    pub fn max_file_bytes(mut self, max: u64) -> Self {
        self.max_file_bytes = max;
        self
    }

    /// Makes every pinned file available and verified, and returns the folder to read them from:
    /// the checkout (explicit, else `AZURE_REST_API_SPECS`) if there is one, else the cache,
    /// downloading into it whatever is missing or corrupt there.
    pub fn locate(&self) -> Result<SpecRoot, FetchError> {
        for pin in &self.pins {
            validate_pin(pin)?;
        }
        let found = match (&self.specs_dir, self.use_env, self.near.as_deref()) {
            (Some(dir), _, Some(near)) => Some(resolve_relative(dir, near)),
            (Some(dir), _, None) => Some(dir.clone()),
            (None, true, Some(near)) => checkout_near(near),
            (None, true, None) => resolve_specs_dir(None, std::env::var_os(SPECS_DIR_ENV)),
            (None, false, _) => None,
        };
        match found {
            Some(dir) => self.use_checkout(dir),
            None => self.fill_cache(),
        }
    }

    fn use_checkout(&self, dir: PathBuf) -> Result<SpecRoot, FetchError> {
        let mut bytes = 0;
        for pin in &self.pins {
            let file = dir.join(&pin.path);
            let (actual, len) = match hash_file(&file) {
                Ok(h) => h,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(FetchError::MissingInCheckout { pin: Box::new(pin.clone()), dir })
                }
                Err(e) => return Err(io_err(&file)(e)),
            };
            if !actual.eq_ignore_ascii_case(&pin.sha256) {
                return Err(FetchError::CheckoutMismatch { pin: Box::new(pin.clone()), dir, actual });
            }
            bytes += len;
        }
        Ok(SpecRoot { dir, kind: RootKind::Checkout, files: self.pins.len(), bytes, downloaded: 0 })
    }

    fn fill_cache(&self) -> Result<SpecRoot, FetchError> {
        let config = ureq::Agent::config_builder().timeout_global(Some(DOWNLOAD_TIMEOUT)).build();
        let agent = ureq::Agent::new_with_config(config);
        let (mut bytes, mut downloaded) = (0, 0);
        for (i, pin) in self.pins.iter().enumerate() {
            let target = self.cache_dir.join(&pin.path);
            // A cached file that is unreadable or has the wrong hash counts as absent.
            match hash_file(&target) {
                Ok((h, len)) if h.eq_ignore_ascii_case(&pin.sha256) => bytes += len,
                _ => {
                    let body = self.download(&agent, pin)?;
                    store(&target, &body)?;
                    bytes += body.len() as u64;
                    downloaded += 1;
                    if self.progress {
                        eprintln!("fetched {}/{} files, {bytes} bytes", i + 1, self.pins.len());
                    }
                }
            }
        }
        let dir = self.cache_dir.clone();
        Ok(SpecRoot { dir, kind: RootKind::Cache, files: self.pins.len(), bytes, downloaded })
    }

    /// The verified bytes of one pinned file, or why they could not be had.
    fn download(&self, agent: &ureq::Agent, pin: &Pin) -> Result<Vec<u8>, FetchError> {
        let base = self.base_url.trim_end_matches('/');
        let url = format!("{base}/{}/{}/{}", pin.repository, pin.commit, pin.path);
        let result = agent
            .get(&url)
            .call()
            .and_then(|mut r| r.body_mut().with_config().limit(self.max_file_bytes).read_to_vec());
        let body = result.map_err(|e| FetchError::Unavailable {
            pin: Box::new(pin.clone()),
            cache: self.cache_dir.clone(),
            url: url.clone(),
            reason: match e {
                ureq::Error::BodyExceedsLimit(n) => format!("file larger than {n} bytes"),
                e => e.to_string(),
            },
        })?;
        let actual = sha256_hex(&body);
        if !actual.eq_ignore_ascii_case(&pin.sha256) {
            return Err(FetchError::DownloadMismatch { pin: Box::new(pin.clone()), url, actual });
        }
        Ok(body)
    }
}

/// The checkout to use: the explicit one wins, else the environment's value (`None` or empty
/// means unset). Takes the environment value as a parameter so callers and tests need not
/// touch the process environment.
pub fn resolve_specs_dir(explicit: Option<PathBuf>, env_value: Option<OsString>) -> Option<PathBuf> {
    explicit.or_else(|| env_value.filter(|v| !v.is_empty()).map(PathBuf::from))
}

/// How many folders, `dir` itself first, are searched for a checkout near `dir`.
const NEAR_LEVELS: usize = 4;

/// The checkout `AZURE_REST_API_SPECS` names (a relative path also found from `near`, see
/// [`resolve_relative`]), else one beside a folder above `near` ([`discover_checkout`]).
pub fn checkout_near(near: &Path) -> Option<PathBuf> {
    match resolve_specs_dir(None, std::env::var_os(SPECS_DIR_ENV)) {
        Some(dir) => Some(resolve_relative(&dir, near)),
        None => discover_checkout(near),
    }
}

/// A checkout of azure-rest-api-specs beside a folder above `dir` (up to four levels): the
/// usual layouts `../azure-rest-api-specs` and `../shared/azure-rest-api-specs`.
pub fn discover_checkout(dir: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(dir).ok()?;
    start.ancestors().take(NEAR_LEVELS).find_map(|a| {
        ["azure-rest-api-specs", "shared/azure-rest-api-specs"]
            .iter()
            .map(|c| a.join(c))
            .find(|p| p.join("specification").is_dir())
    })
}

/// Where a checkout named by a relative path is. Cargo runs build scripts and tests in their
/// package's folder, so `AZURE_REST_API_SPECS=../shared/azure-rest-api-specs`, written from the
/// workspace root, names nothing from there: a relative path that is not a folder from the
/// current directory is tried against `base` and its ancestors (up to four levels, as
/// [`discover_checkout`] does), and the first that exists wins, made absolute and canonical (so
/// every package names the same files). Absolute paths are returned unchanged; so is a path found
/// nowhere (its error names it).
pub fn resolve_relative(path: &Path, base: &Path) -> PathBuf {
    if path.is_absolute() {
        return path.to_path_buf();
    }
    // Canonical first: lexical ancestors of `a/b/..` would climb the wrong way.
    let base = base.canonicalize().or_else(|_| std::path::absolute(base)).ok();
    let from_base = base.iter().flat_map(|b| b.ancestors().take(NEAR_LEVELS)).map(|a| a.join(path));
    std::iter::once(path.to_path_buf())
        .chain(from_base)
        .find(|p| p.is_dir())
        .and_then(|p| p.canonicalize().ok())
        .unwrap_or_else(|| path.to_path_buf())
}

/// Lowercase hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Streams a file through sha256: (hex digest, length).
fn hash_file(path: &Path) -> std::io::Result<(String, u64)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut len = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        let Some(chunk) = buf.get(..n).filter(|c| !c.is_empty()) else {
            break;
        };
        hasher.update(chunk);
        len += n as u64;
    }
    Ok((hex(&hasher.finalize()), len))
}

/// Writes `bytes` to `target` via a temporary file in the same folder and a rename, so readers
/// never see a partial file and a failure leaves no stray file behind.
fn store(target: &Path, bytes: &[u8]) -> Result<(), FetchError> {
    let parent = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(io_err(parent))?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent).map_err(io_err(parent))?;
    tmp.write_all(bytes).map_err(io_err(tmp.path()))?;
    tmp.as_file().sync_all().map_err(io_err(target))?;
    tmp.persist(target).map_err(|e| FetchError::Io { path: target.to_path_buf(), source: e.error })?;
    Ok(())
}

/// Rejects pins that could escape the root or break the download URL.
fn validate_pin(pin: &Pin) -> Result<(), FetchError> {
    let bad = |reason: &str| FetchError::InvalidPin { path: pin.path.clone(), reason: reason.to_string() };
    let p = &pin.path;
    if p.is_empty() || p.starts_with('/') || Path::new(p).is_absolute() {
        return Err(bad("the path must be a relative repository path"));
    }
    // `\\` and `:` mean other things on Windows; `?`, `#`, `%` would change the URL.
    if p.chars().any(|c| matches!(c, '\\' | ':' | '?' | '#' | '%') || c.is_control()) {
        return Err(bad("the path must use `/` separators and no `\\ : ? # %` or control characters"));
    }
    if p.split('/').any(|seg| seg.is_empty() || seg == "." || seg == "..") {
        return Err(bad("the path must not contain empty, `.` or `..` components"));
    }
    if !Path::new(p).components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(bad("the path must be a plain relative path"));
    }
    let url_safe = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && s != "."
            && s != ".."
    };
    let mut repo = pin.repository.split('/');
    let repo_ok =
        matches!((repo.next(), repo.next(), repo.next()), (Some(o), Some(n), None) if url_safe(o) && url_safe(n));
    if !repo_ok {
        return Err(bad(&format!("repository {:?} must be `owner/name`", pin.repository)));
    }
    if !url_safe(&pin.commit) {
        return Err(bad(&format!("commit {:?} must be a commit id", pin.commit)));
    }
    if pin.sha256.len() != 64 || !pin.sha256.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(bad(&format!("sha256 {:?} must be 64 hex digits", pin.sha256)));
    }
    Ok(())
}
