//! Writing the crate: into a temporary folder beside the target, then moved into place, so an
//! interrupted run leaves the old output whole. Check mode compares instead of writing.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Writes `files` as the complete contents of `out`, replacing what was there.
pub fn write_crate(out: &Path, files: &[(String, String)]) -> Result<()> {
    let named = out.file_name().is_some_and(|n| n != "." && n != "..");
    if !named
        || out
            .components()
            .next_back()
            .is_some_and(|c| matches!(c, std::path::Component::CurDir | std::path::Component::ParentDir))
    {
        return Err(Error::Usage(format!("output folder `{}` must name a folder to create or replace", out.display())));
    }
    if out.exists() && !out.is_dir() {
        return Err(Error::Usage(format!(
            "output `{}` exists and is not a folder; refusing to replace it",
            out.display()
        )));
    }
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}.tmp-"))
        .tempdir_in(parent)
        .map_err(|e| Error::io(parent, e))?;
    for (rel, text) in files {
        let path = tmp.path().join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
    }
    // Swap: old output aside, new one in, old one removed. A failure restores the old one; the
    // temporary folder deletes itself until it is moved into place.
    let backup = if out.exists() {
        let b = sibling(parent, &name, "old");
        std::fs::rename(out, &b).map_err(|e| Error::io(out, e))?;
        Some(b)
    } else {
        None
    };
    let tmp_path = tmp.keep();
    if let Err(e) = std::fs::rename(&tmp_path, out) {
        if let Some(b) = &backup {
            let _ = std::fs::rename(b, out);
        }
        let _ = std::fs::remove_dir_all(&tmp_path);
        return Err(Error::io(out, e));
    }
    if let Some(b) = backup {
        std::fs::remove_dir_all(&b).map_err(|e| Error::io(&b, e))?;
    }
    Ok(())
}

/// Writes one file atomically (temporary file in the same folder, then renamed), and only when
/// its contents change, so cargo sees no change when there is none.
pub fn write_file_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, e))?;
    std::io::Write::write_all(&mut tmp, text.as_bytes()).map_err(|e| Error::io(path, e))?;
    // Temporary files are private (0600); generated sources are ordinary files.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(|e| Error::io(path, e))?;
    }
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

fn sibling(parent: &Path, name: &str, what: &str) -> PathBuf {
    let pid = std::process::id();
    parent.join(format!(".{name}.{what}-{pid}"))
}

/// Differences between `files` and what is in `out` (missing, changed, or extra files), as a
/// short unified diff; empty when identical.
pub fn compare(out: &Path, files: &[(String, String)]) -> Result<String> {
    let mut report = String::new();
    for (rel, text) in files {
        let path = out.join(rel);
        match std::fs::read_to_string(&path) {
            Ok(old) if old == *text => {}
            Ok(old) => {
                let diff = similar::TextDiff::from_lines(&old, text);
                let udiff = diff
                    .unified_diff()
                    .context_radius(2)
                    .header(&format!("{} (on disk)", path.display()), &format!("{rel} (generated)"))
                    .to_string();
                report.push_str(&truncate(&udiff, 60));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                report.push_str(&format!("missing: {}\n", path.display()));
            }
            Err(e) => return Err(Error::io(path, e)),
        }
    }
    let expected: std::collections::BTreeSet<PathBuf> = files.iter().map(|(r, _)| PathBuf::from(r)).collect();
    for extra in list_files(out, out)? {
        if !expected.contains(&extra) {
            report.push_str(&format!("not generated (stale?): {}\n", out.join(&extra).display()));
        }
    }
    Ok(report)
}

fn truncate(s: &str, max_lines: usize) -> String {
    let n = s.lines().count();
    if n <= max_lines {
        return s.to_owned();
    }
    let mut t: String = s.lines().take(max_lines).collect::<Vec<_>>().join("\n");
    t.push_str(&format!("\n... ({} more diff lines)\n", n - max_lines));
    t
}

fn list_files(root: &Path, dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(Error::io(dir, e)),
    };
    for entry in rd {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let ft = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if ft.is_dir() {
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            out.extend(list_files(root, &path)?);
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(rel.to_path_buf());
        }
    }
    out.sort();
    Ok(out)
}
