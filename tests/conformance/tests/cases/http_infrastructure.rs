//! httpInfrastructure.json: `/http/success`, `/http/failure`, `/http/redirect`, `/http/retry`,
//! `/http/payloads` (multiple responses).

use super::run;
use conformance_tests::{assert_no_body, assert_status, failed_status};

macro_rules! http {
    () => {
        client!(http_infrastructure, HttpInfrastructureClient, HttpInfrastructureClientOptions)
    };
}

/// HttpSuccess200Get/Put/Post/Patch/Delete/Head, HttpSuccess201Put/Post,
/// HttpSuccess202Put/Post/Patch/Delete, HttpSuccess204Put/Post/Patch/Delete/Head,
/// HttpSuccess404Head.
#[test]
fn success() {
    let c = http!();
    run(async {
        let s = c.http_success();
        assert!(s.get200(None).await.unwrap().into_model().unwrap());
        assert_status(s.put200(None).await, 200);
        assert_status(s.post200(None).await, 200);
        assert_status(s.patch200(None).await, 200);
        assert_status(s.delete200(None).await, 200);
        assert_status(s.head200(None).await, 200);
        assert_status(s.put201(None).await, 201);
        assert_status(s.post201(None).await, 201);
        assert_status(s.put202(None).await, 202);
        assert_status(s.post202(None).await, 202);
        assert_status(s.patch202(None).await, 202);
        assert_status(s.delete202(None).await, 202);
        assert_status(s.put204(None).await, 204);
        assert_status(s.post204(None).await, 204);
        assert_status(s.patch204(None).await, 204);
        assert_status(s.delete204(None).await, 204);
        assert_status(s.head204(None).await, 204);
        assert_status(s.head404(None).await, 404);
    });
}

/// HttpClientFailure400Head/Get/Put/Post/Patch/Delete, HttpClientFailure401Head,
/// 402Get, 403Get, 404Put, 405Patch, 406Post, 407Delete, 409Put, 410Head, 411Get, 412Get,
/// 413Put, 414Patch, 415Post, 416Get, 417Delete, 429Head: each an error with its status.
#[test]
fn client_failures() {
    let c = http!();
    run(async {
        let f = c.http_client_failure();
        assert_eq!(failed_status(f.head400(None).await), 400);
        assert_eq!(failed_status(f.get400(None).await), 400);
        assert_eq!(failed_status(f.put400(None).await), 400);
        assert_eq!(failed_status(f.post400(None).await), 400);
        assert_eq!(failed_status(f.patch400(None).await), 400);
        assert_eq!(failed_status(f.delete400(None).await), 400);
        assert_eq!(failed_status(f.head401(None).await), 401);
        assert_eq!(failed_status(f.get402(None).await), 402);
        assert_eq!(failed_status(f.get403(None).await), 403);
        assert_eq!(failed_status(f.put404(None).await), 404);
        assert_eq!(failed_status(f.patch405(None).await), 405);
        assert_eq!(failed_status(f.post406(None).await), 406);
        assert_eq!(failed_status(f.delete407(None).await), 407);
        assert_eq!(failed_status(f.put409(None).await), 409);
        assert_eq!(failed_status(f.head410(None).await), 410);
        assert_eq!(failed_status(f.get411(None).await), 411);
        assert_eq!(failed_status(f.get412(None).await), 412);
        assert_eq!(failed_status(f.put413(None).await), 413);
        assert_eq!(failed_status(f.patch414(None).await), 414);
        assert_eq!(failed_status(f.post415(None).await), 415);
        assert_eq!(failed_status(f.get416(None).await), 416);
        assert_eq!(failed_status(f.delete417(None).await), 417);
        assert_eq!(failed_status(f.head429(None).await), 429);
    });
}

/// HttpServerFailure501Head/Get, HttpServerFailure505Post/Delete.
#[test]
fn server_failures() {
    let c = http!();
    run(async {
        let f = c.http_server_failure();
        assert_eq!(failed_status(f.head501(None).await), 501);
        assert_eq!(failed_status(f.get501(None).await), 501);
        assert_eq!(failed_status(f.post505(None).await), 505);
        assert_eq!(failed_status(f.delete505(None).await), 505);
    });
}

