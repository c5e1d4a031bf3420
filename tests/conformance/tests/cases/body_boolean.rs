//! body-boolean.json (and body-boolean.quirks.json): `/bool/*`.

use super::run;
use conformance_tests::{assert_no_body, assert_status};

#[test]
fn get_bool_true_false() {
    let c = client!(body_boolean, BodyBooleanClient, BodyBooleanClientOptions);
    run(async {
        assert!(c.bool().get_true(None).await.unwrap().into_model().unwrap()); // getBoolTrue
        assert!(!c.bool().get_false(None).await.unwrap().into_model().unwrap()); // getBoolFalse
    });
}

#[test]
fn put_bool_true_false() {
    let c = client!(body_boolean, BodyBooleanClient, BodyBooleanClientOptions);
    run(async {
        assert_status(c.bool().put_true(true, None).await, 200); // putBoolTrue
        assert_status(c.bool().put_false(false, None).await, 200); // putBoolFalse
    });
}

/// getBoolNull: 200 without a body. (The client's `Response<bool>` cannot say "null": GAPS.md,
/// "null response bodies".)
#[test]
fn get_bool_null() {
    let c = client!(body_boolean, BodyBooleanClient, BodyBooleanClientOptions);
    run(async {
        let r = c.bool().get_null(None).await.unwrap();
        assert_no_body(&r, 200);
    });
}

/// getBoolInvalid: `true1` does not decode.
#[test]
fn get_bool_invalid() {
    let c = client!(body_boolean, BodyBooleanClient, BodyBooleanClientOptions);
    run(async {
        assert!(c.bool().get_invalid(None).await.unwrap().into_model().is_err());
    });
}

/// The same scenarios through the quirks file's client.
#[test]
fn quirks_get_put() {
    let c = client!(body_boolean_quirks, BodyBooleanQuirksClient, BodyBooleanQuirksClientOptions);
    run(async {
        assert!(c.bool().get_true(None).await.unwrap().into_model().unwrap());
        assert!(!c.bool().get_false(None).await.unwrap().into_model().unwrap());
        assert_status(c.bool().put_true(true, None).await, 200);
        assert_status(c.bool().put_false(false, None).await, 200);
        assert!(c.bool().get_invalid(None).await.unwrap().into_model().is_err());
    });
}
