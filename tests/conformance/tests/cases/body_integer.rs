//! body-integer.json: `/int/*` (legacy routes).

use super::run;
use conformance_tests::{assert_no_body, assert_status};

macro_rules! int {
    () => {
        client!(body_integer, BodyIntegerClient, BodyIntegerClientOptions)
    };
}

/// getIntegerNull, getNullUnixTime: 200 without a body.
#[test]
fn get_null() {
    let c = int!();
    run(async {
        assert_no_body(&c.int().get_null(None).await.unwrap(), 200);
        assert_no_body(&c.int().get_null_unix_time(None).await.unwrap(), 200);
    });
}

/// getIntegerInvalid, getInvalidUnixTime: `123jkl` does not decode.
#[test]
fn get_invalid() {
    let c = int!();
    run(async {
        assert!(c.int().get_invalid(None).await.unwrap().into_model().is_err());
        assert!(c.int().get_invalid_unix_time(None).await.unwrap().into_model().is_err());
    });
}

/// getIntegerOverflow, getIntegerUnderflow, getLongOverflow, getLongUnderflow: out of range.
#[test]
fn get_overflow_underflow() {
    let c = int!();
    run(async {
        assert!(c.int().get_overflow_int32(None).await.unwrap().into_model().is_err());
        assert!(c.int().get_underflow_int32(None).await.unwrap().into_model().is_err());
        assert!(c.int().get_overflow_int64(None).await.unwrap().into_model().is_err());
        assert!(c.int().get_underflow_int64(None).await.unwrap().into_model().is_err());
    });
}

/// putIntegerMax, putIntegerMin, putLongMax, putLongMin.
#[test]
fn put_max_min() {
    let c = int!();
    run(async {
        assert_status(c.int().put_max32(i32::MAX, None).await, 200);
        assert_status(c.int().put_min32(i32::MIN, None).await, 200);
        assert_status(c.int().put_max64(i64::MAX, None).await, 200);
        assert_status(c.int().put_min64(i64::MIN, None).await, 200);
    });
}

/// getUnixTime, putUnixTime: 1460505600 (2016-04-13T00:00:00Z) as seconds.
#[test]
fn unix_time() {
    let c = int!();
    run(async {
        assert_eq!(c.int().get_unix_time(None).await.unwrap().into_model().unwrap(), 1460505600);
        assert_status(c.int().put_unix_time_date(1460505600, None).await, 200);
    });
}
