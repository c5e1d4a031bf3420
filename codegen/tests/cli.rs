//! The `codegen` binary on bad input: every failure exits 2 with one clear message naming the file
//! (and the JSON pointer, or the line and column for broken JSON), never panics, never hangs, and
//! never leaves a half-written output folder behind.
//!
//! Small fixtures live in `tests/fixtures/{good,bad}`; large or odd ones (BOM, invalid UTF-8,
//! 50 MB, 10,000 levels deep) are generated into a temporary folder by the test.

use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;

/// How long one run of the binary may take before the test fails (and the process is killed).
const TIMEOUT: Duration = Duration::from_secs(20);

const NETWORK: &str = "specification/network/resource-manager/Microsoft.Network/stable/2021-08-01";

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

/// What one run of the binary did.
#[derive(Debug)]
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs the binary with `args` in `cwd`, killing it (and failing the test) after [`TIMEOUT`].
fn codegen_in<S: AsRef<OsStr>>(cwd: &Path, args: &[S], env: &[(&str, &OsStr)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_codegen"));
    cmd.args(args)
        .current_dir(cwd)
        .env_remove("AZURE_REST_API_SPECS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("spawn codegen");
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = out.read_to_end(&mut b);
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for codegen") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("codegen {:?} did not finish within {TIMEOUT:?} (killed)", cmd.get_args().collect::<Vec<_>>());
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let stdout = String::from_utf8_lossy(&out_t.join().expect("stdout reader")).into_owned();
    let stderr = String::from_utf8_lossy(&err_t.join().expect("stderr reader")).into_owned();
    Run { code: status.code(), stdout, stderr }
}

fn codegen<S: AsRef<OsStr>>(args: &[S]) -> Run {
    codegen_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, &[])
}

/// `codegen generate --input <input> --out <tmp>/out`; the output folder must not appear when
/// the run fails.
fn generate(input: &Path) -> (Run, tempfile::TempDir) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("out");
    let run = codegen(&[
        OsStr::new("generate"),
        OsStr::new("--input"),
        input.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
    ]);
    if run.code != Some(0) {
        assert!(!out.exists(), "a failed run created the output folder {}\n{run:#?}", out.display());
    }
    (run, tmp)
}

/// Asserts a clean failure: exit 2, no panic, exactly one `error:` report, containing every
/// needle.
#[track_caller]
fn assert_fails(run: &Run, needles: &[&str]) {
    assert!(!run.stderr.contains("panicked"), "codegen panicked:\n{}", run.stderr);
    assert_eq!(run.code, Some(2), "expected exit 2\n{run:#?}");
    let reports = run.stderr.lines().filter(|l| l.starts_with("error:")).count();
    assert_eq!(reports, 1, "expected one `error:` report\n{}", run.stderr);
    for n in needles {
        assert!(run.stderr.contains(n), "stderr lacks {n:?}:\n{}", run.stderr);
    }
}

/// `generate --input FILE` fails cleanly, and the message starts with the file's name.
#[track_caller]
fn assert_input_refused(input: &Path, needles: &[&str]) -> Run {
    let (run, _tmp) = generate(input);
    assert_fails(&run, needles);
    // One problem: `error: FILE...`; several: `error: N problems in the spec:` and one
    // `FILE...` line each.
    let file = input.display().to_string();
    let named = run.stderr.starts_with(&format!("error: {file}"))
        || (run.stderr.contains(" problems in the spec:") && run.stderr.contains(&format!("\n  {file}")));
    assert!(named, "message does not name the file {file}:\n{}", run.stderr);
    run
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&p, bytes).expect("write fixture");
    p
}

/// Every file below `dir`, with its contents (sorted by path).
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).expect("read_dir") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                out.push((p.strip_prefix(root).expect("prefix").to_path_buf(), std::fs::read(&p).expect("read")));
            }
        }
    }
    let mut v = Vec::new();
    walk(dir, dir, &mut v);
    v.sort();
    v
}

fn dot_entries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Not a spec at all.

#[test]
fn truncated_json_gives_line_and_column() {
    let f = fixture("bad/truncated.json");
    // `{ "swagger": "2.0", ` is 20 bytes: the end of input is at line 1, column 20.
    assert_input_refused(&f, &[&format!("{}:1:20", f.display()), "invalid JSON", "EOF"]);
}

