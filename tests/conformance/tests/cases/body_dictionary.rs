//! body-dictionary.json: `/dictionary/*` (legacy routes).

use super::run;
use azure_core::time::parse_rfc3339;
use conformance_tests::body_dictionary::models as m;
use conformance_tests::{assert_no_body, assert_status};
use std::collections::BTreeMap;

macro_rules! dict {
    () => {
        client!(body_dictionary, BodyDictionaryClient, BodyDictionaryClientOptions)
    };
}

// body-dictionary is generated with `nullable_items` (its server sends `null` values): every
// value is an `Option`.

/// `{"0": v0, "1": v1, ...}`.
fn indexed<T: Clone>(values: &[T]) -> BTreeMap<String, Option<T>> {
    values.iter().enumerate().map(|(i, v)| (i.to_string(), Some(v.clone()))).collect()
}

/// `{"0": v0, "1": null, ...}`: `None` for `null`.
fn with_nulls<T: Clone>(values: &[Option<T>]) -> BTreeMap<String, Option<T>> {
    values.iter().enumerate().map(|(i, v)| (i.to_string(), v.clone())).collect()
}

fn strs(values: &[&str]) -> BTreeMap<String, Option<String>> {
    indexed(&values.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
}

fn pairs(p: &[(&str, &str)]) -> BTreeMap<String, Option<String>> {
    p.iter().map(|(k, v)| ((*k).to_owned(), Some((*v).to_owned()))).collect()
}

fn widget(i: i64, s: &str) -> m::Widget {
    m::Widget::builder().integer(i).string(s).build()
}

/// getDictionaryNull (no body), getDictionaryEmpty, putDictionaryEmpty, getDictionaryInvalid,
/// getDictionaryNullkey (`{null : "val1"}` is not JSON), getDictionaryKeyEmptyString.
#[test]
fn null_empty_invalid_keys() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        assert_no_body(&d.get_null(None).await.unwrap(), 200);
        assert!(d.get_empty(None).await.unwrap().into_model().unwrap().is_empty());
        assert_status(d.put_empty(BTreeMap::new(), None).await, 200);
        assert!(d.get_invalid(None).await.unwrap().into_model().is_err());
        assert!(d.get_null_key(None).await.unwrap().into_model().is_err());
        assert_eq!(d.get_empty_string_key(None).await.unwrap().into_model().unwrap(), pairs(&[("", "val1")]));
    });
}

/// getDictionaryBooleanValid, putDictionaryBooleanValid, getDictionaryBooleanWithString.
#[test]
fn boolean() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        let v = indexed(&[true, false, false, true]);
        assert_eq!(d.get_boolean_tfft(None).await.unwrap().into_model().unwrap(), v);
        assert_status(d.put_boolean_tfft(v, None).await, 200);
        assert!(d.get_boolean_invalid_string(None).await.unwrap().into_model().is_err());
    });
}

/// getDictionaryIntegerValid, putDictionaryIntegerValid, getDictionaryIntegerWithString,
/// getDictionaryLongValid, putDictionaryLongValid, getDictionaryLongWithString.
#[test]
fn integer_long() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        let v = indexed(&[1i64, -1, 3, 300]);
        assert_eq!(d.get_integer_valid(None).await.unwrap().into_model().unwrap(), v);
        assert_status(d.put_integer_valid(v.clone(), None).await, 200);
        assert!(d.get_int_invalid_string(None).await.unwrap().into_model().is_err());
        assert_eq!(d.get_long_valid(None).await.unwrap().into_model().unwrap(), v);
        assert_status(d.put_long_valid(v, None).await, 200);
        assert!(d.get_long_invalid_string(None).await.unwrap().into_model().is_err());
    });
}

/// getDictionaryFloatValid, putDictionaryFloatValid, getDictionaryFloatWithString,
/// getDictionaryDoubleValid, putDictionaryDoubleValid, getDictionaryDoubleWithString.
#[test]
fn float_double() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        let f = indexed(&[0.0f32, -0.01, -1.2e20]);
        assert_eq!(d.get_float_valid(None).await.unwrap().into_model().unwrap(), f);
        assert_status(d.put_float_valid(f, None).await, 200);
        assert!(d.get_float_invalid_string(None).await.unwrap().into_model().is_err());
        let v = indexed(&[0.0f64, -0.01, -1.2e20]);
        assert_eq!(d.get_double_valid(None).await.unwrap().into_model().unwrap(), v);
        assert_status(d.put_double_valid(v, None).await, 200);
        assert!(d.get_double_invalid_string(None).await.unwrap().into_model().is_err());
    });
}

/// getDictionaryStringValid, putDictionaryStringValid, getDictionaryStringWithNumber.
#[test]
fn string() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        let v = strs(&["foo1", "foo2", "foo3"]);
        assert_eq!(d.get_string_valid(None).await.unwrap().into_model().unwrap(), v);
        assert_status(d.put_string_valid(v, None).await, 200);
        assert!(d.get_string_with_invalid(None).await.unwrap().into_model().is_err());
    });
}

