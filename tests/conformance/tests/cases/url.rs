//! url.json: `/paths/*`, `/queries/*`, `/pathitem/*`.

use super::run;
use conformance_tests::assert_status;
use conformance_tests::url::clients::{path_items as pi, queries as q};
use conformance_tests::url::models::UriColor;

macro_rules! url {
    () => {
        client!(url, UrlClient, UrlClientOptions)
    };
}

/// base64 of the UTF-8 of "啊齄丂狛狜隣郎隣兀﨩" (with its CJK compatibility ideographs).
const MULTIBYTE_B64: &str = "5ZWK6b2E5LiC54ub54uc76ex76Ss76ex76iM76ip";

/// UrlPathsBoolTrue, UrlPathsBoolFalse, UrlPathsIntPositive, UrlPathsIntNegative,
/// UrlPathsLongPositive, UrlPathsLongNegative, UrlPathsFloatPositive, UrlPathsFloatNegative,
/// UrlPathsDoublePositive, UrlPathsDoubleNegative, UrlPathsIntUnixTime.
#[test]
fn paths_numbers() {
    let c = url!();
    run(async {
        let p = c.paths();
        assert_status(p.get_boolean_true(true, None).await, 200);
        assert_status(p.get_boolean_false(false, None).await, 200);
        assert_status(p.get_int_one_million(1_000_000, None).await, 200);
        assert_status(p.get_int_negative_one_million(-1_000_000, None).await, 200);
        assert_status(p.get_ten_billion(10_000_000_000, None).await, 200);
        assert_status(p.get_negative_ten_billion(-10_000_000_000, None).await, 200);
        assert_status(p.float_scientific_positive(1.034e20, None).await, 200);
        assert_status(p.float_scientific_negative(-1.034e-20, None).await, 200);
        assert_status(p.double_decimal_positive(9999999.999, None).await, 200);
        assert_status(p.double_decimal_negative(-9999999.999, None).await, 200);
        assert_status(p.unix_time_url(1460505600, None).await, 200);
    });
}

/// UrlPathsStringUnicode, UrlPathsStringUrlEncoded, UrlPathsStringBase64Url, UrlPathsEnumValid,
/// UrlPathsByteMultiByte, UrlPathsDateValid, UrlPathsDateTimeValid, UrlPathsArrayCSVInPath.
/// (`/paths/string/begin%21...` is sent as `begin%2521...`: the server decodes twice and
/// accepts it; see GAPS.md "literal %XX in path templates".)
#[test]
fn paths_strings() {
    let c = url!();
    run(async {
        let p = c.paths();
        assert_status(p.string_unicode(None).await, 200);
        assert_status(p.string_url_encoded(None).await, 200);
        assert_status(p.base64_url("bG9yZW0", None).await, 200);
        assert_status(p.enum_valid(UriColor::GreenColor, None).await, 200);
        assert_status(p.byte_multi_byte(MULTIBYTE_B64, None).await, 200);
        assert_status(p.date_valid(None).await, 200);
        assert_status(p.date_time_valid(None).await, 200);
        let array = ["ArrayPath1", "begin!*'();:@ &=+$,/?#[]end", "", ""].map(String::from).to_vec();
        assert_status(p.array_csv_in_path(array, None).await, 200);
    });
}

/// UrlPathsStringEmpty, UrlPathsByteEmpty: an empty path value (`/paths/string/empty/`).
#[test]
fn paths_empty() {
    let c = url!();
    run(async {
        assert_status(c.paths().string_empty(None).await, 200);
        assert_status(c.paths().byte_empty(None).await, 200);
    });
}

/// UrlPathsStringUrlNonEncoded: `x-ms-skip-url-encoding` on a path value.
#[test]
fn paths_string_url_non_encoded() {
    let c = url!();
    run(async { assert_status(c.paths().string_url_non_encoded(None).await, 200) });
}

/// UrlQueriesBoolTrue/False/Null, UrlQueriesIntPositive/Negative/Null,
/// UrlQueriesLongPositive/Negative/Null, UrlQueriesFloatPositive/Negative/Null,
/// UrlQueriesDoublePositive/Negative/Null.
#[test]
fn queries_numbers() {
    let c = url!();
    run(async {
        let q = c.queries();
        assert_status(q.get_boolean_true(true, None).await, 200);
        assert_status(q.get_boolean_false(false, None).await, 200);
        assert_status(q.get_boolean_null(None).await, 200);
        assert_status(q.get_int_one_million(1_000_000, None).await, 200);
        assert_status(q.get_int_negative_one_million(-1_000_000, None).await, 200);
        assert_status(q.get_int_null(None).await, 200);
        assert_status(q.get_ten_billion(10_000_000_000, None).await, 200);
        assert_status(q.get_negative_ten_billion(-10_000_000_000, None).await, 200);
        assert_status(q.get_long_null(None).await, 200);
        assert_status(q.float_scientific_positive(1.034e20, None).await, 200);
        assert_status(q.float_scientific_negative(-1.034e-20, None).await, 200);
        assert_status(q.float_null(None).await, 200);
        assert_status(q.double_decimal_positive(9999999.999, None).await, 200);
        assert_status(q.double_decimal_negative(-9999999.999, None).await, 200);
        assert_status(q.double_null(None).await, 200);
    });
}

