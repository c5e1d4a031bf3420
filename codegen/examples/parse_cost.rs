//! Times loading one spec file as an input (parse and all its entries), and the whole model
//! stage for it: `cargo run --release -p codegen --example parse_cost -- REPO_PATH [N]`.
fn main() {
    let root = std::env::var("AZURE_REST_API_SPECS").unwrap_or_else(|_| "../shared/azure-rest-api-specs".into());
    let Some(input) = std::env::args().nth(1) else {
        eprintln!("usage: parse_cost REPO_PATH [N]");
        return;
    };
    let n: u32 = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(100);
    let mut load = Vec::new();
    let mut model = Vec::new();
    for _ in 0..n {
        let t = std::time::Instant::now();
        let mut l = codegen::spec::Loader::new(&root, codegen::spec::Limits::default());
        let _ = l.load_input(&input);
        load.push(t.elapsed());
        let t = std::time::Instant::now();
        let _ = codegen::Generator::new(&root, [input.as_str()]).model();
        model.push(t.elapsed());
    }
    load.sort();
    model.sort();
    let mid = (n / 2) as usize;
    println!("load median {:?}, model median {:?}", load[mid], model[mid]);
}
