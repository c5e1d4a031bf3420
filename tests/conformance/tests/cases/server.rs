//! The suite itself: the server answers, and the report of what build.rs left out.

#[test]
fn the_test_server_answers() {
    let Some(url) = conformance_tests::server() else { return };
    let (status, body) = conformance_tests::get(&url, "/report/vanilla").expect("GET /report/vanilla");
    assert_eq!(status, 200, "GET /report/vanilla: {body}");
    assert!(body.trim_start().starts_with('{'), "a JSON object of scenario counts: {body}");
}

/// Prints the Swagger files build.rs could not generate (run with `--nocapture` to see it).
#[test]
fn report_generated_and_skipped_files() {
    println!("conformance: {} Swagger files generated", conformance_tests::MODULES.len());
    for (file, why) in conformance_tests::SKIPPED {
        println!("conformance: skipped {file}: {}", why.replace('\n', " | "));
    }
    for (file, what) in conformance_tests::WORKAROUNDS {
        println!("conformance: workaround for {file}: {what}");
    }
}
