//! Media types: how an operation's body goes on the wire (its `consumes`), and which bodies are
//! bytes rather than JSON. Decided here, once; the emitters print the plan.

use super::TypeRef;
use crate::spec::swagger::Schema;

/// How a body is written for one content type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// The model through serde (`application/json`, `text/json`, `*+json` such as
    /// `application/merge-patch+json`; XML types among several, see [`Encoding::of`]).
    Json,
    /// The text as it is (`text/plain`), not a JSON string.
    Text,
    /// The bytes as they are (`application/octet-stream`, `application/pdf`, images...).
    Binary,
}

impl Encoding {
    /// The encoding of a declared content type (parameters such as `charset` do not change it).
    pub fn of(content_type: &str) -> Self {
        let (kind, sub) = essence(content_type);
        // An XML-only body is planned by `model::xml` (`Body::xml`); among several declared
        // types an XML one is the model serialized, as JSON is.
        if is_json(&kind, &sub) || is_xml(&kind, &sub) {
            Encoding::Json
        } else if kind == "text" {
            Encoding::Text
        } else {
            Encoding::Binary
        }
    }
}

/// A content type's type and subtype, lower case, without parameters (`text/plain; charset=x`:
/// `("text", "plain")`).
pub fn essence(content_type: &str) -> (String, String) {
    let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let (kind, sub) = essence.split_once('/').unwrap_or((essence.as_str(), ""));
    (kind.to_owned(), sub.to_owned())
}

/// `application/json`, `text/json`, `*/*+json` (`application/merge-patch+json`).
pub fn is_json(kind: &str, sub: &str) -> bool {
    (matches!(kind, "application" | "text") && sub == "json") || sub.ends_with("+json")
}

/// `application/xml`, `text/xml`, `*/*+xml`.
pub fn is_xml(kind: &str, sub: &str) -> bool {
    (matches!(kind, "application" | "text") && sub == "xml") || sub.ends_with("+xml")
}

/// One content type an operation's body can be sent as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaType {
    /// As declared (`text/plain; charset=UTF-8`): the `content-type` header's value.
    pub content_type: String,
    pub encoding: Encoding,
    /// Rust variant name, when the operation declares several (see [`BodyMedia::choice`]).
    pub name: String,
}

/// The content types a body is sent as.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BodyMedia {
    /// Every declared content type, the default first: the first whose encoding suits the body's
    /// type (JSON for a model, bytes for a binary body, text for a string), else the first
    /// declared. Never empty (`application/json` when nothing is declared).
    pub types: Vec<MediaType>,
    /// The name of the enum of [`Self::types`] the caller chooses from, when they are of
    /// several encodings (claimed with the crate's type names: `resolve`'s `finish`). Types of
    /// one encoding (`application/json` and `text/json`) need no choice: the default is sent.
    pub choice: Option<String>,
}

impl BodyMedia {
    /// The default content type.
    pub fn default_type(&self) -> Option<&MediaType> {
        self.types.first()
    }

    /// Whether the declared types are of more than one encoding: the caller chooses.
    pub fn mixed(&self) -> bool {
        let mut encodings = self.types.iter().map(|t| t.encoding);
        let first = encodings.next();
        encodings.any(|e| Some(e) != first)
    }
}

/// The body's content types, from the operation's (or the file's) `consumes`, for a body of
/// type `ty`.
pub fn body_media(consumes: &[String], ty: &TypeRef) -> BodyMedia {
    let declared: Vec<&str> = consumes.iter().map(String::as_str).filter(|c| !is_form(c)).collect();
    let declared = if declared.is_empty() { vec!["application/json"] } else { declared };
    let natural = match ty {
        TypeRef::Binary => Encoding::Binary,
        _ => Encoding::Json,
    };
    let mut scope = super::names::Scope::new();
    let mut types: Vec<MediaType> = declared
        .iter()
        .map(|c| MediaType {
            content_type: (*c).to_owned(),
            encoding: Encoding::of(c),
            name: scope.claim(&super::names::variant_name(&c.replace(['/', ';', '=', '+', '.'], " ")), &[]),
        })
        .collect();
    // A string body declared as text only is sent as text (`text/plain`), not as a JSON string.
    let text_only = *ty == TypeRef::String && types.iter().all(|t| t.encoding == Encoding::Text);
    let natural = if text_only { Encoding::Text } else { natural };
    if let Some(i) = types.iter().position(|t| t.encoding == natural) {
        let first = types.remove(i);
        types.insert(0, first);
    }
    BodyMedia { types, choice: None }
}

fn is_form(content_type: &str) -> bool {
    let c = content_type.to_ascii_lowercase();
    c.starts_with("multipart/form-data") || c.starts_with("application/x-www-form-urlencoded")
}

/// Whether a body or response schema is bytes: `type: file`, or `format: binary` / `format: file`
/// (on a string or an object).
pub fn is_binary(s: &Schema) -> bool {
    s.reference.is_none()
        && (s.type_.as_deref() == Some("file") || matches!(s.format.as_deref(), Some("binary" | "file")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(Encoding::of("application/json"), Encoding::Json);
        assert_eq!(Encoding::of("application/merge-patch+json"), Encoding::Json);
        assert_eq!(Encoding::of("text/json; charset=utf-8"), Encoding::Json);
        assert_eq!(Encoding::of("text/plain; charset=UTF-8"), Encoding::Text);
        assert_eq!(Encoding::of("application/octet-stream"), Encoding::Binary);
        assert_eq!(Encoding::of("application/pdf"), Encoding::Binary);
        assert_eq!(Encoding::of("image/png"), Encoding::Binary);
    }

    #[test]
    fn the_default_suits_the_body() {
        let c = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let m = body_media(&c(&["application/pdf", "application/json"]), &TypeRef::Json);
        let types: Vec<&str> = m.types.iter().map(|t| t.content_type.as_str()).collect();
        assert_eq!(types, vec!["application/json", "application/pdf"]);
        let m = body_media(&c(&["application/json", "application/octet-stream"]), &TypeRef::Binary);
        assert_eq!(m.types[0].content_type, "application/octet-stream");
        assert!(m.mixed());
        let m = body_media(&c(&["application/json", "text/json"]), &TypeRef::Json);
        assert!(!m.mixed(), "one encoding: nothing to choose");
        let m = body_media(&[], &TypeRef::Json);
        assert_eq!((m.types.len(), m.types[0].content_type.as_str()), (1, "application/json"));
        let m = body_media(&c(&["text/plain; charset=UTF-8"]), &TypeRef::String);
        assert_eq!(m.types[0].encoding, Encoding::Text);
        assert_eq!(m.types[0].name, "TextPlainCharsetUtf8");
    }
}