#[test]
fn truncated_json_has_no_meaningless_pointer() {
    let (run, _tmp) = generate(&fixture("bad/truncated.json"));
    assert_fails(&run, &["1:20"]);
    assert!(!run.stderr.contains("#/?"), "meaningless pointer in:\n{}", run.stderr);
}

#[test]
fn json_that_is_not_an_object_is_refused() {
    for f in ["bad/array.json", "bad/string.json"] {
        assert_input_refused(&fixture(f), &["not an object"]);
    }
}

/// A copy of `tests/fixtures/bom` with every byte order mark removed, and the original's path.
fn bom_fixtures_without_bom() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let original = fixture("bom");
    for (rel, bytes) in snapshot(&original) {
        assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "fixture {} lost its byte order mark", rel.display());
        write(tmp.path(), &rel.to_string_lossy(), &bytes[3..]);
    }
    (tmp, original)
}

/// Inputs, referenced files and x-ms-examples may start with a byte order mark: the crate is the
/// same as from the files without it.
#[test]
fn byte_order_mark_is_skipped_in_inputs_referenced_files_and_examples() {
    let (plain, original) = bom_fixtures_without_bom();
    let (with_bom, out1) = generate(&original.join("main.json"));
    assert_eq!(with_bom.code, Some(0), "{with_bom:#?}");
    let (without, out2) = generate(&plain.path().join("main.json"));
    assert_eq!(without.code, Some(0), "{without:#?}");
    let generated = snapshot(&out1.path().join("out"));
    assert_eq!(generated, snapshot(&out2.path().join("out")));
    // The example's request body (read from the BOM'd example file) made it into the docs.
    let models = std::fs::read_to_string(out1.path().join("out/src/models.rs")).unwrap();
    assert!(models.contains("Create a widget with a byte order mark"), "example missing from models.rs");
    assert!(models.contains("ultramarine"), "example body missing from models.rs");
}

/// Positions in files with a byte order mark are where an editor shows them: the same as in the
/// file without the mark, for inputs, lazily parsed referenced files and examples.
#[test]
fn byte_order_mark_keeps_lines_and_columns() {
    let (plain, original) = bom_fixtures_without_bom();
    for (input, position) in [
        ("truncated.json", "truncated.json:3:25"),
        ("broken-ref.json", "other.json:15:23"),
        ("broken-example.json", "broken.json:4:3"),
    ] {
        let (with_bom, _t1) = generate(&original.join(input));
        let (without, _t2) = generate(&plain.path().join(input));
        assert_fails(&with_bom, &[position]);
        assert_fails(&without, &[position]);
        let strip = |run: &Run, dir: &Path| run.stderr.replace(&dir.display().to_string(), "<dir>");
        assert_eq!(strip(&with_bom, &original), strip(&without, plain.path()), "{input}");
    }
    // A byte order mark on its own line 1: columns count from the first character after it.
    let tmp = tempfile::tempdir().unwrap();
    let f = write(tmp.path(), "cut.json", b"\xEF\xBB\xBF{ \"swagger\": \"2.0\", ");
    assert_input_refused(&f, &[&format!("{}:1:20", f.display()), "EOF"]);
}

#[test]
fn invalid_utf8_is_refused_with_position() {
    let tmp = tempfile::tempdir().unwrap();
    // Latin-1 `é` (0xE9) on line 3, after 24 bytes of that line.
    let f = write(tmp.path(), "latin1.json", b"{\n  \"swagger\": \"2.0\",\n  \"info\": {\"title\": \"caf\xe9\"}\n}\n");
    assert_input_refused(&f, &[&format!("{}:3:25", f.display()), "invalid UTF-8"]);
}

#[test]
fn unsupported_versions_are_refused() {
    assert_input_refused(&fixture("bad/swagger-1.2.json"), &["at #/swagger", "1.2", "2.0"]);
    assert_input_refused(&fixture("bad/openapi-3.1.json"), &["at #/openapi", "3.1.0", "3.0"]);
    assert_input_refused(&fixture("bad/no-version.json"), &["swagger", "openapi"]);
}

#[test]
fn empty_and_whitespace_only_files_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = write(tmp.path(), "empty.json", b"");
    let blank = write(tmp.path(), "blank.json", b"  \n\t \r\n");
    assert_input_refused(&empty, &["empty"]);
    assert_input_refused(&blank, &["empty"]);
}

