/// ARM long-running operations on azure_core's [`Poller`](azure_core::http::Poller), which
/// leaves the rules of Azure's async-operation guidelines to the client: which URL to poll
/// (`Azure-AsyncOperation`/`Operation-Location`, `Location`, or the resource itself while its
/// `provisioningState` is not terminal), and where the result is (`final-state-via`).
// @gate
pub mod lro {
    use super::{context, send, service_url};
    use azure_core::error::{ErrorDetail, ErrorKind};
    use azure_core::http::headers::{RETRY_AFTER, RETRY_AFTER_MS, X_MS_RETRY_AFTER_MS};
    use azure_core::http::poller::{
        get_retry_after, Poller, PollerContinuation, PollerOptions, PollerResult, PollerState,
        PollerStatus, StatusMonitor,
    };
    use azure_core::http::{Format, JsonFormat, Method, Pipeline, RawResponse, Request, Url};
    use azure_core::time::Duration;
    use azure_core::{Error, Result};
    use std::marker::PhantomData;
    use std::sync::{Arc, Mutex};

    /// Bounds on polling, set once per client (its options' `polling`).
    #[derive(Clone, Debug)]
    pub struct PollingOptions {
        /// Upper bound on any wait the service asks for with `Retry-After`. Default: 60 s.
        pub max_wait: Duration,
        /// Lower bound on every wait, so `Retry-After: 0` never spins. Default: 1 s.
        pub min_wait: Duration,
        /// Most status requests one operation sends before it fails. Default: 10,000.
        pub max_polls: u32,
        /// Longest one operation is polled before it fails. Default: 24 hours.
        pub timeout: Duration,
    }

    impl Default for PollingOptions {
        fn default() -> Self {
            PollingOptions {
                max_wait: Duration::seconds(60),
                min_wait: Duration::seconds(1),
                max_polls: 10_000,
                timeout: Duration::hours(24),
            }
        }
    }

    /// The status a poll response carries: an operation monitor's `status` (with its `error`),
    /// or the resource's `properties.provisioningState`. A response without a body reads as the
    /// state the poller derived from its status code.
    #[derive(Clone, Debug, serde::Deserialize)]
    #[serde(bound = "")]
    #[non_exhaustive]
    pub struct OperationStatus<T, F = JsonFormat> {
        #[serde(default)]
        status: Option<PollerStatus>,
        #[serde(default)]
        properties: Option<Provisioning>,
        /// Why the operation failed, when the monitor says.
        #[serde(default, deserialize_with = "lenient_error")]
        pub error: Option<ErrorDetail>,
        #[serde(skip)]
        output: PhantomData<fn() -> (T, F)>,
    }

    #[derive(Clone, Debug, Default, serde::Deserialize)]
    struct Provisioning {
        #[serde(default, rename = "provisioningState")]
        provisioning_state: Option<PollerStatus>,
    }

