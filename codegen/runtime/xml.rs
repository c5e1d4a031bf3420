//! XML bodies (operations whose `consumes`/`produces` name XML), through azure_core's `xml`
//! (quick-xml with serde). Structs are read with `azure_core::http::XmlFormat`; the element
//! names are the models' serde names (`@name` an attribute, `$text` the element's text).

/// XML bodies: request content under a root element, lists (a root list, a wrapped list
/// property) whose items are elements of one name.
// @gate
pub mod xml {
    use azure_core::http::response::ResponseBody;
    use azure_core::http::{DeserializeWith, Format, RequestContent};
    use serde::de::{DeserializeOwned, MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// `value` as an XML request body, in the element `root`.
    pub fn to_content<T: Serialize>(value: &T, root: &str) -> azure_core::Result<RequestContent<T>> {
        Ok(azure_core::xml::to_xml_with_root(root, value)?.into())
    }

    /// A list as an XML request body: each item an `item` element inside the element `root`.
    pub fn list_to_content<T: Serialize>(
        items: &[T],
        root: &str,
        item: &str,
    ) -> azure_core::Result<RequestContent<Vec<T>>> {
        Ok(azure_core::xml::to_xml_with_root(root, &Items { item, items })?.into())
    }

    /// As [`to_content`], the root element declaring a namespace: `(attribute, uri)`, the
    /// attribute `xmlns` or `xmlns:prefix`.
    pub fn to_content_in<T: Serialize>(
        value: &T,
        root: &str,
        namespace: (&str, &str),
    ) -> azure_core::Result<RequestContent<T>> {
        let xml = azure_core::xml::to_xml_with_root(root, value)?;
        Ok(declare(&xml, root, namespace).into())
    }

    /// As [`list_to_content`], the root element declaring a namespace (see [`to_content_in`]).
    pub fn list_to_content_in<T: Serialize>(
        items: &[T],
        root: &str,
        item: &str,
        namespace: (&str, &str),
    ) -> azure_core::Result<RequestContent<Vec<T>>> {
        let xml = azure_core::xml::to_xml_with_root(root, &Items { item, items })?;
        Ok(declare(&xml, root, namespace).into())
    }

    /// `xml` with `attribute="uri"` on its root element `root` (the first `<root` after the
    /// declaration: serde writes nothing before it).
    fn declare(xml: &[u8], root: &str, (attribute, uri): (&str, &str)) -> azure_core::Bytes {
        let open = format!("<{root}");
        let at = xml.windows(open.len()).position(|w| w == open.as_bytes()).map_or(xml.len(), |i| i + open.len());
        let uri = uri.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
        let mut out = Vec::with_capacity(xml.len() + attribute.len() + uri.len() + 4);
        out.extend_from_slice(&xml[..at]);
        out.extend_from_slice(format!(" {attribute}=\"{uri}\"").as_bytes());
        out.extend_from_slice(&xml[at..]);
        out.into()
    }

    /// The format of XML responses whose root element is a list (`Response<Vec<T>, XmlList>`):
    /// every child element of the root is an item.
    #[derive(Clone, Debug)]
    pub struct XmlList;

    impl Format for XmlList {
        fn deserialize<T: DeserializeOwned, S: AsRef<[u8]>>(body: S) -> azure_core::Result<T> {
            azure_core::xml::from_xml(body)
        }
    }

    impl<T: DeserializeOwned> DeserializeWith<XmlList> for Vec<T> {
        fn deserialize_with(body: ResponseBody) -> azure_core::Result<Self> {
            azure_core::xml::from_xml::<_, List<T>>(body).map(|list| list.0)
        }
    }

    /// Items written as elements named `item`, in the element serde is writing.
    struct Items<'a, T> {
        item: &'a str,
        items: &'a [T],
    }

    impl<T: Serialize> Serialize for Items<'_, T> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(Some(self.items.len()))?;
            for item in self.items {
                map.serialize_entry(self.item, item)?;
            }
            map.end()
        }
    }

    /// The child elements of one element, each read as an item whatever its name.
    struct List<T>(Vec<T>);

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct ItemsVisitor<T>(std::marker::PhantomData<T>);
            impl<'de, T: Deserialize<'de>> Visitor<'de> for ItemsVisitor<T> {
                type Value = List<T>;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("an element holding a list")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<List<T>, A::Error> {
                    let mut items = Vec::new();
                    while map.next_key::<serde::de::IgnoredAny>()?.is_some() {
                        items.push(map.next_value()?);
                    }
                    Ok(List(items))
                }
            }
            deserializer.deserialize_map(ItemsVisitor(std::marker::PhantomData))
        }
    }

    /// A list property's field type: `Vec<T>`, or `Option<Vec<T>>` when optional.
    pub trait ListField: Sized {
        type Item;
        fn items(&self) -> &[Self::Item];
        fn from_items(items: Vec<Self::Item>) -> Self;
    }

    impl<T> ListField for Vec<T> {
        type Item = T;
        fn items(&self) -> &[T] {
            self
        }
        fn from_items(items: Vec<T>) -> Self {
            items
        }
    }

    impl<T> ListField for Option<Vec<T>> {
        type Item = T;
        fn items(&self) -> &[T] {
            self.as_deref().unwrap_or_default()
        }
        fn from_items(items: Vec<T>) -> Self {
            Some(items)
        }
    }

    /// Writes a wrapped list property (`xml.wrapped`): its items as `item` elements inside the
    /// property's element.
    pub fn serialize_wrapped<L, S>(list: &L, item: &str, serializer: S) -> Result<S::Ok, S::Error>
    where
        L: ListField,
        L::Item: Serialize,
        S: Serializer,
    {
        Items { item, items: list.items() }.serialize(serializer)
    }

    /// Reads a wrapped list property: every child element is an item.
    pub fn deserialize_wrapped<'de, L, D>(deserializer: D) -> Result<L, D::Error>
    where
        L: ListField,
        L::Item: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        List::deserialize(deserializer).map(|list| L::from_items(list.0))
    }
}
// @gate
pub use xml::XmlList;
