//! lro.json: `/lro/*` (legacy routes). Every operation returns an azure_core `Poller`; awaiting
//! it polls to the end (`PollingOptions` of a few milliseconds: the routes answer
//! `Retry-After: 0`, the client floors every wait at `min_wait`) and gives the final
//! `Response<T>`, or the error of a `Failed`/`Canceled` operation or of a status outside the
//! declared ones. Success scenarios assert the final model; failure scenarios assert the error.

use super::run;
use azure_core::http::poller::PollerOptions;
use conformance_tests::lro::clients::lr_os_custom_header as ch;
use conformance_tests::lro::models::Product;
use conformance_tests::lro::{LroClient, PollingOptions};

fn lro() -> Option<LroClient> {
    let url = conformance_tests::server()?;
    let mut polling = PollingOptions::default();
    polling.min_wait = azure_core::time::Duration::milliseconds(1);
    polling.max_wait = azure_core::time::Duration::milliseconds(5);
    polling.max_polls = 50;
    let options = conformance_tests::lro::LroClientOptions {
        client_options: conformance_tests::client_options(),
        polling,
        ..Default::default()
    };
    Some(LroClient::with_no_credential(&url, Some(options)).expect("a client for the test server"))
}

macro_rules! lro {
    () => {{
        let Some(c) = lro() else { return };
        c
    }};
}

/// Awaits a poller to the end: the final response (panics with the operation's text on an error).
macro_rules! done {
    ($call:expr) => {{
        match $call.expect("the poller").await {
            Ok(r) => r,
            Err(e) => panic!("{}: {e} ({:?})", stringify!($call), e.kind()),
        }
    }};
}

/// Awaits a poller that must end in an error; the error.
macro_rules! fails {
    ($call:expr) => {{
        match $call {
            Err(e) => e,
            Ok(p) => match p.await {
                Ok(r) => panic!("{}: expected an error, got status {}", stringify!($call), r.status()),
                Err(e) => e,
            },
        }
    }};
}

fn state(p: &Product) -> Option<&str> {
    p.provisioning_state()
}

/// The final `Product` of a successful operation.
macro_rules! product {
    ($call:expr) => {{
        let p: Product = done!($call).into_model().expect("a Product");
        p
    }};
}

/// LROPutInlineComplete, LROPutInlineComplete201, LROPut200InlineCompleteNoState,
/// LROPutSucceededWithBody: the initial answer is the result.
#[test]
fn put_inline_complete() {
    let c = lro!();
    run(async {
        let l = c.lr_os();
        let p = product!(l.put200_succeeded(None));
        assert_eq!((p.id.as_deref(), state(&p)), (Some("100"), Some("Succeeded")));
        let p = product!(l.put201_succeeded(None));
        assert_eq!((p.id.as_deref(), state(&p)), (Some("100"), Some("Succeeded")));
        let p = product!(l.put200_succeeded_no_state(None));
        assert_eq!((p.id.as_deref(), p.name.as_deref(), state(&p)), (Some("100"), Some("foo"), None));
    });
}

/// LROPatchInlineCompleteIgnoreHeaders (optional): a 200 whose body says `Succeeded` is the
/// result, whatever `Azure-AsyncOperation` says (it names
/// `http://localhost/fakeurl_crash_with_404_you_should_not_call_this`, never read).
#[test]
fn patch_inline_complete_ignore_headers() {
    let c = lro!();
    run(async {
        let p = product!(c.lr_os().patch200_succeeded_ignore_headers(None));
        assert_eq!(state(&p), Some("Succeeded"));
    });
}

