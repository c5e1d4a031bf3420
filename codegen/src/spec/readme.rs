//! AutoRest readmes (`specification/<service>/resource-manager/readme.md`): which input files make
//! up one tag (one API version set) of a service.
//!
//! A readme's configuration is its fenced ```` ```yaml ```` blocks. Blocks without a condition
//! always apply (one of them sets the default `tag:`); a block headed
//! ```` ```yaml $(tag) == 'package-2021-11' ```` applies to that tag (`||` of such comparisons
//! too). Their `input-file:` lists, relative to the readme's folder, are the inputs. Every other
//! key, and every block with another condition (`$(python)`, `$(swagger-to-sdk)`, ...), is
//! ignored, and [`Selection::notes`] names each: nothing is dropped silently.

use super::load::{normalize, strip_bom};
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use yaml_rust2::{Yaml, YamlLoader};

/// Largest readme read; Azure's largest are a few hundred KB.
const MAX_README_BYTES: u64 = 8 << 20;

/// Why a readme gives no inputs. Every variant names the readme; those about a tag name it too.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadmeError {
    #[error("{}: {message}", path.display())]
    Read { path: PathBuf, message: String },
    #[error("{}:{line}:{column}: invalid YAML in the ```yaml block: {message}", path.display())]
    Yaml { path: PathBuf, line: usize, column: usize, message: String },
    #[error("{}:{line}: {message}", path.display())]
    Value { path: PathBuf, line: usize, message: String },
    #[error("{}: no --tag given and the readme sets no default `tag:` in an unconditional ```yaml block; its tags: {}", path.display(), list(.tags))]
    NoDefaultTag { path: PathBuf, tags: Vec<String> },
    #[error("{}: tag `{tag}` not found; the readme's tags: {}", path.display(), list(.tags))]
    TagNotFound { path: PathBuf, tag: String, tags: Vec<String> },
    #[error("{}: tag `{tag}` lists no input-file", path.display())]
    NoInputs { path: PathBuf, tag: String },
    #[error("{}", inputs_message(path, tag, problems))]
    Inputs { path: PathBuf, tag: String, problems: Vec<InputProblem> },
}

/// One `input-file` entry that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    pub entry: String,
    pub line: usize,
    pub message: String,
}

fn list(tags: &[String]) -> String {
    if tags.is_empty() {
        return "(none)".into();
    }
    tags.join(", ")
}

fn inputs_message(path: &Path, tag: &str, problems: &[InputProblem]) -> String {
    match problems {
        [one] => format!("{}:{}: tag `{tag}`: input-file `{}`: {}", path.display(), one.line, one.entry, one.message),
        many => {
            let mut s = format!("{}: tag `{tag}`: {} input files cannot be used:", path.display(), many.len());
            for p in many {
                s.push_str(&format!("\n  line {}: input-file `{}`: {}", p.line, p.entry, p.message));
            }
            s
        }
    }
}

/// When a block applies.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Condition {
    Always,
    /// `$(tag) == 'a' || $(tag) == 'b'`.
    Tags(Vec<String>),
    /// Anything else, as written.
    Other(String),
}

#[derive(Debug, Clone)]
struct Block {
    /// Line of the opening fence (1-based).
    line: usize,
    condition: Condition,
    text: String,
}

/// A parsed readme: its ```yaml blocks.
#[derive(Debug, Clone)]
pub struct Readme {
    path: PathBuf,
    blocks: Vec<Block>,
}

/// The inputs of one tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    pub tag: String,
    /// `input-file` entries as written (relative to the readme's folder), first occurrence first.
    pub inputs: Vec<Entry>,
    /// What was ignored, one line each.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    /// Line in the readme.
    pub line: usize,
}