#[test]
fn fifty_megabyte_file_is_refused_by_the_size_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.json");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        f.write_all(br#"{"swagger":"2.0","info":{"title":"huge","version":"1","description":""#).unwrap();
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..50 {
            f.write_all(&chunk).unwrap();
        }
        f.write_all(br#""},"paths":{},"definitions":{}}"#).unwrap();
    }
    let limit = codegen::spec::Limits::default().max_file_bytes;
    assert!(std::fs::metadata(&path).unwrap().len() > limit, "the test file must exceed the limit");
    let start = Instant::now();
    assert_input_refused(&path, &[&limit.to_string(), "limit"]);
    assert!(start.elapsed() < Duration::from_secs(10), "refusing a big file should not read it");
}

#[test]
fn missing_input_file_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let (run, _t) = generate(&tmp.path().join("nothere.json"));
    assert_fails(&run, &["nothere.json", "not found"]);
}

// ---------------------------------------------------------------------------------------------
// Valid JSON, invalid spec.

#[test]
fn duplicate_operation_ids_name_both_places() {
    assert_input_refused(
        &fixture("bad/duplicate-operation-id.json"),
        &["duplicate operationId `Widgets_List`", "#/paths/~1gadgets/get", "#/paths/~1widgets/get"],
    );
}

#[test]
fn duplicate_operation_ids_across_two_inputs_name_both_files() {
    let tmp = tempfile::tempdir().unwrap();
    let op = |path: &str| {
        format!(
            r#"{{"swagger":"2.0","info":{{"title":"t","version":"1"}},
               "paths":{{"{path}":{{"get":{{"operationId":"Same_Op","responses":{{"200":{{"description":"ok"}}}}}}}}}},
               "definitions":{{}}}}"#
        )
    };
    let x = write(tmp.path(), "specs/x.json", op("/a"));
    let y = write(tmp.path(), "specs/y.json", op("/b"));
    let out = tmp.path().join("out");
    let run = codegen(&[
        OsStr::new("generate"),
        OsStr::new("--input"),
        x.as_os_str(),
        y.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
    ]);
    assert_fails(&run, &["Same_Op", "x.json", "y.json", "#/paths/~1a/get", "#/paths/~1b/get"]);
    assert!(!out.exists());
}

#[test]
fn every_dangling_ref_is_listed_in_one_run() {
    let f = fixture("bad/dangling-refs.json");
    let run = assert_input_refused(
        &f,
        &[
            "3 problems",
            "at #/definitions/Foo/properties/bar",
            "#/definitions/Nope",
            "at #/definitions/Foo/properties/baz",
            "missing.json",
            "not found",
            "at #/definitions/Foo/properties/qux/items",
            "#/definitions/AlsoNope",
        ],
    );
    // One line per problem, each naming the file.
    let listed: Vec<&str> =
        run.stderr.lines().filter(|l| l.trim_start().starts_with(&*f.display().to_string())).collect();
    assert_eq!(listed.len(), 3, "{}", run.stderr);
}

#[test]
fn dangling_parameter_and_response_refs_are_listed() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "ops.json",
        r##"{"swagger":"2.0","info":{"title":"t","version":"1"},
            "paths":{"/a":{"get":{"operationId":"A_Get",
              "parameters":[{"$ref":"#/parameters/Nope"}],
              "responses":{"200":{"$ref":"#/responses/Nada"},"default":{"$ref":"./gone.json#/responses/E"}}}}},
            "definitions":{}}"##,
    );
    assert_input_refused(
        &f,
        &[
            "3 problems",
            "at #/paths/~1a/get/parameters/0",
            "#/parameters/Nope",
            "at #/paths/~1a/get/responses/200",
            "#/responses/Nada",
            "at #/paths/~1a/get/responses/default",
            "gone.json",
        ],
    );
}

#[test]
fn plain_alias_ref_cycle_is_an_error_not_a_hang() {
    assert_input_refused(&fixture("bad/alias-cycle.json"), &["cycle", "#/definitions/A", "#/definitions/B"]);
}