/// LROPutSucceededWithBody, LROPutSucceededNoBody (201 Creating / 200 Updating, then polled),
/// LROPutAsyncNoHeaderInRetry, LROPutAsyncRetrySucceeded, LROPutAsyncNoRetrySucceeded.
#[test]
fn put_polled() {
    let c = lro!();
    run(async {
        let l = c.lr_os();
        let p = product!(l.put201_creating_succeeded200(None));
        assert_eq!((p.id.as_deref(), state(&p)), (Some("100"), Some("Succeeded")));
        let p = product!(l.put200_updating_succeeded204(None));
        assert_eq!((p.id.as_deref(), state(&p)), (Some("100"), Some("Succeeded")));
        let p = product!(l.put_async_no_header_in_retry(None));
        assert_eq!(state(&p), Some("Succeeded"));
        let p = product!(l.put_async_retry_succeeded(None));
        assert_eq!((p.id.as_deref(), state(&p)), (Some("100"), Some("Succeeded")));
        let p = product!(l.put_async_no_retry_succeeded(None));
        assert_eq!((p.id.as_deref(), state(&p)), (Some("100"), Some("Succeeded")));
    });
}

/// LROPutFailed, LROPutCanceled, LROPutAsyncRetryFailed, LROPutAsyncNoRetryCanceled: the
/// operation ends `Failed`/`Canceled`, the poller's result is an error.
#[test]
fn put_failed_canceled() {
    let c = lro!();
    run(async {
        let l = c.lr_os();
        fails!(l.put201_creating_failed200(None));
        fails!(l.put200_acceptedcanceled200(None));
        fails!(l.put_async_retry_failed(None));
        fails!(l.put_async_no_retrycanceled(None));
    });
}

/// LROPutNonResourceAsyncInRetry, LROPutSubResourceAsyncInRetry.
#[test]
fn put_async_non_and_sub_resource() {
    let c = lro!();
    run(async {
        let l = c.lr_os();
        let s = done!(l.put_async_non_resource(None)).into_model().unwrap();
        assert_eq!((s.id.as_deref(), s.name.as_deref()), (Some("100"), Some("sku")));
        let s = done!(l.put_async_sub_resource(None)).into_model().unwrap();
        assert_eq!((s.id.as_deref(), s.provisioning_state()), (Some("100"), Some("Succeeded")));
    });
}

/// LROPut202Retry200, LROPutNoHeaderInRetry, LROPutNonResourceInRetry, LROPutSubResourceInRetry:
/// a PUT answered 202 with only a `Location`; the `Location` poll's 200 is the result (these
/// routes serve no GET of the original URL).
#[test]
fn put_location_result() {
    let c = lro!();
    run(async {
        let l = c.lr_os();
        let p = product!(l.put202_retry200(None));
        assert_eq!((p.id.as_deref(), p.name.as_deref()), (Some("100"), Some("foo")));
        let p = product!(l.put_no_header_in_retry(None));
        assert_eq!(state(&p), Some("Succeeded"));
        let s = done!(l.put_non_resource(None)).into_model().unwrap();
        assert_eq!((s.id.as_deref(), s.name.as_deref()), (Some("100"), Some("sku")));
        let s = done!(l.put_sub_resource(None)).into_model().unwrap();
        assert_eq!((s.id.as_deref(), s.provisioning_state()), (Some("100"), Some("Succeeded")));
    });
}

/// LROPatch201WithAsyncHeader, LROPatch202WithAsyncAndLocationHeader.
#[test]
fn patch_polled() {
    let c = lro!();
    run(async {
        let l = c.lr_os();
        let p = product!(l.patch201_retry_with_async_header(None));
        assert_eq!(state(&p), Some("Succeeded"));
        let p = product!(l.patch202_retry_with_async_and_location_header(None));
        assert_eq!(state(&p), Some("Succeeded"));
    });
}

/// LRODeleteInlineComplete, LRODelete204, LRODelete200 (202 then 200 / 204),
/// LRODeleteNoHeaderInRetry, LRODeleteAsyncNoHeaderInRetry, LRODeleteAsyncRetrySucceeded,
/// LRODeleteAsyncNoRetrySucceeded, LRODeleteProvisioningSucceededWithBody.
#[test]
fn delete_succeeded() {
    let c = lro!();
    run(async {
        let l = c.lr_os();
        assert_eq!(u16::from(done!(l.delete204_succeeded(None)).status()), 204);
        assert_eq!(u16::from(done!(l.delete202_retry200(None)).status()), 200);
        assert_eq!(u16::from(done!(l.delete202_no_retry204(None)).status()), 204);
        done!(l.delete_no_header_in_retry(None));
        done!(l.delete_async_no_header_in_retry(None));
        done!(l.delete_async_retry_succeeded(None));
        done!(l.delete_async_no_retry_succeeded(None));
        let p = product!(l.delete_provisioning202_accepted200_succeeded(None));
        assert_eq!(state(&p), Some("Succeeded"));
    });
}

