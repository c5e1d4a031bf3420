//! Formatting with prettyplease: the token streams become files. Files are independent, so they
//! are formatted on parallel threads.

use crate::emit::{CrateInfo, Part};
use crate::model::Model;
use crate::error::{Error, Result};

/// Formats every part; the order of the output matches the input.
pub fn format_all(model: &Model, info: &CrateInfo, parts: Vec<(String, Part)>) -> Result<Vec<(String, String)>> {
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|(path, part)| scope.spawn(move || format_one(model, info, &path, part).map(|text| (path, text))))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err(Error::Internal { file: "?".into(), message: "formatter thread panicked".into() })))
            .collect()
    })
}

fn format_one(model: &Model, info: &CrateInfo, path: &str, part: Part) -> Result<String> {
    match part {
        Part::Text(t) => Ok(t),
        Part::RustText(t) => Ok(t.to_owned()),
        Part::Rust(emitter) => {
            let file: syn::File = syn::parse2(emitter(model, info))
                .map_err(|e| Error::Internal { file: path.to_owned(), message: e.to_string() })?;
            Ok(prettyplease::unparse(&file))
        }
    }
}
