//! Compile-fail tests: what the generated builders and models must not allow. Each case in
//! `cases/` must fail to compile with the error pinned in its `.stderr` file
//! (rewrite them with `TRYBUILD=overwrite cargo test -p compile-fail-tests`).

#[test]
fn read_only_properties_have_no_setter_and_required_ones_cannot_be_left_out() {
    let t = trybuild::TestCases::new();
    t.compile_fail("cases/*.rs");
}
