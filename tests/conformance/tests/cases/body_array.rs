//! body-array.json: `/array/*`.

use super::run;
use azure_core::time::parse_rfc3339;
use conformance_tests::body_array::models as m;
use conformance_tests::{assert_no_body, assert_status};
use std::collections::BTreeMap;

macro_rules! array {
    () => {
        client!(body_array, BodyArrayClient, BodyArrayClientOptions)
    };
}

// body-array is generated with `nullable_items` (its server sends `null` items): every item is
// an `Option`.
fn some<T>(v: Vec<T>) -> Vec<Option<T>> {
    v.into_iter().map(Some).collect()
}

fn strings(v: &[&str]) -> Vec<Option<String>> {
    v.iter().map(|s| Some((*s).to_owned())).collect()
}

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, Option<String>> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), Some((*v).to_owned()))).collect()
}

fn product(i: i64, s: &str) -> m::Product {
    m::Product::builder().integer(i).string(s).build()
}

/// getArrayNull (200, no body), getArrayInvalid (`[1, 2, 3`), getArrayEmpty, putArrayEmpty.
#[test]
fn null_invalid_empty() {
    let c = array!();
    run(async {
        let a = c.array();
        assert_no_body(&a.get_null(None).await.unwrap(), 200);
        assert!(a.get_invalid(None).await.unwrap().into_model().is_err());
        assert_eq!(a.get_empty(None).await.unwrap().into_model().unwrap(), Vec::<Option<i64>>::new());
        assert_status(a.put_empty(Vec::<Option<String>>::new(), None).await, 200);
    });
}

/// getArrayBooleanValid, putArrayBooleanValid, getArrayBooleanWithString.
#[test]
fn boolean() {
    let c = array!();
    run(async {
        let a = c.array();
        assert_eq!(a.get_boolean_tfft(None).await.unwrap().into_model().unwrap(), some(vec![true, false, false, true]));
        assert_status(a.put_boolean_tfft(some(vec![true, false, false, true]), None).await, 200);
        assert!(a.get_boolean_invalid_string(None).await.unwrap().into_model().is_err());
    });
}

/// getArrayIntegerValid, putArrayIntegerValid, getArrayIntegerWithString, getArrayLongValid,
/// putArrayLongValid, getArrayLongWithString.
#[test]
fn integer_long() {
    let c = array!();
    run(async {
        let a = c.array();
        assert_eq!(a.get_integer_valid(None).await.unwrap().into_model().unwrap(), some(vec![1, -1, 3, 300]));
        assert_status(a.put_integer_valid(some(vec![1, -1, 3, 300]), None).await, 200);
        assert!(a.get_int_invalid_string(None).await.unwrap().into_model().is_err());
        assert_eq!(a.get_long_valid(None).await.unwrap().into_model().unwrap(), some(vec![1, -1, 3, 300]));
        assert_status(a.put_long_valid(some(vec![1, -1, 3, 300]), None).await, 200);
        assert!(a.get_long_invalid_string(None).await.unwrap().into_model().is_err());
    });
}

/// getArrayFloatValid, putArrayFloatValid, getArrayFloatWithString, getArrayDoubleValid,
/// putArrayDoubleValid, getArrayDoubleWithString.
#[test]
fn float_double() {
    let c = array!();
    run(async {
        let a = c.array();
        assert_eq!(a.get_float_valid(None).await.unwrap().into_model().unwrap(), some(vec![0.0, -0.01, -1.2e20]));
        assert_status(a.put_float_valid(some(vec![0.0, -0.01, -1.2e20]), None).await, 200);
        assert!(a.get_float_invalid_string(None).await.unwrap().into_model().is_err());
        assert_eq!(a.get_double_valid(None).await.unwrap().into_model().unwrap(), some(vec![0.0, -0.01, -1.2e20]));
        assert_status(a.put_double_valid(some(vec![0.0, -0.01, -1.2e20]), None).await, 200);
        assert!(a.get_double_invalid_string(None).await.unwrap().into_model().is_err());
    });
}

