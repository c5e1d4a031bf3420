//! Compile-fail tests: what the generated builders must not allow. Each case in
//! `cases/` must fail to compile with the error pinned in its `.stderr` file
//! (rewrite them with `TRYBUILD=overwrite cargo test -p compile-fail-tests`).

#[test]
fn builders_refuse_read_only_properties_and_missing_required_ones() {
    let t = trybuild::TestCases::new();
    t.compile_fail("cases/*.rs");
}
