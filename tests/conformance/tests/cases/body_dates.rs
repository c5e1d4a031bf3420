//! body-date.json, body-datetime.json, body-datetime-rfc1123.json, body-duration.json,
//! body-byte.json (legacy routes, and `/byte/*`).

use super::run;
use azure_core::time::parse_rfc3339;
use conformance_tests::{assert_no_body, assert_status};

// ---- body-date.json: dates are `String`.

/// getDateNull (no body), getDateMax, putDateMax, putDateMin, getDateInvalid, getDateOverflow,
/// getDateUnderflow (dates are text: the invalid ones decode as the text the server sent).
#[test]
fn date() {
    let c = client!(body_date, BodyDateClient, BodyDateClientOptions);
    run(async {
        let d = c.date();
        assert_no_body(&d.get_null(None).await.unwrap(), 200);
        assert_eq!(d.get_max_date(None).await.unwrap().into_model().unwrap(), "9999-12-31");
        assert_status(d.put_max_date("9999-12-31".to_owned(), None).await, 200);
        assert_status(d.put_min_date("0001-01-01".to_owned(), None).await, 200);
        assert_eq!(d.get_invalid_date(None).await.unwrap().into_model().unwrap(), "201O-18-90");
        assert_eq!(d.get_overflow_date(None).await.unwrap().into_model().unwrap(), "10000000000-12-31");
        assert_eq!(d.get_underflow_date(None).await.unwrap().into_model().unwrap(), "0000-00-00");
    });
}

/// getDateMin: the Swagger's one-value `enum` (`0000-01-01`) no longer closes the type: the
/// server's `0001-01-01` decodes as text.
#[test]
fn date_min() {
    let c = client!(body_date, BodyDateClient, BodyDateClientOptions);
    run(async {
        assert_eq!(c.date().get_min_date(None).await.unwrap().into_model().unwrap(), "0001-01-01");
    });
}

// ---- body-datetime.json.

macro_rules! datetime {
    () => {
        client!(body_datetime, BodyDatetimeClient, BodyDatetimeClientOptions)
    };
}

/// getDateTimeNull (no body), getDateTimeInvalid, getDateTimeUnderflow.
#[test]
fn datetime_null_invalid() {
    let c = datetime!();
    run(async {
        let d = c.datetime();
        assert_no_body(&d.get_null(None).await.unwrap(), 200);
        assert!(d.get_invalid(None).await.unwrap().into_model().is_err());
        assert!(d.get_underflow(None).await.unwrap().into_model().is_err());
    });
}

/// getDateTimeMaxUtcLowercase, getDateTimeMaxUtcUppercase, getDateTimeMaxUtc7MSUppercase
/// (optional), getDateTimeMaxLocalPositiveOffsetLowercase/Uppercase,
/// getDateTimeMaxLocalNegativeOffsetLowercase/Uppercase, getDateTimeMinUtc,
/// getDateTimeMinLocalNoOffset, getDateTimeOverflow (`9999-12-31T23:59:59.999-14:00`).
#[test]
fn datetime_get() {
    let c = datetime!();
    run(async {
        let d = c.datetime();
        assert!(d.get_overflow(None).await.unwrap().into_model().is_ok());
        let max = parse_rfc3339("9999-12-31T23:59:59.999Z").unwrap();
        assert_eq!(d.get_utc_lowercase_max_date_time(None).await.unwrap().into_model().unwrap().0, max);
        assert_eq!(d.get_utc_uppercase_max_date_time(None).await.unwrap().into_model().unwrap().0, max);
        assert_eq!(
            d.get_utc_uppercase_max_date_time7_digits(None).await.unwrap().into_model().unwrap().0,
            parse_rfc3339("9999-12-31T23:59:59.9999999Z").unwrap()
        );
        let pos = parse_rfc3339("9999-12-31T23:59:59.999+14:00").unwrap();
        assert_eq!(d.get_local_positive_offset_lowercase_max_date_time(None).await.unwrap().into_model().unwrap().0, pos);
        assert_eq!(d.get_local_positive_offset_uppercase_max_date_time(None).await.unwrap().into_model().unwrap().0, pos);
        assert!(d.get_local_negative_offset_lowercase_max_date_time(None).await.unwrap().into_model().is_ok());
        assert!(d.get_local_negative_offset_uppercase_max_date_time(None).await.unwrap().into_model().is_ok());
        assert!(d.get_utc_min_date_time(None).await.unwrap().into_model().is_ok());
        assert!(d.get_local_no_offset_min_date_time(None).await.unwrap().into_model().is_ok());
    });
}

/// putDateTimeMaxUtc, putDateTimeMaxUtc7MS (optional), putDateTimeMaxLocalPositiveOffset,
/// putDateTimeMaxLocalNegativeOffset, putDateTimeMinUtc, putDateTimeMinLocalPositiveOffset,
/// putDateTimeMinLocalNegativeOffset.
#[test]
fn datetime_put() {
    let c = datetime!();
    run(async {
        let d = c.datetime();
        assert_status(d.put_utc_max_date_time(parse_rfc3339("9999-12-31T23:59:59.999Z").unwrap(), None).await, 200);
        assert_status(
            d.put_utc_max_date_time7_digits(parse_rfc3339("9999-12-31T23:59:59.9999999Z").unwrap(), None).await,
            200,
        );
        assert_status(
            d.put_local_positive_offset_max_date_time(parse_rfc3339("9999-12-31T23:59:59.999+14:00").unwrap(), None).await,
            200,
        );
        assert_status(
            d.put_local_negative_offset_max_date_time(parse_rfc3339("9999-12-31T23:59:59.999-14:00").unwrap(), None).await,
            200,
        );
        assert_status(d.put_utc_min_date_time(parse_rfc3339("0001-01-01T00:00:00Z").unwrap(), None).await, 200);
        assert_status(
            d.put_local_positive_offset_min_date_time(parse_rfc3339("0001-01-01T00:00:00+14:00").unwrap(), None).await,
            200,
        );
        assert_status(
            d.put_local_negative_offset_min_date_time(parse_rfc3339("0001-01-01T00:00:00-14:00").unwrap(), None).await,
            200,
        );
    });
}

