//! body-string.json: `/string/*`, `/string/enum/*`.

use super::run;
use conformance_tests::body_string::models as m;
use conformance_tests::{assert_no_body, assert_status};

macro_rules! string {
    () => {
        client!(body_string, BodyStringClient, BodyStringClientOptions)
    };
}

/// The multi-byte string of the scenarios, escaped (editors normalize CJK compatibility ideographs).
const MBCS: &str = "\u{554a}\u{9f44}\u{4e02}\u{72db}\u{72dc}\u{f9f1}\u{f92c}\u{f9f1}\u{fa0c}\u{fa29}\u{2ca}\u{301e}\u{3021}\u{ffe4}\u{2121}\u{3231}\u{2010}\u{30fc}\u{fe61}\u{fe62}\u{fe6b}\u{3001}\u{3013}\u{2170}\u{2179}\u{2488}\u{20ac}\u{3220}\u{3229}\u{2160}\u{216b}\u{ff01}\u{ffe3}\u{3041}\u{3093}\u{30a1}\u{30f6}\u{391}\u{fe34}\u{410}\u{42f}\u{430}\u{44f}\u{101}\u{261}\u{3105}\u{3129}\u{2500}\u{254b}\u{fe35}\u{fe44}\u{fe3b}\u{fe31}\u{fe33}\u{fe34}\u{2170}\u{2179}\u{251}\u{e7c7}\u{261}\u{3007}\u{303e}\u{2ffb}\u{2e81}\u{e843}\u{4723}\u{e864}\u{20ac}";
const WHITESPACE: &str = "    Now is the time for all good men to come to the aid of their country    ";

/// getStringNull (200, JSON content type, no body), putStringNull (no body sent),
/// getStringNotProvided, getStringNullBase64UrlEncoding (200, no body).
#[test]
fn null_and_not_provided() {
    let c = string!();
    run(async {
        let s = c.string();
        assert_no_body(&s.get_null(None).await.unwrap(), 200);
        assert_status(s.put_null(None).await, 200);
        assert_no_body(&s.get_not_provided(None).await.unwrap(), 200);
        assert_no_body(&s.get_null_base64_url_encoded(None).await.unwrap(), 200);
    });
}

/// getStringEmpty, putStringEmpty.
#[test]
fn empty() {
    let c = string!();
    run(async {
        let s = c.string();
        assert_eq!(s.get_empty(None).await.unwrap().into_model().unwrap(), m::StringGetEmptyResponse200::Empty);
        assert_status(s.put_empty(m::StringPutEmptyBody::Empty, None).await, 200);
    });
}

/// getStringMultiByteCharacters, putStringMultiByteCharacters.
#[test]
fn mbcs() {
    let c = string!();
    run(async {
        let s = c.string();
        let got = s.get_mbcs(None).await.unwrap().into_model().unwrap();
        assert_eq!(got.as_str(), MBCS);
        assert_status(s.put_mbcs(m::StringPutMbcsBody::Empty, None).await, 200);
    });
}

/// getStringWithLeadingAndTrailingWhitespace, putStringWithLeadingAndTrailingWhitespace.
#[test]
fn whitespace() {
    let c = string!();
    run(async {
        let s = c.string();
        assert_eq!(s.get_whitespace(None).await.unwrap().into_model().unwrap().as_str(), WHITESPACE);
        assert_status(
            s.put_whitespace(m::StringPutWhitespaceBody::NowIsTheTimeForAllGoodMenToComeToTheAidOfTheirCountry, None)
                .await,
            200,
        );
    });
}

/// getStringBase64Encoded, getStringBase64UrlEncoded, putStringBase64UrlEncoded: the client
/// keeps the encoded text (`format: byte`/`base64url` are `String`).
#[test]
fn base64() {
    let c = string!();
    run(async {
        let s = c.string();
        assert_eq!(
            s.get_base64_encoded(None).await.unwrap().into_model().unwrap(),
            "YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjQ="
        );
        assert_eq!(
            s.get_base64_url_encoded(None).await.unwrap().into_model().unwrap(),
            "YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjR1cmw"
        );
        assert_status(
            s.put_base64_url_encoded("YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjR1cmw".to_owned(), None).await,
            200,
        );
    });
}

/// getEnumNotExpandable, putEnumNotExpandable, getEnumReferenced, putEnumReferenced.
#[test]
fn enums() {
    let c = string!();
    run(async {
        let e = c.enum_();
        assert_eq!(e.get_not_expandable(None).await.unwrap().into_model().unwrap(), m::Colors::RedColor);
        assert_status(e.put_not_expandable(m::Colors::RedColor, None).await, 200);
        assert_eq!(e.get_referenced(None).await.unwrap().into_model().unwrap(), m::RefColors::RedColor);
        assert_status(e.put_referenced(m::RefColors::RedColor, None).await, 200);
    });
}

/// putEnumReferencedConstant: `{"ColorConstant": "green-color"}`.
#[test]
fn put_enum_referenced_constant() {
    let c = string!();
    run(async {
        let body = m::RefColorConstant::builder(m::ColorConstant::GreenColor).build();
        assert_status(c.enum_().put_referenced_constant(body, None).await, 200);
    });
}

/// getEnumReferencedConstant: the answer lacks the (constant, required) `ColorConstant`, which
/// reads as its one value.
#[test]
fn get_enum_referenced_constant() {
    let c = string!();
    run(async {
        let got = c.enum_().get_referenced_constant(None).await.unwrap().into_model().unwrap();
        assert_eq!(got.field1.as_deref(), Some("Sample String"));
        assert_eq!(got.color_constant, m::ColorConstant::GreenColor);
    });
}
