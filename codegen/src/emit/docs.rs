//! Spec descriptions -> rustdoc that renders as text and never as code, links or HTML.
//!
//! Descriptions are written for Azure's docs site; rustdoc would read four-space indents and
//! fences as doctests, `[x]` as intra-doc links and `<x>` as HTML, all of which fail or warn.

use proc_macro2::TokenStream;
use quote::quote;

/// Sanitises a description for rustdoc.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.replace("\r\n", "\n").replace('\r', "\n").lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line = line.trim();
        let mut words = Vec::new();
        for word in line.split(' ') {
            words.push(clean_word(word));
        }
        out.push_str(&words.join(" "));
    }
    out.trim().to_owned()
}

fn clean_word(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    let is_url = word.starts_with("http://") || word.starts_with("https://");
    if is_url {
        let trimmed = word.trim_end_matches(['.', ',', ';', ')', '\'', '"']);
        let tail = word.get(trimmed.len()..).unwrap_or("");
        s.push('<');
        s.push_str(&trimmed.replace(['<', '>'], ""));
        s.push('>');
        s.push_str(&escape(tail));
        return s;
    }
    escape(word)
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '[' | ']' | '<' | '>' | '`' | '*' | '_' | '#' | '|' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            c if c.is_control() && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `#[doc = "..."]` attributes, one per line (rendered as `///` by prettyplease).
pub fn attrs(text: Option<&str>) -> TokenStream {
    match text.map(clean).filter(|t| !t.is_empty()) {
        Some(t) => lines(&t),
        None => TokenStream::new(),
    }
}

/// Doc attributes for text that is already rustdoc (written by the generator).
pub fn lines(text: &str) -> TokenStream {
    let mut ts = TokenStream::new();
    for line in text.lines() {
        let l = format!(" {line}");
        let l = if line.is_empty() { String::new() } else { l };
        ts.extend(quote!(#[doc = #l]));
    }
    ts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_markdown() {
        assert_eq!(clean("    code block\n```rust\nfn x(){}"), "code block\n\\`\\`\\`rust\nfn x(){}");
        assert_eq!(clean("See https://aka.ms/x."), "See <https://aka.ms/x>.");
        assert_eq!(clean("a [b] <c> */"), "a \\[b\\] \\<c\\> \\*/");
    }
}