/// ResponsesScenarioEmptyErrorBody, ResponsesScenarioNoModelErrorBody,
/// ResponsesScenarioNoModelEmptyBody: 400s.
#[test]
fn failure_bodies() {
    let c = http!();
    run(async {
        let f = c.http_failure();
        assert_eq!(failed_status(f.get_empty_error(None).await), 400);
        assert_eq!(failed_status(f.get_no_model_error(None).await), 400);
        assert_eq!(failed_status(f.get_no_model_empty(None).await), 400);
    });
}

/// HttpRedirect300Get/Head (300 returned as is), HttpRedirect301Get/Head, 302Get/Head (followed),
/// HttpRedirect301Put, 302Patch (not followed: returned as declared), HttpRedirect303Post
/// (followed as a GET), HttpRedirect307Get/Head/Put/Post/Patch/Delete (followed, same method).
#[test]
fn redirects() {
    let c = http!();
    run(async {
        let r = c.http_redirects();
        let got = r.get300(None).await.unwrap();
        assert_eq!(u16::from(got.status()), 300);
        assert_eq!(got.into_model().unwrap(), vec!["/http/success/get/200".to_owned()]);
        assert_status(r.head300(None).await, 300);
        assert_status(r.get301(None).await, 200);
        assert_status(r.head301(None).await, 200);
        assert_status(r.put301(None).await, 301);
        assert_status(r.get302(None).await, 200);
        assert_status(r.head302(None).await, 200);
        assert_status(r.patch302(None).await, 302);
        assert_status(r.post303(None).await, 200);
        assert_status(r.get307(None).await, 200);
        assert_status(r.head307(None).await, 200);
        assert_status(r.put307(None).await, 200);
        assert_status(r.post307(None).await, 200);
        assert_status(r.patch307(None).await, 200);
        assert_status(r.delete307(None).await, 200);
    });
}

/// HttpRetry408Head, HttpRetry500Put/Patch, HttpRetry502Get, HttpRetry503Post/Delete,
/// HttpRetry504Put/Patch: the first answer is the error, azure_core's retry policy repeats the
/// request and gets 200.
#[test]
fn retries() {
    let c = http!();
    run(async {
        let r = c.http_retry();
        assert_status(r.head408(None).await, 200);
        assert_status(r.put500(None).await, 200);
        assert_status(r.patch500(None).await, 200);
        assert_status(r.get502(None).await, 200);
        assert_status(r.post503(None).await, 200);
        assert_status(r.delete503(None).await, 200);
        assert_status(r.put504(None).await, 200);
        assert_status(r.patch504(None).await, 200);
    });
}

/// HttpRetry502Options, HttpRedirect307Options, HttpClientFailure400Options/403Options/412Options:
/// azure_core 1.1 has no OPTIONS method, and the generator leaves OPTIONS operations out (with a
/// note), so there is nothing to call. Fails until the operations exist; then call them here.
#[test]
#[ignore = "GAP: OPTIONS method"]
fn options_method() {
    panic!("OPTIONS operations are not generated (azure_core 1.1 has no Method::Options)");
}

