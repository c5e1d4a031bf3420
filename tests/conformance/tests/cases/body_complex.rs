//! body-complex.json: `/complex/*` (legacy routes). Models are `#[non_exhaustive]`: the tests
//! build request bodies from the server's JSON with serde (`model(json)`), or send back what a GET
//! decoded (the routes' GET and PUT bodies are the same object), so both directions are checked.

use super::run;
use conformance_tests::body_complex::models::*;
use conformance_tests::{assert_no_body, assert_status};
use serde_json::json;

macro_rules! complex {
    () => {
        client!(body_complex, BodyComplexClient, BodyComplexClientOptions)
    };
}

/// A model from JSON (the models cannot be built with struct literals outside the crate).
fn model<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("the model decodes")
}

/// The JSON a model serializes to.
fn to_json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap()
}

/// getComplexBasicValid, putComplexBasicValid, getComplexBasicEmpty, getComplexBasicNull,
/// getComplexBasicInvalid (`"id": "a"` does not decode), getComplexBasicNotProvided (200
/// without a body: asserted raw, GAPS.md "null-body").
#[test]
fn basic() {
    let c = complex!();
    run(async {
        let b = c.basic();
        let v = b.get_valid(None).await.unwrap().into_model().unwrap();
        assert_eq!((v.id, v.name.as_deref(), v.color.clone()), (Some(2), Some("abc"), Some(CmykColors::Yellow)));
        assert_status(b.put_valid(model::<Basic>(json!({"id": 2, "name": "abc", "color": "Magenta"})), None).await, 200);
        assert_eq!(b.get_empty(None).await.unwrap().into_model().unwrap(), Basic::default());
        assert_eq!(b.get_null(None).await.unwrap().into_model().unwrap(), Basic::default());
        assert!(b.get_invalid(None).await.unwrap().into_model().is_err());
        assert_no_body(&b.get_not_provided(None).await.unwrap(), 200);
    });
}

/// getComplexPrimitiveInteger/Long/Float/Double/Bool/String/Date/DateTime/DateTimeRfc1123/
/// Duration/Byte and the matching putComplexPrimitive* (the decoded value sent back).
#[test]
fn primitives() {
    let c = complex!();
    run(async {
        let p = c.primitive();
        let v = p.get_int(None).await.unwrap().into_model().unwrap();
        assert_eq!((v.field1, v.field2), (Some(-1), Some(2)));
        assert_status(p.put_int(v, None).await, 200);
        let v = p.get_long(None).await.unwrap().into_model().unwrap();
        assert_eq!((v.field1, v.field2), (Some(1099511627775), Some(-999511627788)));
        assert_status(p.put_long(v, None).await, 200);
        let v = p.get_float(None).await.unwrap().into_model().unwrap();
        assert_eq!((v.field1, v.field2), (Some(1.05), Some(-0.003)));
        assert_status(p.put_float(v, None).await, 200);
        let v = p.get_double(None).await.unwrap().into_model().unwrap();
        assert_eq!(v.field1, Some(3e-100));
        assert_status(p.put_double(v, None).await, 200);
        let v = p.get_bool(None).await.unwrap().into_model().unwrap();
        assert_eq!((v.field_true, v.field_false), (Some(true), Some(false)));
        assert_status(p.put_bool(v, None).await, 200);
        let v = p.get_string(None).await.unwrap().into_model().unwrap();
        assert_eq!((v.field.as_deref(), v.empty.as_deref(), v.null.as_deref()), (Some("goodrequest"), Some(""), None));
        assert_status(p.put_string(v, None).await, 200);
        let v = p.get_date(None).await.unwrap().into_model().unwrap();
        assert_eq!((v.field.as_deref(), v.leap.as_deref()), (Some("0001-01-01"), Some("2016-02-29")));
        assert_status(p.put_date(v, None).await, 200);
        let v = p.get_date_time(None).await.unwrap().into_model().unwrap();
        assert_eq!(v.field, Some(azure_core::time::parse_rfc3339("0001-01-01T00:00:00Z").unwrap()));
        assert_eq!(v.now, Some(azure_core::time::parse_rfc3339("2015-05-18T18:38:00Z").unwrap()));
        assert_status(p.put_date_time(v, None).await, 200);
        let v = p.get_date_time_rfc1123(None).await.unwrap().into_model().unwrap();
        assert_eq!(v.field.as_deref(), Some("Mon, 01 Jan 0001 00:00:00 GMT"));
        assert_status(p.put_date_time_rfc1123(v, None).await, 200);
        let v = p.get_duration(None).await.unwrap().into_model().unwrap();
        assert_eq!(v.field.as_deref(), Some("P123DT22H14M12.011S"));
        assert_status(p.put_duration(v, None).await, 200);
        let v = p.get_byte(None).await.unwrap().into_model().unwrap();
        assert_eq!(v.field.as_deref(), Some("//79/AD6+fj39g=="));
        assert_status(p.put_byte(v, None).await, 200);
    });
}