impl Readme {
    /// Reads and parses the readme at `path` (a byte order mark is skipped).
    pub fn load(path: &Path) -> Result<Readme, ReadmeError> {
        let err = |message: String| ReadmeError::Read { path: path.to_owned(), message };
        let meta = std::fs::metadata(path).map_err(|e| err(read_message(&e)))?;
        if meta.len() > MAX_README_BYTES {
            return Err(err(format!("readme is {} bytes, larger than the limit of {MAX_README_BYTES}", meta.len())));
        }
        let bytes = std::fs::read(path).map_err(|e| err(read_message(&e)))?;
        let text = std::str::from_utf8(strip_bom(&bytes))
            .map_err(|e| err(format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
        Ok(Readme::parse(path, text))
    }

    /// Parses readme text; `path` is how messages name it. Markdown itself cannot be malformed.
    pub fn parse(path: impl Into<PathBuf>, text: &str) -> Readme {
        let mut blocks = Vec::new();
        let mut current: Option<Block> = None;
        for (event, range) in Parser::new(text).into_offset_iter() {
            match event {
                Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                    let info = info.trim();
                    let (lang, condition) = info.split_once(char::is_whitespace).unwrap_or((info, ""));
                    if lang.eq_ignore_ascii_case("yaml") {
                        let line = text.get(..range.start).map_or(0, |t| t.matches('\n').count()) + 1;
                        current = Some(Block { line, condition: condition_of(condition), text: String::new() });
                    }
                }
                Event::Text(t) => {
                    if let Some(b) = &mut current {
                        b.text.push_str(&t);
                    }
                }
                Event::End(TagEnd::CodeBlock) => blocks.extend(current.take()),
                _ => {}
            }
        }
        Readme { path: path.into(), blocks }
    }

    /// Every tag a block condition names, in document order.
    pub fn tags(&self) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut tags = Vec::new();
        for b in &self.blocks {
            if let Condition::Tags(ts) = &b.condition {
                tags.extend(ts.iter().filter(|t| seen.insert(t.as_str())).cloned());
            }
        }
        tags
    }

    /// The `tag:` of the first unconditional block that sets one.
    pub fn default_tag(&self) -> Result<Option<String>, ReadmeError> {
        for b in self.blocks.iter().filter(|b| b.condition == Condition::Always) {
            if let Some(Yaml::String(tag)) = self.yaml(b)?.as_ref().and_then(|y| hash_get(y, "tag")) {
                return Ok(Some(tag.clone()));
            }
        }
        Ok(None)
    }

    /// The input entries of `tag`, or of the default tag.
    pub fn select(&self, tag: Option<&str>) -> Result<Selection, ReadmeError> {
        let tags = self.tags();
        let tag = match tag {
            Some(t) => t.to_owned(),
            None => self
                .default_tag()?
                .ok_or_else(|| ReadmeError::NoDefaultTag { path: self.path.clone(), tags: tags.clone() })?,
        };
        if !tags.contains(&tag) {
            return Err(ReadmeError::TagNotFound { path: self.path.clone(), tag, tags });
        }
        let mut sel = Selection { tag: tag.clone(), inputs: Vec::new(), notes: Vec::new() };
        let mut ignored_keys = Vec::new();
        let mut ignored_blocks = Vec::new();
        for b in &self.blocks {
            match &b.condition {
                Condition::Always => {}
                Condition::Tags(ts) if ts.contains(&tag) => {}
                Condition::Tags(_) => continue,
                Condition::Other(c) => {
                    ignored_blocks.push(format!("`{c}` (line {})", b.line));
                    continue;
                }
            }
            self.collect(b, &mut sel, &mut ignored_keys)?;
        }
        if sel.inputs.is_empty() {
            return Err(ReadmeError::NoInputs { path: self.path.clone(), tag });
        }
        let name = self.path.display();
        if !ignored_keys.is_empty() {
            let keys = ignored_keys.join(", ");
            sel.notes.push(format!("{name}: ignored keys (only `input-file` and `tag` select inputs): {keys}"));
        }
        if !ignored_blocks.is_empty() {
            let blocks = ignored_blocks.join(", ");
            sel.notes
                .push(format!("{name}: ignored ```yaml blocks whose condition is not `$(tag) == '...'`: {blocks}"));
        }
        Ok(sel)
    }

