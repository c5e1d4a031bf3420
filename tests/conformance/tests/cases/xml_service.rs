//! xml-service.json (`/xml/*`): its operations declare `application/xml`; the generator writes
//! and reads every body as JSON (`content-type: application/json`, serde_json).

use super::run;
use conformance_tests::assert_status;
use conformance_tests::xml_service::models::JsonInput;

macro_rules! xml {
    () => {
        client!(xml_service, XmlServiceClient, XmlServiceClientOptions)
    };
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

/// GetSimpleXML, PutSimpleXML (and the other 29 XML scenarios: wrapped / empty / root lists,
/// complex-type refs, x-ms-text, bytes, url, the storage service properties, containers, ACLs
/// and blobs): the answer is XML, which `into_model()` parses as JSON (`expected value at line 1
/// column 1`); a PUT sends JSON.
#[test]
#[ignore = "GAP: XML bodies"]
fn simple_xml() {
    let c = xml!();
    run(async {
        let slideshow = c.xml().get_simple(None).await.unwrap().into_model().unwrap();
        assert_status(c.xml().put_simple(slideshow, None).await, 201);
    });
}