#[test]
fn self_and_three_way_alias_cycles_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let f = write(
        tmp.path(),
        "cycles.json",
        r##"{"swagger":"2.0","info":{"title":"t","version":"1"},"paths":{},
            "definitions":{
              "Me":{"$ref":"#/definitions/Me"},
              "P":{"$ref":"#/definitions/Q"},"Q":{"$ref":"#/definitions/R"},"R":{"$ref":"#/definitions/P"},
              "User":{"type":"object","properties":{"me":{"$ref":"#/definitions/Me"},"p":{"$ref":"#/definitions/P"}}}}}"##,
    );
    assert_input_refused(&f, &["cycle", "#/definitions/Me", "#/definitions/P", "#/definitions/Q", "#/definitions/R"]);
}

/// `pub type A = Vec<A>;` does not compile either: an alias that contains itself through an
/// array or a map is refused, in the input and in a referenced file (where the resolver follows
/// unnamed `$ref` targets and must stop where the cycle closes).
#[test]
fn aliases_containing_themselves_through_collections_are_errors() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "other.json",
        r##"{"swagger":"2.0","info":{"title":"o","version":"1"},"paths":{},
            "definitions":{"X":{"$ref":"#/definitions/Y"},"Y":{"type":"array","items":{"$ref":"#/definitions/X"}}}}"##,
    );
    let f = write(
        tmp.path(),
        "lists.json",
        r##"{"swagger":"2.0","info":{"title":"t","version":"1"},"paths":{},
            "definitions":{
              "List":{"type":"array","items":{"$ref":"#/definitions/List"}},
              "Dict":{"type":"object","additionalProperties":{"$ref":"#/definitions/Dict"}},
              "Tree":{"type":"object","properties":{"children":{"$ref":"#/definitions/Forest"}}},
              "Forest":{"type":"array","items":{"$ref":"#/definitions/Tree"}},
              "User":{"type":"object","properties":{"x":{"$ref":"other.json#/definitions/X"}}}}}"##,
    );
    let run = assert_input_refused(
        &f,
        &["cycle", "#/definitions/List", "#/definitions/Dict", "other.json", "#/definitions/X"],
    );
    // Through a struct a cycle is fine: `Forest = Vec<Tree>` and `Tree { children: Forest }`.
    assert!(!run.stderr.contains("#/definitions/Forest:"), "{}", run.stderr);
}

#[test]
fn a_type_in_xml_and_json_bodies_is_refused() {
    assert_input_refused(
        &fixture("bad/xml-and-json.json"),
        &["at #/definitions/Item", "`Item`", "XML body (`Items_PutXml`)", "JSON body (`Items_GetJson`)"],
    );
}

#[test]
fn pageable_xml_operations_are_refused() {
    assert_input_refused(
        &fixture("bad/xml-pageable.json"),
        &["at #/paths/~1items/get", "`Items_List`: a pageable operation with XML responses is not supported"],
    );
}

#[test]
fn remote_ref_is_refused() {
    assert_input_refused(
        &fixture("bad/remote-ref.json"),
        &["at #/definitions/Foo/properties/bar", "http://example.com/x.json#/definitions/A", "remote"],
    );
}

#[test]
fn ref_leaving_the_root_is_refused() {
    assert_input_refused(
        &fixture("bad/escape-ref.json"),
        &["at #/definitions/Foo/properties/bar", "../../../../etc/passwd#/x", "leaves the spec root"],
    );
}

/// The targets exist and are valid specs: if any were read, its ref would resolve and the run
/// would report fewer problems.
#[test]
fn nothing_outside_the_root_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let outside = r#"{"swagger":"2.0","info":{"title":"o","version":"1"},"paths":{},
        "definitions":{"A":{"type":"object","properties":{"x":{"type":"string"}}}}}"#;
    write(tmp.path(), "outside.json", outside);
    let mut refs = vec![
        ("up", "../outside.json#/definitions/A"),
        ("deep", "./sub/../../outside.json#/definitions/A"),
        ("absolute", "/etc/passwd#/x"),
        ("backslash", "sub\\..\\..\\outside.json#/definitions/A"),
        ("fileUrl", "file:///etc/passwd#/x"),
        ("protocolRelative", "//example.com/x.json#/definitions/A"),
    ];
    #[cfg(unix)]
    {
        std::fs::create_dir_all(tmp.path().join("root")).unwrap();
        std::os::unix::fs::symlink("../outside.json", tmp.path().join("root/link.json")).unwrap();
        refs.push(("symlink", "./link.json#/definitions/A"));
    }
    let props: Vec<String> =
        refs.iter().map(|(k, r)| format!(r#""{k}":{{"$ref":{}}}"#, serde_json_string(r))).collect();
    let spec = format!(
        r#"{{"swagger":"2.0","info":{{"title":"t","version":"1"}},"paths":{{}},
            "definitions":{{"Foo":{{"type":"object","properties":{{{}}}}}}}}}"#,
        props.join(",")
    );
    let f = write(tmp.path(), "root/a.json", spec);
    let mut needles: Vec<String> = vec![format!("{} problems", refs.len())];
    needles.extend(refs.iter().map(|(k, _)| format!("at #/definitions/Foo/properties/{k}:")));
    let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
    let run = assert_input_refused(&f, &needles);
    assert!(!run.stderr.contains("root:x:0:0"), "contents of /etc/passwd leaked into the message");
}

