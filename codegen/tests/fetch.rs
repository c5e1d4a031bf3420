//! Pinned spec sources: checkout, cache, download (against a local HTTP server), and the errors.

mod common;

use codegen::fetch::{resolve_relative, resolve_specs_dir, sha256_hex, FetchError, Fetcher, Pin, RootKind};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

const REPO: &str = "Azure/azure-rest-api-specs";
const COMMIT: &str = "65fdb1a60e75343e6068b81d9ec15d4c2ee80e04";
const A: &str = "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/a.json";
const B: &str = "specification/common-types/resource-management/v2/types.json";

/// A minimal HTTP/1.1 server: serves fixed bodies by URL path, 404 otherwise, counts requests.
/// Stops (and its thread is joined) when dropped.
struct Server {
    addr: SocketAddr,
    hits: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start(files: &[(&str, &[u8])]) -> Server {
        let files: HashMap<String, Vec<u8>> =
            files.iter().map(|(p, b)| (format!("/{REPO}/{COMMIT}/{p}"), b.to_vec())).collect();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let hits = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (h, s) = (hits.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(conn) = conn {
                    serve(conn, &files, &h);
                }
            }
        });
        Server { addr, hits, stop, thread: Some(thread) }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

fn serve(conn: TcpStream, files: &HashMap<String, Vec<u8>>, hits: &AtomicUsize) {
    conn.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut reader = BufReader::new(conn);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
        return; // the wake-up connection from Drop, or a client that gave up
    }
    hits.fetch_add(1, Ordering::SeqCst);
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("");
    let (status, body) = match files.get(path) {
        Some(b) => ("200 OK", b.as_slice()),
        None => ("404 Not Found", b"not found".as_slice()),
    };
    let mut conn = reader.into_inner();
    let head = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
    let _ = conn.write_all(head.as_bytes()).and_then(|()| conn.write_all(body));
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr); // wakes the blocked accept
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A base URL nothing listens on.
fn closed_port_url() -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    drop(l);
    url
}

fn pin(path: &str, bytes: &[u8]) -> Pin {
    Pin { path: path.into(), repository: REPO.into(), commit: COMMIT.into(), sha256: sha256_hex(bytes) }
}

