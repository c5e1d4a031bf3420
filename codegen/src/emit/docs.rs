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
            '[' | ']' | '<' | '>' | '`' | '*' | '_' | '#' | '|' | '\\' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            c if c.is_control() && c != '\t' => out.push(' '),
            c if is_bidi_control(c) => out.push_str(&format!("U+{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Text-direction controls, which rustc refuses in comments (`text_direction_codepoint_*`).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A spec value (a path, an operationId, a version) shown inside generated prose as a code span:
/// one line, no backticks, no control or text-direction characters, so it can never open a code
/// block or end the span.
pub fn code(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('`');
    for c in value.chars() {
        match c {
            '`' => out.push('\''),
            c if c.is_control() || c.is_whitespace() && c != ' ' => out.push(' '),
            c if is_bidi_control(c) => out.push_str(&format!("U+{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('`');
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
        // A stray `\r` would end a `///` comment badly (rustc: "bare CR not allowed").
        let line = line.replace('\r', " ");
        let l = if line.is_empty() { String::new() } else { format!(" {line}") };
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