fn serde_json_string(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

#[test]
fn input_outside_the_specs_dir_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("root");
    std::fs::create_dir_all(&root).unwrap();
    let f = write(tmp.path(), "elsewhere.json", std::fs::read(fixture("good/minimal.json")).unwrap());
    let out = tmp.path().join("out");
    let run = codegen(&[
        OsStr::new("generate"),
        OsStr::new("--specs-dir"),
        root.as_os_str(),
        OsStr::new("--input"),
        f.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
    ]);
    assert_fails(&run, &["elsewhere.json", "not inside the spec root"]);
    assert!(!out.exists());
}

#[test]
fn ten_thousand_deep_schema_is_a_clean_error() {
    let tmp = tempfile::tempdir().unwrap();
    let depth = 10_000;
    let head = r#"{"swagger":"2.0","info":{"title":"deep","version":"1"},"paths":{},"definitions":{"Deep":"#;
    let cases = [
        ("properties.json", r#"{"type":"object","properties":{"a":"#, "}}"),
        ("items.json", r#"{"type":"array","items":"#, "}"),
    ];
    for (name, open, close) in cases {
        let mut s = String::from(head);
        s.push_str(&open.repeat(depth));
        s.push_str(r#"{"type":"string"}"#);
        s.push_str(&close.repeat(depth));
        s.push_str("}}");
        let f = write(tmp.path(), name, s);
        assert_input_refused(&f, &["recursion limit"]);
    }
    // Deep arrays inside an unknown extension (kept verbatim as JSON values).
    let s = format!(r#"{head}{{"x-thing":{}{}}}}}}}"#, "[".repeat(depth), "]".repeat(depth));
    let f = write(tmp.path(), "extension.json", s);
    assert_input_refused(&f, &["recursion limit"]);
}

/// 10,000 definitions, each inheriting (`allOf`) from the next: shallow JSON, deep `$ref` chain.
#[test]
fn ten_thousand_long_allof_chain_does_not_overflow_the_stack() {
    let tmp = tempfile::tempdir().unwrap();
    let n = 10_000;
    let defs: Vec<String> = (0..n)
        .map(|i| {
            let parent = if i + 1 < n {
                format!(r##","allOf":[{{"$ref":"#/definitions/D{}"}}]"##, i + 1)
            } else {
                String::new()
            };
            format!(r#""D{i}":{{"type":"object","properties":{{"p{i}":{{"type":"string"}}}}{parent}}}"#)
        })
        .collect();
    let spec = format!(
        r#"{{"swagger":"2.0","info":{{"title":"chain","version":"1"}},"paths":{{}},"definitions":{{{}}}}}"#,
        defs.join(",")
    );
    let f = write(tmp.path(), "chain.json", spec);
    let (run, _t) = generate(&f);
    assert!(!run.stderr.contains("overflow") && !run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(matches!(run.code, Some(0) | Some(2)), "crashed: {run:#?}");
    if run.code == Some(2) {
        assert_fails(&run, &[&f.display().to_string()]);
    }
}

#[test]
fn unknown_schema_type_is_refused() {
    assert_input_refused(
        &fixture("bad/unknown-type.json"),
        &["at #/definitions/Foo/properties/bar", "unknown schema type `widget`"],
    );
}

#[test]
fn form_data_parameter_generates_a_form_body() {
    let (run, tmp) = generate(&fixture("good/form-data.json"));
    assert_eq!(run.code, Some(0), "{run:#?}");
    let clients = std::fs::read_to_string(tmp.path().join("out/src/clients.rs")).expect("clients.rs");
    assert!(clients.contains("runtime::form::"), "no form body:\n{clients}");
}

#[test]
fn inline_enum_parameter_generates() {
    let (run, tmp) = generate(&fixture("good/inline-enum-parameter.json"));
    assert_eq!(run.code, Some(0), "{run:#?}");
    assert!(tmp.path().join("out/src/lib.rs").is_file());
}

/// The real-world case: virtualWan.json refers to files the mirror does not hold.
#[test]
fn virtual_wan_lists_every_missing_file_in_one_run() {
    let f = common::mirror().join(NETWORK).join("virtualWan.json");
    let run = assert_input_refused(&f, &["file not found"]);
    let missing: std::collections::BTreeSet<&str> = run
        .stderr
        .lines()
        .filter(|l| l.ends_with(": file not found"))
        .filter_map(|l| l.trim_end_matches(": file not found").rsplit('/').next())
        .collect();
    assert!(missing.len() > 1, "expected several missing files, got {missing:?}\n{}", run.stderr);
    for name in ["publicIpAddress.json", "virtualNetwork.json", "virtualNetworkGateway.json", "networkWatcher.json"] {
        assert!(missing.contains(name), "{name} not listed: {missing:?}");
    }
    assert!(!missing.contains("network.json"), "network.json exists and must not be listed");
}

// ---------------------------------------------------------------------------------------------
// Usage.

#[test]
fn unknown_subcommand_is_a_usage_error() {
    let run = codegen(&["frobnicate"]);
    assert!(!run.stderr.contains("panicked"));
    assert_eq!(run.code, Some(2), "{run:#?}");
    assert!(run.stderr.contains("frobnicate"), "{}", run.stderr);
}

#[test]
fn input_without_out_is_a_usage_error() {
    let run = codegen(&[OsStr::new("generate"), OsStr::new("--input"), fixture("good/minimal.json").as_os_str()]);
    assert!(!run.stderr.contains("panicked"));
    assert_eq!(run.code, Some(2), "{run:#?}");
    assert!(run.stderr.contains("--out"), "{}", run.stderr);
}

// ---------------------------------------------------------------------------------------------
// Writing: all or nothing.

#[test]
fn bad_input_leaves_previous_output_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("crate");
    let gen = |input: &Path| {
        codegen(&[
            OsStr::new("generate"),
            OsStr::new("--input"),
            input.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str(),
        ])
    };
    let ok = gen(&fixture("good/minimal.json"));
    assert_eq!(ok.code, Some(0), "{ok:#?}");
    assert!(out.join("Cargo.toml").is_file());
    let rs: Vec<_> = std::fs::read_dir(out.join("src"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    assert!(rs.iter().any(|p| p.ends_with("lib.rs")), "{rs:?}");
    let before = snapshot(&out);

    for bad in ["bad/dangling-refs.json", "bad/truncated.json", "bad/alias-cycle.json"] {
        let run = gen(&fixture(bad));
        assert_fails(&run, &[bad]);
        assert!(snapshot(&out) == before, "{bad}: the output folder changed");
        assert_eq!(dot_entries(tmp.path()), Vec::<String>::new(), "{bad}: leftovers beside the output");
    }
    // Regenerating the same input is a no-op on the contents, and leaves nothing beside.
    let again = gen(&fixture("good/minimal.json"));
    assert_eq!(again.code, Some(0), "{again:#?}");
    assert!(snapshot(&out) == before);
    assert_eq!(dot_entries(tmp.path()), Vec::<String>::new());
}

#[test]
fn out_naming_an_existing_file_is_refused_and_the_file_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let file = write(tmp.path(), "notes.txt", "precious");
    let run = codegen(&[
        OsStr::new("generate"),
        OsStr::new("--input"),
        fixture("good/minimal.json").as_os_str(),
        OsStr::new("--out"),
        file.as_os_str(),
    ]);
    assert_fails(&run, &["notes.txt"]);
    assert_eq!(std::fs::read_to_string(&file).ok().as_deref(), Some("precious"));
    assert_eq!(dot_entries(tmp.path()), Vec::<String>::new());
}

#[test]
fn out_current_directory_leaves_no_temp_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let run = codegen_in(
        tmp.path(),
        &[
            OsStr::new("generate"),
            OsStr::new("--input"),
            fixture("good/minimal.json").as_os_str(),
            OsStr::new("--out"),
            OsStr::new("."),
        ],
        &[],
    );
    assert!(!run.stderr.contains("panicked"));
    assert!(matches!(run.code, Some(0) | Some(2)), "{run:#?}");
    assert_eq!(dot_entries(tmp.path()), Vec::<String>::new(), "{run:#?}");
}

// ---------------------------------------------------------------------------------------------
// check.

#[test]
fn check_reports_stale_output_with_a_diff() {
    let mirror = &common::mirror();
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/express-route.toml");
    let text = std::fs::read_to_string(&real).unwrap();
    let text: String = text
        .lines()
        .map(|l| if l.starts_with("out =") { "out = \"gen\"".to_owned() } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("out = \"gen\""));
    let tmp = tempfile::tempdir().unwrap();
    let manifest = write(tmp.path(), "express-route.toml", text);
    let gen = tmp.path().join("gen");
    let args = |cmd: &str| -> Vec<PathBuf> { vec![cmd.into(), "--manifest".into(), manifest.clone()] };
    let with_flag = |cmd: &str| {
        let mut a = args(cmd);
        a.push("--specs-dir".into());
        a.push(mirror.into());
        a
    };

    let run = codegen_in(tmp.path(), &with_flag("generate"), &[]);
    assert_eq!(run.code, Some(0), "{run:#?}");
    assert!(gen.join("Cargo.toml").is_file() && gen.join("src/lib.rs").is_file());

    let run = codegen_in(tmp.path(), &with_flag("check"), &[]);
    assert_eq!(run.code, Some(0), "{run:#?}");
    assert!(run.stdout.trim().is_empty(), "{run:#?}");
    // The environment variable works as well as the flag.
    let run = codegen_in(tmp.path(), &args("check"), &[("AZURE_REST_API_SPECS", mirror.as_os_str())]);
    assert_eq!(run.code, Some(0), "{run:#?}");

    let models = gen.join("src/models.rs");
    let mut text = std::fs::read_to_string(&models).unwrap();
    text.push_str("// edited by hand\n");
    std::fs::write(&models, &text).unwrap();
    let run = codegen_in(tmp.path(), &with_flag("check"), &[]);
    assert!(!run.stderr.contains("panicked"));
    assert_eq!(run.code, Some(1), "{run:#?}");
    assert!(run.stdout.contains("-// edited by hand"), "no diff on stdout:\n{}", run.stdout);
    assert!(run.stdout.contains("models.rs"), "{}", run.stdout);
    assert!(run.stderr.contains("stale"), "{}", run.stderr);
    // check never writes.
    assert_eq!(std::fs::read_to_string(&models).unwrap(), text);
}

/// `--nullable-items` types every array item `Option<T>`; without it only `x-nullable` ones are.
#[test]
fn nullable_items_flag_makes_items_options() {
    let input = fixture("bodies/items.json");
    let tmp = tempfile::tempdir().expect("tempdir");
    let (with, without) = (tmp.path().join("with"), tmp.path().join("without"));
    let run = codegen(&[
        OsStr::new("generate"),
        OsStr::new("--nullable-items"),
        OsStr::new("--input"),
        input.as_os_str(),
        OsStr::new("--out"),
        with.as_os_str(),
    ]);
    assert_eq!(run.code, Some(0), "{run:#?}");
    let run = codegen(&[
        OsStr::new("generate"),
        OsStr::new("--input"),
        input.as_os_str(),
        OsStr::new("--out"),
        without.as_os_str(),
    ]);
    assert_eq!(run.code, Some(0), "{run:#?}");
    let models = |dir: &Path| std::fs::read_to_string(dir.join("src/models.rs")).expect("models.rs");
    assert!(
        models(&with).contains("pub flags: ::std::option::Option<::std::vec::Vec<::std::option::Option<bool>>>"),
        "{}",
        models(&with)
    );
    assert!(
        models(&without).contains("pub flags: ::std::option::Option<::std::vec::Vec<bool>>"),
        "{}",
        models(&without)
    );
    // A manifest's crate takes the setting from its `[settings]`, not the flag.
    let run = codegen(&["generate", "--nullable-items"]);
    assert_fails(&run, &["--nullable-items applies to --input and --readme", "nullable-items = true"]);
}
