//! The `xml` fixture: XML bodies written and read through the generated models and methods
//! (element and attribute names, text, wrapped and unwrapped lists, a root list, `?query`
//! path keys), and a JSON operation beside them.

use super::{block_on, client_options, reply, Reply, Scripted};
use golden_compile::xml::models::{Book, Label, Shelf};
use golden_compile::xml::XmlClient;
use std::sync::Arc;

fn client(http: &Arc<Scripted>) -> XmlClient {
    let options = golden_compile::xml::XmlClientOptions { client_options: client_options(http), ..Default::default() };
    XmlClient::with_no_credential("https://xml.example.net", Some(options)).expect("client")
}

/// A reply with an XML body.
fn xml_reply(body: &str) -> Reply {
    Reply { status: 200, headers: vec![("content-type".into(), "application/xml".into())], body: body.into() }
}

fn date(text: &str) -> azure_core::time::OffsetDateTime {
    azure_core::time::parse_rfc3339(text).expect("date-time")
}

fn shelf() -> Shelf {
    Shelf::builder("s1")
        .label(Label::builder().language("en").text("Fiction").build())
        .books([
            Book::builder().title("Emma").build(),
            Book::builder().title("Persuasion").published(date("1817-12-20T00:00:00Z")).build(),
        ])
        .tags(["classic", ""])
        .owner("Jane")
        .build()
}

const SHELF_XML: &str = concat!(
    r#"<?xml version="1.0" encoding="utf-8"?><lib:shelf xmlns:lib="https://xml.example.net/lib" id="s1">"#,
    r#"<Caption lang="en">Fiction</Caption>"#,
    "<book><title>Emma</title></book><book><title>Persuasion</title><published>1817-12-20T00:00:00Z</published></book>",
    "<Tags><Tag>classic</Tag><Tag/></Tags><lib:Owner>Jane</lib:Owner></lib:shelf>",
);

#[test]
fn xml_bodies_are_written_under_their_root_element() {
    let http = Scripted::new([reply(201, &[], serde_json::Value::Null)]);
    let c = client(&http);
    block_on(c.shelves().put("s1", shelf(), None)).expect("put");
    let sent = http.last();
    assert_eq!(sent.url, "https://xml.example.net/shelves/s1");
    assert_eq!(sent.header("content-type"), Some("application/xml"));
    assert_eq!(sent.header("accept"), Some("application/xml"));
    assert_eq!(std::str::from_utf8(&sent.body).unwrap(), SHELF_XML);
}

#[test]
fn xml_bodies_are_read_by_their_element_names() {
    let http = Scripted::new([xml_reply(SHELF_XML)]);
    let got = block_on(client(&http).shelves().get("s1", None)).expect("get").into_model().expect("model");
    assert_eq!(got.owner.as_deref(), Some("Jane"), "a prefixed element reads by its name");
    assert_eq!(got, shelf());
}

#[test]
fn empty_wrapped_lists_are_empty_and_absent_ones_none() {
    let http = Scripted::new([xml_reply(r#"<shelf id="s2"><Tags/></shelf>"#)]);
    let got = block_on(client(&http).shelves().get("s2", None)).expect("get").into_model().expect("model");
    assert_eq!(got.tags, Some(Vec::new()));
    assert_eq!(got.books, None);
}

#[test]
fn root_lists_and_query_path_keys() {
    let http = Scripted::new([
        xml_reply("<books><book><title>Emma</title></book><book/></books>"),
        reply(201, &[], serde_json::Value::Null),
    ]);
    let c = client(&http);
    let books = block_on(c.shelves().list_books("s1", None)).expect("list").into_model().expect("model");
    assert_eq!(books, vec![Book::builder().title("Emma").build(), Book::builder().build()]);
    let get = http.last();
    assert_eq!(get.url, "https://xml.example.net/shelves/s1?comp=books");
    assert_eq!(get.header("accept"), Some("text/xml"));
    block_on(c.shelves().put_books("s1", books, None)).expect("put");
    let put = http.last();
    assert_eq!(put.header("content-type"), Some("text/xml"));
    assert_eq!(
        std::str::from_utf8(&put.body).unwrap(),
        r#"<?xml version="1.0" encoding="utf-8"?><books><book><title>Emma</title></book><book/></books>"#
    );
}

#[test]
fn json_operations_of_an_xml_api_stay_json() {
    let http = Scripted::new([reply(200, &[], serde_json::json!({ "bookCount": 3 }))]);
    let stats = block_on(client(&http).stats().get(None)).expect("get").into_model().expect("model");
    assert_eq!(stats.book_count, Some(3));
    assert_eq!(http.last().header("accept"), Some("application/json"));
}