/// Every file below `dir` (relative path, contents), sorted; empty if `dir` does not exist.
fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.push((rel, std::fs::read(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn write(root: &Path, rel: &str, bytes: &[u8]) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// A fetcher that ignores `AZURE_REST_API_SPECS` (CI sets it), so the cache route is tested.
fn fetcher(pins: Vec<Pin>, cache: impl Into<std::path::PathBuf>) -> Fetcher {
    Fetcher::new(pins, cache).use_env(false)
}

#[test]
fn download_fills_empty_cache_then_cache_is_used() {
    let (a, b) = (b"{\"a\":1}".as_slice(), b"{\"b\":2}\n".as_slice());
    let server = Server::start(&[(A, a), (B, b)]);
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache"); // not created yet: locate makes it
    let pins = vec![pin(A, a), pin(B, b)];

    let root = fetcher(pins.clone(), &cache).base_url(server.url()).locate().unwrap();
    assert_eq!(root.kind, RootKind::Cache);
    assert_eq!(root.dir, cache);
    assert_eq!((root.files, root.downloaded), (2, 2));
    assert_eq!(root.bytes, (a.len() + b.len()) as u64);
    assert_eq!(server.hits(), 2);
    assert_eq!(listing(&cache), vec![(B.to_string(), b.to_vec()), (A.to_string(), a.to_vec())]);

    // Second run: everything verified from the cache, no request.
    let root = fetcher(pins.clone(), &cache).base_url(server.url()).locate().unwrap();
    assert_eq!((root.files, root.downloaded), (2, 0));
    assert_eq!(root.bytes, (a.len() + b.len()) as u64);
    assert_eq!(server.hits(), 2);

    // And with no network at all.
    let root = fetcher(pins, &cache).base_url(closed_port_url()).locate().unwrap();
    assert_eq!(root.downloaded, 0);
}

#[test]
fn corrupt_cache_file_is_replaced_by_verified_download() {
    let good = b"{\"good\":true}".as_slice();
    let server = Server::start(&[(A, good)]);
    let cache = tempfile::tempdir().unwrap();
    write(cache.path(), A, b"{\"truncated\":");

    let root = fetcher(vec![pin(A, good)], cache.path())
        .base_url(format!("{}/", server.url())) // a trailing slash is tolerated
        .progress(true)
        .locate()
        .unwrap();
    assert_eq!(root.downloaded, 1);
    assert_eq!(server.hits(), 1);
    assert_eq!(listing(cache.path()), vec![(A.to_string(), good.to_vec())]);
}

#[test]
fn download_checksum_mismatch_leaves_cache_unchanged() {
    let expected = b"the pinned bytes".as_slice();
    let served = b"something else".as_slice();
    let server = Server::start(&[(A, served)]);

    // Empty cache, and a cache holding a corrupt copy: both must stay exactly as they were.
    for corrupt in [None, Some(b"corrupt".as_slice())] {
        let cache = tempfile::tempdir().unwrap();
        if let Some(c) = corrupt {
            write(cache.path(), A, c);
        }
        let before = listing(cache.path());
        let err = fetcher(vec![pin(A, expected)], cache.path()).base_url(server.url()).locate().unwrap_err();
        assert!(matches!(err, FetchError::DownloadMismatch { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(msg.contains(A), "{msg}");
        assert!(msg.contains(&sha256_hex(expected)), "{msg}");
        assert!(msg.contains(&sha256_hex(served)), "{msg}");
        assert_eq!(listing(cache.path()), before, "cache changed (or a temp file was left)");
    }
}

#[test]
fn oversized_download_is_refused() {
    let big = vec![b'x'; 100];
    let server = Server::start(&[(A, &big)]);
    let cache = tempfile::tempdir().unwrap();
    let err = fetcher(vec![pin(A, &big)], cache.path()).base_url(server.url()).max_file_bytes(64).locate().unwrap_err();
    assert!(err.to_string().contains("larger than 64 bytes"), "{err}");
    assert!(listing(cache.path()).is_empty());
}

#[test]
fn nothing_reachable_says_how_to_provide_the_files() {
    let server = Server::start(&[]); // 404 for everything
                                     // The underlying download error is included: the status for a 404.
    for (url, cause) in [(server.url(), "404"), (closed_port_url(), "")] {
        let cache = tempfile::tempdir().unwrap();
        let err = fetcher(vec![pin(A, b"x")], cache.path()).base_url(&url).locate().unwrap_err();
        assert!(matches!(err, FetchError::Unavailable { .. }), "{err:?}");
        let msg = err.to_string();
        for needle in ["AZURE_REST_API_SPECS", "--specs-dir", "cargo run -p codegen -- fetch", A, REPO, COMMIT, cause] {
            assert!(msg.contains(needle), "{needle:?} missing from: {msg}");
        }
        assert!(listing(cache.path()).is_empty());
    }
    assert_eq!(server.hits(), 1);
}

#[test]
fn checkout_is_verified_and_used_in_place() {
    let (a, b) = (b"aaa".as_slice(), b"bbbb".as_slice());
    let checkout = tempfile::tempdir().unwrap();
    write(checkout.path(), A, a);
    write(checkout.path(), B, b);
    let cache = tempfile::tempdir().unwrap();
    let server = Server::start(&[]);

    let root = fetcher(vec![pin(A, a), pin(B, b)], cache.path())
        .specs_dir(Some(checkout.path().to_path_buf()))
        .base_url(server.url())
        .locate()
        .unwrap();
    assert_eq!(root.kind, RootKind::Checkout);
    assert_eq!(root.dir, checkout.path());
    assert_eq!((root.files, root.bytes, root.downloaded), (2, 7, 0));
    assert_eq!(server.hits(), 0);
    assert!(listing(cache.path()).is_empty(), "the checkout route copies nothing into the cache");
}

#[test]
fn checkout_with_wrong_bytes_is_an_error_saying_how_to_fix_it() {
    let checkout = tempfile::tempdir().unwrap();
    write(checkout.path(), A, b"other commit's bytes");
    let cache = tempfile::tempdir().unwrap();
    let err = fetcher(vec![pin(A, b"pinned bytes")], cache.path())
        .specs_dir(Some(checkout.path().to_path_buf()))
        .base_url(closed_port_url())
        .locate()
        .unwrap_err();
    assert!(matches!(err, FetchError::CheckoutMismatch { .. }), "{err:?}");
    let msg = err.to_string();
    for needle in [
        A.to_string(),
        sha256_hex(b"pinned bytes"),
        sha256_hex(b"other commit's bytes"),
        COMMIT.to_string(),
        "check out".to_string(),
        "update the pin".to_string(),
    ] {
        assert!(msg.contains(&needle), "{needle:?} missing from: {msg}");
    }
    assert!(listing(cache.path()).is_empty());
}

#[test]
fn file_missing_from_checkout_is_an_error() {
    let checkout = tempfile::tempdir().unwrap();
    write(checkout.path(), A, b"a");
    let cache = tempfile::tempdir().unwrap();
    let err = fetcher(vec![pin(A, b"a"), pin(B, b"b")], cache.path())
        .specs_dir(Some(checkout.path().to_path_buf()))
        .locate()
        .unwrap_err();
    assert!(matches!(err, FetchError::MissingInCheckout { .. }), "{err:?}");
    assert!(err.to_string().contains(B), "{err}");
}

#[test]
fn explicit_specs_dir_wins_over_env() {
    let explicit = PathBuf::from("/explicit");
    let env = Some("/from-env".into());
    assert_eq!(resolve_specs_dir(Some(explicit.clone()), env.clone()), Some(explicit));
    assert_eq!(resolve_specs_dir(None, env), Some(PathBuf::from("/from-env")));
    assert_eq!(resolve_specs_dir(None, Some("".into())), None, "empty means unset");
    assert_eq!(resolve_specs_dir(None, None), None);
}

#[test]
fn unsafe_or_malformed_pins_are_rejected_before_any_io() {
    let server = Server::start(&[]);
    let cache = tempfile::tempdir().unwrap();
    let good = pin(A, b"x");
    let mut bad: Vec<Pin> = [
        "",
        "../escape.json",
        "specification/../../escape.json",
        "/etc/passwd",
        "specification\\network\\a.json",
        "C:/Windows/a.json",
        "specification//a.json",
        "./a.json",
        "specification/..",
        "a.json?x=1",
    ]
    .iter()
    .map(|p| Pin { path: (*p).into(), ..good.clone() })
    .collect();
    bad.push(Pin { repository: "../../evil".into(), ..good.clone() });
    bad.push(Pin { repository: "Azure".into(), ..good.clone() });
    bad.push(Pin { commit: "main/../x".into(), ..good.clone() });
    bad.push(Pin { sha256: "abc".into(), ..good.clone() });
    for p in bad {
        // A bad pin anywhere in the list stops everything, even the good pins' downloads.
        let err = fetcher(vec![good.clone(), p.clone()], cache.path()).base_url(server.url()).locate().unwrap_err();
        assert!(matches!(err, FetchError::InvalidPin { .. }), "{p:?}: {err:?}");
        // The checkout route validates too.
        let err =
            fetcher(vec![p.clone()], cache.path()).specs_dir(Some(cache.path().to_path_buf())).locate().unwrap_err();
        assert!(matches!(err, FetchError::InvalidPin { .. }), "{p:?}: {err:?}");
    }
    assert_eq!(server.hits(), 0);
    assert!(listing(cache.path()).is_empty());
}

#[test]
fn shared_mirror_checkout_verifies() {
    let mirror = common::mirror();
    let pins = vec![Pin {
        path: "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01/network.json".into(),
        repository: "test-repo-billy/azure-rest-api-specs".into(),
        commit: "b9abf38e81fe923c0132c827318ec4d033f16f8d".into(),
        sha256: "05f9c508b8b6e5dd69785179dda6d02c83ba7994ef96be1eaabd1128b069e812".into(),
    }];
    let cache = tempfile::tempdir().unwrap();
    let root =
        fetcher(pins, cache.path()).specs_dir(Some(mirror.clone())).base_url(closed_port_url()).locate().unwrap();
    assert_eq!(root.kind, RootKind::Checkout);
    assert_eq!(root.dir, mirror);
    assert_eq!((root.files, root.downloaded), (1, 0));
    assert!(root.bytes > 0);
    assert!(listing(cache.path()).is_empty());
}

/// Cargo runs build scripts and tests in their package's folder, so a relative checkout path
/// written from the workspace root must still be found from there.
#[test]
fn relative_checkout_paths_are_found_from_the_project() {
    let tmp = tempfile::tempdir().unwrap();
    let project = tmp.path().join("work/main");
    let package = project.join("tests/build-script");
    let checkout = tmp.path().join("work/shared/azure-rest-api-specs");
    std::fs::create_dir_all(&package).unwrap();
    std::fs::create_dir_all(checkout.join("specification")).unwrap();
    let relative = Path::new("../shared/azure-rest-api-specs");
    let found = resolve_relative(relative, &package);
    assert_eq!(found, checkout.canonicalize().unwrap(), "found, and canonical");
    // Absolute paths, and paths found nowhere, are left as given (the error then names them).
    assert_eq!(resolve_relative(&checkout, &package), checkout);
    let nowhere = Path::new("../no-such-checkout");
    assert_eq!(resolve_relative(nowhere, &package), nowhere);
}

/// A copy of the repository's express-route manifest in `dir/specs/`, writing to `dir/out`, and
/// a verified cache beside it filled from the mirror (as `codegen fetch` would, without network).
fn express_route_copy(dir: &Path, mirror: &Path) -> PathBuf {
    let original = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/express-route.toml");
    let text = std::fs::read_to_string(original).unwrap().replace("out = \"../generated\"", "out = \"../out\"");
    assert!(text.contains("out = \"../out\""), "the manifest's `out` line changed; update this test");
    let manifest = dir.join("specs/express-route.toml");
    write(dir, "specs/express-route.toml", text.as_bytes());
    fill_cache(&manifest, mirror);
    manifest
}

/// Copies every file `manifest` pins from the mirror into the manifest's cache folder.
fn fill_cache(manifest: &Path, mirror: &Path) {
    let m = codegen::Manifest::load(manifest).unwrap();
    for pin in &m.pins {
        write(&m.cache_dir(), &pin.path, &std::fs::read(mirror.join(&pin.path)).unwrap());
    }
}

/// `check` answers the same from a checkout and from the verified cache: x-ms-examples (and every
/// other file) are read only when pinned, so the mirror's unpinned example files make no
/// difference.
#[test]
fn check_gives_the_same_answer_from_checkout_and_cache() {
    let mirror = common::mirror();
    let tmp = tempfile::tempdir().unwrap();
    let manifest = express_route_copy(tmp.path(), &mirror);
    let from_checkout = || codegen::Builder::from_manifest(&manifest).specs_dir(Some(mirror.clone()));
    let from_cache = || codegen::Builder::from_manifest(&manifest).use_env(false);

    let written = from_checkout().generate().unwrap();
    assert!(written.inputs.iter().all(|p| p.starts_with(&mirror)), "{:?}", written.inputs);
    assert!(written.inputs.iter().any(|p| p.to_string_lossy().contains("/examples/")), "no example was read");
    assert_eq!(from_checkout().check().unwrap(), "", "checkout: stale right after generating");

    let cached = from_cache().render().unwrap();
    let cache = tmp.path().join("specs/cache");
    assert!(cached.inputs.iter().all(|p| p.starts_with(&cache)), "not read from the cache: {:?}", cached.inputs);
    assert_eq!(from_cache().check().unwrap(), "", "cache: differs from the checkout's output");
    assert_eq!(cached.files, written.files);
    // The mirror's unpinned examples were skipped, and said so.
    assert!(written.notes.iter().any(|n| n.contains("not pinned")), "{:?}", written.notes);
    assert_eq!(written.notes, cached.notes);
}

/// A manifest can name a readme and a tag instead of inputs; the readme is pinned like the rest.
#[test]
fn readme_manifest_generates_alike_from_checkout_and_cache() {
    let mirror = common::mirror();
    let tmp = tempfile::tempdir().unwrap();
    let readme = "specification/servicebus/resource-manager/readme.md";
    let tag = "package-2021-11";
    let listed = codegen::spec::readme::inputs_of(&mirror, readme, Some(tag), None).unwrap();
    // The pins: the readme, then what the generation reads (inputs, referenced files, examples).
    let loaded = codegen::Generator::new(&mirror, listed.inputs.clone()).load().unwrap();
    let read: Vec<String> = loaded.inputs_read.into_iter().chain(loaded.examples_read).collect();
    assert!(read.len() > listed.inputs.len(), "no referenced file or example read: {read:?}");
    let header = format!("crate-name = \"servicebus\"\nout = \"../out\"\nreadme = \"{readme}\"\ntag = \"{tag}\"\n");
    let pins: Vec<String> = std::iter::once(readme.to_owned())
        .chain(read)
        .map(|path| {
            let p = pin(&path, &std::fs::read(mirror.join(&path)).unwrap());
            format!(
                "\n[[pin]]\npath = \"{}\"\nrepository = \"{REPO}\"\ncommit = \"{COMMIT}\"\nsha256 = \"{}\"\n",
                p.path, p.sha256
            )
        })
        .collect();
    write(tmp.path(), "specs/servicebus.toml", format!("{header}{}", pins.concat()).as_bytes());
    let manifest = tmp.path().join("specs/servicebus.toml");
    fill_cache(&manifest, &mirror);

    let written = codegen::Builder::from_manifest(&manifest).specs_dir(Some(mirror.clone())).generate().unwrap();
    assert!(written.inputs.contains(&mirror.join(readme)), "the readme is not among the files read");
    let cached = codegen::Builder::from_manifest(&manifest).use_env(false).render().unwrap();
    assert_eq!(cached.files, written.files);
    assert_eq!(codegen::Builder::from_manifest(&manifest).use_env(false).check().unwrap(), "");
    assert!(tmp.path().join("out/src/clients.rs").is_file());

    // An input the tag lists but the manifest does not pin: one error naming readme, tag, entry.
    let fewer: String = pins.iter().filter(|p| !p.contains("/Queue.json")).map(String::as_str).collect();
    assert!(fewer.len() < pins.concat().len());
    write(tmp.path(), "specs/servicebus.toml", format!("{header}{fewer}").as_bytes());
    let err = codegen::Builder::from_manifest(&manifest).specs_dir(Some(mirror.clone())).render().unwrap_err();
    let msg = err.to_string();
    for needle in ["readme.md", tag, "Microsoft.ServiceBus/stable/2021-11-01/Queue.json", "not pinned"] {
        assert!(msg.contains(needle), "{needle:?} missing from: {msg}");
    }
}