    /// An `error` whose `code` (or a detail's) is not a string (`"code": 500`) keeps its text
    /// rather than hiding the rest of the body; an `error` that still does not read is left out.
    fn lenient_error<'de, D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Option<ErrorDetail>, D::Error> {
        fn codes_as_text(value: &mut serde_json::Value) {
            if let Some(code) = value.get_mut("code").filter(|c| !c.is_string() && !c.is_null()) {
                *code = serde_json::Value::from(code.to_string());
            }
            if let Some(details) = value.get_mut("details").and_then(serde_json::Value::as_array_mut) {
                details.iter_mut().for_each(codes_as_text);
            }
        }
        let mut value = <Option<serde_json::Value> as serde::Deserialize>::deserialize(deserializer)?;
        Ok(value.as_mut().and_then(|v| {
            codes_as_text(v);
            serde_json::from_value(v.take()).ok()
        }))
    }

    impl<T, F> OperationStatus<T, F> {
        /// The operation's state; a resource without any is done.
        pub fn status(&self) -> PollerStatus {
            let provisioning = self.properties.as_ref().and_then(|p| p.provisioning_state.clone());
            self.status.clone().or(provisioning).unwrap_or(PollerStatus::Succeeded)
        }
    }

    impl<T, F: Format + Send> StatusMonitor for OperationStatus<T, F> {
        type Output = T;
        type Format = F;
        fn status(&self) -> PollerStatus {
            OperationStatus::status(self)
        }
    }

    /// Where a long-running operation's result is read
    /// (`x-ms-long-running-operation-options.final-state-via`; each operation's docs say which).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum FinalState {
        /// The operation monitor (`Azure-AsyncOperation`) has it; PUT and PATCH read the resource.
        AzureAsyncOperation,
        /// A GET of the initial response's `Location`.
        Location,
        /// A GET of the original URL.
        OriginalUri,
        /// Like `AzureAsyncOperation`, with `Operation-Location`.
        OperationLocation,
    }

    /// One long-running operation: its initial request and how to follow it.
    #[derive(Clone)]
    pub struct Lro {
        pub pipeline: Pipeline,
        pub endpoint: Url,
        pub request: Request,
        /// The initial response's success statuses.
        pub ok: &'static [u16],
        pub final_state: FinalState,
        pub polling: PollingOptions,
        pub operation: &'static str,
    }

    /// What the next poll asks.
    #[derive(Clone, Debug)]
    enum Monitor {
        /// An operation monitor with a `status` in its body.
        Status(Url),
        /// `Location`: 202 while running, then the result.
        Location(Url),
        /// The resource itself, until its `provisioningState` is terminal.
        Resource(Url),
    }

    #[derive(Default)]
    struct Progress {
        monitor: Option<Monitor>,
        /// The initial response's `Location`, for `final-state-via: location`.
        location: Option<Url>,
        polls: u32,
        started: Option<std::time::Instant>,
    }

    struct Shared<T, F> {
        lro: Lro,
        progress: Mutex<Progress>,
        output: PhantomData<fn() -> (T, F)>,
    }

    /// Statuses a poll may answer with; others are errors.
    const POLL_OK: &[u16] = &[200, 201, 202, 204];

    /// A poller for `lro`: a stream of status responses that, awaited, gives the final result.
    pub fn poller<T, F>(lro: Lro, options: PollerOptions<'_>) -> Result<Poller<OperationStatus<T, F>>>
    where
        T: Send + 'static,
        F: Format + Send + 'static,
    {
        // azure_core panics below one second; a bad option is an error here instead.
        if options.frequency < Duration::seconds(1) {
            return Err(Error::with_message(ErrorKind::Other, "PollerOptions::frequency must be at least one second"));
        }
        let shared = Arc::new(Shared { lro, progress: Mutex::new(Progress::default()), output: PhantomData });
        Ok(Poller::new(
            move |state, options| {
                let shared = Arc::clone(&shared);
                Box::pin(async move { shared.step(state, options).await })
            },
            Some(options.into_owned()),
        ))
    }

    /// The result of one step of polling.
    type Step<T, F> = Result<PollerResult<OperationStatus<T, F>>>;

    impl<T: Send + 'static, F: Format + Send + 'static> Shared<T, F> {
        fn progress(&self) -> std::sync::MutexGuard<'_, Progress> {
            self.progress.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
        }

        async fn step(
            &self,
            state: PollerState,
            options: PollerOptions<'static>,
        ) -> Step<T, F> {
            match state {
                PollerState::Initial => self.start(options).await,
                PollerState::More(_) => self.poll(options).await,
            }
        }

        /// Sends the initial request and decides how to follow it.
        async fn start(
            &self,
            options: PollerOptions<'static>,
        ) -> Step<T, F> {
            let lro = &self.lro;
            let ctx = context(&options.context, lro.operation);
            let mut request = lro.request.clone();
            let response = send(&lro.pipeline, &ctx, &mut request, lro.ok).await?;
            let code = u16::from(response.status());
            let put = put_like(&lro.request);
            let provisioning = stated(&response).provisioning;
            // A PUT or PATCH answered 200 with a terminal resource completed synchronously: its
            // headers are not followed (a 201 or 202 says the work goes on).
            if put && code == 200 {
                match provisioning {
                    Some(PollerStatus::Succeeded) => return Ok(done(response)),
                    Some(PollerStatus::Failed | PollerStatus::Canceled) => return Err(failed(response)),
                    _ => {}
                }
            }
            let link = |name| header(&response, name).map(|l| service_url(&lro.endpoint, &l)).transpose();
            let status_link = match link("azure-asyncoperation")? {
                Some(url) => Some(url),
                None => link("operation-location")?,
            };
            let location = link("location")?;
            let monitor = match (status_link, &location) {
                (Some(url), _) => Some(Monitor::Status(url)),
                (None, Some(url)) if code == 202 || code == 201 => Some(Monitor::Location(url.clone())),
                _ if put && matches!(code, 200 | 201) => match provisioning.unwrap_or(PollerStatus::Succeeded) {
                    PollerStatus::Succeeded => None,
                    PollerStatus::Failed | PollerStatus::Canceled => return Err(failed(response)),
                    _ => Some(Monitor::Resource(lro.request.url().clone())),
                },
                _ => None,
            };
            {
                let mut progress = self.progress();
                progress.location = location;
                progress.started = Some(std::time::Instant::now());
                progress.monitor = monitor.clone();
            }
            match monitor {
                Some(m) => Ok(self.in_progress(response, m, &options)),
                None => Ok(done(response)),
            }
        }

        /// One status request.
        async fn poll(
            &self,
            options: PollerOptions<'static>,
        ) -> Step<T, F> {
            let lro = &self.lro;
            let monitor = self.next_monitor()?;
            let url = match &monitor {
                Monitor::Status(u) | Monitor::Location(u) | Monitor::Resource(u) => u.clone(),
            };
            let ctx = context(&options.context, lro.operation);
            let response = get(&lro.pipeline, &ctx, url, POLL_OK).await?;
            let code = u16::from(response.status());
            match monitor {
                Monitor::Status(_) => match monitor_status(&response, lro.operation)? {
                    PollerStatus::Succeeded => self.succeeded(response, options).await,
                    PollerStatus::Failed | PollerStatus::Canceled => Err(failed(response)),
                    _ => Ok(self.in_progress(response, monitor, &options)),
                },
                Monitor::Location(_) if code == 202 => {
                    // A poll may move the operation to a new `Location`.
                    let next = match header(&response, "location") {
                        Some(l) => Monitor::Location(service_url(&lro.endpoint, &l)?),
                        None => monitor,
                    };
                    Ok(self.in_progress(response, next, &options))
                }
                // The `Location`'s answer is the result; a PUT or PATCH whose `Location` ends
                // without a body ends at its resource (the original URL), unless the spec says
                // the result is the `Location`'s.
                Monitor::Location(_) => {
                    let empty = response.body().as_ref().is_empty();
                    if empty && put_like(&lro.request) && lro.final_state != FinalState::Location {
                        self.fetch(response, lro.request.url().clone(), options)
                    } else {
                        Ok(done(response))
                    }
                }
                Monitor::Resource(_) => match stated(&response).provisioning.unwrap_or(PollerStatus::Succeeded) {
                    PollerStatus::Succeeded => Ok(done(response)),
                    PollerStatus::Failed | PollerStatus::Canceled => Err(failed(response)),
                    _ => Ok(self.in_progress(response, monitor, &options)),
                },
            }
        }

        /// The monitor to poll, counting the poll against the client's bounds.
        fn next_monitor(&self) -> Result<Monitor> {
            let limits = &self.lro.polling;
            let mut progress = self.progress();
            progress.polls += 1;
            let elapsed = progress.started.map(|s| s.elapsed()).unwrap_or_default();
            if progress.polls > limits.max_polls || elapsed > limits.timeout {
                return Err(Error::with_message(
                    ErrorKind::Other,
                    format!(
                        "{} did not finish within {} polls or {}",
                        self.lro.operation, limits.max_polls, limits.timeout
                    ),
                ));
            }
            progress
                .monitor
                .clone()
                .ok_or_else(|| Error::with_message(ErrorKind::Other, "the operation has no status to poll"))
        }

        /// After an operation monitor said `Succeeded`: the result, where `final-state-via` and
        /// the method say it is.
        async fn succeeded(
            &self,
            monitor: RawResponse,
            options: PollerOptions<'static>,
        ) -> Step<T, F> {
            let lro = &self.lro;
            let location = self.progress().location.clone();
            let delete = lro.request.method() == Method::Delete;
            let target = match (lro.final_state, location) {
                _ if delete => None,
                (FinalState::Location, Some(url)) => Some(url),
                (FinalState::OriginalUri, _) => Some(lro.request.url().clone()),
                _ if put_like(&lro.request) => Some(lro.request.url().clone()),
                _ => None,
            };
            match target {
                Some(url) => self.fetch(monitor, url, options),
                None => Ok(done(monitor)),
            }
        }

        /// Done: `status` ends the stream, and the result is a GET of `url`.
        fn fetch(
            &self,
            status: RawResponse,
            url: Url,
            options: PollerOptions<'static>,
        ) -> Step<T, F> {
            let pipeline = self.lro.pipeline.clone();
            let ctx = context(&options.context, self.lro.operation).into_owned();
            Ok(PollerResult::Succeeded {
                response: status_response(status, PollerStatus::Succeeded),
                target: Box::new(move || {
                    Box::pin(async move { Ok(get(&pipeline, &ctx, url, &[200, 201, 204]).await?.into()) })
                }),
            })
        }

        fn in_progress(
            &self,
            response: RawResponse,
            monitor: Monitor,
            options: &PollerOptions<'static>,
        ) -> PollerResult<OperationStatus<T, F>> {
            let limits = &self.lro.polling;
            let asked = get_retry_after(response.headers(), &[X_MS_RETRY_AFTER_MS, RETRY_AFTER_MS, RETRY_AFTER], options);
            let retry_after = asked.min(limits.max_wait).max(limits.min_wait.min(limits.max_wait));
            let next_link = match &monitor {
                Monitor::Status(u) | Monitor::Location(u) | Monitor::Resource(u) => u.clone(),
            };
            self.progress().monitor = Some(monitor);
            PollerResult::InProgress {
                response: status_response(response, PollerStatus::InProgress),
                retry_after,
                continuation: PollerContinuation::Links { next_link, final_link: None },
            }
        }
    }

    fn put_like(request: &Request) -> bool {
        matches!(request.method(), Method::Put | Method::Patch)
    }

    /// Done, and `response` is the result.
    fn done<T: Send + 'static, F: Format + Send + 'static>(response: RawResponse) -> PollerResult<OperationStatus<T, F>> {
        let result = response.clone();
        PollerResult::Succeeded {
            response: status_response(response, PollerStatus::Succeeded),
            target: Box::new(move || Box::pin(std::future::ready(Ok(result.into())))),
        }
    }

    /// A status response as the stream yields it: as received, unless its body is empty, does
    /// not read as a status while the poller goes on, or says the operation ended while the
    /// poller goes on (a 201 whose resource already reads `Succeeded` while its status monitor
    /// runs); then with the derived state as the body's `status` (which
    /// `OperationStatus::status` reads first), the rest of the body kept.
    fn status_response<T, F>(response: RawResponse, derived: PollerStatus) -> azure_core::http::Response<OperationStatus<T, F>> {
        let body = response.body().as_ref();
        let stated = stated(&response);
        let ended = matches!(
            stated.status.or(stated.provisioning),
            Some(PollerStatus::Succeeded | PollerStatus::Failed | PollerStatus::Canceled)
        );
        let readable = serde_json::from_slice::<OperationStatus<(), JsonFormat>>(body).is_ok();
        if !body.is_empty() && (derived == PollerStatus::Succeeded || (readable && !ended)) {
            return response.into();
        }
        let text = match derived {
            PollerStatus::Succeeded => "Succeeded",
            _ => "InProgress",
        };
        let mut value = serde_json::from_slice::<serde_json::Value>(body)
            .ok()
            .filter(serde_json::Value::is_object)
            .unwrap_or_else(|| serde_json::json!({}));
        value["status"] = serde_json::Value::from(text);
        let (status, headers, _) = response.deconstruct();
        RawResponse::from_bytes(status, headers, value.to_string()).into()
    }

    /// The states a response's body gives: an operation monitor's `status`, a resource's
    /// `properties.provisioningState`; `None` for one it does not give (or a body that is not
    /// JSON).
    struct Stated {
        status: Option<PollerStatus>,
        provisioning: Option<PollerStatus>,
    }

    fn stated(response: &RawResponse) -> Stated {
        let body = serde_json::from_slice::<serde_json::Value>(response.body().as_ref()).ok();
        let at = |pointer| body.as_ref().and_then(|b| b.pointer(pointer)).and_then(serde_json::Value::as_str);
        Stated {
            status: at("/status").map(PollerStatus::from),
            provisioning: at("/properties/provisioningState").map(PollerStatus::from),
        }
    }

    /// An operation monitor's `status`. An answer without one (no body, no `status`, not JSON)
    /// is an error: it does not say how the operation went, and reading it as `Succeeded` would
    /// report a success nobody saw.
    fn monitor_status(response: &RawResponse, operation: &str) -> Result<PollerStatus> {
        stated(response).status.ok_or_else(|| {
            Error::with_message(
                ErrorKind::DataConversion,
                format!(
                    "{operation}: the operation monitor answered {} without a status",
                    u16::from(response.status())
                ),
            )
        })
    }

    /// A `Failed` or `Canceled` operation, as an `HttpResponse` error carrying the response
    /// (the monitor's `error` is readable through `azure_core::error::ErrorResponse`).
    fn failed(response: RawResponse) -> Error {
        let parsed = serde_json::from_slice::<OperationStatus<(), JsonFormat>>(response.body().as_ref()).ok();
        let state = parsed.as_ref().map(|s| s.status()).unwrap_or(PollerStatus::Failed);
        let error_code = parsed.and_then(|s| s.error).and_then(|e| e.code);
        let message = format!("the long-running operation ended {state:?}");
        Error::with_message(
            ErrorKind::HttpResponse { status: response.status(), error_code, raw_response: Some(Box::new(response)) },
            message,
        )
    }

    /// A GET of a URL the service handed out.
    async fn get(
        pipeline: &Pipeline,
        ctx: &azure_core::http::Context<'_>,
        url: Url,
        ok: &'static [u16],
    ) -> Result<RawResponse> {
        send(pipeline, ctx, &mut super::request(url, Method::Get), ok).await
    }

    /// A response header as text.
    fn header(response: &RawResponse, name: &'static str) -> Option<String> {
        response.headers().get_optional_string(&azure_core::http::headers::HeaderName::from_static(name))
    }
}