/// getArrayStringValid, putArrayStringValid, getArrayStringWithNumber, getArrayEnumValid,
/// putArrayEnumValid, getArrayStringEnumValid, putArrayStringEnumValid.
#[test]
fn string_enum() {
    let c = array!();
    run(async {
        let a = c.array();
        let foo = strings(&["foo1", "foo2", "foo3"]);
        assert_eq!(a.get_string_valid(None).await.unwrap().into_model().unwrap(), foo);
        assert_status(a.put_string_valid(foo.clone(), None).await, 200);
        assert!(a.get_string_with_invalid(None).await.unwrap().into_model().is_err());
        let e = some(vec![m::FooEnum::Foo1, m::FooEnum::Foo2, m::FooEnum::Foo3]);
        assert_eq!(a.get_enum_valid(None).await.unwrap().into_model().unwrap(), e);
        assert_status(a.put_enum_valid(e, None).await, 200);
        use m::ArrayGetStringEnumValidResponse200Item as G;
        assert_eq!(a.get_string_enum_valid(None).await.unwrap().into_model().unwrap(), some(vec![G::Foo1, G::Foo2, G::Foo3]));
        use m::ArrayPutStringEnumValidBodyItem as P;
        assert_status(a.put_string_enum_valid(some(vec![P::Foo1, P::Foo2, P::Foo3]), None).await, 200);
    });
}

/// getArrayUuidValid, putArrayUuidValid, getArrayUuidWithInvalidChars (uuids are `String`: "foo"
/// decodes; the test asserts what the server sent).
#[test]
fn uuid() {
    let c = array!();
    run(async {
        let a = c.array();
        let ids = strings(&[
            "6dcc7237-45fe-45c4-8a6b-3a8a3f625652",
            "d1399005-30f7-40d6-8da6-dd7c89ad34db",
            "f42f6aa1-a5bc-4ddf-907e-5f915de43205",
        ]);
        assert_eq!(a.get_uuid_valid(None).await.unwrap().into_model().unwrap(), ids);
        assert_status(a.put_uuid_valid(ids, None).await, 200);
        assert_eq!(
            a.get_uuid_invalid_chars(None).await.unwrap().into_model().unwrap(),
            strings(&["6dcc7237-45fe-45c4-8a6b-3a8a3f625652", "foo"])
        );
    });
}

/// getArrayDateValid, putArrayDateValid, getArrayDateWithInvalidChars (dates are `String`).
#[test]
fn date() {
    let c = array!();
    run(async {
        let a = c.array();
        let d = strings(&["2000-12-01", "1980-01-02", "1492-10-12"]);
        assert_eq!(a.get_date_valid(None).await.unwrap().into_model().unwrap(), d);
        assert_status(a.put_date_valid(d, None).await, 200);
        assert_eq!(a.get_date_invalid_chars(None).await.unwrap().into_model().unwrap(), strings(&["2011-03-22", "date"]));
    });
}

/// getArrayDateTimeWithInvalidChars.
#[test]
fn date_time_invalid() {
    let c = array!();
    run(async {
        assert!(c.array().get_date_time_invalid_chars(None).await.unwrap().into_model().is_err());
    });
}

/// putArrayDateTimeValid: date-times in a `Vec`, sent as RFC 3339 text.
#[test]
fn put_date_time_valid() {
    let c = array!();
    run(async {
        let a = c.array();
        let put = some(vec![
            parse_rfc3339("2000-12-01T00:00:01Z").unwrap(),
            parse_rfc3339("1980-01-02T00:11:35Z").unwrap(),
            parse_rfc3339("1492-10-12T10:15:01Z").unwrap(),
        ]);
        assert_status(a.put_date_time_valid(put, None).await, 200);
    });
}

/// getArrayDateTimeValid: RFC 3339 text in a `Vec` (`Rfc3339<Vec<OffsetDateTime>>`; the answer
/// also has lower-case `t`/`z`).
#[test]
fn get_date_time_valid() {
    let c = array!();
    run(async {
        let got = c.array().get_date_time_valid(None).await.unwrap().into_model().unwrap().0;
        let want = some(vec![
            parse_rfc3339("2000-12-01T00:00:01Z").unwrap(),
            parse_rfc3339("1980-01-02T00:11:35+01:00").unwrap(),
            parse_rfc3339("1492-10-12T10:15:01-08:00").unwrap(),
        ]);
        assert_eq!(got, want);
    });
}