/// UrlQueriesStringUnicode, UrlQueriesStringEmpty,
/// UrlQueriesStringNull, UrlQueriesEnumNull, UrlQueriesByteMultiByte,
/// UrlQueriesByteEmpty, UrlQueriesByteNull, UrlQueriesDateValid, UrlQueriesDateNull,
/// UrlQueriesDateTimeNull.
#[test]
fn queries_strings() {
    let c = url!();
    run(async {
        let q = c.queries();
        assert_status(q.string_unicode(None).await, 200);
        assert_status(q.string_empty(None).await, 200);
        assert_status(q.string_null(None).await, 200);
        assert_status(q.enum_null(None).await, 200);
        let o = q::QueriesByteMultiByteOptions { byte_query: Some(MULTIBYTE_B64.into()), ..Default::default() };
        assert_status(q.byte_multi_byte(Some(o)).await, 200);
        assert_status(q.byte_empty(None).await, 200);
        assert_status(q.byte_null(None).await, 200);
        assert_status(q.date_valid(None).await, 200);
        assert_status(q.date_null(None).await, 200);
        assert_status(q.date_time_null(None).await, 200);
    });
}

/// UrlQueriesStringUrlEncoded, UrlQueriesEnumValid, UrlQueriesDateTimeValid: the path templates
/// (`/queries/string/begin%21%2A...end`, `/queries/enum/green%20color`,
/// `/queries/datetime/2012-01-01T01%3A01%3A01Z`) hold literal escapes, sent as written.
#[test]
fn queries_literal_escapes_in_path() {
    let c = url!();
    run(async {
        let q = c.queries();
        assert_status(q.string_url_encoded(None).await, 200);
        let o = q::QueriesEnumValidOptions { enum_query: Some(UriColor::GreenColor), ..Default::default() };
        assert_status(q.enum_valid(Some(o)).await, 200);
        assert_status(q.date_time_valid(None).await, 200);
    });
}

fn array_query() -> Option<Vec<String>> {
    Some(["ArrayQuery1", "begin!*'();:@ &=+$,/?#[]end", "", ""].map(String::from).to_vec())
}

/// UrlQueriesArrayCsvValid, UrlQueriesArrayCsvNull, UrlQueriesArrayCsvEmpty,
/// UrlQueriesArraySsvValid, UrlQueriesArrayTsvValid, UrlQueriesArrayPipesValid,
/// UrlQueriesArrayNoCollectionFormatValid.
#[test]
fn queries_arrays() {
    let c = url!();
    run(async {
        let q = c.queries();
        let o = q::QueriesArrayStringCsvValidOptions { array_query: array_query(), ..Default::default() };
        assert_status(q.array_string_csv_valid(Some(o)).await, 200);
        assert_status(q.array_string_csv_null(None).await, 200);
        let o = q::QueriesArrayStringCsvEmptyOptions { array_query: Some(vec![]), ..Default::default() };
        assert_status(q.array_string_csv_empty(Some(o)).await, 200);
        let o = q::QueriesArrayStringSsvValidOptions { array_query: array_query(), ..Default::default() };
        assert_status(q.array_string_ssv_valid(Some(o)).await, 200);
        let o = q::QueriesArrayStringTsvValidOptions { array_query: array_query(), ..Default::default() };
        assert_status(q.array_string_tsv_valid(Some(o)).await, 200);
        let o = q::QueriesArrayStringPipesValidOptions { array_query: array_query(), ..Default::default() };
        assert_status(q.array_string_pipes_valid(Some(o)).await, 200);
        let o = q::QueriesArrayStringNoCollectionFormatEmptyOptions {
            array_query: Some(["hello", "nihao", "bonjour"].map(String::from).to_vec()),
            ..Default::default()
        };
        assert_status(q.array_string_no_collection_format_empty(Some(o)).await, 200);
    });
}

/// UrlPathItemGetAll, UrlPathItemGetGlobalNull, UrlPathItemGetGlobalAndLocalNull,
/// UrlPathItemGetPathItemAndLocalNull.
#[test]
fn path_items() {
    let c = url!();
    run(async {
        let p = c.path_items();
        let (g, pi_, l) = ("globalStringPath", "pathItemStringPath", "localStringPath");
        let o = pi::PathItemsGetAllWithValuesOptions {
            global_string_query: Some("globalStringQuery".into()),
            path_item_string_query: Some("pathItemStringQuery".into()),
            local_string_query: Some("localStringQuery".into()),
            ..Default::default()
        };
        assert_status(p.get_all_with_values(g, pi_, l, Some(o)).await, 200);
        let o = pi::PathItemsGetGlobalQueryNullOptions {
            path_item_string_query: Some("pathItemStringQuery".into()),
            local_string_query: Some("localStringQuery".into()),
            ..Default::default()
        };
        assert_status(p.get_global_query_null(g, pi_, l, Some(o)).await, 200);
        let o = pi::PathItemsGetGlobalAndLocalQueryNullOptions {
            path_item_string_query: Some("pathItemStringQuery".into()),
            ..Default::default()
        };
        assert_status(p.get_global_and_local_query_null(g, pi_, l, Some(o)).await, 200);
        let o = pi::PathItemsGetLocalPathItemQueryNullOptions {
            global_string_query: Some("globalStringQuery".into()),
            ..Default::default()
        };
        assert_status(p.get_local_path_item_query_null(g, pi_, l, Some(o)).await, 200);
    });
}

