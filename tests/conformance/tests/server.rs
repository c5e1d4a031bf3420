//! Skeleton: the server `./run` started answers. The scenario tests (one per Swagger file of the
//! test server, see README.md and SCENARIOS.md) come once the generated client API settles.

#[test]
fn the_test_server_answers() {
    let Some(url) = conformance_tests::server_url() else {
        assert!(
            std::env::var_os("CONFORMANCE_REQUIRED").is_none(),
            "CONFORMANCE_REQUIRED is set but AUTOREST_TESTSERVER_URL is not"
        );
        eprintln!("AUTOREST_TESTSERVER_URL is not set: run tests/conformance/run (it starts the server)");
        return;
    };
    let (status, body) = conformance_tests::get(&url, "/report/vanilla").expect("GET /report/vanilla");
    assert_eq!(status, 200, "GET /report/vanilla: {body}");
    assert!(body.trim_start().starts_with('{'), "a JSON object of scenario counts: {body}");
}
