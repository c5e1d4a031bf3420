fn main() {
    let root = std::env::args().nth(1).unwrap();
    let out = std::env::args().nth(3).unwrap();
    let input = std::env::args().nth(2).unwrap();
    let t = std::time::Instant::now();
    match codegen::Generator::new(root, [input]).crate_name("express_route").standalone(std::env::var("STANDALONE").is_ok()).settings(codegen::Settings{secret_properties: vec!["authorizationKey".into()]}).write_to(std::path::Path::new(&out)) {
        Ok(g) => eprintln!("ok {} files {:?} in {:?}", g.files.len(), g.inputs_read, t.elapsed()),
        Err(e) => eprintln!("error: {e}"),
    }
}
