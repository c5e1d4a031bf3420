//! xml-service.json (`/xml/*`): operations that consume and produce `application/xml`, plus two
//! JSON ones. Each PUT sends a model built here; the server compares the XML it gets with its
//! own (parsed, so attribute order and `<a/>` against `<a></a>` do not matter) and answers 201
//! only when they are equal.

use super::run;
use azure_core::time::{parse_rfc3339, OffsetDateTime};
use conformance_tests::assert_status;
use conformance_tests::xml_service::clients::xml::XmlGetHeadersHeaders;
use conformance_tests::xml_service::models::{
    AccessPolicy, AppleBarrel, Banana, ComplexTypeNoMeta, ComplexTypeWithMeta, JsonInput, Logging, Metrics,
    ModelWithByteProperty, ModelWithUrlProperty, RetentionPolicy, RootWithRefAndMeta, RootWithRefAndNoMeta,
    SignedIdentifier, Slide, Slideshow, StorageServiceProperties,
};

macro_rules! xml {
    () => {
        client!(xml_service, XmlServiceClient, XmlServiceClientOptions)
    };
}

/// An error and its sources, one line each (azure_core's XML errors give the cause as a source).
fn causes(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push('\n');
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn time(text: &str) -> OffsetDateTime {
    parse_rfc3339(text).expect("an RFC 3339 date-time")
}

/// jsonInputInXMLSwagger, jsonOutputInXMLSwagger: the two JSON operations of the XML file.
#[test]
fn json_in_xml_swagger() {
    let c = xml!();
    run(async {
        let x = c.xml();
        assert_status(x.json_input(JsonInput::builder().id(42).build(), None).await, 200);
        assert_eq!(x.json_output(None).await.unwrap().into_model().unwrap().id, Some(42));
    });
}

/// GetSimpleXML, PutSimpleXML: attributes (`title`, `type`), an unwrapped list of elements
/// (`<slide>`), and one of strings with an empty item (`<item></item>`).
#[test]
fn simple() {
    let c = xml!();
    let expected = Slideshow::builder()
        .title("Sample Slide Show")
        .date("Date of publication")
        .author("Yours Truly")
        .slides([
            Slide::builder().type_("all").title("Wake up to WonderWidgets!").build(),
            Slide::builder()
                .type_("all")
                .title("Overview")
                .items(["Why WonderWidgets are great", "", "Who buys WonderWidgets"])
                .build(),
        ])
        .build();
    run(async {
        assert_eq!(c.xml().get_simple(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_simple(expected, None).await, 201);
    });
}

/// GetWrappedXMLList, PutWrappedXMLList: `xml.wrapped` lists (`<GoodApples><Apple>…`).
#[test]
fn wrapped_lists() {
    let c = xml!();
    let expected = AppleBarrel::builder().good_apples(["Fuji", "Gala"]).bad_apples(["Red Delicious"]).build();
    run(async {
        assert_eq!(c.xml().get_wrapped_lists(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_wrapped_lists(expected, None).await, 201);
    });
}

/// GetEmptyWrappedXMLList, PutEmptyWrappedXMLList: wrapped lists present but empty (`<BadApples/>`)
/// are empty lists, not absent ones.
#[test]
fn empty_wrapped_lists() {
    let c = xml!();
    let expected = AppleBarrel::builder().good_apples(Vec::<String>::new()).bad_apples(Vec::<String>::new()).build();
    run(async {
        let got = c.xml().get_empty_wrapped_lists(None).await.unwrap().into_model().unwrap();
        assert_eq!(got.good_apples, Some(Vec::new()));
        assert_eq!(got, expected);
        assert_status(c.xml().put_empty_wrapped_lists(expected, None).await, 201);
    });
}

/// GetEmptyXMLList, PutEmptyXMLList: `<slideshow/>`, nothing set.
#[test]
fn empty_list() {
    let c = xml!();
    run(async {
        let got = c.xml().get_empty_list(None).await.unwrap().into_model().unwrap();
        assert_eq!(got, Slideshow::builder().build());
        assert!(got.slides().is_empty());
        assert_status(c.xml().put_empty_list(Slideshow::builder().build(), None).await, 201);
    });
}

fn banana(name: &str, flavor: &str, expiration: &str) -> Banana {
    Banana::builder().name(name).flavor(flavor).expiration(time(expiration)).build()
}

/// GetXMLListAtRoot, PutXMLListAtRoot: a list as the root element (`<bananas><banana>…`).
#[test]
fn root_list() {
    let c = xml!();
    let expected = vec![
        banana("Cavendish", "Sweet", "2018-02-28T00:40:00.123Z"),
        banana("Plantain", "Savory", "2018-02-28T00:40:00.123Z"),
    ];
    run(async {
        assert_eq!(c.xml().get_root_list(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_root_list(expected, None).await, 201);
    });
}

/// GetXMLListAtRootSingle, PutXMLListAtRootSingle: a root list of one item is still a list.
#[test]
fn root_list_single_item() {
    let c = xml!();
    let expected = vec![banana("Cavendish", "Sweet", "2018-02-28T00:40:00.123Z")];
    run(async {
        assert_eq!(c.xml().get_root_list_single_item(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_root_list_single_item(expected, None).await, 201);
    });
}

/// GetEmptyXMLListAtRoot, PutEmptyXMLListAtRoot: `<bananas/>`.
#[test]
fn empty_root_list() {
    let c = xml!();
    run(async {
        assert_eq!(c.xml().get_empty_root_list(None).await.unwrap().into_model().unwrap(), Vec::<Banana>::new());
        assert_status(c.xml().put_empty_root_list(Vec::new(), None).await, 201);
    });
}

/// GetXMLEmptyNode, PutXMLEmptyNode: `<flavor></flavor>` is the empty string, and is sent back.
#[test]
fn empty_child_element() {
    let c = xml!();
    let expected = banana("Unknown Banana", "", "2012-02-24T00:53:52.789Z");
    run(async {
        assert_eq!(c.xml().get_empty_child_element(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_empty_child_element(expected, None).await, 201);
    });
}

/// GetRootWithRefAndNoMetaXML, PutRootWithRefAndNoMetaXML: a property referring to a
/// definition without `xml.name` is the property's element (`<RefToModel>`).
#[test]
fn complex_type_ref_no_meta() {
    let c = xml!();
    let expected = RootWithRefAndNoMeta::builder()
        .ref_to_model(ComplexTypeNoMeta::builder().id("myid").build())
        .something("else")
        .build();
    run(async {
        assert_eq!(c.xml().get_complex_type_ref_no_meta(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_complex_type_ref_no_meta(expected, None).await, 201);
    });
}

/// GetRootWithRefAndMetaXML, PutRootWithRefAndMetaXML: a property referring to a definition
/// with `xml.name` is that element (`<XMLComplexTypeWithMeta>`).
#[test]
fn complex_type_ref_with_meta() {
    let c = xml!();
    let expected = RootWithRefAndMeta::builder()
        .ref_to_model(ComplexTypeWithMeta::builder().id("myid").build())
        .something("else")
        .build();
    run(async {
        assert_eq!(c.xml().get_complex_type_ref_with_meta(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_complex_type_ref_with_meta(expected, None).await, 201);
    });
}

/// GetWithXMsText: `x-ms-text` is the element's text beside its attribute.
#[test]
fn x_ms_text() {
    let c = xml!();
    run(async {
        let data = c.xml().get_x_ms_text(None).await.unwrap().into_model().unwrap();
        assert_eq!(data.language.as_deref(), Some("english"));
        assert_eq!(data.content.as_deref(), Some("I am text"));
    });
}

/// XmlGetBytes, XmlPutBytes: a `format: byte` property, its base64 text as sent.
#[test]
fn bytes() {
    let c = xml!();
    let expected = ModelWithByteProperty::builder().bytes("SGVsbG8gd29ybGQ=").build();
    run(async {
        assert_eq!(c.xml().get_bytes(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_binary(expected, None).await, 201);
    });
}

/// XmlGetUrl, XmlPutUrl: a `format: url` property.
#[test]
fn url() {
    let c = xml!();
    let expected = ModelWithUrlProperty::builder().url("https://myaccount.blob.core.windows.net/").build();
    run(async {
        assert_eq!(c.xml().get_uri(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_uri(expected, None).await, 201);
    });
}

fn retention() -> RetentionPolicy {
    RetentionPolicy::builder(true).days(7).build()
}

/// StorageGetServicePropertiesXML, StoragePutServicePropertiesXML: nested elements, booleans
/// and integers as text; the query `comp=properties&restype=service` once each.
#[test]
fn service_properties() {
    let c = xml!();
    let metrics = |include: bool| Metrics::builder(true).version("1.0").include_ap_is(include).retention_policy(retention());
    let expected = StorageServiceProperties::builder()
        .logging(Logging::builder("1.0", true, false, true, retention()).build())
        .hour_metrics(metrics(false).build())
        .minute_metrics(metrics(true).build())
        .build();
    run(async {
        assert_eq!(c.xml().get_service_properties(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_service_properties(expected, None).await, 201);
    });
}

/// StorageGetContainerACLXML, StoragePutContainerACLXML: a root list definition
/// (`SignedIdentifiers`, wrapped) with date-times.
#[test]
fn container_acls() {
    let c = xml!();
    let policy = AccessPolicy::builder(time("2009-09-28T08:49:37.123Z"), time("2009-09-29T08:49:37.123Z"), "rwd");
    let expected = vec![SignedIdentifier::builder("MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=", policy).build()];
    run(async {
        assert_eq!(c.xml().get_acls(None).await.unwrap().into_model().unwrap(), expected);
        assert_status(c.xml().put_acls(expected, None).await, 201);
    });
}

/// StorageListContainersXML: the server's listing leaves out `Prefix`, which the spec requires,
/// so the model refuses it (naming the element); the raw XML is what the server sent.
#[test]
fn list_containers() {
    let c = xml!();
    run(async {
        let response = c.xml().list_containers(None).await.unwrap();
        assert_eq!(u16::from(response.status()), 200);
        let raw = std::str::from_utf8(&response.to_raw_response().into_body()).unwrap().to_owned();
        assert!(raw.contains(r#"<EnumerationResults ServiceEndpoint="https://myaccount.blob.core.windows.net/">"#));
        assert!(raw.contains("<Name>textfiles</Name>"));
        let e = causes(&response.into_model().unwrap_err());
        assert!(e.contains("missing field `Prefix`"), "{e}");
    });
}

/// StorageListBlobsXML: as for containers, the listing lacks required elements (`Prefix`,
/// `Marker`, `MaxResults`, `Delimiter`, and each blob's `Deleted`, the first one read).
#[test]
fn list_blobs() {
    let c = xml!();
    run(async {
        let response = c.xml().list_blobs(None).await.unwrap();
        assert_eq!(u16::from(response.status()), 200);
        let raw = std::str::from_utf8(&response.to_raw_response().into_body()).unwrap().to_owned();
        assert!(raw.contains("<Name>blob3.txt</Name>"));
        let e = causes(&response.into_model().unwrap_err());
        assert!(e.contains("missing field `Deleted`"), "{e}");
    });
}

/// `xml_getHeaders` (no scenario of its own): a declared response header of an XML operation.
#[test]
fn response_headers() {
    let c = xml!();
    run(async {
        let response = c.xml().get_headers(None).await.unwrap();
        assert_eq!(response.custom_header().unwrap().as_deref(), Some("custom-value"));
    });
}
