//! `structured_to_json <input-file>`: the Swagger document a `structured` input stands for,
//! pretty-printed on stdout (to keep a crash as a plain spec fixture).

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: structured_to_json <input-file>");
        std::process::exit(2);
    };
    let data = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{}: {e}", path.to_string_lossy());
        std::process::exit(2);
    });
    let mut u = arbitrary::Unstructured::new(&data);
    match codegen_fuzz::structured::document(&mut u) {
        Ok(doc) => println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default()),
        Err(e) => {
            eprintln!("not enough data for a document: {e}");
            std::process::exit(1);
        }
    }
}
