//! Operations whose response is bytes, streamed.

/// One operation's call whose response body is streamed, not buffered: bytes (`type: file`,
/// `format: binary`) of any size. Statuses outside `ok` are errors, as for [`calls::call`].
// @gate
pub async fn stream(
    pipeline: &azure_core::http::Pipeline,
    context: &azure_core::http::Context<'_>,
    operation: &'static str,
    mut request: azure_core::http::Request,
    ok: &'static [u16],
) -> azure_core::Result<azure_core::http::AsyncResponse> {
    let context = calls::context(context, operation);
    let options = azure_core::http::PipelineStreamOptions {
        check_success: azure_core::error::CheckSuccessOptions { success_codes: ok },
        ..Default::default()
    };
    Ok(pipeline.stream(&context, &mut request, Some(options)).await?.into())
}
