//! Formatting with prettyplease: the token streams become files. Files are independent, so they
//! are formatted on parallel threads.

use crate::emit::{CrateInfo, Part};
use crate::error::{Error, Result};
use crate::model::Model;

/// Formats every part; the order of the output matches the input.
pub fn format_all(model: &Model, info: &CrateInfo, parts: Vec<(String, Part)>) -> Result<Vec<(String, String)>> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|(path, part)| scope.spawn(move || format_one(model, info, &path, part).map(|text| (path, text))))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| {
                    Err(Error::Internal { file: "?".into(), message: "formatter thread panicked".into() })
                })
            })
            .collect()
    })
}

fn format_one(model: &Model, info: &CrateInfo, path: &str, part: Part) -> Result<String> {
    match part {
        Part::Text(t) => Ok(t),
        Part::RustText(t) => format_static(path, t),
        Part::Rust(emitter) => {
            let file: syn::File = syn::parse2(emitter(model, info))
                .map_err(|e| Error::Internal { file: path.to_owned(), message: e.to_string() })?;
            Ok(prettyplease::unparse(&file))
        }
    }
}

/// The static runtime, formatted like everything else (so the crate and the single-file layout,
/// which parses it into its token stream, print it identically). It never changes within a
/// process, so each text is formatted once.
fn format_static(path: &str, text: &'static str) -> Result<String> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<usize, String>>> = OnceLock::new();
    let key = text.as_ptr() as usize;
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(done) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(done);
    }
    let file = syn::parse_file(text).map_err(|e| Error::Internal { file: path.to_owned(), message: e.to_string() })?;
    let formatted = prettyplease::unparse(&file);
    if let Ok(mut c) = cache.lock() {
        c.insert(key, formatted.clone());
    }
    Ok(formatted)
}