/// LRODeleteProvisioningFailed, LRODeleteProvisioningCanceled (polled through `Location`: the
/// final 200 is the result, its `provisioningState` says how it ended, as AutoRest's other
/// generators read it), LRODeleteAsyncRetryFailed, LRODeleteAsyncRetryCanceled (the operation
/// monitor says `Failed`/`Canceled`: an error).
#[test]
fn delete_failed_canceled() {
    let c = lro!();
    run(async {
        let l = c.lr_os();
        assert_eq!(state(&product!(l.delete_provisioning202_deleting_failed200(None))), Some("Failed"));
        assert_eq!(state(&product!(l.delete_provisioning202_deletingcanceled200(None))), Some("Canceled"));
        fails!(l.delete_async_retry_failed(None));
        fails!(l.delete_async_retrycanceled(None));
    });
}

/// LROPost200, LROPostSuccededWithBody, LROPostSuccededNoBody, LROPostAsyncRetrySucceeded,
/// LROPostAsyncNoRetrySucceeded, LROPostAndGetList, LROPostDoubleHeadersFinalLocationPost,
/// LROPostDoubleHeadersFinalLocationAsync, LROPostDoubleHeadersFinalLocationGet,
/// LROPostDoubleHeadersFinalAzureHeaderGet, LROPostDoubleHeadersFinalAzureHeaderGetDefault.
#[test]
fn post_succeeded() {
    let c = lro!();
    run(async {
        let l = c.lr_os();
        let s = done!(l.post200_with_payload(None)).into_model().unwrap();
        assert_eq!((s.id.as_deref(), s.name.as_deref()), (Some("1"), Some("product")));
        done!(l.post202_retry200(None));
        done!(l.post202_no_retry204(None));
        let p = product!(l.post_async_retry_succeeded(None));
        assert_eq!((p.id.as_deref(), p.name.as_deref()), (Some("100"), Some("foo")));
        let p = product!(l.post_async_no_retry_succeeded(None));
        assert_eq!((p.id.as_deref(), p.name.as_deref()), (Some("100"), Some("foo")));
        let list = done!(l.post202_list(None)).into_model().unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!((list[0].id.as_deref(), list[0].name.as_deref()), (Some("100"), Some("foo")));
        let p = product!(l.post_double_headers_final_location_get(None));
        assert_eq!((p.id.as_deref(), p.name.as_deref()), (Some("100"), Some("foo")));
        let p = product!(l.post_double_headers_final_azure_header_get(None));
        assert_eq!(p.id.as_deref(), Some("100"));
        let p = product!(l.post_double_headers_final_azure_header_get_default(None));
        assert_eq!((p.id.as_deref(), p.name.as_deref()), (Some("100"), Some("foo")));
    });
}

/// LROPostAsyncRetryCanceled.
#[test]
fn post_canceled() {
    let c = lro!();
    run(async {
        fails!(c.lr_os().post_async_retrycanceled(None));
    });
}

/// LROPostAsyncRetryFailed: the monitor answers `{"status": "Failed", "error": {"code": 500,
/// ...}}`: an error, whose code is the numeric `code`'s text.
#[test]
fn post_async_failed() {
    let c = lro!();
    run(async {
        let e = fails!(c.lr_os().post_async_retry_failed(None));
        match e.kind() {
            azure_core::error::ErrorKind::HttpResponse { error_code, .. } => assert_eq!(error_code.as_deref(), Some("500")),
            other => panic!("not the monitor's failure: {other:?}"),
        }
    });
}