/// getComplexArrayEmpty, putComplexArrayEmpty, getComplexArrayNotProvided.
#[test]
fn array_empty() {
    let c = complex!();
    run(async {
        let a = c.array();
        assert_eq!(a.get_empty(None).await.unwrap().into_model().unwrap().array, Some(vec![]));
        assert_status(a.put_empty(model::<ArrayWrapper>(json!({"array": []})), None).await, 200);
        assert_eq!(a.get_not_provided(None).await.unwrap().into_model().unwrap().array, None);
    });
}

/// getComplexArrayValid, putComplexArrayValid: `["1, 2, 3, 4", "", null, "&S#$(*Y", ...]`, a
/// `null` item (`None`: body-complex is generated with `nullable_items`), sent back as `null`.
#[test]
fn array_valid() {
    let c = complex!();
    run(async {
        let a = c.array();
        let v = a.get_valid(None).await.unwrap().into_model().unwrap();
        let s = |v: &str| Some(v.to_owned());
        let want = [s("1, 2, 3, 4"), s(""), None, s("&S#$(*Y"), s("The quick brown fox jumps over the lazy dog")];
        assert_eq!(v.array(), want);
        assert_status(a.put_valid(v, None).await, 200);
    });
}

/// getComplexDictionaryEmpty, putComplexDictionaryEmpty, getComplexDictionaryNull,
/// getComplexDictionaryNotProvided.
#[test]
fn dictionary_empty() {
    let c = complex!();
    run(async {
        let d = c.dictionary();
        assert_eq!(d.get_empty(None).await.unwrap().into_model().unwrap().default_program, Some(Default::default()));
        assert_status(d.put_empty(model::<DictionaryWrapper>(json!({"defaultProgram": {}})), None).await, 200);
        assert_eq!(d.get_null(None).await.unwrap().into_model().unwrap().default_program, None);
        assert_eq!(d.get_not_provided(None).await.unwrap().into_model().unwrap().default_program, None);
    });
}

/// getComplexDictionaryValid, putComplexDictionaryValid: `{"txt": "notepad", ..., "": null}`, a
/// `null` value (`None` with `nullable_items`), sent back as `null`.
#[test]
fn dictionary_valid() {
    let c = complex!();
    run(async {
        let d = c.dictionary();
        let v = d.get_valid(None).await.unwrap().into_model().unwrap();
        let s = |v: &str| Some(v.to_owned());
        let want = [("txt", s("notepad")), ("bmp", s("mspaint")), ("xls", s("excel")), ("exe", s("")), ("", None)];
        let want: std::collections::BTreeMap<String, Option<String>> = want.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        assert_eq!(v.default_program.as_ref(), Some(&want));
        assert_status(d.put_valid(v, None).await, 200);
    });
}

/// getComplexInheritanceValid, putComplexInheritanceValid (a `Siamese` with its `Dog`s).
#[test]
fn inheritance() {
    let c = complex!();
    run(async {
        let i = c.inheritance();
        let v = i.get_valid(None).await.unwrap().into_model().unwrap();
        assert_eq!((v.id, v.name.as_deref(), v.breed.as_deref()), (Some(2), Some("Siameeee"), Some("persian")));
        assert_eq!(v.hates().len(), 2);
        assert_status(i.put_valid(v, None).await, 200);
    });
}

