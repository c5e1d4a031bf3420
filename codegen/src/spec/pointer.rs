//! JSON pointers (RFC 6901) and `$ref` strings.

/// Decodes one pointer segment (`~1` is `/`, `~0` is `~`, in that order per the RFC).
pub fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Encodes one pointer segment.
pub fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Appends segments to a pointer, escaping each.
pub fn join(base: &str, segments: &[&str]) -> String {
    let mut s = String::with_capacity(base.len() + 16);
    s.push_str(base);
    for seg in segments {
        s.push('/');
        s.push_str(&escape(seg));
    }
    s
}

/// Splits a pointer (`/definitions/Foo`) into decoded segments. The empty pointer is the root.
pub fn segments(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.trim_start_matches('/').split('/').map(unescape).collect()
}

/// A `$ref` split into its file part (empty for same-file) and its fragment pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefParts<'a> {
    pub file: &'a str,
    pub pointer: String,
}

/// Splits `./network.json#/definitions/X` into `("./network.json", "/definitions/X")`, percent-
/// decoding the fragment as URI fragments require.
pub fn split_ref(reference: &str) -> RefParts<'_> {
    match reference.split_once('#') {
        Some((file, frag)) => RefParts { file, pointer: percent_decode(frag) },
        None => RefParts { file: reference, pointer: String::new() },
    }
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes.get(i).copied().unwrap_or(0);
        if b == b'%' {
            let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip() {
        assert_eq!(unescape("a~1b~0c~01"), "a/b~c~1");
        assert_eq!(escape("a/b~c"), "a~1b~0c");
        assert_eq!(segments("/definitions/a~1b"), vec!["definitions", "a/b"]);
        assert_eq!(join("/paths", &["/x/{y}", "get"]), "/paths/~1x~1{y}/get");
    }

    #[test]
    fn splits_refs() {
        let r = split_ref("./network.json#/definitions/CloudError");
        assert_eq!(r.file, "./network.json");
        assert_eq!(r.pointer, "/definitions/CloudError");
        assert_eq!(split_ref("#/definitions/A%20B").pointer, "/definitions/A B");
        assert_eq!(split_ref("other.json").pointer, "");
    }
}
