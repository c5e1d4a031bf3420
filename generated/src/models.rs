//! Models: the request and response bodies of the API.
use super::runtime;
/// The peering type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ExpressRoutePeeringType {
    AzurePublicPeering,
    AzurePrivatePeering,
    MicrosoftPeering,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    ExpressRoutePeeringType, UnknownValue { AzurePublicPeering => "AzurePublicPeering",
    AzurePrivatePeering => "AzurePrivatePeering", MicrosoftPeering => "MicrosoftPeering",
    }
);
/// The state of peering.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ExpressRoutePeeringState {
    Disabled,
    Enabled,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    ExpressRoutePeeringState, UnknownValue { Disabled => "Disabled", Enabled =>
    "Enabled", }
);
/// Express Route Circuit connection state.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CircuitConnectionStatus {
    Connected,
    Connecting,
    Disconnected,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    CircuitConnectionStatus, UnknownValue { Connected => "Connected", Connecting =>
    "Connecting", Disconnected => "Disconnected", }
);
/// The ServiceProviderProvisioningState state of the resource.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ServiceProviderProvisioningState {
    NotProvisioned,
    Provisioning,
    Provisioned,
    Deprovisioning,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    ServiceProviderProvisioningState, UnknownValue { NotProvisioned => "NotProvisioned",
    Provisioning => "Provisioning", Provisioned => "Provisioned", Deprovisioning =>
    "Deprovisioning", }
);
/// An error response from the service.
#[derive(
    Clone,
    ::azure_core::fmt::SafeDebug,
    Default,
    PartialEq,
    Eq,
    Hash,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct CloudError {
    /// Cloud error body.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<CloudErrorBody>,
}
/// The authorization use status.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum AuthorizationUseStatus {
    Available,
    InUse,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    AuthorizationUseStatus, UnknownValue { Available => "Available", InUse => "InUse", }
);
/// The current provisioning state.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ProvisioningState {
    Succeeded,
    Updating,
    Deleting,
    Failed,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    ProvisioningState, UnknownValue { Succeeded => "Succeeded", Updating => "Updating",
    Deleting => "Deleting", Failed => "Failed", }
);
/// The advertised public prefix state of the Peering resource.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ExpressRouteCircuitPeeringAdvertisedPublicPrefixState {
    NotConfigured,
    Configuring,
    Configured,
    ValidationNeeded,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    ExpressRouteCircuitPeeringAdvertisedPublicPrefixState, UnknownValue { NotConfigured
    => "NotConfigured", Configuring => "Configuring", Configured => "Configured",
    ValidationNeeded => "ValidationNeeded", }
);
/// The state of peering.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ExpressRouteCircuitPeeringState {
    Disabled,
    Enabled,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    ExpressRouteCircuitPeeringState, UnknownValue { Disabled => "Disabled", Enabled =>
    "Enabled", }
);
/// The tier of the SKU.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ExpressRouteCircuitSkuTier {
    Standard,
    Premium,
    Basic,
    Local,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    ExpressRouteCircuitSkuTier, UnknownValue { Standard => "Standard", Premium =>
    "Premium", Basic => "Basic", Local => "Local", }
);
/// The family of the SKU.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ExpressRouteCircuitSkuFamily {
    UnlimitedData,
    MeteredData,
    /// A value this version of the crate does not know; kept as sent.
    UnknownValue(::std::string::String),
}
runtime::open_enum!(
    ExpressRouteCircuitSkuFamily, UnknownValue { UnlimitedData => "UnlimitedData",
    MeteredData => "MeteredData", }
);
/// An error response from the service.
#[derive(
    Clone,
    ::azure_core::fmt::SafeDebug,
    Default,
    PartialEq,
    Eq,
    Hash,
    ::serde::Serialize,
    ::serde::Deserialize
)]
#[non_exhaustive]
#[serde(rename_all = "camelCase")]
pub struct CloudErrorBody {
    /// An identifier for the error. Codes are invariant and are intended to be consumed programmatically.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// A message describing the error, intended to be suitable for display in a user interface.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    /// The target of the particular error. For example, the name of the property in error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    /// A list of additional details about the error.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::vec::Vec<CloudErrorBody>>,
}
impl CloudErrorBody {
    /// A list of additional details about the error.
    pub fn details(&self) -> &[CloudErrorBody] {
        self.details.as_deref().unwrap_or_default()
    }
}
#[cfg(feature = "express_route_circuit_authorizations")]
mod express_route_circuit_authorizations {
    use super::*;
    /// Response for ListAuthorizations API service call retrieves all authorizations that belongs to an ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct AuthorizationListResult {
        /// The authorizations in an ExpressRoute Circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<
            ::std::vec::Vec<ExpressRouteCircuitAuthorization>,
        >,
        /// The URL to get the next set of results.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_link: ::std::option::Option<::std::string::String>,
    }
    impl AuthorizationListResult {
        /// The authorizations in an ExpressRoute Circuit.
        pub fn value(&self) -> &[ExpressRouteCircuitAuthorization] {
            self.value.as_deref().unwrap_or_default()
        }
    }
    const _: () = {
        use ::std::boxed::Box;
        #[::async_trait::async_trait]
        impl ::azure_core::http::pager::Page for AuthorizationListResult {
            type Item = ExpressRouteCircuitAuthorization;
            type IntoIter = ::std::vec::IntoIter<ExpressRouteCircuitAuthorization>;
            async fn into_items(self) -> ::azure_core::Result<Self::IntoIter> {
                Ok(self.value.unwrap_or_default().into_iter())
            }
        }
    };
}
#[cfg(feature = "express_route_circuit_authorizations")]
pub use express_route_circuit_authorizations::*;
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuits"
    )
)]
mod shared_1 {
    use super::*;
    /// Properties of ExpressRouteCircuitAuthorization.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct AuthorizationPropertiesFormat {
        /// The authorization key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_key: ::std::option::Option<::std::string::String>,
        /// The authorization use status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_use_status: ::std::option::Option<AuthorizationUseStatus>,
        /// The provisioning state of the authorization resource.
        #[serde(skip_serializing)]
        pub provisioning_state: ::std::option::Option<ProvisioningState>,
    }
    /// Authorization in an ExpressRouteCircuit resource.
    ///
    /// # Dependencies
    ///
    /// Its id is [`ExpressRouteCircuitAuthorizationId`](crate::ids::ExpressRouteCircuitAuthorizationId); it belongs to `ExpressRouteCircuit`, in `resource group`, in `subscription`.
    ///
    /// # API version
    ///
    /// `2021-08-01`
    ///
    /// # Operations
    ///
    /// - [`express_route_circuit_authorizations()`](crate::clients::express_route_circuit_authorizations::ExpressRouteCircuitAuthorizationsClient): `get`, `create_or_update`, `delete`
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitAuthorization {
        /// Resource ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        /// Properties of the express route circuit authorization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub properties: ::std::option::Option<AuthorizationPropertiesFormat>,
        /// The name of the resource that is unique within a resource group. This name can be used to access the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// A unique read-only string that changes whenever the resource is updated.
        #[serde(skip_serializing)]
        pub etag: ::std::option::Option<::std::string::String>,
        /// Type of the resource.
        #[serde(skip_serializing)]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitAuthorization {
        /// The authorization key.
        pub fn authorization_key(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.authorization_key.as_deref())
        }
        /// The authorization use status.
        pub fn authorization_use_status(
            &self,
        ) -> ::std::option::Option<&AuthorizationUseStatus> {
            self.properties.as_ref().and_then(|v| v.authorization_use_status.as_ref())
        }
        /// The provisioning state of the authorization resource.
        pub fn provisioning_state(&self) -> ::std::option::Option<&ProvisioningState> {
            self.properties.as_ref().and_then(|v| v.provisioning_state.as_ref())
        }
    }
}
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuits"
    )
)]
pub use shared_1::*;
#[cfg(feature = "express_route_circuit_connections")]
mod express_route_circuit_connections {
    use super::*;
    /// Response for ListConnections API service call retrieves all global reach connections that belongs to a Private Peering for an ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitConnectionListResult {
        /// The global reach connection associated with Private Peering in an ExpressRoute Circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::vec::Vec<ExpressRouteCircuitConnection>>,
        /// The URL to get the next set of results.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_link: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitConnectionListResult {
        /// The global reach connection associated with Private Peering in an ExpressRoute Circuit.
        pub fn value(&self) -> &[ExpressRouteCircuitConnection] {
            self.value.as_deref().unwrap_or_default()
        }
    }
    const _: () = {
        use ::std::boxed::Box;
        #[::async_trait::async_trait]
        impl ::azure_core::http::pager::Page
        for ExpressRouteCircuitConnectionListResult {
            type Item = ExpressRouteCircuitConnection;
            type IntoIter = ::std::vec::IntoIter<ExpressRouteCircuitConnection>;
            async fn into_items(self) -> ::azure_core::Result<Self::IntoIter> {
                Ok(self.value.unwrap_or_default().into_iter())
            }
        }
    };
}
#[cfg(feature = "express_route_circuit_connections")]
pub use express_route_circuit_connections::*;
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits"
    )
)]
mod shared_2 {
    use super::*;
    /// IPv6 Circuit Connection properties for global reach.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct Ipv6CircuitConnectionConfig {
        /// /125 IP address space to carve out customer addresses for global reach.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_prefix: ::std::option::Option<::std::string::String>,
        /// Express Route Circuit connection state.
        #[serde(skip_serializing)]
        pub circuit_connection_status: ::std::option::Option<CircuitConnectionStatus>,
    }
    /// Properties of the express route circuit connection.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitConnectionPropertiesFormat {
        /// Reference to Express Route Circuit Private Peering Resource of the circuit initiating connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub express_route_circuit_peering: ::std::option::Option<SubResource>,
        /// Reference to Express Route Circuit Private Peering Resource of the peered circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub peer_express_route_circuit_peering: ::std::option::Option<SubResource>,
        /// /29 IP address space to carve out Customer addresses for tunnels.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_prefix: ::std::option::Option<::std::string::String>,
        /// The authorization key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorization_key: ::std::option::Option<::std::string::String>,
        /// IPv6 Address PrefixProperties of the express route circuit connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipv6_circuit_connection_config: ::std::option::Option<
            Ipv6CircuitConnectionConfig,
        >,
        /// Express Route Circuit connection state.
        #[serde(skip_serializing)]
        pub circuit_connection_status: ::std::option::Option<CircuitConnectionStatus>,
        /// The provisioning state of the express route circuit connection resource.
        #[serde(skip_serializing)]
        pub provisioning_state: ::std::option::Option<ProvisioningState>,
    }
    /// Express Route Circuit Connection in an ExpressRouteCircuitPeering resource.
    ///
    /// # Dependencies
    ///
    /// Its id is [`ExpressRouteCircuitConnectionId`](crate::ids::ExpressRouteCircuitConnectionId); it belongs to `ExpressRouteCircuitPeering`, in `ExpressRouteCircuit`, in `resource group`, in `subscription`. It refers to other resources through `express_route_circuit_peering`, `peer_express_route_circuit_peering`.
    ///
    /// # API version
    ///
    /// `2021-08-01`
    ///
    /// # Operations
    ///
    /// - [`express_route_circuit_connections()`](crate::clients::express_route_circuit_connections::ExpressRouteCircuitConnectionsClient): `get`, `create_or_update`, `delete`
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitConnection {
        /// Resource ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        /// Properties of the express route circuit connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub properties: ::std::option::Option<
            ExpressRouteCircuitConnectionPropertiesFormat,
        >,
        /// The name of the resource that is unique within a resource group. This name can be used to access the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// A unique read-only string that changes whenever the resource is updated.
        #[serde(skip_serializing)]
        pub etag: ::std::option::Option<::std::string::String>,
        /// Type of the resource.
        #[serde(skip_serializing)]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitConnection {
        /// Reference to Express Route Circuit Private Peering Resource of the circuit initiating connection.
        pub fn express_route_circuit_peering(
            &self,
        ) -> ::std::option::Option<&SubResource> {
            self.properties
                .as_ref()
                .and_then(|v| v.express_route_circuit_peering.as_ref())
        }
        /// Reference to Express Route Circuit Private Peering Resource of the peered circuit.
        pub fn peer_express_route_circuit_peering(
            &self,
        ) -> ::std::option::Option<&SubResource> {
            self.properties
                .as_ref()
                .and_then(|v| v.peer_express_route_circuit_peering.as_ref())
        }
        /// /29 IP address space to carve out Customer addresses for tunnels.
        pub fn address_prefix(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.address_prefix.as_deref())
        }
        /// The authorization key.
        pub fn authorization_key(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.authorization_key.as_deref())
        }
        /// IPv6 Address PrefixProperties of the express route circuit connection.
        pub fn ipv6_circuit_connection_config(
            &self,
        ) -> ::std::option::Option<&Ipv6CircuitConnectionConfig> {
            self.properties
                .as_ref()
                .and_then(|v| v.ipv6_circuit_connection_config.as_ref())
        }
        /// Express Route Circuit connection state.
        pub fn circuit_connection_status(
            &self,
        ) -> ::std::option::Option<&CircuitConnectionStatus> {
            self.properties.as_ref().and_then(|v| v.circuit_connection_status.as_ref())
        }
        /// The provisioning state of the express route circuit connection resource.
        pub fn provisioning_state(&self) -> ::std::option::Option<&ProvisioningState> {
            self.properties.as_ref().and_then(|v| v.provisioning_state.as_ref())
        }
    }
}
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits"
    )
)]
pub use shared_2::*;
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
mod shared_3 {
    /// Reference to another subresource.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct SubResource {
        /// Resource ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
    }
}
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub use shared_3::*;
#[cfg(feature = "express_route_circuit_peerings")]
mod express_route_circuit_peerings {
    use super::*;
    /// Response for ListPeering API service call retrieves all peerings that belong to an ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitPeeringListResult {
        /// The peerings in an express route circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::vec::Vec<ExpressRouteCircuitPeering>>,
        /// The URL to get the next set of results.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_link: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitPeeringListResult {
        /// The peerings in an express route circuit.
        pub fn value(&self) -> &[ExpressRouteCircuitPeering] {
            self.value.as_deref().unwrap_or_default()
        }
    }
    const _: () = {
        use ::std::boxed::Box;
        #[::async_trait::async_trait]
        impl ::azure_core::http::pager::Page for ExpressRouteCircuitPeeringListResult {
            type Item = ExpressRouteCircuitPeering;
            type IntoIter = ::std::vec::IntoIter<ExpressRouteCircuitPeering>;
            async fn into_items(self) -> ::azure_core::Result<Self::IntoIter> {
                Ok(self.value.unwrap_or_default().into_iter())
            }
        }
    };
}
#[cfg(feature = "express_route_circuit_peerings")]
pub use express_route_circuit_peerings::*;
#[cfg(
    any(feature = "express_route_circuit_peerings", feature = "express_route_circuits")
)]
mod shared_4 {
    use super::*;
    /// Specifies the peering configuration.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitPeeringConfig {
        /// The reference to AdvertisedPublicPrefixes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub advertised_public_prefixes: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /// The communities of bgp peering. Specified for microsoft peering.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub advertised_communities: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /// The advertised public prefix state of the Peering resource.
        #[serde(skip_serializing)]
        pub advertised_public_prefixes_state: ::std::option::Option<
            ExpressRouteCircuitPeeringAdvertisedPublicPrefixState,
        >,
        /// The legacy mode of the peering.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub legacy_mode: ::std::option::Option<i32>,
        /// The CustomerASN of the peering.
        #[serde(
            rename = "customerASN",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub customer_asn: ::std::option::Option<i32>,
        /// The RoutingRegistryName of the configuration.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub routing_registry_name: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitPeeringConfig {
        /// The reference to AdvertisedPublicPrefixes.
        pub fn advertised_public_prefixes(&self) -> &[::std::string::String] {
            self.advertised_public_prefixes.as_deref().unwrap_or_default()
        }
        /// The communities of bgp peering. Specified for microsoft peering.
        pub fn advertised_communities(&self) -> &[::std::string::String] {
            self.advertised_communities.as_deref().unwrap_or_default()
        }
    }
    /// Contains IPv6 peering config.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct Ipv6ExpressRouteCircuitPeeringConfig {
        /// The primary address prefix.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_peer_address_prefix: ::std::option::Option<::std::string::String>,
        /// The secondary address prefix.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secondary_peer_address_prefix: ::std::option::Option<::std::string::String>,
        /// The Microsoft peering configuration.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub microsoft_peering_config: ::std::option::Option<
            ExpressRouteCircuitPeeringConfig,
        >,
        /// The reference to the RouteFilter resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub route_filter: ::std::option::Option<SubResource>,
        /// The state of peering.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<ExpressRouteCircuitPeeringState>,
    }
    /// Contains stats associated with the peering.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitStats {
        /// The Primary BytesIn of the peering.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primarybytes_in: ::std::option::Option<i64>,
        /// The primary BytesOut of the peering.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primarybytes_out: ::std::option::Option<i64>,
        /// The secondary BytesIn of the peering.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secondarybytes_in: ::std::option::Option<i64>,
        /// The secondary BytesOut of the peering.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secondarybytes_out: ::std::option::Option<i64>,
    }
    /// Properties of the express route circuit peering.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitPeeringPropertiesFormat {
        /// The peering type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub peering_type: ::std::option::Option<ExpressRoutePeeringType>,
        /// The peering state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<ExpressRoutePeeringState>,
        /// The Azure ASN.
        #[serde(
            rename = "azureASN",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub azure_asn: ::std::option::Option<i32>,
        /// The peer ASN.
        #[serde(
            rename = "peerASN",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub peer_asn: ::std::option::Option<i64>,
        /// The primary address prefix.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_peer_address_prefix: ::std::option::Option<::std::string::String>,
        /// The secondary address prefix.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secondary_peer_address_prefix: ::std::option::Option<::std::string::String>,
        /// The primary port.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub primary_azure_port: ::std::option::Option<::std::string::String>,
        /// The secondary port.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secondary_azure_port: ::std::option::Option<::std::string::String>,
        /// The shared key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub shared_key: ::std::option::Option<::std::string::String>,
        /// The VLAN ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vlan_id: ::std::option::Option<i32>,
        /// The Microsoft peering configuration.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub microsoft_peering_config: ::std::option::Option<
            ExpressRouteCircuitPeeringConfig,
        >,
        /// The peering stats of express route circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub stats: ::std::option::Option<ExpressRouteCircuitStats>,
        /// The provisioning state of the express route circuit peering resource.
        #[serde(skip_serializing)]
        pub provisioning_state: ::std::option::Option<ProvisioningState>,
        /// The GatewayManager Etag.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gateway_manager_etag: ::std::option::Option<::std::string::String>,
        /// Who was the last to modify the peering.
        #[serde(skip_serializing)]
        pub last_modified_by: ::std::option::Option<::std::string::String>,
        /// The reference to the RouteFilter resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub route_filter: ::std::option::Option<SubResource>,
        /// The IPv6 peering configuration.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipv6_peering_config: ::std::option::Option<
            Ipv6ExpressRouteCircuitPeeringConfig,
        >,
        /// The ExpressRoute connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub express_route_connection: ::std::option::Option<ExpressRouteConnectionId>,
        /// The list of circuit connections associated with Azure Private Peering for this circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connections: ::std::option::Option<
            ::std::vec::Vec<ExpressRouteCircuitConnection>,
        >,
        /// The list of peered circuit connections associated with Azure Private Peering for this circuit.
        #[serde(skip_serializing)]
        pub peered_connections: ::std::option::Option<
            ::std::vec::Vec<PeerExpressRouteCircuitConnection>,
        >,
    }
    impl ExpressRouteCircuitPeeringPropertiesFormat {
        /// The list of circuit connections associated with Azure Private Peering for this circuit.
        pub fn connections(&self) -> &[ExpressRouteCircuitConnection] {
            self.connections.as_deref().unwrap_or_default()
        }
        /// The list of peered circuit connections associated with Azure Private Peering for this circuit.
        pub fn peered_connections(&self) -> &[PeerExpressRouteCircuitConnection] {
            self.peered_connections.as_deref().unwrap_or_default()
        }
    }
    /// Peering in an ExpressRouteCircuit resource.
    ///
    /// # Example: Create ExpressRouteCircuit Peerings
    ///
    /// ```
    /// use express_route::models::*;
    /// let body = ExpressRouteCircuitPeering::builder()
    ///     .peer_asn(200i64)
    ///     .primary_peer_address_prefix("192.168.16.252/30")
    ///     .secondary_peer_address_prefix("192.168.18.252/30")
    ///     .vlan_id(200i32)
    ///     .build();
    /// let expected: ::serde_json::Value = ::serde_json::from_str(
    ///         r#"{"properties":{"peerASN":200,"primaryPeerAddressPrefix":"192.168.16.252/30","secondaryPeerAddressPrefix":"192.168.18.252/30","vlanId":200}}"#,
    ///     )
    ///     .unwrap();
    /// let actual = ::serde_json::to_value(&body).unwrap();
    /// assert_eq!(actual, expected);
    /// ```
    ///
    /// # Dependencies
    ///
    /// Its id is [`ExpressRouteCircuitPeeringId`](crate::ids::ExpressRouteCircuitPeeringId); it belongs to `ExpressRouteCircuit`, in `resource group`, in `subscription`. It refers to other resources through `route_filter`.
    ///
    /// # API version
    ///
    /// `2021-08-01`
    ///
    /// # Operations
    ///
    /// - [`express_route_circuit_peerings()`](crate::clients::express_route_circuit_peerings::ExpressRouteCircuitPeeringsClient): `get`, `create_or_update`, `delete`
    /// - [`express_route_circuit_connections()`](crate::clients::express_route_circuit_connections::ExpressRouteCircuitConnectionsClient): `list`
    /// - [`peer_express_route_circuit_connections()`](crate::clients::peer_express_route_circuit_connections::PeerExpressRouteCircuitConnectionsClient): `list`
    /// - [`express_route_circuits()`](crate::clients::express_route_circuits::ExpressRouteCircuitsClient): `get_peering_stats`
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitPeering {
        /// Resource ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        /// Properties of the express route circuit peering.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub properties: ::std::option::Option<
            ExpressRouteCircuitPeeringPropertiesFormat,
        >,
        /// The name of the resource that is unique within a resource group. This name can be used to access the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// A unique read-only string that changes whenever the resource is updated.
        #[serde(skip_serializing)]
        pub etag: ::std::option::Option<::std::string::String>,
        /// Type of the resource.
        #[serde(skip_serializing)]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitPeering {
        /// The peering type.
        pub fn peering_type(&self) -> ::std::option::Option<&ExpressRoutePeeringType> {
            self.properties.as_ref().and_then(|v| v.peering_type.as_ref())
        }
        /// The peering state.
        pub fn state(&self) -> ::std::option::Option<&ExpressRoutePeeringState> {
            self.properties.as_ref().and_then(|v| v.state.as_ref())
        }
        /// The Azure ASN.
        pub fn azure_asn(&self) -> ::std::option::Option<i32> {
            self.properties.as_ref().and_then(|v| v.azure_asn)
        }
        /// The peer ASN.
        pub fn peer_asn(&self) -> ::std::option::Option<i64> {
            self.properties.as_ref().and_then(|v| v.peer_asn)
        }
        /// The primary address prefix.
        pub fn primary_peer_address_prefix(&self) -> ::std::option::Option<&str> {
            self.properties
                .as_ref()
                .and_then(|v| v.primary_peer_address_prefix.as_deref())
        }
        /// The secondary address prefix.
        pub fn secondary_peer_address_prefix(&self) -> ::std::option::Option<&str> {
            self.properties
                .as_ref()
                .and_then(|v| v.secondary_peer_address_prefix.as_deref())
        }
        /// The primary port.
        pub fn primary_azure_port(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.primary_azure_port.as_deref())
        }
        /// The secondary port.
        pub fn secondary_azure_port(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.secondary_azure_port.as_deref())
        }
        /// The shared key.
        pub fn shared_key(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.shared_key.as_deref())
        }
        /// The VLAN ID.
        pub fn vlan_id(&self) -> ::std::option::Option<i32> {
            self.properties.as_ref().and_then(|v| v.vlan_id)
        }
        /// The Microsoft peering configuration.
        pub fn microsoft_peering_config(
            &self,
        ) -> ::std::option::Option<&ExpressRouteCircuitPeeringConfig> {
            self.properties.as_ref().and_then(|v| v.microsoft_peering_config.as_ref())
        }
        /// The peering stats of express route circuit.
        pub fn stats(&self) -> ::std::option::Option<&ExpressRouteCircuitStats> {
            self.properties.as_ref().and_then(|v| v.stats.as_ref())
        }
        /// The provisioning state of the express route circuit peering resource.
        pub fn provisioning_state(&self) -> ::std::option::Option<&ProvisioningState> {
            self.properties.as_ref().and_then(|v| v.provisioning_state.as_ref())
        }
        /// The GatewayManager Etag.
        pub fn gateway_manager_etag(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.gateway_manager_etag.as_deref())
        }
        /// Who was the last to modify the peering.
        pub fn last_modified_by(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.last_modified_by.as_deref())
        }
        /// The reference to the RouteFilter resource.
        pub fn route_filter(&self) -> ::std::option::Option<&SubResource> {
            self.properties.as_ref().and_then(|v| v.route_filter.as_ref())
        }
        /// The IPv6 peering configuration.
        pub fn ipv6_peering_config(
            &self,
        ) -> ::std::option::Option<&Ipv6ExpressRouteCircuitPeeringConfig> {
            self.properties.as_ref().and_then(|v| v.ipv6_peering_config.as_ref())
        }
        /// The ExpressRoute connection.
        pub fn express_route_connection(
            &self,
        ) -> ::std::option::Option<&ExpressRouteConnectionId> {
            self.properties.as_ref().and_then(|v| v.express_route_connection.as_ref())
        }
        /// The list of circuit connections associated with Azure Private Peering for this circuit.
        pub fn connections(&self) -> &[ExpressRouteCircuitConnection] {
            self.properties
                .as_ref()
                .and_then(|v| v.connections.as_deref())
                .unwrap_or_default()
        }
        /// The list of peered circuit connections associated with Azure Private Peering for this circuit.
        pub fn peered_connections(&self) -> &[PeerExpressRouteCircuitConnection] {
            self.properties
                .as_ref()
                .and_then(|v| v.peered_connections.as_deref())
                .unwrap_or_default()
        }
    }
    /// The ID of the ExpressRouteConnection.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteConnectionId {
        /// The ID of the ExpressRouteConnection.
        #[serde(skip_serializing)]
        pub id: ::std::option::Option<::std::string::String>,
    }
}
#[cfg(
    any(feature = "express_route_circuit_peerings", feature = "express_route_circuits")
)]
pub use shared_4::*;
#[cfg(
    any(
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
mod shared_5 {
    use super::*;
    /// Properties of the peer express route circuit connection.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct PeerExpressRouteCircuitConnectionPropertiesFormat {
        /// Reference to Express Route Circuit Private Peering Resource of the circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub express_route_circuit_peering: ::std::option::Option<SubResource>,
        /// Reference to Express Route Circuit Private Peering Resource of the peered circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub peer_express_route_circuit_peering: ::std::option::Option<SubResource>,
        /// /29 IP address space to carve out Customer addresses for tunnels.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_prefix: ::std::option::Option<::std::string::String>,
        /// Express Route Circuit connection state.
        #[serde(skip_serializing)]
        pub circuit_connection_status: ::std::option::Option<CircuitConnectionStatus>,
        /// The name of the express route circuit connection resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub connection_name: ::std::option::Option<::std::string::String>,
        /// The resource guid of the authorization used for the express route circuit connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_resource_guid: ::std::option::Option<::std::string::String>,
        /// The provisioning state of the peer express route circuit connection resource.
        #[serde(skip_serializing)]
        pub provisioning_state: ::std::option::Option<ProvisioningState>,
    }
    /// Peer Express Route Circuit Connection in an ExpressRouteCircuitPeering resource.
    ///
    /// # Dependencies
    ///
    /// Its id is [`PeerExpressRouteCircuitConnectionId`](crate::ids::PeerExpressRouteCircuitConnectionId); it belongs to `ExpressRouteCircuitPeering`, in `ExpressRouteCircuit`, in `resource group`, in `subscription`. It refers to other resources through `express_route_circuit_peering`, `peer_express_route_circuit_peering`.
    ///
    /// # API version
    ///
    /// `2021-08-01`
    ///
    /// # Operations
    ///
    /// - [`peer_express_route_circuit_connections()`](crate::clients::peer_express_route_circuit_connections::PeerExpressRouteCircuitConnectionsClient): `get`
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct PeerExpressRouteCircuitConnection {
        /// Resource ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        /// Properties of the peer express route circuit connection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub properties: ::std::option::Option<
            PeerExpressRouteCircuitConnectionPropertiesFormat,
        >,
        /// The name of the resource that is unique within a resource group. This name can be used to access the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// A unique read-only string that changes whenever the resource is updated.
        #[serde(skip_serializing)]
        pub etag: ::std::option::Option<::std::string::String>,
        /// Type of the resource.
        #[serde(skip_serializing)]
        pub type_: ::std::option::Option<::std::string::String>,
    }
    impl PeerExpressRouteCircuitConnection {
        /// Reference to Express Route Circuit Private Peering Resource of the circuit.
        pub fn express_route_circuit_peering(
            &self,
        ) -> ::std::option::Option<&SubResource> {
            self.properties
                .as_ref()
                .and_then(|v| v.express_route_circuit_peering.as_ref())
        }
        /// Reference to Express Route Circuit Private Peering Resource of the peered circuit.
        pub fn peer_express_route_circuit_peering(
            &self,
        ) -> ::std::option::Option<&SubResource> {
            self.properties
                .as_ref()
                .and_then(|v| v.peer_express_route_circuit_peering.as_ref())
        }
        /// /29 IP address space to carve out Customer addresses for tunnels.
        pub fn address_prefix(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.address_prefix.as_deref())
        }
        /// Express Route Circuit connection state.
        pub fn circuit_connection_status(
            &self,
        ) -> ::std::option::Option<&CircuitConnectionStatus> {
            self.properties.as_ref().and_then(|v| v.circuit_connection_status.as_ref())
        }
        /// The name of the express route circuit connection resource.
        pub fn connection_name(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.connection_name.as_deref())
        }
        /// The resource guid of the authorization used for the express route circuit connection.
        pub fn auth_resource_guid(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.auth_resource_guid.as_deref())
        }
        /// The provisioning state of the peer express route circuit connection resource.
        pub fn provisioning_state(&self) -> ::std::option::Option<&ProvisioningState> {
            self.properties.as_ref().and_then(|v| v.provisioning_state.as_ref())
        }
    }
}
#[cfg(
    any(
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub use shared_5::*;
#[cfg(feature = "express_route_circuits")]
mod express_route_circuits {
    use super::*;
    /// Contains SKU in an ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitSku {
        /// The name of the SKU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /// The tier of the SKU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tier: ::std::option::Option<ExpressRouteCircuitSkuTier>,
        /// The family of the SKU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub family: ::std::option::Option<ExpressRouteCircuitSkuFamily>,
    }
    /// Contains ServiceProviderProperties in an ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitServiceProviderProperties {
        /// The serviceProviderName.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_provider_name: ::std::option::Option<::std::string::String>,
        /// The peering location.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub peering_location: ::std::option::Option<::std::string::String>,
        /// The BandwidthInMbps.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bandwidth_in_mbps: ::std::option::Option<i32>,
    }
    /// Properties of ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitPropertiesFormat {
        /// Allow classic operations.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allow_classic_operations: ::std::option::Option<bool>,
        /// The CircuitProvisioningState state of the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub circuit_provisioning_state: ::std::option::Option<::std::string::String>,
        /// The ServiceProviderProvisioningState state of the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_provider_provisioning_state: ::std::option::Option<
            ServiceProviderProvisioningState,
        >,
        /// The list of authorizations.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub authorizations: ::std::option::Option<
            ::std::vec::Vec<ExpressRouteCircuitAuthorization>,
        >,
        /// The list of peerings.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub peerings: ::std::option::Option<::std::vec::Vec<ExpressRouteCircuitPeering>>,
        /// The ServiceKey.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_key: ::std::option::Option<::std::string::String>,
        /// The ServiceProviderNotes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_provider_notes: ::std::option::Option<::std::string::String>,
        /// The ServiceProviderProperties.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub service_provider_properties: ::std::option::Option<
            ExpressRouteCircuitServiceProviderProperties,
        >,
        /// The reference to the ExpressRoutePort resource when the circuit is provisioned on an ExpressRoutePort resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub express_route_port: ::std::option::Option<SubResource>,
        /// The bandwidth of the circuit when the circuit is provisioned on an ExpressRoutePort resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bandwidth_in_gbps: ::std::option::Option<f64>,
        /// The identifier of the circuit traffic. Outer tag for QinQ encapsulation.
        #[serde(skip_serializing)]
        pub stag: ::std::option::Option<i32>,
        /// The provisioning state of the express route circuit resource.
        #[serde(skip_serializing)]
        pub provisioning_state: ::std::option::Option<ProvisioningState>,
        /// The GatewayManager Etag.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gateway_manager_etag: ::std::option::Option<::std::string::String>,
        /// Flag denoting global reach status.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub global_reach_enabled: ::std::option::Option<bool>,
    }
    impl ExpressRouteCircuitPropertiesFormat {
        /// The list of authorizations.
        pub fn authorizations(&self) -> &[ExpressRouteCircuitAuthorization] {
            self.authorizations.as_deref().unwrap_or_default()
        }
        /// The list of peerings.
        pub fn peerings(&self) -> &[ExpressRouteCircuitPeering] {
            self.peerings.as_deref().unwrap_or_default()
        }
    }
    /// ExpressRouteCircuit resource.
    ///
    /// # Example: Create ExpressRouteCircuit
    ///
    /// ```
    /// use express_route::models::*;
    /// let body = ExpressRouteCircuit::builder()
    ///     .sku(
    ///         ExpressRouteCircuitSku::builder()
    ///             .name("Standard_MeteredData")
    ///             .tier(ExpressRouteCircuitSkuTier::Standard)
    ///             .family(ExpressRouteCircuitSkuFamily::MeteredData)
    ///             .build(),
    ///     )
    ///     .authorizations(::std::vec::Vec::<ExpressRouteCircuitAuthorization>::new())
    ///     .peerings(::std::vec::Vec::<ExpressRouteCircuitPeering>::new())
    ///     .allow_classic_operations(false)
    ///     .service_provider_properties(
    ///         ExpressRouteCircuitServiceProviderProperties::builder()
    ///             .service_provider_name("Equinix")
    ///             .peering_location("Silicon Valley")
    ///             .bandwidth_in_mbps(200i32)
    ///             .build(),
    ///     )
    ///     .location("Brazil South")
    ///     .build();
    /// let expected: ::serde_json::Value = ::serde_json::from_str(
    ///         r#"{"sku":{"name":"Standard_MeteredData","tier":"Standard","family":"MeteredData"},"properties":{"authorizations":[],"peerings":[],"allowClassicOperations":false,"serviceProviderProperties":{"serviceProviderName":"Equinix","peeringLocation":"Silicon Valley","bandwidthInMbps":200}},"location":"Brazil South"}"#,
    ///     )
    ///     .unwrap();
    /// let actual = ::serde_json::to_value(&body).unwrap();
    /// assert_eq!(actual, expected);
    /// ```
    ///
    /// # Example: Create ExpressRouteCircuit on ExpressRoutePort
    ///
    /// ```
    /// use express_route::models::*;
    /// let body = ExpressRouteCircuit::builder()
    ///     .location("westus")
    ///     .sku(
    ///         ExpressRouteCircuitSku::builder()
    ///             .name("Premium_MeteredData")
    ///             .tier(ExpressRouteCircuitSkuTier::Premium)
    ///             .family(ExpressRouteCircuitSkuFamily::MeteredData)
    ///             .build(),
    ///     )
    ///     .express_route_port(
    ///         "/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/expressRoutePorts/portName",
    ///     )
    ///     .bandwidth_in_gbps(10f64)
    ///     .build();
    /// let expected: ::serde_json::Value = ::serde_json::from_str(
    ///         r#"{"location":"westus","sku":{"name":"Premium_MeteredData","tier":"Premium","family":"MeteredData"},"properties":{"expressRoutePort":{"id":"/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/expressRoutePorts/portName"},"bandwidthInGbps":10.0}}"#,
    ///     )
    ///     .unwrap();
    /// let actual = ::serde_json::to_value(&body).unwrap();
    /// assert_eq!(actual, expected);
    /// ```
    ///
    /// # Dependencies
    ///
    /// Its id is [`ExpressRouteCircuitId`](crate::ids::ExpressRouteCircuitId); it belongs to `resource group`, in `subscription`. It refers to other resources through `express_route_port`.
    ///
    /// # API version
    ///
    /// `2021-08-01`
    ///
    /// # Operations
    ///
    /// - [`express_route_circuit_authorizations()`](crate::clients::express_route_circuit_authorizations::ExpressRouteCircuitAuthorizationsClient): `list`
    /// - [`express_route_circuit_peerings()`](crate::clients::express_route_circuit_peerings::ExpressRouteCircuitPeeringsClient): `list`
    /// - [`express_route_circuits()`](crate::clients::express_route_circuits::ExpressRouteCircuitsClient): `get`, `create_or_update`, `delete`, `update_tags`, `get_stats`
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuit {
        /// Resource ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        /// Resource name.
        #[serde(skip_serializing)]
        pub name: ::std::option::Option<::std::string::String>,
        /// Resource type.
        #[serde(skip_serializing)]
        pub type_: ::std::option::Option<::std::string::String>,
        /// Resource location.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        /// Resource tags.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tags: ::std::option::Option<
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        /// The SKU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sku: ::std::option::Option<ExpressRouteCircuitSku>,
        /// Properties of the express route circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub properties: ::std::option::Option<ExpressRouteCircuitPropertiesFormat>,
        /// A unique read-only string that changes whenever the resource is updated.
        #[serde(skip_serializing)]
        pub etag: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuit {
        /// Allow classic operations.
        pub fn allow_classic_operations(&self) -> ::std::option::Option<bool> {
            self.properties.as_ref().and_then(|v| v.allow_classic_operations)
        }
        /// The CircuitProvisioningState state of the resource.
        pub fn circuit_provisioning_state(&self) -> ::std::option::Option<&str> {
            self.properties
                .as_ref()
                .and_then(|v| v.circuit_provisioning_state.as_deref())
        }
        /// The ServiceProviderProvisioningState state of the resource.
        pub fn service_provider_provisioning_state(
            &self,
        ) -> ::std::option::Option<&ServiceProviderProvisioningState> {
            self.properties
                .as_ref()
                .and_then(|v| v.service_provider_provisioning_state.as_ref())
        }
        /// The list of authorizations.
        pub fn authorizations(&self) -> &[ExpressRouteCircuitAuthorization] {
            self.properties
                .as_ref()
                .and_then(|v| v.authorizations.as_deref())
                .unwrap_or_default()
        }
        /// The list of peerings.
        pub fn peerings(&self) -> &[ExpressRouteCircuitPeering] {
            self.properties
                .as_ref()
                .and_then(|v| v.peerings.as_deref())
                .unwrap_or_default()
        }
        /// The ServiceKey.
        pub fn service_key(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.service_key.as_deref())
        }
        /// The ServiceProviderNotes.
        pub fn service_provider_notes(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.service_provider_notes.as_deref())
        }
        /// The ServiceProviderProperties.
        pub fn service_provider_properties(
            &self,
        ) -> ::std::option::Option<&ExpressRouteCircuitServiceProviderProperties> {
            self.properties.as_ref().and_then(|v| v.service_provider_properties.as_ref())
        }
        /// The reference to the ExpressRoutePort resource when the circuit is provisioned on an ExpressRoutePort resource.
        pub fn express_route_port(&self) -> ::std::option::Option<&SubResource> {
            self.properties.as_ref().and_then(|v| v.express_route_port.as_ref())
        }
        /// The bandwidth of the circuit when the circuit is provisioned on an ExpressRoutePort resource.
        pub fn bandwidth_in_gbps(&self) -> ::std::option::Option<f64> {
            self.properties.as_ref().and_then(|v| v.bandwidth_in_gbps)
        }
        /// The identifier of the circuit traffic. Outer tag for QinQ encapsulation.
        pub fn stag(&self) -> ::std::option::Option<i32> {
            self.properties.as_ref().and_then(|v| v.stag)
        }
        /// The provisioning state of the express route circuit resource.
        pub fn provisioning_state(&self) -> ::std::option::Option<&ProvisioningState> {
            self.properties.as_ref().and_then(|v| v.provisioning_state.as_ref())
        }
        /// The GatewayManager Etag.
        pub fn gateway_manager_etag(&self) -> ::std::option::Option<&str> {
            self.properties.as_ref().and_then(|v| v.gateway_manager_etag.as_deref())
        }
        /// Flag denoting global reach status.
        pub fn global_reach_enabled(&self) -> ::std::option::Option<bool> {
            self.properties.as_ref().and_then(|v| v.global_reach_enabled)
        }
    }
    /// The ARP table associated with the ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitArpTable {
        /// Entry age in minutes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub age: ::std::option::Option<i32>,
        /// Interface address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interface: ::std::option::Option<::std::string::String>,
        /// The IP address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip_address: ::std::option::Option<::std::string::String>,
        /// The MAC address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mac_address: ::std::option::Option<::std::string::String>,
    }
    /// Response for ListArpTable associated with the Express Route Circuits API.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitsArpTableListResult {
        /// A list of the ARP tables.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::vec::Vec<ExpressRouteCircuitArpTable>>,
        /// The URL to get the next set of results.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_link: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitsArpTableListResult {
        /// A list of the ARP tables.
        pub fn value(&self) -> &[ExpressRouteCircuitArpTable] {
            self.value.as_deref().unwrap_or_default()
        }
    }
    /// The routes table associated with the ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitRoutesTable {
        /// IP address of a network entity.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<::std::string::String>,
        /// NextHop address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_hop: ::std::option::Option<::std::string::String>,
        /// Local preference value as set with the set local-preference route-map configuration command.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub loc_prf: ::std::option::Option<::std::string::String>,
        /// Route Weight.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub weight: ::std::option::Option<i32>,
        /// Autonomous system paths to the destination network.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub path: ::std::option::Option<::std::string::String>,
    }
    /// Response for ListRoutesTable associated with the Express Route Circuits API.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitsRoutesTableListResult {
        /// The list of routes table.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<
            ::std::vec::Vec<ExpressRouteCircuitRoutesTable>,
        >,
        /// The URL to get the next set of results.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_link: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitsRoutesTableListResult {
        /// The list of routes table.
        pub fn value(&self) -> &[ExpressRouteCircuitRoutesTable] {
            self.value.as_deref().unwrap_or_default()
        }
    }
    /// The routes table associated with the ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitRoutesTableSummary {
        /// IP address of the neighbor.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub neighbor: ::std::option::Option<::std::string::String>,
        /// BGP version number spoken to the neighbor.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub v: ::std::option::Option<i32>,
        /// Autonomous system number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub as_: ::std::option::Option<i32>,
        /// The length of time that the BGP session has been in the Established state, or the current status if not in the Established state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub up_down: ::std::option::Option<::std::string::String>,
        /// Current state of the BGP session, and the number of prefixes that have been received from a neighbor or peer group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state_pfx_rcd: ::std::option::Option<::std::string::String>,
    }
    /// Response for ListRoutesTable associated with the Express Route Circuits API.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitsRoutesTableSummaryListResult {
        /// A list of the routes table.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<
            ::std::vec::Vec<ExpressRouteCircuitRoutesTableSummary>,
        >,
        /// The URL to get the next set of results.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_link: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitsRoutesTableSummaryListResult {
        /// A list of the routes table.
        pub fn value(&self) -> &[ExpressRouteCircuitRoutesTableSummary] {
            self.value.as_deref().unwrap_or_default()
        }
    }
    /// Response for ListExpressRouteCircuit API service call.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteCircuitListResult {
        /// A list of ExpressRouteCircuits in a resource group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::vec::Vec<ExpressRouteCircuit>>,
        /// The URL to get the next set of results.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_link: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteCircuitListResult {
        /// A list of ExpressRouteCircuits in a resource group.
        pub fn value(&self) -> &[ExpressRouteCircuit] {
            self.value.as_deref().unwrap_or_default()
        }
    }
    const _: () = {
        use ::std::boxed::Box;
        #[::async_trait::async_trait]
        impl ::azure_core::http::pager::Page for ExpressRouteCircuitListResult {
            type Item = ExpressRouteCircuit;
            type IntoIter = ::std::vec::IntoIter<ExpressRouteCircuit>;
            async fn into_items(self) -> ::azure_core::Result<Self::IntoIter> {
                Ok(self.value.unwrap_or_default().into_iter())
            }
        }
    };
    /// Tags object for patch operations.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct TagsObject {
        /// Resource tags.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tags: ::std::option::Option<
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
    }
}
#[cfg(feature = "express_route_circuits")]
pub use express_route_circuits::*;
#[cfg(feature = "express_route_service_providers")]
mod express_route_service_providers {
    use super::*;
    /// Contains bandwidths offered in ExpressRouteServiceProvider resources.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteServiceProviderBandwidthsOffered {
        /// The OfferName.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offer_name: ::std::option::Option<::std::string::String>,
        /// The ValueInMbps.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value_in_mbps: ::std::option::Option<i32>,
    }
    /// Properties of ExpressRouteServiceProvider.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteServiceProviderPropertiesFormat {
        /// A list of peering locations.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub peering_locations: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        /// A list of bandwidths offered.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub bandwidths_offered: ::std::option::Option<
            ::std::vec::Vec<ExpressRouteServiceProviderBandwidthsOffered>,
        >,
        /// The provisioning state of the express route service provider resource.
        #[serde(skip_serializing)]
        pub provisioning_state: ::std::option::Option<ProvisioningState>,
    }
    impl ExpressRouteServiceProviderPropertiesFormat {
        /// A list of peering locations.
        pub fn peering_locations(&self) -> &[::std::string::String] {
            self.peering_locations.as_deref().unwrap_or_default()
        }
        /// A list of bandwidths offered.
        pub fn bandwidths_offered(
            &self,
        ) -> &[ExpressRouteServiceProviderBandwidthsOffered] {
            self.bandwidths_offered.as_deref().unwrap_or_default()
        }
    }
    /// A ExpressRouteResourceProvider object.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteServiceProvider {
        /// Resource ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        /// Resource name.
        #[serde(skip_serializing)]
        pub name: ::std::option::Option<::std::string::String>,
        /// Resource type.
        #[serde(skip_serializing)]
        pub type_: ::std::option::Option<::std::string::String>,
        /// Resource location.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        /// Resource tags.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub tags: ::std::option::Option<
            ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
        >,
        /// Properties of the express route service provider.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub properties: ::std::option::Option<
            ExpressRouteServiceProviderPropertiesFormat,
        >,
    }
    impl ExpressRouteServiceProvider {
        /// A list of peering locations.
        pub fn peering_locations(&self) -> &[::std::string::String] {
            self.properties
                .as_ref()
                .and_then(|v| v.peering_locations.as_deref())
                .unwrap_or_default()
        }
        /// A list of bandwidths offered.
        pub fn bandwidths_offered(
            &self,
        ) -> &[ExpressRouteServiceProviderBandwidthsOffered] {
            self.properties
                .as_ref()
                .and_then(|v| v.bandwidths_offered.as_deref())
                .unwrap_or_default()
        }
        /// The provisioning state of the express route service provider resource.
        pub fn provisioning_state(&self) -> ::std::option::Option<&ProvisioningState> {
            self.properties.as_ref().and_then(|v| v.provisioning_state.as_ref())
        }
    }
    /// Response for the ListExpressRouteServiceProvider API service call.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct ExpressRouteServiceProviderListResult {
        /// A list of ExpressRouteResourceProvider resources.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::vec::Vec<ExpressRouteServiceProvider>>,
        /// The URL to get the next set of results.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_link: ::std::option::Option<::std::string::String>,
    }
    impl ExpressRouteServiceProviderListResult {
        /// A list of ExpressRouteResourceProvider resources.
        pub fn value(&self) -> &[ExpressRouteServiceProvider] {
            self.value.as_deref().unwrap_or_default()
        }
    }
    const _: () = {
        use ::std::boxed::Box;
        #[::async_trait::async_trait]
        impl ::azure_core::http::pager::Page for ExpressRouteServiceProviderListResult {
            type Item = ExpressRouteServiceProvider;
            type IntoIter = ::std::vec::IntoIter<ExpressRouteServiceProvider>;
            async fn into_items(self) -> ::azure_core::Result<Self::IntoIter> {
                Ok(self.value.unwrap_or_default().into_iter())
            }
        }
    };
}
#[cfg(feature = "express_route_service_providers")]
pub use express_route_service_providers::*;
#[cfg(feature = "peer_express_route_circuit_connections")]
mod peer_express_route_circuit_connections {
    use super::*;
    /// Response for ListPeeredConnections API service call retrieves all global reach peer circuit connections that belongs to a Private Peering for an ExpressRouteCircuit.
    #[derive(
        Clone,
        ::azure_core::fmt::SafeDebug,
        Default,
        PartialEq,
        Eq,
        Hash,
        ::serde::Serialize,
        ::serde::Deserialize
    )]
    #[non_exhaustive]
    #[serde(rename_all = "camelCase")]
    pub struct PeerExpressRouteCircuitConnectionListResult {
        /// The global reach peer circuit connection associated with Private Peering in an ExpressRoute Circuit.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<
            ::std::vec::Vec<PeerExpressRouteCircuitConnection>,
        >,
        /// The URL to get the next set of results.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub next_link: ::std::option::Option<::std::string::String>,
    }
    impl PeerExpressRouteCircuitConnectionListResult {
        /// The global reach peer circuit connection associated with Private Peering in an ExpressRoute Circuit.
        pub fn value(&self) -> &[PeerExpressRouteCircuitConnection] {
            self.value.as_deref().unwrap_or_default()
        }
    }
    const _: () = {
        use ::std::boxed::Box;
        #[::async_trait::async_trait]
        impl ::azure_core::http::pager::Page
        for PeerExpressRouteCircuitConnectionListResult {
            type Item = PeerExpressRouteCircuitConnection;
            type IntoIter = ::std::vec::IntoIter<PeerExpressRouteCircuitConnection>;
            async fn into_items(self) -> ::azure_core::Result<Self::IntoIter> {
                Ok(self.value.unwrap_or_default().into_iter())
            }
        }
    };
}
#[cfg(feature = "peer_express_route_circuit_connections")]
pub use peer_express_route_circuit_connections::*;
