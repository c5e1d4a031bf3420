//! Compile-fail tests: what the generated builders and models must not allow. Each case in
//! `cases/` must fail to compile with the error pinned in its `.stderr` file
//! (rewrite them with `TRYBUILD=overwrite cargo test -p compile-fail-tests`).

#[test]
fn read_only_setters_missing_required_arguments_and_model_literals_do_not_compile() {
    let t = trybuild::TestCases::new();
    t.compile_fail("cases/*.rs");
}