/// LRORetryPutSucceededWithBody, LRORetryErrorPutAsyncSucceeded,
/// LRORetryErrorPutAsyncSucceededPolling, LRORetryErrorDelete202Accepted200Succeeded,
/// LRORetryErrorDelete202Retry200Succeeded, LRORetryErrorDeleteAsyncRetrySucceeded,
/// LRORetryErrorPost202Retry200Succeeded, LRORetryErrorPostAsyncRetrySucceeded: each route
/// answers 500 once (the client's retry policy retries), then goes on.
#[test]
fn retry_errors() {
    let c = lro!();
    run(async {
        let r = c.lro_retrys();
        let p = product!(r.put201_creating_succeeded200(None));
        assert_eq!(state(&p), Some("Succeeded"));
        let p = product!(r.put_async_relative_retry_succeeded(None));
        assert_eq!(state(&p), Some("Succeeded"));
        let p = product!(r.delete_provisioning202_accepted200_succeeded(None));
        assert_eq!(state(&p), Some("Succeeded"));
        done!(r.delete202_retry200(None));
        done!(r.delete_async_relative_retry_succeeded(None));
        done!(r.post202_retry200(None));
        done!(r.post_async_relative_retry_succeeded(None));
    });
}

/// The `x-ms-client-request-id` every `LROsCustomHeader_*` route requires, through the poller's
/// context.
fn custom() -> PollerOptions<'static> {
    PollerOptions { context: conformance_tests::request_id_context(conformance_tests::CLIENT_REQUEST_ID), ..Default::default() }
}

/// CustomHeaderPutAsyncSucceded, CustomHeaderPutSucceeded, CustomHeaderPostAsyncSucceded,
/// CustomHeaderPostSucceeded (and LROPutAsyncRetrySucceeded, LROPostAsyncRetrySucceeded,
/// LROPutSucceededWithBody through the same routes).
#[test]
fn custom_header() {
    let c = lro!();
    run(async {
        let h = c.lr_os_custom_header();
        let o = ch::LrOsCustomHeaderPutAsyncRetrySucceededOptions { method_options: custom(), ..Default::default() };
        let p = product!(h.put_async_retry_succeeded(Some(o)));
        assert_eq!(state(&p), Some("Succeeded"));
        let o = ch::LrOsCustomHeaderPut201CreatingSucceeded200Options { method_options: custom(), ..Default::default() };
        let p = product!(h.put201_creating_succeeded200(Some(o)));
        assert_eq!(state(&p), Some("Succeeded"));
        let o = ch::LrOsCustomHeaderPost202Retry200Options { method_options: custom(), ..Default::default() };
        done!(h.post202_retry200(Some(o)));
        let o = ch::LrOsCustomHeaderPostAsyncRetrySucceededOptions { method_options: custom(), ..Default::default() };
        done!(h.post_async_retry_succeeded(Some(o)));
    });
}

/// LRONonRetryPut400, LRONonRetryPut201Creating400, LRONonRetryPut201Creating400InvalidJson,
/// LRONonRetryPutAsyncRetry400, LRONonRetryDelete400, LRONonRetryDelete202Retry400,
/// LRONonRetryDeleteAsyncRetry400, LRONonRetryPost400, LRONonRetryPost202Retry400,
/// LRONonRetryPostAsyncRetry400: a 400 (initial or while polling) is the operation's error.
#[test]
fn sad_non_retry_400() {
    let c = lro!();
    run(async {
        let s = c.lrosa_ds();
        let status = |e: azure_core::Error| conformance_tests::error_status(&e);
        assert_eq!(status(fails!(s.put_non_retry400(None))), Some(400));
        assert_eq!(status(fails!(s.put_non_retry201_creating400(None))), Some(400));
        assert_eq!(status(fails!(s.put_non_retry201_creating400_invalid_json(None))), Some(400));
        assert_eq!(status(fails!(s.put_async_relative_retry400(None))), Some(400));
        assert_eq!(status(fails!(s.delete_non_retry400(None))), Some(400));
        assert_eq!(status(fails!(s.delete202_non_retry400(None))), Some(400));
        assert_eq!(status(fails!(s.delete_async_relative_retry400(None))), Some(400));
        assert_eq!(status(fails!(s.post_non_retry400(None))), Some(400));
        assert_eq!(status(fails!(s.post202_non_retry400(None))), Some(400));
        assert_eq!(status(fails!(s.post_async_relative_retry400(None))), Some(400));
    });
}

