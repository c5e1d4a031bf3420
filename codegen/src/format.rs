//! Formatting with prettyplease: the token streams become files. Files are independent, so they
//! are emitted and formatted in parallel, one worker per core.

use crate::emit::{CrateInfo, Part};
use crate::error::{Error, Result};
use crate::model::Model;

/// Formats every part; the order of the output matches the input. As many workers as cores take
/// parts off a shared queue, so only that many token trees and syntax trees are alive at once.
pub fn format_all(model: &Model, info: &CrateInfo, parts: Vec<(String, Part)>) -> Result<Vec<(String, String)>> {
    let count = parts.len();
    let queue = std::sync::Mutex::new(parts.into_iter().enumerate().collect::<Vec<_>>().into_iter());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(count.max(1));
    let mut done: Vec<(usize, Result<(String, String)>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let next = queue.lock().ok().and_then(|mut q| q.next());
                        let Some((i, (path, part))) = next else { break };
                        out.push((i, format_one(model, info, &path, part).map(|text| (path, text))));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join().unwrap_or_else(|_| {
                    vec![(0, Err(Error::Internal { file: "?".into(), message: "formatter thread panicked".into() }))]
                })
            })
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

fn format_one(model: &Model, info: &CrateInfo, path: &str, part: Part) -> Result<String> {
    match part {
        Part::Text(t) => Ok(t),
        Part::RustText(t) => format_static(path, &t),
        Part::Rust(emitter) => {
            // prettyplease prints a file's items one after another, so printing chunks of whole
            // items and concatenating gives the same text as printing the file at once.
            let mut text = String::new();
            let mut failure = None;
            emitter(model, info, &mut |chunk| {
                if failure.is_some() {
                    return;
                }
                match syn::parse2::<syn::File>(chunk) {
                    Ok(file) => text.push_str(&prettyplease::unparse(&file)),
                    Err(e) => failure = Some(Error::Internal { file: path.to_owned(), message: not_rust(&e) }),
                }
            });
            match failure {
                Some(e) => Err(e),
                None => Ok(text),
            }
        }
    }
}

/// The static runtime, formatted like everything else (so the crate and the single-file layout,
/// which parses it into its token stream, print it identically). A crate's runtime is one of a
/// few combinations of sections, so each text is formatted once per process.
fn format_static(path: &str, text: &str) -> Result<String> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, String>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(done) = cache.lock().ok().and_then(|c| c.get(text).cloned()) {
        return Ok(done);
    }
    let file = syn::parse_file(text).map_err(|e| Error::Internal { file: path.to_owned(), message: not_rust(&e) })?;
    let formatted = prettyplease::unparse(&file);
    if let Ok(mut c) = cache.lock() {
        c.insert(text.to_owned(), formatted.clone());
    }
    Ok(formatted)
}

fn not_rust(e: &syn::Error) -> String {
    format!("the generated code is not valid Rust ({e})")
}
