//! Form bodies of `formData` parameters.

/// Form bodies: `multipart/form-data` and `application/x-www-form-urlencoded`.
// @gate
pub mod form {
    /// One field of a form.
    pub enum Part {
        Text(String),
        /// A file's bytes, sent as `application/octet-stream`.
        File(Vec<u8>),
    }

    /// An `application/x-www-form-urlencoded` body of the text fields.
    pub fn urlencoded(fields: Vec<(&str, Part)>) -> (String, Vec<u8>) {
        let content_type = "application/x-www-form-urlencoded".to_owned();
        // `Url`'s query serializer is the form encoder; an empty query holds the fields.
        let Ok(mut url) = azure_core::http::Url::parse("http://form.invalid/") else { return (content_type, Vec::new()) };
        {
            let mut pairs = url.query_pairs_mut();
            for (name, part) in &fields {
                match part {
                    Part::Text(text) => pairs.append_pair(name, text),
                    Part::File(bytes) => pairs.append_pair(name, &String::from_utf8_lossy(bytes)),
                };
            }
        }
        let body = url.query().unwrap_or_default().as_bytes().to_vec();
        (content_type, body)
    }

    /// A `multipart/form-data` body, with a boundary that occurs in no field.
    pub fn multipart(fields: Vec<(&str, Part)>) -> (String, Vec<u8>) {
        let contains = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).any(|w| w == needle);
        let mut boundary = String::from("azure-form-boundary-6d1f2c");
        let mut n = 0u32;
        while fields.iter().any(|(_, p)| match p {
            Part::Text(t) => contains(t.as_bytes(), boundary.as_bytes()),
            Part::File(b) => contains(b, boundary.as_bytes()),
        }) {
            n += 1;
            boundary = format!("azure-form-boundary-6d1f2c-{n}");
        }
        let mut body = Vec::new();
        for (name, part) in fields {
            let name = name.replace(['"', '\r', '\n'], "_");
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match part {
                Part::Text(text) => {
                    body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes());
                    body.extend_from_slice(text.as_bytes());
                }
                Part::File(bytes) => {
                    let head = format!(
                        "Content-Disposition: form-data; name=\"{name}\"; filename=\"{name}\"\r\n\
                         Content-Type: application/octet-stream\r\n\r\n"
                    );
                    body.extend_from_slice(head.as_bytes());
                    body.extend_from_slice(&bytes);
                }
            }
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), body)
    }
}