/// getDictionaryDateValid, putDictionaryDateValid, getDictionaryDateWithInvalidChars (dates are
/// `String`),
/// getDictionaryDateTimeWithInvalidChars, getDictionaryDateTimeRfc1123Valid,
/// putDictionaryDateTimeRfc1123Valid, getDictionaryDurationValid, putDictionaryDurationValid.
#[test]
fn dates_and_durations() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        let dates = strs(&["2000-12-01", "1980-01-02", "1492-10-12"]);
        assert_eq!(d.get_date_valid(None).await.unwrap().into_model().unwrap(), dates);
        assert_status(d.put_date_valid(dates, None).await, 200);
        assert_eq!(d.get_date_invalid_chars(None).await.unwrap().into_model().unwrap(), strs(&["2011-03-22", "date"]));

        assert!(d.get_date_time_invalid_chars(None).await.unwrap().into_model().is_err());

        let rfc = strs(&["Fri, 01 Dec 2000 00:00:01 GMT", "Wed, 02 Jan 1980 00:11:35 GMT", "Wed, 12 Oct 1492 10:15:01 GMT"]);
        assert_eq!(d.get_date_time_rfc1123_valid(None).await.unwrap().into_model().unwrap(), rfc);
        assert_status(d.put_date_time_rfc1123_valid(rfc, None).await, 200);

        let durations = strs(&["P123DT22H14M12.011S", "P5DT1H"]);
        assert_eq!(d.get_duration_valid(None).await.unwrap().into_model().unwrap(), durations);
        assert_status(d.put_duration_valid(durations, None).await, 200);
    });
}

/// putDictionaryDateTimeValid: date-times in a map, sent as RFC 3339 text.
#[test]
fn put_date_time_valid() {
    let c = dict!();
    run(async {
        let put = indexed(&[
            parse_rfc3339("2000-12-01T00:00:01Z").unwrap(),
            parse_rfc3339("1980-01-01T23:11:35Z").unwrap(),
            parse_rfc3339("1492-10-12T18:15:01Z").unwrap(),
        ]);
        assert_status(c.dictionary().put_date_time_valid(put, None).await, 200);
    });
}

/// getDictionaryDateTimeValid: RFC 3339 text in a map (`Rfc3339<BTreeMap<..>>`).
#[test]
fn get_date_time_valid() {
    let c = dict!();
    run(async {
        let got = c.dictionary().get_date_time_valid(None).await.unwrap().into_model().unwrap().0;
        let want = indexed(&[
            parse_rfc3339("2000-12-01T00:00:01Z").unwrap(),
            parse_rfc3339("1980-01-02T00:11:35+01:00").unwrap(),
            parse_rfc3339("1492-10-12T10:15:01-08:00").unwrap(),
        ]);
        assert_eq!(got, want);
    });
}

/// getDictionaryByteValid, putDictionaryByteValid, getDictionaryBase64Url (encoded text).
#[test]
fn byte_base64url() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        let b = strs(&["////+g==", "AQID", "JSlD"]);
        assert_eq!(d.get_byte_valid(None).await.unwrap().into_model().unwrap(), b);
        assert_status(d.put_byte_valid(b, None).await, 200);
        assert_eq!(
            d.get_base64_url(None).await.unwrap().into_model().unwrap(),
            strs(&["YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjR1cmw", "dGVzdCBzdHJpbmc", "TG9yZW0gaXBzdW0"])
        );
    });
}

/// getDictionaryComplexNull, getDictionaryComplexEmpty, getDictionaryComplexItemEmpty,
/// getDictionaryComplexValid, putDictionaryComplexValid.
#[test]
fn complex() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        assert_no_body(&d.get_complex_null(None).await.unwrap(), 200);
        assert!(d.get_complex_empty(None).await.unwrap().into_model().unwrap().is_empty());
        assert_eq!(
            d.get_complex_item_empty(None).await.unwrap().into_model().unwrap(),
            indexed(&[widget(1, "2"), m::Widget::builder().build(), widget(5, "6")])
        );
        let v = indexed(&[widget(1, "2"), widget(3, "4"), widget(5, "6")]);
        assert_eq!(d.get_complex_valid(None).await.unwrap().into_model().unwrap(), v);
        assert_status(d.put_complex_valid(v, None).await, 200);
    });
}

/// getDictionaryArrayNull, getDictionaryArrayEmpty, getDictionaryArrayItemEmpty,
/// getDictionaryArrayValid, putDictionaryArrayValid.
#[test]
fn arrays() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        let s = |v: &[&str]| v.iter().map(|x| Some((*x).to_owned())).collect::<Vec<_>>();
        assert_no_body(&d.get_array_null(None).await.unwrap(), 200);
        assert!(d.get_array_empty(None).await.unwrap().into_model().unwrap().is_empty());
        assert_eq!(
            d.get_array_item_empty(None).await.unwrap().into_model().unwrap(),
            indexed(&[s(&["1", "2", "3"]), vec![], s(&["7", "8", "9"])])
        );
        let v = indexed(&[s(&["1", "2", "3"]), s(&["4", "5", "6"]), s(&["7", "8", "9"])]);
        assert_eq!(d.get_array_valid(None).await.unwrap().into_model().unwrap(), v);
        assert_status(d.put_array_valid(v, None).await, 200);
    });
}