    /// Adds block `b`'s `input-file` entries to `sel`, and its other keys to `ignored`.
    fn collect(&self, b: &Block, sel: &mut Selection, ignored: &mut Vec<String>) -> Result<(), ReadmeError> {
        let Some(doc) = self.yaml(b)? else { return Ok(()) };
        let Yaml::Hash(map) = &doc else {
            ignored.push(format!("a block that is not a mapping (line {})", b.line));
            return Ok(());
        };
        for (key, value) in map {
            let key = key.as_str().unwrap_or("(not a string)");
            match key {
                "input-file" => {
                    for path in self.paths(b, value)? {
                        if !sel.inputs.iter().any(|e| e.path == path) {
                            let line = entry_line(b, &path);
                            sel.inputs.push(Entry { path, line });
                        }
                    }
                }
                "tag" if b.condition == Condition::Always => {}
                other => ignored.push(format!("{other} (line {})", key_line(b, other))),
            }
        }
        Ok(())
    }

    /// An `input-file` value: one path or a list of paths.
    fn paths(&self, b: &Block, value: &Yaml) -> Result<Vec<String>, ReadmeError> {
        let bad = || ReadmeError::Value {
            path: self.path.clone(),
            line: key_line(b, "input-file"),
            message: "`input-file` must be a path or a list of paths".into(),
        };
        match value {
            Yaml::String(s) => Ok(vec![s.clone()]),
            Yaml::Array(items) => items.iter().map(|i| i.as_str().map(str::to_owned).ok_or_else(bad)).collect(),
            Yaml::Null => Ok(Vec::new()),
            _ => Err(bad()),
        }
    }

    /// The block's YAML document, `None` when empty.
    fn yaml(&self, b: &Block) -> Result<Option<Yaml>, ReadmeError> {
        let docs = YamlLoader::load_from_str(&b.text).map_err(|e| ReadmeError::Yaml {
            path: self.path.clone(),
            line: b.line + e.marker().line(),
            column: e.marker().col() + 1,
            message: e.info().to_owned(),
        })?;
        Ok(docs.into_iter().next())
    }
}

impl Selection {
    /// The entries as paths relative to the spec `root`, for a readme at `readme` (relative to
    /// the root). Each must stay inside the root (as `$ref`s must), be JSON rather than TypeSpec,
    /// exist, and, when `allowed` is given (a manifest's pins), be one of those. All problems are
    /// reported together.
    pub fn resolve(
        &mut self,
        readme_path: &Path,
        root: &Path,
        readme: &str,
        allowed: Option<&HashSet<String>>,
    ) -> Result<Vec<String>, ReadmeError> {
        let dir = Path::new(readme).parent().unwrap_or(Path::new(""));
        let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_owned());
        let mut out = Vec::new();
        let mut problems = Vec::new();
        let mut backslashes = Vec::new();
        for e in &self.inputs {
            let written = if e.path.contains('\\') {
                backslashes.push(format!("`{}` (line {})", e.path, e.line));
                e.path.replace('\\', "/")
            } else {
                e.path.clone()
            };
            match check_input(&written, dir, root, &canonical_root, allowed) {
                Ok(rel) if !out.contains(&rel) => out.push(rel),
                Ok(_) => {}
                Err(message) => problems.push(InputProblem { entry: e.path.clone(), line: e.line, message }),
            }
        }
        if !problems.is_empty() {
            return Err(ReadmeError::Inputs { path: readme_path.to_owned(), tag: self.tag.clone(), problems });
        }
        if !backslashes.is_empty() {
            let name = readme_path.display();
            self.notes
                .push(format!("{name}: input files written with `\\`, read with `/`: {}", backslashes.join(", ")));
        }
        Ok(out)
    }
}

/// What [`inputs_of`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagInputs {
    pub tag: String,
    /// Root-relative paths, in readme order.
    pub inputs: Vec<String>,
    pub notes: Vec<String>,
}

