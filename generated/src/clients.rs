//! The client and its operation groups, one sub-client each.
/// NetworkManagementClient
#[derive(Clone, Debug)]
pub struct ExpressRouteClient {
    pub(crate) endpoint: ::azure_core::http::Url,
    pub(crate) pipeline: ::azure_core::http::Pipeline,
    pub(crate) api_version: ::std::string::String,
    pub(crate) subscription_id: ::std::string::String,
    #[cfg(
        any(
            feature = "express_route_circuit_authorizations",
            feature = "express_route_circuit_connections",
            feature = "express_route_circuit_peerings",
            feature = "express_route_circuits"
        )
    )]
    pub(crate) polling: super::PollingOptions,
}
/// Options for [`ExpressRouteClient`].
#[derive(Clone, Debug)]
pub struct ExpressRouteClientOptions {
    /// azure_core's options: retry, transport (the HTTP client), logging, cloud.
    pub client_options: ::azure_core::http::ClientOptions,
    /// The `api-version` sent (default: `2021-08-01`).
    pub api_version: ::std::string::String,
    /// Bounds on long-running operations: the longest wait a `Retry-After` may ask for,
    /// the shortest wait, and the most polls and time per operation.
    #[cfg(
        any(
            feature = "express_route_circuit_authorizations",
            feature = "express_route_circuit_connections",
            feature = "express_route_circuit_peerings",
            feature = "express_route_circuits"
        )
    )]
    pub polling: super::PollingOptions,
}
impl Default for ExpressRouteClientOptions {
    fn default() -> Self {
        ExpressRouteClientOptions {
            client_options: ::std::default::Default::default(),
            api_version: "2021-08-01".to_owned(),
            #[cfg(
                any(
                    feature = "express_route_circuit_authorizations",
                    feature = "express_route_circuit_connections",
                    feature = "express_route_circuit_peerings",
                    feature = "express_route_circuits"
                )
            )]
            polling: ::std::default::Default::default(),
        }
    }
}
impl ExpressRouteClient {
    /// A client for `subscription_id`, authenticated by `credential` (e.g.
    /// `azure_identity::DeveloperToolsCredential`). The endpoint and the token's scope come
    /// from `options.client_options.cloud`: Azure's public cloud by default, China or US
    /// Government, or a custom cloud whose audiences name this client's type.
    pub fn new(
        credential: ::std::sync::Arc<dyn ::azure_core::credentials::TokenCredential>,
        subscription_id: impl ::std::convert::Into<::std::string::String>,
        options: ::std::option::Option<ExpressRouteClientOptions>,
    ) -> ::azure_core::Result<Self> {
        let options = options.unwrap_or_default();
        let audience = super::runtime::arm::audience::<
            Self,
        >(options.client_options.cloud.as_deref())?;
        let endpoint = super::runtime::endpoint(&audience)?;
        let scope = super::runtime::scope_of(&audience);
        Ok(Self::build(endpoint, Some((credential, scope)), subscription_id, options))
    }
    /// A client for another endpoint (Azure Stack, a test server), with the token scope
    /// `<endpoint>/.default`.
    pub fn with_endpoint(
        endpoint: &str,
        credential: ::std::sync::Arc<dyn ::azure_core::credentials::TokenCredential>,
        subscription_id: impl ::std::convert::Into<::std::string::String>,
        options: ::std::option::Option<ExpressRouteClientOptions>,
    ) -> ::azure_core::Result<Self> {
        let endpoint = super::runtime::endpoint(endpoint)?;
        let scope = super::runtime::scope_of(
            endpoint.origin().ascii_serialization().as_str(),
        );
        Ok(
            Self::build(
                endpoint,
                Some((credential, scope)),
                subscription_id,
                options.unwrap_or_default(),
            ),
        )
    }
    /// A client for `endpoint` that sends no credential (an emulator, a test server).
    pub fn with_no_credential(
        endpoint: &str,
        subscription_id: impl ::std::convert::Into<::std::string::String>,
        options: ::std::option::Option<ExpressRouteClientOptions>,
    ) -> ::azure_core::Result<Self> {
        let endpoint = super::runtime::endpoint(endpoint)?;
        Ok(Self::build(endpoint, None, subscription_id, options.unwrap_or_default()))
    }
    /// `path` on the endpoint, with the `api-version` of the operation's spec file where
    /// it declares one: the client's own (`options.api_version`) for the crate's version.
    #[cfg(
        any(
            feature = "express_route_circuit_authorizations",
            feature = "express_route_circuit_connections",
            feature = "express_route_circuit_peerings",
            feature = "express_route_circuits",
            feature = "express_route_service_providers",
            feature = "peer_express_route_circuit_connections"
        )
    )]
    fn url(
        &self,
        path: &str,
        api_version: ::std::option::Option<&'static str>,
    ) -> ::azure_core::http::Url {
        let mut url = super::runtime::url(&self.endpoint, path);
        if let Some(version) = api_version {
            let version = if version == "2021-08-01" {
                self.api_version.as_str()
            } else {
                version
            };
            url.query_pairs_mut().append_pair("api-version", version);
        }
        url
    }
    /// Sends one operation's `request` and types its response.
    #[cfg(
        any(
            feature = "express_route_circuit_authorizations",
            feature = "express_route_circuit_connections",
            feature = "express_route_circuit_peerings",
            feature = "express_route_circuits",
            feature = "peer_express_route_circuit_connections"
        )
    )]
    async fn call<T, F>(
        &self,
        context: &::azure_core::http::Context<'_>,
        operation: &'static str,
        request: ::azure_core::http::Request,
        ok: &'static [u16],
    ) -> ::azure_core::Result<::azure_core::http::Response<T, F>> {
        super::runtime::call(&self.pipeline, context, operation, request, ok).await
    }
    /// One long-running operation: its initial `request`, followed under the client's bounds.
    #[cfg(
        any(
            feature = "express_route_circuit_authorizations",
            feature = "express_route_circuit_connections",
            feature = "express_route_circuit_peerings",
            feature = "express_route_circuits"
        )
    )]
    fn lro(
        &self,
        operation: &'static str,
        request: ::azure_core::http::Request,
        ok: &'static [u16],
        final_state: super::FinalState,
    ) -> super::runtime::lro::Lro {
        super::runtime::lro::Lro {
            pipeline: self.pipeline.clone(),
            endpoint: self.endpoint.clone(),
            request,
            ok,
            final_state,
            polling: self.polling.clone(),
            operation,
        }
    }
    /// A poller for a long-running operation's initial `request`.
    #[cfg(
        any(
            feature = "express_route_circuit_authorizations",
            feature = "express_route_circuit_connections",
            feature = "express_route_circuit_peerings",
            feature = "express_route_circuits"
        )
    )]
    fn poller<
        T: ::std::marker::Send + 'static,
        F: ::azure_core::http::Format + ::std::marker::Send + 'static,
    >(
        &self,
        operation: &'static str,
        request: ::azure_core::http::Request,
        ok: &'static [u16],
        final_state: super::FinalState,
        options: ::azure_core::http::poller::PollerOptions<'_>,
    ) -> ::azure_core::Result<::azure_core::http::Poller<super::OperationStatus<T, F>>> {
        super::runtime::lro::poller(
            self.lro(operation, request, ok, final_state),
            options,
        )
    }
    /// One pageable operation: its first `request`, and how its pages go on.
    #[cfg(
        any(
            feature = "express_route_circuit_authorizations",
            feature = "express_route_circuit_connections",
            feature = "express_route_circuit_peerings",
            feature = "express_route_circuits",
            feature = "express_route_service_providers",
            feature = "peer_express_route_circuit_connections"
        )
    )]
    fn paged(
        &self,
        operation: &'static str,
        request: ::azure_core::http::Request,
        ok: &'static [u16],
        next_link: ::std::option::Option<&'static str>,
        next_request: ::std::option::Option<super::runtime::paging::NextRequest>,
    ) -> super::runtime::paging::Paged {
        super::runtime::paging::Paged {
            pipeline: self.pipeline.clone(),
            endpoint: self.endpoint.clone(),
            request,
            ok,
            next_link,
            next_request,
            operation,
        }
    }
    /// A pager whose first page is `request`'s response.
    #[cfg(
        any(
            feature = "express_route_circuit_authorizations",
            feature = "express_route_circuit_connections",
            feature = "express_route_circuit_peerings",
            feature = "express_route_circuits",
            feature = "express_route_service_providers",
            feature = "peer_express_route_circuit_connections"
        )
    )]
    fn pager<P>(
        &self,
        operation: &'static str,
        request: ::azure_core::http::Request,
        ok: &'static [u16],
        next_link: ::std::option::Option<&'static str>,
        options: ::azure_core::http::pager::PagerOptions<'_>,
    ) -> ::azure_core::Result<::azure_core::http::Pager<P>>
    where
        P: ::azure_core::http::pager::Page + ::serde::de::DeserializeOwned
            + ::std::marker::Send + 'static,
    {
        let paged = self.paged(operation, request, ok, next_link, None);
        Ok(super::runtime::paging::pager(paged, options))
    }
    fn build(
        endpoint: ::azure_core::http::Url,
        credential: ::std::option::Option<
            (
                ::std::sync::Arc<dyn ::azure_core::credentials::TokenCredential>,
                ::std::string::String,
            ),
        >,
        subscription_id: impl ::std::convert::Into<::std::string::String>,
        options: ExpressRouteClientOptions,
    ) -> Self {
        ExpressRouteClient {
            pipeline: super::runtime::pipeline(options.client_options, credential),
            endpoint,
            api_version: options.api_version,
            subscription_id: subscription_id.into(),
            #[cfg(
                any(
                    feature = "express_route_circuit_authorizations",
                    feature = "express_route_circuit_connections",
                    feature = "express_route_circuit_peerings",
                    feature = "express_route_circuits"
                )
            )]
            polling: options.polling,
        }
    }
    /// The endpoint requests go to.
    pub fn endpoint(&self) -> &::azure_core::http::Url {
        &self.endpoint
    }
    /// The `api-version` sent.
    pub fn api_version(&self) -> &str {
        &self.api_version
    }
    /// azure_core's pipeline the client sends through (for requests of your own).
    pub fn pipeline(&self) -> &::azure_core::http::Pipeline {
        &self.pipeline
    }
    /// The subscription operations without a resource id act in.
    pub fn subscription_id(&self) -> &str {
        &self.subscription_id
    }
}
/// `ExpressRouteCircuitAuthorizations` operations: [`ExpressRouteCircuitAuthorizationsClient`](express_route_circuit_authorizations::ExpressRouteCircuitAuthorizationsClient).
#[cfg(feature = "express_route_circuit_authorizations")]
pub mod express_route_circuit_authorizations {
    use super::super::runtime;
    use super::super::{ids, runtime::ResourcePath as _};
    use super::super::models;
    /// The `ExpressRouteCircuitAuthorizations` operations, from [`ExpressRouteClient::express_route_circuit_authorizations`](super::ExpressRouteClient::express_route_circuit_authorizations).
    #[derive(Clone, Copy, Debug)]
    pub struct ExpressRouteCircuitAuthorizationsClient<'a> {
        client: &'a super::ExpressRouteClient,
    }
    impl super::ExpressRouteClient {
        /// The `ExpressRouteCircuitAuthorizations` operations.
        pub fn express_route_circuit_authorizations(
            &self,
        ) -> ExpressRouteCircuitAuthorizationsClient<'_> {
            ExpressRouteCircuitAuthorizationsClient {
                client: self,
            }
        }
    }
    impl ExpressRouteCircuitAuthorizationsClient<'_> {
        /// Gets the specified authorization from the specified express route circuit.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/authorizations/{authorizationName}` (`ExpressRouteCircuitAuthorizations_Get`).
        pub async fn get(
            &self,
            id: &ids::ExpressRouteCircuitAuthorizationId,
            options: ::std::option::Option<
                ExpressRouteCircuitAuthorizationsGetOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Response<models::ExpressRouteCircuitAuthorization>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            let context = &options.method_options.context;
            self.client
                .call(context, "ExpressRouteCircuitAuthorizations.Get", request, &[200])
                .await
        }
        /// Creates or updates an authorization in the specified express route circuit.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/authorizations/{authorizationName}` (`ExpressRouteCircuitAuthorizations_CreateOrUpdate`).
        pub fn create_or_update(
            &self,
            id: &ids::ExpressRouteCircuitAuthorizationId,
            body: impl super::super::IntoContent<
                models::ExpressRouteCircuitAuthorization,
            >,
            options: ::std::option::Option<
                ExpressRouteCircuitAuthorizationsCreateOrUpdateOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<models::ExpressRouteCircuitAuthorization>,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let mut request = runtime::request(url, ::azure_core::http::Method::Put);
            request.insert_header("content-type", "application/json");
            request.set_body(body.into_content()?);
            let final_state = super::super::FinalState::AzureAsyncOperation;
            self.client
                .poller(
                    "ExpressRouteCircuitAuthorizations.CreateOrUpdate",
                    request,
                    &[201, 200],
                    final_state,
                    options.method_options,
                )
        }
        /// Deletes the specified authorization from the specified express route circuit.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/authorizations/{authorizationName}` (`ExpressRouteCircuitAuthorizations_Delete`).
        pub fn delete(
            &self,
            id: &ids::ExpressRouteCircuitAuthorizationId,
            options: ::std::option::Option<
                ExpressRouteCircuitAuthorizationsDeleteOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<(), ::azure_core::http::NoFormat>,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Delete);
            let final_state = super::super::FinalState::Location;
            self.client
                .poller(
                    "ExpressRouteCircuitAuthorizations.Delete",
                    request,
                    &[202, 200, 204],
                    final_state,
                    options.method_options,
                )
        }
        /// Gets all authorizations in an express route circuit.
        ///
        /// Pageable: the [`Pager`](azure_core::http::Pager) streams items across pages.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/authorizations` (`ExpressRouteCircuitAuthorizations_List`).
        pub fn list(
            &self,
            id: &ids::ExpressRouteCircuitId,
            options: ::std::option::Option<
                ExpressRouteCircuitAuthorizationsListOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Pager<models::AuthorizationListResult>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            path.push_str("/authorizations");
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            self.client
                .pager(
                    "ExpressRouteCircuitAuthorizations.List",
                    request,
                    &[200],
                    Some("nextLink"),
                    options.method_options,
                )
        }
    }
    /// Options for `get`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitAuthorizationsGetOptions<'a> {
        pub method_options: ::azure_core::http::ClientMethodOptions<'a>,
    }
    /// Options for `create_or_update`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitAuthorizationsCreateOrUpdateOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `delete`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitAuthorizationsDeleteOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `list`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitAuthorizationsListOptions<'a> {
        pub method_options: ::azure_core::http::pager::PagerOptions<'a>,
    }
}
/// `ExpressRouteCircuitConnections` operations: [`ExpressRouteCircuitConnectionsClient`](express_route_circuit_connections::ExpressRouteCircuitConnectionsClient).
#[cfg(feature = "express_route_circuit_connections")]
pub mod express_route_circuit_connections {
    use super::super::runtime;
    use super::super::{ids, runtime::ResourcePath as _};
    use super::super::models;
    /// The `ExpressRouteCircuitConnections` operations, from [`ExpressRouteClient::express_route_circuit_connections`](super::ExpressRouteClient::express_route_circuit_connections).
    #[derive(Clone, Copy, Debug)]
    pub struct ExpressRouteCircuitConnectionsClient<'a> {
        client: &'a super::ExpressRouteClient,
    }
    impl super::ExpressRouteClient {
        /// The `ExpressRouteCircuitConnections` operations.
        pub fn express_route_circuit_connections(
            &self,
        ) -> ExpressRouteCircuitConnectionsClient<'_> {
            ExpressRouteCircuitConnectionsClient {
                client: self,
            }
        }
    }
    impl ExpressRouteCircuitConnectionsClient<'_> {
        /// Gets the specified Express Route Circuit Connection from the specified express route circuit.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/connections/{connectionName}` (`ExpressRouteCircuitConnections_Get`).
        pub async fn get(
            &self,
            id: &ids::ExpressRouteCircuitConnectionId,
            options: ::std::option::Option<ExpressRouteCircuitConnectionsGetOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Response<models::ExpressRouteCircuitConnection>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            let context = &options.method_options.context;
            self.client
                .call(context, "ExpressRouteCircuitConnections.Get", request, &[200])
                .await
        }
        /// Creates or updates a Express Route Circuit Connection in the specified express route circuits.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/connections/{connectionName}` (`ExpressRouteCircuitConnections_CreateOrUpdate`).
        pub fn create_or_update(
            &self,
            id: &ids::ExpressRouteCircuitConnectionId,
            body: impl super::super::IntoContent<models::ExpressRouteCircuitConnection>,
            options: ::std::option::Option<
                ExpressRouteCircuitConnectionsCreateOrUpdateOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<models::ExpressRouteCircuitConnection>,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let mut request = runtime::request(url, ::azure_core::http::Method::Put);
            request.insert_header("content-type", "application/json");
            request.set_body(body.into_content()?);
            let final_state = super::super::FinalState::AzureAsyncOperation;
            self.client
                .poller(
                    "ExpressRouteCircuitConnections.CreateOrUpdate",
                    request,
                    &[200, 201],
                    final_state,
                    options.method_options,
                )
        }
        /// Deletes the specified Express Route Circuit Connection from the specified express route circuit.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/connections/{connectionName}` (`ExpressRouteCircuitConnections_Delete`).
        pub fn delete(
            &self,
            id: &ids::ExpressRouteCircuitConnectionId,
            options: ::std::option::Option<
                ExpressRouteCircuitConnectionsDeleteOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<(), ::azure_core::http::NoFormat>,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Delete);
            let final_state = super::super::FinalState::Location;
            self.client
                .poller(
                    "ExpressRouteCircuitConnections.Delete",
                    request,
                    &[200, 202, 204],
                    final_state,
                    options.method_options,
                )
        }
        /// Gets all global reach connections associated with a private peering in an express route circuit.
        ///
        /// Pageable: the [`Pager`](azure_core::http::Pager) streams items across pages.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/connections` (`ExpressRouteCircuitConnections_List`).
        pub fn list(
            &self,
            id: &ids::ExpressRouteCircuitPeeringId,
            options: ::std::option::Option<ExpressRouteCircuitConnectionsListOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Pager<models::ExpressRouteCircuitConnectionListResult>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            path.push_str("/connections");
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            self.client
                .pager(
                    "ExpressRouteCircuitConnections.List",
                    request,
                    &[200],
                    Some("nextLink"),
                    options.method_options,
                )
        }
    }
    /// Options for `get`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitConnectionsGetOptions<'a> {
        pub method_options: ::azure_core::http::ClientMethodOptions<'a>,
    }
    /// Options for `create_or_update`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitConnectionsCreateOrUpdateOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `delete`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitConnectionsDeleteOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `list`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitConnectionsListOptions<'a> {
        pub method_options: ::azure_core::http::pager::PagerOptions<'a>,
    }
}
/// `ExpressRouteCircuitPeerings` operations: [`ExpressRouteCircuitPeeringsClient`](express_route_circuit_peerings::ExpressRouteCircuitPeeringsClient).
#[cfg(feature = "express_route_circuit_peerings")]
pub mod express_route_circuit_peerings {
    use super::super::runtime;
    use super::super::{ids, runtime::ResourcePath as _};
    use super::super::models;
    /// The `ExpressRouteCircuitPeerings` operations, from [`ExpressRouteClient::express_route_circuit_peerings`](super::ExpressRouteClient::express_route_circuit_peerings).
    #[derive(Clone, Copy, Debug)]
    pub struct ExpressRouteCircuitPeeringsClient<'a> {
        client: &'a super::ExpressRouteClient,
    }
    impl super::ExpressRouteClient {
        /// The `ExpressRouteCircuitPeerings` operations.
        pub fn express_route_circuit_peerings(
            &self,
        ) -> ExpressRouteCircuitPeeringsClient<'_> {
            ExpressRouteCircuitPeeringsClient {
                client: self,
            }
        }
    }
    impl ExpressRouteCircuitPeeringsClient<'_> {
        /// Gets the specified peering for the express route circuit.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}` (`ExpressRouteCircuitPeerings_Get`).
        pub async fn get(
            &self,
            id: &ids::ExpressRouteCircuitPeeringId,
            options: ::std::option::Option<ExpressRouteCircuitPeeringsGetOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Response<models::ExpressRouteCircuitPeering>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            let context = &options.method_options.context;
            self.client
                .call(context, "ExpressRouteCircuitPeerings.Get", request, &[200])
                .await
        }
        /// Creates or updates a peering in the specified express route circuits.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}` (`ExpressRouteCircuitPeerings_CreateOrUpdate`).
        pub fn create_or_update(
            &self,
            id: &ids::ExpressRouteCircuitPeeringId,
            body: impl super::super::IntoContent<models::ExpressRouteCircuitPeering>,
            options: ::std::option::Option<
                ExpressRouteCircuitPeeringsCreateOrUpdateOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<models::ExpressRouteCircuitPeering>,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let mut request = runtime::request(url, ::azure_core::http::Method::Put);
            request.insert_header("content-type", "application/json");
            request.set_body(body.into_content()?);
            let final_state = super::super::FinalState::AzureAsyncOperation;
            self.client
                .poller(
                    "ExpressRouteCircuitPeerings.CreateOrUpdate",
                    request,
                    &[200, 201],
                    final_state,
                    options.method_options,
                )
        }
        /// Deletes the specified peering from the specified express route circuit.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}` (`ExpressRouteCircuitPeerings_Delete`).
        pub fn delete(
            &self,
            id: &ids::ExpressRouteCircuitPeeringId,
            options: ::std::option::Option<ExpressRouteCircuitPeeringsDeleteOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<(), ::azure_core::http::NoFormat>,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Delete);
            let final_state = super::super::FinalState::Location;
            self.client
                .poller(
                    "ExpressRouteCircuitPeerings.Delete",
                    request,
                    &[200, 202, 204],
                    final_state,
                    options.method_options,
                )
        }
        /// Gets all peerings in a specified express route circuit.
        ///
        /// Pageable: the [`Pager`](azure_core::http::Pager) streams items across pages.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings` (`ExpressRouteCircuitPeerings_List`).
        pub fn list(
            &self,
            id: &ids::ExpressRouteCircuitId,
            options: ::std::option::Option<ExpressRouteCircuitPeeringsListOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Pager<models::ExpressRouteCircuitPeeringListResult>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            path.push_str("/peerings");
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            self.client
                .pager(
                    "ExpressRouteCircuitPeerings.List",
                    request,
                    &[200],
                    Some("nextLink"),
                    options.method_options,
                )
        }
    }
    /// Options for `get`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitPeeringsGetOptions<'a> {
        pub method_options: ::azure_core::http::ClientMethodOptions<'a>,
    }
    /// Options for `create_or_update`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitPeeringsCreateOrUpdateOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `delete`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitPeeringsDeleteOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `list`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitPeeringsListOptions<'a> {
        pub method_options: ::azure_core::http::pager::PagerOptions<'a>,
    }
}
/// `ExpressRouteCircuits` operations: [`ExpressRouteCircuitsClient`](express_route_circuits::ExpressRouteCircuitsClient).
#[cfg(feature = "express_route_circuits")]
pub mod express_route_circuits {
    use super::super::runtime;
    use super::super::{ids, runtime::ResourcePath as _};
    use super::super::models;
    /// The `ExpressRouteCircuits` operations, from [`ExpressRouteClient::express_route_circuits`](super::ExpressRouteClient::express_route_circuits).
    #[derive(Clone, Copy, Debug)]
    pub struct ExpressRouteCircuitsClient<'a> {
        client: &'a super::ExpressRouteClient,
    }
    impl super::ExpressRouteClient {
        /// The `ExpressRouteCircuits` operations.
        pub fn express_route_circuits(&self) -> ExpressRouteCircuitsClient<'_> {
            ExpressRouteCircuitsClient {
                client: self,
            }
        }
    }
    impl ExpressRouteCircuitsClient<'_> {
        /// Gets information about the specified express route circuit.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}` (`ExpressRouteCircuits_Get`).
        pub async fn get(
            &self,
            id: &ids::ExpressRouteCircuitId,
            options: ::std::option::Option<ExpressRouteCircuitsGetOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Response<models::ExpressRouteCircuit>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            let context = &options.method_options.context;
            self.client.call(context, "ExpressRouteCircuits.Get", request, &[200]).await
        }
        /// Creates or updates an express route circuit.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}` (`ExpressRouteCircuits_CreateOrUpdate`).
        pub fn create_or_update(
            &self,
            id: &ids::ExpressRouteCircuitId,
            body: impl super::super::IntoContent<models::ExpressRouteCircuit>,
            options: ::std::option::Option<ExpressRouteCircuitsCreateOrUpdateOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<models::ExpressRouteCircuit>,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let mut request = runtime::request(url, ::azure_core::http::Method::Put);
            request.insert_header("content-type", "application/json");
            request.set_body(body.into_content()?);
            let final_state = super::super::FinalState::AzureAsyncOperation;
            self.client
                .poller(
                    "ExpressRouteCircuits.CreateOrUpdate",
                    request,
                    &[201, 200],
                    final_state,
                    options.method_options,
                )
        }
        /// Deletes the specified express route circuit.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}` (`ExpressRouteCircuits_Delete`).
        pub fn delete(
            &self,
            id: &ids::ExpressRouteCircuitId,
            options: ::std::option::Option<ExpressRouteCircuitsDeleteOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<(), ::azure_core::http::NoFormat>,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Delete);
            let final_state = super::super::FinalState::Location;
            self.client
                .poller(
                    "ExpressRouteCircuits.Delete",
                    request,
                    &[204, 202, 200],
                    final_state,
                    options.method_options,
                )
        }
        /// Updates an express route circuit tags.
        ///
        /// `PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}` (`ExpressRouteCircuits_UpdateTags`).
        pub async fn update_tags(
            &self,
            id: &ids::ExpressRouteCircuitId,
            body: impl super::super::IntoContent<models::TagsObject>,
            options: ::std::option::Option<ExpressRouteCircuitsUpdateTagsOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Response<models::ExpressRouteCircuit>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let mut request = runtime::request(url, ::azure_core::http::Method::Patch);
            request.insert_header("content-type", "application/json");
            request.set_body(body.into_content()?);
            let context = &options.method_options.context;
            self.client
                .call(context, "ExpressRouteCircuits.UpdateTags", request, &[200])
                .await
        }
        /// Gets the currently advertised ARP table associated with the express route circuit in a resource group.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/arpTables/{devicePath}` (`ExpressRouteCircuits_ListArpTable`).
        pub fn list_arp_table(
            &self,
            id: &ids::ArpTableId,
            options: ::std::option::Option<ExpressRouteCircuitsListArpTableOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<
                    models::ExpressRouteCircuitsArpTableListResult,
                >,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Post);
            let final_state = super::super::FinalState::Location;
            self.client
                .poller(
                    "ExpressRouteCircuits.ListArpTable",
                    request,
                    &[200, 202],
                    final_state,
                    options.method_options,
                )
        }
        /// Gets the currently advertised routes table associated with the express route circuit in a resource group.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/routeTables/{devicePath}` (`ExpressRouteCircuits_ListRoutesTable`).
        pub fn list_routes_table(
            &self,
            id: &ids::RouteTableId,
            options: ::std::option::Option<
                ExpressRouteCircuitsListRoutesTableOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<
                    models::ExpressRouteCircuitsRoutesTableListResult,
                >,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Post);
            let final_state = super::super::FinalState::Location;
            self.client
                .poller(
                    "ExpressRouteCircuits.ListRoutesTable",
                    request,
                    &[200, 202],
                    final_state,
                    options.method_options,
                )
        }
        /// Gets the currently advertised routes table summary associated with the express route circuit in a resource group.
        ///
        /// Long-running: await the [`Poller`](azure_core::http::Poller) for the result, or stream its status.
        ///
        /// `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/routeTablesSummary/{devicePath}` (`ExpressRouteCircuits_ListRoutesTableSummary`).
        pub fn list_routes_table_summary(
            &self,
            id: &ids::RouteTablesSummaryId,
            options: ::std::option::Option<
                ExpressRouteCircuitsListRoutesTableSummaryOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Poller<
                super::super::OperationStatus<
                    models::ExpressRouteCircuitsRoutesTableSummaryListResult,
                >,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Post);
            let final_state = super::super::FinalState::Location;
            self.client
                .poller(
                    "ExpressRouteCircuits.ListRoutesTableSummary",
                    request,
                    &[200, 202],
                    final_state,
                    options.method_options,
                )
        }
        /// Gets all the stats from an express route circuit in a resource group.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/stats` (`ExpressRouteCircuits_GetStats`).
        pub async fn get_stats(
            &self,
            id: &ids::ExpressRouteCircuitId,
            options: ::std::option::Option<ExpressRouteCircuitsGetStatsOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Response<models::ExpressRouteCircuitStats>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            path.push_str("/stats");
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            let context = &options.method_options.context;
            self.client
                .call(context, "ExpressRouteCircuits.GetStats", request, &[200])
                .await
        }
        /// Gets all stats from an express route circuit in a resource group.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/stats` (`ExpressRouteCircuits_GetPeeringStats`).
        pub async fn get_peering_stats(
            &self,
            id: &ids::ExpressRouteCircuitPeeringId,
            options: ::std::option::Option<
                ExpressRouteCircuitsGetPeeringStatsOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Response<models::ExpressRouteCircuitStats>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            path.push_str("/stats");
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            let context = &options.method_options.context;
            self.client
                .call(context, "ExpressRouteCircuits.GetPeeringStats", request, &[200])
                .await
        }
        /// Gets all the express route circuits in a resource group.
        ///
        /// Pageable: the [`Pager`](azure_core::http::Pager) streams items across pages.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits` (`ExpressRouteCircuits_List`).
        pub fn list(
            &self,
            resource_group_name: &str,
            options: ::std::option::Option<ExpressRouteCircuitsListOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Pager<models::ExpressRouteCircuitListResult>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            path.push_str("/subscriptions/");
            runtime::push_segment(
                &mut path,
                &self.client.subscription_id,
                "subscriptionId",
            )?;
            path.push_str("/resourceGroups/");
            runtime::push_segment(&mut path, resource_group_name, "resourceGroupName")?;
            path.push_str("/providers/Microsoft.Network/expressRouteCircuits");
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            self.client
                .pager(
                    "ExpressRouteCircuits.List",
                    request,
                    &[200],
                    Some("nextLink"),
                    options.method_options,
                )
        }
        /// Gets all the express route circuits in a subscription.
        ///
        /// Pageable: the [`Pager`](azure_core::http::Pager) streams items across pages.
        ///
        /// `GET /subscriptions/{subscriptionId}/providers/Microsoft.Network/expressRouteCircuits` (`ExpressRouteCircuits_ListAll`).
        pub fn list_all(
            &self,
            options: ::std::option::Option<ExpressRouteCircuitsListAllOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Pager<models::ExpressRouteCircuitListResult>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            path.push_str("/subscriptions/");
            runtime::push_segment(
                &mut path,
                &self.client.subscription_id,
                "subscriptionId",
            )?;
            path.push_str("/providers/Microsoft.Network/expressRouteCircuits");
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            self.client
                .pager(
                    "ExpressRouteCircuits.ListAll",
                    request,
                    &[200],
                    Some("nextLink"),
                    options.method_options,
                )
        }
    }
    /// Options for `get`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsGetOptions<'a> {
        pub method_options: ::azure_core::http::ClientMethodOptions<'a>,
    }
    /// Options for `create_or_update`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsCreateOrUpdateOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `delete`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsDeleteOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `update_tags`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsUpdateTagsOptions<'a> {
        pub method_options: ::azure_core::http::ClientMethodOptions<'a>,
    }
    /// Options for `list_arp_table`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsListArpTableOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `list_routes_table`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsListRoutesTableOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `list_routes_table_summary`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsListRoutesTableSummaryOptions<'a> {
        pub method_options: ::azure_core::http::poller::PollerOptions<'a>,
    }
    /// Options for `get_stats`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsGetStatsOptions<'a> {
        pub method_options: ::azure_core::http::ClientMethodOptions<'a>,
    }
    /// Options for `get_peering_stats`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsGetPeeringStatsOptions<'a> {
        pub method_options: ::azure_core::http::ClientMethodOptions<'a>,
    }
    /// Options for `list`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsListOptions<'a> {
        pub method_options: ::azure_core::http::pager::PagerOptions<'a>,
    }
    /// Options for `list_all`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteCircuitsListAllOptions<'a> {
        pub method_options: ::azure_core::http::pager::PagerOptions<'a>,
    }
}
/// `ExpressRouteServiceProviders` operations: [`ExpressRouteServiceProvidersClient`](express_route_service_providers::ExpressRouteServiceProvidersClient).
#[cfg(feature = "express_route_service_providers")]
pub mod express_route_service_providers {
    use super::super::runtime;
    use super::super::models;
    /// The `ExpressRouteServiceProviders` operations, from [`ExpressRouteClient::express_route_service_providers`](super::ExpressRouteClient::express_route_service_providers).
    #[derive(Clone, Copy, Debug)]
    pub struct ExpressRouteServiceProvidersClient<'a> {
        client: &'a super::ExpressRouteClient,
    }
    impl super::ExpressRouteClient {
        /// The `ExpressRouteServiceProviders` operations.
        pub fn express_route_service_providers(
            &self,
        ) -> ExpressRouteServiceProvidersClient<'_> {
            ExpressRouteServiceProvidersClient {
                client: self,
            }
        }
    }
    impl ExpressRouteServiceProvidersClient<'_> {
        /// Gets all the available express route service providers.
        ///
        /// Pageable: the [`Pager`](azure_core::http::Pager) streams items across pages.
        ///
        /// `GET /subscriptions/{subscriptionId}/providers/Microsoft.Network/expressRouteServiceProviders` (`ExpressRouteServiceProviders_List`).
        pub fn list(
            &self,
            options: ::std::option::Option<ExpressRouteServiceProvidersListOptions<'_>>,
        ) -> ::azure_core::Result<
            ::azure_core::http::Pager<models::ExpressRouteServiceProviderListResult>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            path.push_str("/subscriptions/");
            runtime::push_segment(
                &mut path,
                &self.client.subscription_id,
                "subscriptionId",
            )?;
            path.push_str("/providers/Microsoft.Network/expressRouteServiceProviders");
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            self.client
                .pager(
                    "ExpressRouteServiceProviders.List",
                    request,
                    &[200],
                    Some("nextLink"),
                    options.method_options,
                )
        }
    }
    /// Options for `list`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct ExpressRouteServiceProvidersListOptions<'a> {
        pub method_options: ::azure_core::http::pager::PagerOptions<'a>,
    }
}
/// `PeerExpressRouteCircuitConnections` operations: [`PeerExpressRouteCircuitConnectionsClient`](peer_express_route_circuit_connections::PeerExpressRouteCircuitConnectionsClient).
#[cfg(feature = "peer_express_route_circuit_connections")]
pub mod peer_express_route_circuit_connections {
    use super::super::runtime;
    use super::super::{ids, runtime::ResourcePath as _};
    use super::super::models;
    /// The `PeerExpressRouteCircuitConnections` operations, from [`ExpressRouteClient::peer_express_route_circuit_connections`](super::ExpressRouteClient::peer_express_route_circuit_connections).
    #[derive(Clone, Copy, Debug)]
    pub struct PeerExpressRouteCircuitConnectionsClient<'a> {
        client: &'a super::ExpressRouteClient,
    }
    impl super::ExpressRouteClient {
        /// The `PeerExpressRouteCircuitConnections` operations.
        pub fn peer_express_route_circuit_connections(
            &self,
        ) -> PeerExpressRouteCircuitConnectionsClient<'_> {
            PeerExpressRouteCircuitConnectionsClient {
                client: self,
            }
        }
    }
    impl PeerExpressRouteCircuitConnectionsClient<'_> {
        /// Gets the specified Peer Express Route Circuit Connection from the specified express route circuit.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/peerConnections/{connectionName}` (`PeerExpressRouteCircuitConnections_Get`).
        pub async fn get(
            &self,
            id: &ids::PeerExpressRouteCircuitConnectionId,
            options: ::std::option::Option<
                PeerExpressRouteCircuitConnectionsGetOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Response<models::PeerExpressRouteCircuitConnection>,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            let context = &options.method_options.context;
            self.client
                .call(context, "PeerExpressRouteCircuitConnections.Get", request, &[200])
                .await
        }
        /// Gets all global reach peer connections associated with a private peering in an express route circuit.
        ///
        /// Pageable: the [`Pager`](azure_core::http::Pager) streams items across pages.
        ///
        /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/peerConnections` (`PeerExpressRouteCircuitConnections_List`).
        pub fn list(
            &self,
            id: &ids::ExpressRouteCircuitPeeringId,
            options: ::std::option::Option<
                PeerExpressRouteCircuitConnectionsListOptions<'_>,
            >,
        ) -> ::azure_core::Result<
            ::azure_core::http::Pager<
                models::PeerExpressRouteCircuitConnectionListResult,
            >,
        > {
            let options = options.unwrap_or_default();
            let mut path = ::std::string::String::new();
            id.write_path(&mut path)?;
            path.push_str("/peerConnections");
            let url = self.client.url(&path, Some("2021-08-01"));
            let request = runtime::request(url, ::azure_core::http::Method::Get);
            self.client
                .pager(
                    "PeerExpressRouteCircuitConnections.List",
                    request,
                    &[200],
                    Some("nextLink"),
                    options.method_options,
                )
        }
    }
    /// Options for `get`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct PeerExpressRouteCircuitConnectionsGetOptions<'a> {
        pub method_options: ::azure_core::http::ClientMethodOptions<'a>,
    }
    /// Options for `list`; `method_options` holds the call's context.
    #[derive(Clone, Default, ::azure_core::fmt::SafeDebug)]
    pub struct PeerExpressRouteCircuitConnectionsListOptions<'a> {
        pub method_options: ::azure_core::http::pager::PagerOptions<'a>,
    }
}