/// LROErrorPut201NoProvisioningStatePayload, LROErrorPut200InvalidJson: the initial answer is
/// final but has no (valid) product: the result does not decode. LROErrorPostNoLocation: a 202
/// without `Location` or monitor is done (nothing to poll; no result). LROErrorPutAsyncInvalidHeader,
/// LROErrorDelete202RetryInvalidHeader, LROErrorDeleteAsyncInvalidHeader,
/// LROErrorPost202RetryInvalidHeader, LROErrorPostAsyncInvalidHeader: the `Location` /
/// `Azure-AsyncOperation` is `/foo`, which fails (404).
#[test]
fn sad_malformed() {
    let c = lro!();
    run(async {
        let s = c.lrosa_ds();
        let r = done!(s.put_error201_no_provisioning_state_payload(None));
        assert_eq!(u16::from(r.status()), 201);
        assert!(r.into_model().is_err());
        assert!(done!(s.put200_invalid_json(None)).into_model().is_err());
        assert_eq!(u16::from(done!(s.post202_no_location(None)).status()), 202);
        let status = |e: azure_core::Error| conformance_tests::error_status(&e);
        assert_eq!(status(fails!(s.put_async_relative_retry_invalid_header(None))), Some(404));
        assert_eq!(status(fails!(s.delete202_retry_invalid_header(None))), Some(404));
        assert_eq!(status(fails!(s.delete_async_relative_retry_invalid_header(None))), Some(404));
        assert_eq!(status(fails!(s.post202_retry_invalid_header(None))), Some(404));
        assert_eq!(status(fails!(s.post_async_relative_retry_invalid_header(None))), Some(404));
    });
}

/// LROErrorPutAsyncNoPollingStatus, LROErrorPutAsyncNoPollingStatusPayload,
/// LROErrorDeleteAsyncNoPollingStatus, LROErrorPostAsyncNoPollingPayload,
/// LROErrorPutAsyncInvalidJsonPolling, LROErrorDeleteAsyncInvalidJsonPolling,
/// LROErrorPostAsyncInvalidJsonPolling: the operation monitor answers `{ }`, no body, or
/// `{ "status": "Accepted"` (invalid JSON): an error (no status to read), not a success nor a
/// failure of a final GET.
#[test]
fn sad_monitor_without_status() {
    let c = lro!();
    run(async {
        let s = c.lrosa_ds();
        let no_status = |e: azure_core::Error| {
            assert!(matches!(e.kind(), azure_core::error::ErrorKind::DataConversion), "{e:?}");
            assert!(e.to_string().contains("without a status"), "{e}");
        };
        no_status(fails!(s.put_async_relative_retry_no_status(None)));
        no_status(fails!(s.put_async_relative_retry_no_status_payload(None)));
        no_status(fails!(s.delete_async_relative_retry_no_status(None)));
        no_status(fails!(s.post_async_relative_retry_no_payload(None)));
        no_status(fails!(s.put_async_relative_retry_invalid_json_polling(None)));
        no_status(fails!(s.delete_async_relative_retry_invalid_json_polling(None)));
        no_status(fails!(s.post_async_relative_retry_invalid_json_polling(None)));
    });
}

/// LRODeleteInlineComplete / LROErrorDeleteNoLocation: `LROSADs_delete204Succeeded` answers 204
/// without a `Location`: done.
#[test]
fn sad_delete_204() {
    let c = lro!();
    run(async {
        assert_eq!(u16::from(done!(c.lrosa_ds().delete204_succeeded(None)).status()), 204);
    });
}