/// getArrayDateTimeRfc1123Valid, putArrayDateTimeRfc1123Valid (`String`).
#[test]
fn date_time_rfc1123() {
    let c = array!();
    run(async {
        let a = c.array();
        let d = strings(&["Fri, 01 Dec 2000 00:00:01 GMT", "Wed, 02 Jan 1980 00:11:35 GMT", "Wed, 12 Oct 1492 10:15:01 GMT"]);
        assert_eq!(a.get_date_time_rfc1123_valid(None).await.unwrap().into_model().unwrap(), d);
        assert_status(a.put_date_time_rfc1123_valid(d, None).await, 200);
    });
}

/// getArrayDurationValid, putArrayDurationValid (`String`).
#[test]
fn duration() {
    let c = array!();
    run(async {
        let a = c.array();
        assert_eq!(
            a.get_duration_valid(None).await.unwrap().into_model().unwrap(),
            strings(&["P123DT22H14M12.011S", "P5DT1H0M0S"])
        );
        assert_status(a.put_duration_valid(strings(&["P123DT22H14M12.011S", "P5DT1H"]), None).await, 200);
    });
}

/// getArrayByteValid, putArrayByteValid, getArrayBase64Url (base64 text as `String`).
#[test]
fn byte_base64url() {
    let c = array!();
    run(async {
        let a = c.array();
        let b = strings(&["////+g==", "AQID", "JSlD"]);
        assert_eq!(a.get_byte_valid(None).await.unwrap().into_model().unwrap(), b);
        assert_status(a.put_byte_valid(b, None).await, 200);
        assert_eq!(
            a.get_base64_url(None).await.unwrap().into_model().unwrap(),
            strings(&["YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjR1cmw", "dGVzdCBzdHJpbmc", "TG9yZW0gaXBzdW0"])
        );
    });
}

/// getArrayComplexNull, getArrayComplexEmpty, getArrayComplexItemEmpty, getArrayComplexValid,
/// putArrayComplexValid.
#[test]
fn complex() {
    let c = array!();
    run(async {
        let a = c.array();
        assert_no_body(&a.get_complex_null(None).await.unwrap(), 200);
        assert!(a.get_complex_empty(None).await.unwrap().into_model().unwrap().is_empty());
        let got = a.get_complex_item_empty(None).await.unwrap().into_model().unwrap();
        assert_eq!(got, some(vec![product(1, "2"), m::Product::builder().build(), product(5, "6")]));
        let valid = some(vec![product(1, "2"), product(3, "4"), product(5, "6")]);
        assert_eq!(a.get_complex_valid(None).await.unwrap().into_model().unwrap(), valid);
        assert_status(a.put_complex_valid(valid, None).await, 200);
    });
}

/// getArrayArrayNull, getArrayArrayEmpty, getArrayArrayItemEmpty, getArrayArrayValid,
/// putArrayArrayValid.
#[test]
fn array_of_arrays() {
    let c = array!();
    run(async {
        let a = c.array();
        assert_no_body(&a.get_array_null(None).await.unwrap(), 200);
        assert!(a.get_array_empty(None).await.unwrap().into_model().unwrap().is_empty());
        assert_eq!(
            a.get_array_item_empty(None).await.unwrap().into_model().unwrap(),
            some(vec![strings(&["1", "2", "3"]), vec![], strings(&["7", "8", "9"])])
        );
        let valid = some(vec![strings(&["1", "2", "3"]), strings(&["4", "5", "6"]), strings(&["7", "8", "9"])]);
        assert_eq!(a.get_array_valid(None).await.unwrap().into_model().unwrap(), valid);
        assert_status(a.put_array_valid(valid, None).await, 200);
    });
}