/// getComplexPolymorphismValid, putComplexPolymorphismValid, getComplexPolymorphismComplicated
/// (decodes as a `Salmon`; see `polymorphism_complicated_put`), putComplexPolymorphismNoDiscriminator (siblings with their discriminators; the answer
/// without), getComplexPolymorphismDotSyntax (`fish.type`), getComposedWithDiscriminator,
/// getComposedWithoutDiscriminator.
#[test]
fn polymorphism() {
    let c = complex!();
    run(async {
        let p = c.polymorphism();
        let fish = p.get_valid(None).await.unwrap().into_model().unwrap();
        let Fish::Salmon(salmon) = &fish else { panic!("a salmon: {fish:?}") };
        assert_eq!((salmon.location.as_deref(), salmon.siblings().len()), (Some("alaska"), 3));
        // body-complex is generated with `nullable_items`: items are `Option`s.
        assert!(matches!(salmon.siblings()[1], Some(Fish::Sawshark(_))));
        assert!(matches!(salmon.siblings()[2], Some(Fish::Goblinshark(_))));
        assert_status(p.put_valid(fish, None).await, 200);
        // `salmon` has a kind of its own: the answer is a `SalmonUnion`, here a `smart_salmon`.
        let salmon = p.get_complicated(None).await.unwrap().into_model().unwrap();
        let SalmonUnion::SmartSalmon(smart) = &salmon else { panic!("a smart_salmon: {salmon:?}") };
        assert_eq!((smart.location.as_deref(), smart.siblings().len()), (Some("alaska"), 3));
        assert_eq!(smart.additional_properties["additionalProperty1"], json!(1));
        let regular = json!({
            "fishtype": "salmon", "location": "alaska", "iswild": true, "species": "king", "length": 1.0,
            "siblings": [
                {"fishtype": "shark", "age": 6, "birthday": "2012-01-05T01:00:00Z", "length": 20.0, "species": "predator"},
                {"fishtype": "sawshark", "age": 105, "birthday": "1900-01-05T01:00:00Z", "length": 10.0,
                 "picture": "//////4=", "species": "dangerous"},
                {"fishtype": "goblin", "age": 1, "birthday": "2015-08-08T00:00:00Z", "length": 30.0,
                 "species": "scary", "jawsize": 5, "color": "pinkish-gray"}
            ]
        });
        let answer = p.put_missing_discriminator(model::<SalmonUnion>(regular), None).await.unwrap().into_model().unwrap();
        // Without its `fishtype`, the answer reads as the `Salmon` the operation names.
        let SalmonUnion::Salmon(answer) = answer else { panic!("a salmon: {answer:?}") };
        assert_eq!(answer.location.as_deref(), Some("alaska"));
        assert_eq!(answer.siblings().len(), 3);
        let dot = p.get_dot_syntax(None).await.unwrap().into_model().unwrap();
        let DotFish::DotSalmon(dot) = dot else { panic!("a DotSalmon") };
        assert_eq!((dot.location.as_deref(), dot.iswild), (Some("sweden"), Some(true)));
        let market = p.get_composed_with_discriminator(None).await.unwrap().into_model().unwrap();
        assert_eq!((market.salmons().len(), market.fishes().len()), (2, 2));
        assert!(matches!(market.sample_fish, Some(DotFish::DotSalmon(_))));
        let market = p.get_composed_without_discriminator(None).await.unwrap().into_model().unwrap();
        assert_eq!((market.salmons().len(), market.fishes().len()), (2, 2));
        assert_eq!(market.sample_salmon.and_then(|s| s.location).as_deref(), Some("sweden"));
    });
}

/// getComplexPolymorphicRecursiveValid, putComplexPolymorphicRecursiveValid.
#[test]
fn polymorphic_recursive() {
    let c = complex!();
    run(async {
        let p = c.polymorphicrecursive();
        let fish = p.get_valid(None).await.unwrap().into_model().unwrap();
        let Fish::Salmon(s) = &fish else { panic!("a salmon") };
        let Some(Fish::Shark(shark)) = &s.siblings()[0] else { panic!("a shark") };
        assert_eq!(shark.siblings().len(), 2);
        assert_status(p.put_valid(fish, None).await, 200);
    });
}

/// getComplexReadOnlyPropertyValid, putComplexReadOnlyPropertyValid (`id` is read-only: not
/// sent back).
#[test]
fn read_only_property() {
    let c = complex!();
    run(async {
        let r = c.readonlyproperty();
        let v = r.get_valid(None).await.unwrap().into_model().unwrap();
        assert_eq!((v.id.as_deref(), v.size), (Some("1234"), Some(2)));
        assert_eq!(to_json(&v), json!({"size": 2}));
        assert_status(r.put_valid(v, None).await, 200);
    });
}

/// putComplexPolymorphismComplicated: the operation's body is `salmon`, a kind of `Fish` with a
/// kind of its own (`smart_salmon`, which allows additional properties): a `SalmonUnion`, so the
/// `smart_salmon` answer of getComplicated goes back as it came (`fishtype: smart_salmon`,
/// `additionalProperty1..5`).
#[test]
fn polymorphism_complicated_put() {
    let c = complex!();
    run(async {
        let p = c.polymorphism();
        let salmon = p.get_complicated(None).await.unwrap().into_model().unwrap();
        assert_status(p.put_complicated(salmon, None).await, 200);
    });
}