/// The input files of `tag` (default: the readme's default tag) of the readme at `readme`, a path
/// relative to the spec `root`; with `allowed`, every input must be one of those paths.
pub fn inputs_of(
    root: &Path,
    readme: &str,
    tag: Option<&str>,
    allowed: Option<&HashSet<String>>,
) -> Result<TagInputs, ReadmeError> {
    let path = root.join(readme);
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_owned());
    // Lexically a plain path below the root, and still below it once symlinks are followed.
    let inside = normalize(Path::new(""), readme).is_some_and(|r| r == readme)
        && path.canonicalize().map_or(true, |c| c.starts_with(&canonical_root));
    if !inside {
        let message = format!("the readme must be a plain path inside the spec root {}", root.display());
        return Err(ReadmeError::Read { path, message });
    }
    let mut sel = Readme::load(&path)?.select(tag)?;
    let inputs = sel.resolve(&path, root, readme, allowed)?;
    Ok(TagInputs { tag: sel.tag, inputs, notes: sel.notes })
}

/// Why an input entry cannot be used, or its root-relative path.
fn check_input(
    written: &str,
    dir: &Path,
    root: &Path,
    canonical_root: &Path,
    allowed: Option<&HashSet<String>>,
) -> Result<String, String> {
    let outside = || format!("resolves outside the spec root {}", root.display());
    let rel = normalize(dir, written).ok_or_else(outside)?;
    if Path::new(&rel).extension().is_some_and(|x| x.eq_ignore_ascii_case("tsp")) {
        return Err("a TypeSpec (.tsp) file; only its compiled OpenAPI (JSON) files can be generated from".into());
    }
    if allowed.is_some_and(|a| !a.contains(&rel)) {
        return Err(format!("{rel} is not pinned: the manifest has no [[pin]] for it (add one)"));
    }
    let full = root.join(&rel);
    let canonical = full.canonicalize().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("file not found: {rel}"),
        _ => format!("cannot read {}: {e}", full.display()),
    })?;
    if !canonical.starts_with(canonical_root) {
        return Err(outside());
    }
    Ok(rel)
}

fn read_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "readme not found".into(),
        _ => format!("cannot read the readme: {e}"),
    }
}

/// Parses a fence's condition: `$(tag) == 'x'`, `||`-joined, optionally in parentheses.
fn condition_of(raw: &str) -> Condition {
    let raw = raw.trim();
    if raw.is_empty() {
        return Condition::Always;
    }
    let tags: Option<Vec<String>> = raw.split("||").map(tag_comparison).collect();
    match tags {
        Some(tags) => Condition::Tags(tags),
        None => Condition::Other(raw.to_owned()),
    }
}

/// The tag of one `$(tag) == 'x'` comparison.
fn tag_comparison(part: &str) -> Option<String> {
    let part = part.trim().trim_start_matches('(').trim_end_matches(')').trim();
    let rest = part.strip_prefix("$(tag)")?.trim_start().strip_prefix("==")?.trim();
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let value = rest.strip_prefix(quote)?.strip_suffix(quote)?;
    (!value.is_empty() && !value.contains(quote)).then(|| value.to_owned())
}

fn hash_get<'a>(doc: &'a Yaml, key: &str) -> Option<&'a Yaml> {
    match doc {
        Yaml::Hash(map) => map.get(&Yaml::String(key.to_owned())),
        _ => None,
    }
}

/// The readme line of the first block line starting with `key:`.
fn key_line(b: &Block, key: &str) -> usize {
    let at = b.text.lines().position(|l| l.trim_start().strip_prefix(key).is_some_and(|r| r.starts_with(':')));
    b.line + 1 + at.unwrap_or(0)
}

/// The readme line of the block line naming `entry`.
fn entry_line(b: &Block, entry: &str) -> usize {
    b.line + 1 + b.text.lines().position(|l| l.contains(entry)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions() {
        assert_eq!(condition_of(""), Condition::Always);
        assert_eq!(condition_of("$(tag) == 'package-2021-11'"), Condition::Tags(vec!["package-2021-11".into()]));
        assert_eq!(condition_of("($(tag)==\"a\" || $(tag) == 'b')"), Condition::Tags(vec!["a".into(), "b".into()]));
        for other in ["$(swagger-to-sdk)", "!$(python) || !$(track2)", "$(tag) == 'a' && $(go)", "$(tag) == 'a"] {
            assert_eq!(condition_of(other), Condition::Other(other.into()), "{other}");
        }
    }
}
