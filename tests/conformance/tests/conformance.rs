//! The conformance tests: one test binary, one module per Swagger file (or group of files) of
//! the AutoRest test server, in `tests/cases/`. Each test drives one or more scenarios (named in
//! the test's doc or name) with the client `build.rs` generated and asserts the server's answer.
//! Tests blocked by a generator gap are `#[ignore = "GAP: ..."]`, the gap described in GAPS.md
//! (`cargo test -- --ignored` runs them).

/// The generated client of module `$m` for the test server (the test returns, passing, when no
/// server is configured outside `run`): `client!(body_boolean, BodyBooleanClient,
/// BodyBooleanClientOptions)`, more option fields after that.
macro_rules! client {
    ($m:ident, $c:ident, $o:ident $(, $field:ident : $value:expr)* $(,)?) => {{
        let Some(url) = conformance_tests::server() else { return };
        client!(@url url, $m, $c, $o $(, $field: $value)*)
    }};
    (@url $url:expr, $m:ident, $c:ident, $o:ident $(, $field:ident : $value:expr)* $(,)?) => {{
        #[allow(clippy::needless_update)]
        let options = conformance_tests::$m::$o {
            client_options: conformance_tests::client_options(),
            $($field: $value,)*
            ..Default::default()
        };
        conformance_tests::$m::$c::with_no_credential(&$url, Some(options)).expect("a client for the test server")
    }};
}

use conformance_tests::block_on as run;

#[path = "cases/server.rs"]
mod server;
#[path = "cases/body_boolean.rs"]
mod body_boolean;
#[path = "cases/body_integer.rs"]
mod body_integer;
#[path = "cases/body_number.rs"]
mod body_number;
#[path = "cases/body_string.rs"]
mod body_string;
#[path = "cases/body_array.rs"]
mod body_array;
#[path = "cases/body_dictionary.rs"]
mod body_dictionary;
#[path = "cases/body_dates.rs"]
mod body_dates;
#[path = "cases/url.rs"]
mod url;
#[path = "cases/http_infrastructure.rs"]
mod http_infrastructure;
#[path = "cases/header.rs"]
mod header;
#[path = "cases/lro.rs"]
mod lro;
#[path = "cases/paging.rs"]
mod paging;
#[path = "cases/azure_special.rs"]
mod azure_special;
#[path = "cases/body_complex.rs"]
mod body_complex;
#[path = "cases/small_files.rs"]
mod small_files;
#[path = "cases/misc_bodies.rs"]
mod misc_bodies;
#[path = "cases/small_vanilla.rs"]
mod small_vanilla;
#[path = "cases/azure_misc.rs"]
mod azure_misc;
#[path = "cases/xml_service.rs"]
mod xml_service;
#[path = "cases/form_data.rs"]
mod form_data;