/// getDateTimeMinLocalPositiveOffset, getDateTimeMinLocalNegativeOffset (the Swagger's lower-case
/// one-value `enum` is a date-time, not a closed enum).
#[test]
fn datetime_min_offsets() {
    let c = datetime!();
    run(async {
        let d = c.datetime();
        assert_eq!(
            d.get_local_positive_offset_min_date_time(None).await.unwrap().into_model().unwrap().0,
            parse_rfc3339("0001-01-01T00:00:00+14:00").unwrap()
        );
        assert_eq!(
            d.get_local_negative_offset_min_date_time(None).await.unwrap().into_model().unwrap().0,
            parse_rfc3339("0001-01-01T00:00:00-14:00").unwrap()
        );
    });
}

// ---- body-datetime-rfc1123.json: `date-time-rfc1123` is `String`.

/// getDateTimeRfc1123Null (no body), getDateTimeRfc1123Invalid, getDateTimeRfc1123Overflow,
/// getDateTimeRfc1123Underflow (text, as sent), getDateTimeRfc1123MaxUtcLowercase,
/// getDateTimeRfc1123MaxUtcUppercase, putDateTimeRfc1123Max, putDateTimeRfc1123Min.
#[test]
fn datetime_rfc1123() {
    let c = client!(body_datetime_rfc1123, BodyDatetimeRfc1123Client, BodyDatetimeRfc1123ClientOptions);
    run(async {
        let d = c.datetimerfc1123();
        assert_no_body(&d.get_null(None).await.unwrap(), 200);
        assert_eq!(d.get_invalid(None).await.unwrap().into_model().unwrap(), "Tue, 01 Dec 2000 00:00:0A ABC");
        assert_eq!(d.get_overflow(None).await.unwrap().into_model().unwrap(), "Sat, 1 Jan 10000 00:00:00 GMT");
        assert_eq!(d.get_underflow(None).await.unwrap().into_model().unwrap(), "Tue, 00 Jan 0000 00:00:00 GMT");
        assert_eq!(d.get_utc_lowercase_max_date_time(None).await.unwrap().into_model().unwrap(), "fri, 31 dec 9999 23:59:59 gmt");
        assert_eq!(d.get_utc_uppercase_max_date_time(None).await.unwrap().into_model().unwrap(), "FRI, 31 DEC 9999 23:59:59 GMT");
        assert_status(d.put_utc_max_date_time("Fri, 31 Dec 9999 23:59:59 GMT".to_owned(), None).await, 200);
        assert_status(d.put_utc_min_date_time("Mon, 01 Jan 0001 00:00:00 GMT".to_owned(), None).await, 200);
    });
}

/// getDateTimeRfc1123MinUtc (the Swagger's one-value `enum` `Sun, 1 Jan 0001 ...` does not close
/// the type: the server's `Mon, 01 Jan 0001 00:00:00 GMT` decodes as text).
#[test]
fn datetime_rfc1123_min() {
    let c = client!(body_datetime_rfc1123, BodyDatetimeRfc1123Client, BodyDatetimeRfc1123ClientOptions);
    run(async {
        assert_eq!(
            c.datetimerfc1123().get_utc_min_date_time(None).await.unwrap().into_model().unwrap(),
            "Mon, 01 Jan 0001 00:00:00 GMT"
        );
    });
}

// ---- body-duration.json: durations are `String`.

/// getDurationNull (no body), getDurationPositive, putDurationPositive, getDurationInvalid (text).
#[test]
fn duration() {
    let c = client!(body_duration, BodyDurationClient, BodyDurationClientOptions);
    run(async {
        let d = c.duration();
        assert_no_body(&d.get_null(None).await.unwrap(), 200);
        assert_eq!(d.get_positive_duration(None).await.unwrap().into_model().unwrap(), "P3Y6M4DT12H30M5S");
        assert_status(d.put_positive_duration("P123DT22H14M12.011S".to_owned(), None).await, 200);
        assert_eq!(d.get_invalid(None).await.unwrap().into_model().unwrap(), "123ABC");
    });
}

// ---- body-byte.json: `format: byte` is the base64 text (`String`).

/// getByteNull (no body), getByteEmpty, getByteNonAscii, putByteNonAscii, getByteInvalid.
#[test]
fn byte() {
    let c = client!(body_byte, BodyByteClient, BodyByteClientOptions);
    run(async {
        let b = c.byte();
        assert_no_body(&b.get_null(None).await.unwrap(), 200);
        assert_eq!(b.get_empty(None).await.unwrap().into_model().unwrap(), "");
        assert_eq!(b.get_non_ascii(None).await.unwrap().into_model().unwrap(), "//79/Pv6+fj39g==");
        assert_status(b.put_non_ascii("//79/Pv6+fj39g==".to_owned(), None).await, 200);
        assert_eq!(b.get_invalid(None).await.unwrap().into_model().unwrap(), "::::SWAGGER::::");
    });
}
