//! body-number.json (and body-number.quirks.json): `/number/*` (legacy routes).

use super::run;
use conformance_tests::{assert_no_body, assert_status};

macro_rules! number {
    () => {
        client!(body_number, BodyNumberClient, BodyNumberClientOptions)
    };
}

/// getNumberNull: 200 without a body.
#[test]
fn get_null() {
    let c = number!();
    run(async { assert_no_body(&c.number().get_null(None).await.unwrap(), 200) });
}

/// getFloatInvalid, getDoubleInvalid, getDecimalInvalid: not numbers.
#[test]
fn get_invalid() {
    let c = number!();
    run(async {
        assert!(c.number().get_invalid_float(None).await.unwrap().into_model().is_err());
        assert!(c.number().get_invalid_double(None).await.unwrap().into_model().is_err());
        assert!(c.number().get_invalid_decimal(None).await.unwrap().into_model().is_err());
    });
}

/// getFloatBigScientificNotation, putFloatBigScientificNotation, getFloatSmallScientificNotation,
/// putFloatSmallScientificNotation.
#[test]
fn float_big_small() {
    let c = number!();
    run(async {
        assert_eq!(c.number().get_big_float(None).await.unwrap().into_model().unwrap(), 3.402823e20_f32);
        assert_status(c.number().put_big_float(3.402823e20_f32, None).await, 200);
        assert_eq!(c.number().get_small_float(None).await.unwrap().into_model().unwrap(), 3.402823e-20);
        assert_status(c.number().put_small_float(3.402823e-20_f32, None).await, 200);
    });
}

/// getDoubleBigScientificNotation, putDoubleBigScientificNotation, getDoubleBigPositiveDecimal,
/// putDoubleBigPositiveDecimal, getDoubleBigNegativeDecimal, putDoubleBigNegativeDecimal,
/// putDoubleSmallScientificNotation.
#[test]
fn double_big_small() {
    let c = number!();
    run(async {
        let n = c.number();
        assert_eq!(n.get_big_double(None).await.unwrap().into_model().unwrap(), 2.5976931e101);
        assert_status(n.put_big_double(2.5976931e101, None).await, 200);
        assert_eq!(n.get_big_double_positive_decimal(None).await.unwrap().into_model().unwrap(), 99999999.99);
        assert_status(n.put_big_double_positive_decimal(99999999.99, None).await, 200);
        assert_eq!(n.get_big_double_negative_decimal(None).await.unwrap().into_model().unwrap(), -99999999.99);
        assert_status(n.put_big_double_negative_decimal(-99999999.99, None).await, 200);
        assert_status(n.put_small_double(2.5976931e-101, None).await, 200);
    });
}

/// getDecimalBig, putDecimalBig, getDecimalBigPositiveDecimal, putDecimalBigPositiveDecimal,
/// getDecimalBigNegativeDecimal, putDecimalBigNegativeDecimal, putDecimalSmall (optional): `format: decimal` as f64.
#[test]
fn decimal_big_small() {
    let c = number!();
    run(async {
        let n = c.number();
        assert_eq!(n.get_big_decimal(None).await.unwrap().into_model().unwrap(), 2.5976931e101);
        assert_status(n.put_big_decimal(2.5976931e101, None).await, 200);
        assert_eq!(n.get_big_decimal_positive_decimal(None).await.unwrap().into_model().unwrap(), 99999999.99);
        assert_status(n.put_big_decimal_positive_decimal(99999999.99, None).await, 200);
        assert_eq!(n.get_big_decimal_negative_decimal(None).await.unwrap().into_model().unwrap(), -99999999.99);
        assert_status(n.put_big_decimal_negative_decimal(-99999999.99, None).await, 200);
        assert_status(n.put_small_decimal(2.5976931e-101, None).await, 200);
    });
}

/// The quirks file's client (same routes).
#[test]
fn quirks() {
    let c = client!(body_number_quirks, BodyNumberQuirksClient, BodyNumberQuirksClientOptions);
    run(async {
        let n = c.number();
        assert_eq!(n.get_big_double(None).await.unwrap().into_model().unwrap(), 2.5976931e101);
        assert_status(n.put_big_double(2.5976931e101, None).await, 200);
        assert!(n.get_invalid_double(None).await.unwrap().into_model().is_err());
    });
}

/// getDoubleSmallScientificNotation, getDecimalSmall: `2.5976931e-101` decodes exactly (serde_json
/// `float_roundtrip`, as in generated crates).
#[test]
fn get_small_double_exact() {
    let c = number!();
    run(async {
        assert_eq!(c.number().get_small_double(None).await.unwrap().into_model().unwrap(), 2.5976931e-101);
        assert_eq!(c.number().get_small_decimal(None).await.unwrap().into_model().unwrap(), 2.5976931e-101);
    });
}