/// ResponsesScenarioA200MatchingModel, A204MatchingNoModel, A201DefaultNoModel (201 is not
/// declared: an error), A202DefaultNoModel (same), A400DefaultModel; B200MatchingModel,
/// B400DefaultModel; C200MatchingModel, C400DefaultModel; D202MatchingNoModel,
/// D204MatchingNoModel, D400DefaultModel; E202MatchingInvalid, E204MatchingNoModel,
/// E400DefaultNoModel, E400DefaultInvalid; F200DefaultModel, F200DefaultNone, F400DefaultModel,
/// F400DefaultNone; G200DefaultInvalid, G200DefaultNoModel, G400DefaultInvalid,
/// G400DefaultNoModel; H200MatchingNone, H200MatchingModel, H200MatchingInvalid,
/// H400NonMatchingNone, H400NonMatchingModel, H400NonMatchingInvalid, H202NonMatchingModel.
#[test]
fn multiple_responses() {
    let c = http!();
    run(async {
        let m = c.multiple_responses();
        let a = m.get200_model204_no_model_default_error200_valid(None).await.unwrap().into_model().unwrap();
        assert_eq!(a.status_code.as_deref(), Some("200"));
        assert_no_body(&m.get200_model204_no_model_default_error204_valid(None).await.unwrap(), 204);
        assert_eq!(failed_status(m.get200_model204_no_model_default_error201_invalid(None).await), 201);
        assert_eq!(failed_status(m.get200_model204_no_model_default_error202_none(None).await), 202);
        assert_eq!(failed_status(m.get200_model204_no_model_default_error400_valid(None).await), 400);

        let a = m.get200_model201_model_default_error200_valid(None).await.unwrap().into_model().unwrap();
        assert_eq!(a.status_code.as_deref(), Some("200"));
        assert_eq!(failed_status(m.get200_model201_model_default_error400_valid(None).await), 400);

        let a = m.get200_model_a201_model_c404_model_d_default_error200_valid(None).await.unwrap().into_model().unwrap();
        assert_eq!(a.status_code.as_deref(), Some("200"));
        assert_eq!(failed_status(m.get200_model_a201_model_c404_model_d_default_error400_valid(None).await), 400);

        assert_status(m.get202_none204_none_default_error202_none(None).await, 202);
        assert_status(m.get202_none204_none_default_error204_none(None).await, 204);
        assert_eq!(failed_status(m.get202_none204_none_default_error400_valid(None).await), 400);
        assert_status(m.get202_none204_none_default_none202_invalid(None).await, 202);
        assert_status(m.get202_none204_none_default_none204_none(None).await, 204);
        assert_eq!(failed_status(m.get202_none204_none_default_none400_none(None).await), 400);
        assert_eq!(failed_status(m.get202_none204_none_default_none400_invalid(None).await), 400);

        let a = m.get_default_model_a200_valid(None).await.unwrap().into_model().unwrap();
        assert_eq!(a.status_code.as_deref(), Some("200"));
        assert_no_body(&m.get_default_model_a200_none(None).await.unwrap(), 200);
        assert_eq!(failed_status(m.get_default_model_a400_valid(None).await), 400);
        assert_eq!(failed_status(m.get_default_model_a400_none(None).await), 400);
        assert_status(m.get_default_none200_invalid(None).await, 200);
        assert_status(m.get_default_none200_none(None).await, 200);
        assert_eq!(failed_status(m.get_default_none400_invalid(None).await), 400);
        assert_eq!(failed_status(m.get_default_none400_none(None).await), 400);

        assert_no_body(&m.get200_model_a200_none(None).await.unwrap(), 200);
        let a = m.get200_model_a200_valid(None).await.unwrap().into_model().unwrap();
        assert_eq!(a.status_code.as_deref(), Some("200"));
        let a = m.get200_model_a200_invalid(None).await.unwrap().into_model().unwrap();
        assert_eq!(a.status_code, None); // {"statusCodeInvalid": "200"}: an unknown property
        assert_eq!(failed_status(m.get200_model_a400_none(None).await), 400);
        assert_eq!(failed_status(m.get200_model_a400_valid(None).await), 400);
        assert_eq!(failed_status(m.get200_model_a400_invalid(None).await), 400);
        assert_eq!(failed_status(m.get200_model_a202_valid(None).await), 202);
    });
}

/// ResponsesScenarioB201MatchingModel, C201MatchingModel, C404MatchingModel: a second declared
/// response type (`201: B`, `201: C`, `404: D`) has no typed access (the method returns
/// `Response<A>` for every declared status, GAPS.md "one response type per operation"); the test
/// asserts the status and the raw body.
#[test]
fn multiple_response_types() {
    let c = http!();
    run(async {
        let m = c.multiple_responses();
        let json = |b: &[u8]| serde_json::from_slice::<serde_json::Value>(b).unwrap();
        let r = m.get200_model201_model_default_error201_valid(None).await.unwrap();
        assert_eq!(u16::from(r.status()), 201);
        assert_eq!(json(r.body()), serde_json::json!({"statusCode": "201", "textStatusCode": "Created"}));
        let r = m.get200_model_a201_model_c404_model_d_default_error201_valid(None).await.unwrap();
        assert_eq!(u16::from(r.status()), 201);
        assert_eq!(json(r.body()), serde_json::json!({"httpCode": "201"}));
        let r = m.get200_model_a201_model_c404_model_d_default_error404_valid(None).await.unwrap();
        assert_eq!(u16::from(r.status()), 404);
        assert_eq!(json(r.body()), serde_json::json!({"httpStatusCode": "404"}));
    });
}