/// getArrayDictionaryNull, getArrayDictionaryEmpty, getArrayDictionaryItemEmpty,
/// getArrayDictionaryValid, putArrayDictionaryValid.
#[test]
fn array_of_dictionaries() {
    let c = array!();
    run(async {
        let a = c.array();
        assert_no_body(&a.get_dictionary_null(None).await.unwrap(), 200);
        assert!(a.get_dictionary_empty(None).await.unwrap().into_model().unwrap().is_empty());
        let one = map(&[("1", "one"), ("2", "two"), ("3", "three")]);
        let seven = map(&[("7", "seven"), ("8", "eight"), ("9", "nine")]);
        assert_eq!(
            a.get_dictionary_item_empty(None).await.unwrap().into_model().unwrap(),
            some(vec![one.clone(), BTreeMap::new(), seven.clone()])
        );
        let valid = some(vec![one, map(&[("4", "four"), ("5", "five"), ("6", "six")]), seven]);
        assert_eq!(a.get_dictionary_valid(None).await.unwrap().into_model().unwrap(), valid);
        assert_status(a.put_dictionary_valid(valid, None).await, 200);
    });
}

/// The `...WithNull` / `...ItemNull` scenarios: an array with a `null` item, `None` with
/// `nullable_items`. getArrayBooleanWithNull, getArrayIntegerWithNull, getArrayLongWithNull,
/// getArrayFloatWithNull, getArrayDoubleWithNull, getArrayStringWithNull, getArrayDateWithNull,
/// getArrayDateTimeWithNull, getArrayByteWithNull, getArrayComplexItemNull,
/// getArrayArrayItemNull, getArrayDictionaryItemNull.
#[test]
fn null_items() {
    let c = array!();
    run(async {
        let a = c.array();
        assert_eq!(a.get_boolean_invalid_null(None).await.unwrap().into_model().unwrap(), vec![Some(true), None, Some(false)]);
        assert_eq!(a.get_int_invalid_null(None).await.unwrap().into_model().unwrap(), vec![Some(1), None, Some(0)]);
        assert_eq!(a.get_long_invalid_null(None).await.unwrap().into_model().unwrap(), vec![Some(1), None, Some(0)]);
        assert_eq!(a.get_float_invalid_null(None).await.unwrap().into_model().unwrap(), vec![Some(0.0), None, Some(-1.2e20)]);
        assert_eq!(a.get_double_invalid_null(None).await.unwrap().into_model().unwrap(), vec![Some(0.0), None, Some(-1.2e20)]);
        let foo = vec![Some("foo".to_owned()), None, Some("foo2".to_owned())];
        assert_eq!(a.get_string_with_null(None).await.unwrap().into_model().unwrap(), foo);
        let dates = vec![Some("2012-01-01".to_owned()), None, Some("1776-07-04".to_owned())];
        assert_eq!(a.get_date_invalid_null(None).await.unwrap().into_model().unwrap(), dates);
        let times = a.get_date_time_invalid_null(None).await.unwrap().into_model().unwrap().0;
        assert_eq!(times, vec![Some(parse_rfc3339("2000-12-01T00:00:01Z").unwrap()), None]);
        assert_eq!(a.get_byte_invalid_null(None).await.unwrap().into_model().unwrap(), vec![Some("q6yt".to_owned()), None]);
        let products = vec![Some(product(1, "2")), None, Some(product(5, "6"))];
        assert_eq!(a.get_complex_item_null(None).await.unwrap().into_model().unwrap(), products);
        let arrays = vec![Some(strings(&["1", "2", "3"])), None, Some(strings(&["7", "8", "9"]))];
        assert_eq!(a.get_array_item_null(None).await.unwrap().into_model().unwrap(), arrays);
        let one = map(&[("1", "one"), ("2", "two"), ("3", "three")]);
        let seven = map(&[("7", "seven"), ("8", "eight"), ("9", "nine")]);
        assert_eq!(a.get_dictionary_item_null(None).await.unwrap().into_model().unwrap(), vec![Some(one), None, Some(seven)]);
    });
}