/// getDictionaryDictionaryNull, getDictionaryDictionaryEmpty, getDictionaryDictionaryItemEmpty,
/// getDictionaryDictionaryValid, putDictionaryDictionaryValid.
#[test]
fn dictionaries() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        assert_no_body(&d.get_dictionary_null(None).await.unwrap(), 200);
        assert!(d.get_dictionary_empty(None).await.unwrap().into_model().unwrap().is_empty());
        let one = pairs(&[("1", "one"), ("2", "two"), ("3", "three")]);
        let seven = pairs(&[("7", "seven"), ("8", "eight"), ("9", "nine")]);
        assert_eq!(
            d.get_dictionary_item_empty(None).await.unwrap().into_model().unwrap(),
            indexed(&[one.clone(), BTreeMap::new(), seven.clone()])
        );
        let v = indexed(&[one, pairs(&[("4", "four"), ("5", "five"), ("6", "six")]), seven]);
        assert_eq!(d.get_dictionary_valid(None).await.unwrap().into_model().unwrap(), v);
        assert_status(d.put_dictionary_valid(v, None).await, 200);
    });
}

/// Maps with a `null` value, `None` with `nullable_items`. getDictionaryNullValue,
/// getDictionaryBooleanWithNull, getDictionaryIntegerWithNull, getDictionaryLongWithNull,
/// getDictionaryFloatWithNull, getDictionaryDoubleWithNull, getDictionaryStringWithNull,
/// getDictionaryDateWithNull, getDictionaryDateTimeWithNull, getDictionaryByteWithNull,
/// getDictionaryComplexItemNull, getDictionaryArrayItemNull, getDictionaryDictionaryItemNull.
#[test]
fn null_values() {
    let c = dict!();
    run(async {
        let d = c.dictionary();
        let s = |v: &str| Some(v.to_owned());
        let key1: BTreeMap<String, Option<String>> = BTreeMap::from([("key1".to_owned(), None)]);
        assert_eq!(d.get_null_value(None).await.unwrap().into_model().unwrap(), key1);
        assert_eq!(d.get_boolean_invalid_null(None).await.unwrap().into_model().unwrap(), with_nulls(&[Some(true), None, Some(false)]));
        assert_eq!(d.get_int_invalid_null(None).await.unwrap().into_model().unwrap(), with_nulls(&[Some(1), None, Some(0)]));
        assert_eq!(d.get_long_invalid_null(None).await.unwrap().into_model().unwrap(), with_nulls(&[Some(1), None, Some(0)]));
        assert_eq!(d.get_float_invalid_null(None).await.unwrap().into_model().unwrap(), with_nulls(&[Some(0.0), None, Some(-1.2e20)]));
        assert_eq!(d.get_double_invalid_null(None).await.unwrap().into_model().unwrap(), with_nulls(&[Some(0.0), None, Some(-1.2e20)]));
        assert_eq!(d.get_string_with_null(None).await.unwrap().into_model().unwrap(), with_nulls(&[s("foo"), None, s("foo2")]));
        assert_eq!(d.get_date_invalid_null(None).await.unwrap().into_model().unwrap(), with_nulls(&[s("2012-01-01"), None, s("1776-07-04")]));
        let times = d.get_date_time_invalid_null(None).await.unwrap().into_model().unwrap().0;
        assert_eq!(times, with_nulls(&[Some(parse_rfc3339("2000-12-01T00:00:01Z").unwrap()), None]));
        assert_eq!(d.get_byte_invalid_null(None).await.unwrap().into_model().unwrap(), with_nulls(&[s("q6yt"), None]));
        let widgets = with_nulls(&[Some(widget(1, "2")), None, Some(widget(5, "6"))]);
        assert_eq!(d.get_complex_item_null(None).await.unwrap().into_model().unwrap(), widgets);
        let a = |v: &[&str]| Some(v.iter().map(|x| s(x)).collect::<Vec<_>>());
        let arrays = with_nulls(&[a(&["1", "2", "3"]), None, a(&["7", "8", "9"])]);
        assert_eq!(d.get_array_item_null(None).await.unwrap().into_model().unwrap(), arrays);
        let one = pairs(&[("1", "one"), ("2", "two"), ("3", "three")]);
        let seven = pairs(&[("7", "seven"), ("8", "eight"), ("9", "nine")]);
        assert_eq!(d.get_dictionary_item_null(None).await.unwrap().into_model().unwrap(), with_nulls(&[Some(one), None, Some(seven)]));
    });
}
