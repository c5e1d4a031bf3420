//! Times each stage on one input, many times (for profiling: `perf record` this).
fn main() {
    let root = std::env::var("AZURE_REST_API_SPECS").unwrap_or_else(|_| "../shared/azure-rest-api-specs".into());
    let input = std::env::args().nth(1).unwrap_or_else(|| {
        "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/expressRouteCircuit.json".into()
    });
    let n: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let g = codegen::Generator::new(&root, [input.as_str()]);
    let info =
        codegen::emit::CrateInfo { name: "x".into(), version: "0.1.0".into(), standalone: true, single_file: false };
    let (mut t_model, mut t_emit, mut t_fmt, mut t_parse) = (0.0, 0.0, 0.0, 0.0);
    let mut per_file = [0.0f64; 16];
    let mut counts = [0usize; 16];
    for _ in 0..n {
        let t = std::time::Instant::now();
        let (model, _) = match g.model() {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{e}");
                return;
            }
        };
        t_model += t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let parts = codegen::emit::emit(&model, &info);
        let mut streams = Vec::new();
        for (_, p) in &parts {
            if let codegen::emit::Part::Rust(e) = p {
                streams.push(codegen::emit::collect(|sink| e(&model, &info, sink)));
            }
        }
        t_emit += t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let mut files = Vec::new();
        for (i, s) in streams.into_iter().enumerate() {
            let t1 = std::time::Instant::now();
            let count = s.clone().into_iter().count();
            let f: syn::File = syn::parse2(s).expect("parse");
            per_file[i] += t1.elapsed().as_secs_f64();
            counts[i] = count;
            files.push(f);
        }
        t_parse += t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        for f in &files {
            let _ = prettyplease::unparse(f);
        }
        t_fmt += t.elapsed().as_secs_f64();
    }
    let k = 1000.0 / n as f64;
    for (i, p) in per_file.iter().enumerate() {
        println!("file {i}: parse {:.2} ms ({} top-level tokens)", p * k, counts[i]);
    }
    println!(
        "model {:.2} ms, emit {:.2} ms, syn parse {:.2} ms, prettyplease {:.2} ms (sequential)",
        t_model * k,
        t_emit * k,
        t_parse * k,
        t_fmt * k
    );
}
