//! Builders for request bodies. Start one with `Model::builder(...)`; required properties
//! are its arguments, so `build()` always succeeds.
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
use super::models;
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuits"
    )
)]
mod shared_1 {
    use super::*;
    impl models::ExpressRouteCircuitAuthorization {
        /// Starts a builder for a request body.
        pub fn builder() -> ExpressRouteCircuitAuthorizationBuilder {
            ExpressRouteCircuitAuthorizationBuilder {
                inner: models::ExpressRouteCircuitAuthorization {
                    id: None,
                    properties: None,
                    name: None,
                    etag: None,
                    type_: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> ExpressRouteCircuitAuthorizationBuilder {
            ExpressRouteCircuitAuthorizationBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`ExpressRouteCircuitAuthorization`](models::ExpressRouteCircuitAuthorization). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ExpressRouteCircuitAuthorizationBuilder {
        inner: models::ExpressRouteCircuitAuthorization,
    }
    impl ExpressRouteCircuitAuthorizationBuilder {
        /// Resource ID.
        pub fn id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.id = Some(value.into());
            self
        }
        /// Properties of the express route circuit authorization.
        pub fn properties(
            mut self,
            value: impl ::std::convert::Into<models::AuthorizationPropertiesFormat>,
        ) -> Self {
            self.inner.properties = Some(value.into());
            self
        }
        /// The name of the resource that is unique within a resource group. This name can be used to access the resource.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.name = Some(value.into());
            self
        }
        /// The authorization key.
        pub fn authorization_key(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .authorization_key = Some(value.into());
            self
        }
        /// The authorization use status.
        pub fn authorization_use_status(
            mut self,
            value: impl ::std::convert::Into<models::AuthorizationUseStatus>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .authorization_use_status = Some(value.into());
            self
        }
        /// The finished value.
        pub fn build(self) -> models::ExpressRouteCircuitAuthorization {
            self.inner
        }
    }
    impl ::std::convert::From<ExpressRouteCircuitAuthorizationBuilder>
    for models::ExpressRouteCircuitAuthorization {
        fn from(b: ExpressRouteCircuitAuthorizationBuilder) -> Self {
            b.inner
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
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits"
    )
)]
mod shared_2 {
    use super::*;
    impl models::Ipv6CircuitConnectionConfig {
        /// Starts a builder for a request body.
        pub fn builder() -> Ipv6CircuitConnectionConfigBuilder {
            Ipv6CircuitConnectionConfigBuilder {
                inner: models::Ipv6CircuitConnectionConfig {
                    address_prefix: None,
                    circuit_connection_status: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> Ipv6CircuitConnectionConfigBuilder {
            Ipv6CircuitConnectionConfigBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`Ipv6CircuitConnectionConfig`](models::Ipv6CircuitConnectionConfig). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct Ipv6CircuitConnectionConfigBuilder {
        inner: models::Ipv6CircuitConnectionConfig,
    }
    impl Ipv6CircuitConnectionConfigBuilder {
        /// /125 IP address space to carve out customer addresses for global reach.
        pub fn address_prefix(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.address_prefix = Some(value.into());
            self
        }
        /// The finished value.
        pub fn build(self) -> models::Ipv6CircuitConnectionConfig {
            self.inner
        }
    }
    impl ::std::convert::From<Ipv6CircuitConnectionConfigBuilder>
    for models::Ipv6CircuitConnectionConfig {
        fn from(b: Ipv6CircuitConnectionConfigBuilder) -> Self {
            b.inner
        }
    }
    impl models::ExpressRouteCircuitConnection {
        /// Starts a builder for a request body.
        pub fn builder() -> ExpressRouteCircuitConnectionBuilder {
            ExpressRouteCircuitConnectionBuilder {
                inner: models::ExpressRouteCircuitConnection {
                    id: None,
                    properties: None,
                    name: None,
                    etag: None,
                    type_: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> ExpressRouteCircuitConnectionBuilder {
            ExpressRouteCircuitConnectionBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`ExpressRouteCircuitConnection`](models::ExpressRouteCircuitConnection). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ExpressRouteCircuitConnectionBuilder {
        inner: models::ExpressRouteCircuitConnection,
    }
    impl ExpressRouteCircuitConnectionBuilder {
        /// Resource ID.
        pub fn id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.id = Some(value.into());
            self
        }
        /// Properties of the express route circuit connection.
        pub fn properties(
            mut self,
            value: impl ::std::convert::Into<
                models::ExpressRouteCircuitConnectionPropertiesFormat,
            >,
        ) -> Self {
            self.inner.properties = Some(value.into());
            self
        }
        /// The name of the resource that is unique within a resource group. This name can be used to access the resource.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.name = Some(value.into());
            self
        }
        /// Reference to Express Route Circuit Private Peering Resource of the circuit initiating connection.
        pub fn express_route_circuit_peering(
            mut self,
            value: impl ::std::convert::Into<models::SubResource>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .express_route_circuit_peering = Some(value.into());
            self
        }
        /// Reference to Express Route Circuit Private Peering Resource of the peered circuit.
        pub fn peer_express_route_circuit_peering(
            mut self,
            value: impl ::std::convert::Into<models::SubResource>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .peer_express_route_circuit_peering = Some(value.into());
            self
        }
        /// /29 IP address space to carve out Customer addresses for tunnels.
        pub fn address_prefix(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .address_prefix = Some(value.into());
            self
        }
        /// The authorization key.
        pub fn authorization_key(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .authorization_key = Some(value.into());
            self
        }
        /// IPv6 Address PrefixProperties of the express route circuit connection.
        pub fn ipv6_circuit_connection_config(
            mut self,
            value: impl ::std::convert::Into<models::Ipv6CircuitConnectionConfig>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .ipv6_circuit_connection_config = Some(value.into());
            self
        }
        /// The finished value.
        pub fn build(self) -> models::ExpressRouteCircuitConnection {
            self.inner
        }
    }
    impl ::std::convert::From<ExpressRouteCircuitConnectionBuilder>
    for models::ExpressRouteCircuitConnection {
        fn from(b: ExpressRouteCircuitConnectionBuilder) -> Self {
            b.inner
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
    use super::*;
    impl models::SubResource {
        /// Starts a builder for a request body.
        pub fn builder() -> SubResourceBuilder {
            SubResourceBuilder {
                inner: models::SubResource { id: None },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> SubResourceBuilder {
            SubResourceBuilder { inner: self }
        }
    }
    /// Builds a [`SubResource`](models::SubResource). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct SubResourceBuilder {
        inner: models::SubResource,
    }
    impl SubResourceBuilder {
        /// Resource ID.
        pub fn id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.id = Some(value.into());
            self
        }
        /// The finished value.
        pub fn build(self) -> models::SubResource {
            self.inner
        }
    }
    impl ::std::convert::From<SubResourceBuilder> for models::SubResource {
        fn from(b: SubResourceBuilder) -> Self {
            b.inner
        }
    }
    impl ::std::convert::From<::std::string::String> for models::SubResource {
        /// A reference to the resource with this id.
        fn from(id: ::std::string::String) -> Self {
            models::SubResource {
                id: Some(id),
            }
        }
    }
    impl ::std::convert::From<&str> for models::SubResource {
        /// A reference to the resource with this id.
        fn from(id: &str) -> Self {
            Self::from(id.to_owned())
        }
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
#[cfg(
    any(feature = "express_route_circuit_peerings", feature = "express_route_circuits")
)]
mod shared_4 {
    use super::*;
    impl models::ExpressRouteCircuitPeeringConfig {
        /// Starts a builder for a request body.
        pub fn builder() -> ExpressRouteCircuitPeeringConfigBuilder {
            ExpressRouteCircuitPeeringConfigBuilder {
                inner: models::ExpressRouteCircuitPeeringConfig {
                    advertised_public_prefixes: None,
                    advertised_communities: None,
                    advertised_public_prefixes_state: None,
                    legacy_mode: None,
                    customer_asn: None,
                    routing_registry_name: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> ExpressRouteCircuitPeeringConfigBuilder {
            ExpressRouteCircuitPeeringConfigBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`ExpressRouteCircuitPeeringConfig`](models::ExpressRouteCircuitPeeringConfig). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ExpressRouteCircuitPeeringConfigBuilder {
        inner: models::ExpressRouteCircuitPeeringConfig,
    }
    impl ExpressRouteCircuitPeeringConfigBuilder {
        /// The reference to AdvertisedPublicPrefixes.
        pub fn advertised_public_prefixes(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.inner.advertised_public_prefixes = Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Appends one item to `advertised_public_prefixes`.
        pub fn push_advertised_public_prefixes(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner
                .advertised_public_prefixes
                .get_or_insert_with(::std::default::Default::default)
                .push(value.into());
            self
        }
        /// The communities of bgp peering. Specified for microsoft peering.
        pub fn advertised_communities(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.inner.advertised_communities = Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Appends one item to `advertised_communities`.
        pub fn push_advertised_communities(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner
                .advertised_communities
                .get_or_insert_with(::std::default::Default::default)
                .push(value.into());
            self
        }
        /// The legacy mode of the peering.
        pub fn legacy_mode(mut self, value: i32) -> Self {
            self.inner.legacy_mode = Some(value);
            self
        }
        /// The CustomerASN of the peering.
        pub fn customer_asn(mut self, value: i32) -> Self {
            self.inner.customer_asn = Some(value);
            self
        }
        /// The RoutingRegistryName of the configuration.
        pub fn routing_registry_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.routing_registry_name = Some(value.into());
            self
        }
        /// The finished value.
        pub fn build(self) -> models::ExpressRouteCircuitPeeringConfig {
            self.inner
        }
    }
    impl ::std::convert::From<ExpressRouteCircuitPeeringConfigBuilder>
    for models::ExpressRouteCircuitPeeringConfig {
        fn from(b: ExpressRouteCircuitPeeringConfigBuilder) -> Self {
            b.inner
        }
    }
    impl models::Ipv6ExpressRouteCircuitPeeringConfig {
        /// Starts a builder for a request body.
        pub fn builder() -> Ipv6ExpressRouteCircuitPeeringConfigBuilder {
            Ipv6ExpressRouteCircuitPeeringConfigBuilder {
                inner: models::Ipv6ExpressRouteCircuitPeeringConfig {
                    primary_peer_address_prefix: None,
                    secondary_peer_address_prefix: None,
                    microsoft_peering_config: None,
                    route_filter: None,
                    state: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> Ipv6ExpressRouteCircuitPeeringConfigBuilder {
            Ipv6ExpressRouteCircuitPeeringConfigBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`Ipv6ExpressRouteCircuitPeeringConfig`](models::Ipv6ExpressRouteCircuitPeeringConfig). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct Ipv6ExpressRouteCircuitPeeringConfigBuilder {
        inner: models::Ipv6ExpressRouteCircuitPeeringConfig,
    }
    impl Ipv6ExpressRouteCircuitPeeringConfigBuilder {
        /// The primary address prefix.
        pub fn primary_peer_address_prefix(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.primary_peer_address_prefix = Some(value.into());
            self
        }
        /// The secondary address prefix.
        pub fn secondary_peer_address_prefix(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.secondary_peer_address_prefix = Some(value.into());
            self
        }
        /// The Microsoft peering configuration.
        pub fn microsoft_peering_config(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitPeeringConfig>,
        ) -> Self {
            self.inner.microsoft_peering_config = Some(value.into());
            self
        }
        /// The reference to the RouteFilter resource.
        pub fn route_filter(
            mut self,
            value: impl ::std::convert::Into<models::SubResource>,
        ) -> Self {
            self.inner.route_filter = Some(value.into());
            self
        }
        /// The state of peering.
        pub fn state(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitPeeringState>,
        ) -> Self {
            self.inner.state = Some(value.into());
            self
        }
        /// The finished value.
        pub fn build(self) -> models::Ipv6ExpressRouteCircuitPeeringConfig {
            self.inner
        }
    }
    impl ::std::convert::From<Ipv6ExpressRouteCircuitPeeringConfigBuilder>
    for models::Ipv6ExpressRouteCircuitPeeringConfig {
        fn from(b: Ipv6ExpressRouteCircuitPeeringConfigBuilder) -> Self {
            b.inner
        }
    }
    impl models::ExpressRouteCircuitStats {
        /// Starts a builder for a request body.
        pub fn builder() -> ExpressRouteCircuitStatsBuilder {
            ExpressRouteCircuitStatsBuilder {
                inner: models::ExpressRouteCircuitStats {
                    primarybytes_in: None,
                    primarybytes_out: None,
                    secondarybytes_in: None,
                    secondarybytes_out: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> ExpressRouteCircuitStatsBuilder {
            ExpressRouteCircuitStatsBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`ExpressRouteCircuitStats`](models::ExpressRouteCircuitStats). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ExpressRouteCircuitStatsBuilder {
        inner: models::ExpressRouteCircuitStats,
    }
    impl ExpressRouteCircuitStatsBuilder {
        /// The Primary BytesIn of the peering.
        pub fn primarybytes_in(mut self, value: i64) -> Self {
            self.inner.primarybytes_in = Some(value);
            self
        }
        /// The primary BytesOut of the peering.
        pub fn primarybytes_out(mut self, value: i64) -> Self {
            self.inner.primarybytes_out = Some(value);
            self
        }
        /// The secondary BytesIn of the peering.
        pub fn secondarybytes_in(mut self, value: i64) -> Self {
            self.inner.secondarybytes_in = Some(value);
            self
        }
        /// The secondary BytesOut of the peering.
        pub fn secondarybytes_out(mut self, value: i64) -> Self {
            self.inner.secondarybytes_out = Some(value);
            self
        }
        /// The finished value.
        pub fn build(self) -> models::ExpressRouteCircuitStats {
            self.inner
        }
    }
    impl ::std::convert::From<ExpressRouteCircuitStatsBuilder>
    for models::ExpressRouteCircuitStats {
        fn from(b: ExpressRouteCircuitStatsBuilder) -> Self {
            b.inner
        }
    }
    impl models::ExpressRouteCircuitPeering {
        /// Starts a builder for a request body.
        pub fn builder() -> ExpressRouteCircuitPeeringBuilder {
            ExpressRouteCircuitPeeringBuilder {
                inner: models::ExpressRouteCircuitPeering {
                    id: None,
                    properties: None,
                    name: None,
                    etag: None,
                    type_: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> ExpressRouteCircuitPeeringBuilder {
            ExpressRouteCircuitPeeringBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`ExpressRouteCircuitPeering`](models::ExpressRouteCircuitPeering). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ExpressRouteCircuitPeeringBuilder {
        inner: models::ExpressRouteCircuitPeering,
    }
    impl ExpressRouteCircuitPeeringBuilder {
        /// Resource ID.
        pub fn id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.id = Some(value.into());
            self
        }
        /// Properties of the express route circuit peering.
        pub fn properties(
            mut self,
            value: impl ::std::convert::Into<
                models::ExpressRouteCircuitPeeringPropertiesFormat,
            >,
        ) -> Self {
            self.inner.properties = Some(value.into());
            self
        }
        /// The name of the resource that is unique within a resource group. This name can be used to access the resource.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.name = Some(value.into());
            self
        }
        /// The peering type.
        pub fn peering_type(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRoutePeeringType>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .peering_type = Some(value.into());
            self
        }
        /// The peering state.
        pub fn state(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRoutePeeringState>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .state = Some(value.into());
            self
        }
        /// The Azure ASN.
        pub fn azure_asn(mut self, value: i32) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .azure_asn = Some(value);
            self
        }
        /// The peer ASN.
        pub fn peer_asn(mut self, value: i64) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .peer_asn = Some(value);
            self
        }
        /// The primary address prefix.
        pub fn primary_peer_address_prefix(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .primary_peer_address_prefix = Some(value.into());
            self
        }
        /// The secondary address prefix.
        pub fn secondary_peer_address_prefix(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .secondary_peer_address_prefix = Some(value.into());
            self
        }
        /// The primary port.
        pub fn primary_azure_port(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .primary_azure_port = Some(value.into());
            self
        }
        /// The secondary port.
        pub fn secondary_azure_port(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .secondary_azure_port = Some(value.into());
            self
        }
        /// The shared key.
        pub fn shared_key(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .shared_key = Some(value.into());
            self
        }
        /// The VLAN ID.
        pub fn vlan_id(mut self, value: i32) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .vlan_id = Some(value);
            self
        }
        /// The Microsoft peering configuration.
        pub fn microsoft_peering_config(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitPeeringConfig>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .microsoft_peering_config = Some(value.into());
            self
        }
        /// The peering stats of express route circuit.
        pub fn stats(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitStats>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .stats = Some(value.into());
            self
        }
        /// The GatewayManager Etag.
        pub fn gateway_manager_etag(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .gateway_manager_etag = Some(value.into());
            self
        }
        /// The reference to the RouteFilter resource.
        pub fn route_filter(
            mut self,
            value: impl ::std::convert::Into<models::SubResource>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .route_filter = Some(value.into());
            self
        }
        /// The IPv6 peering configuration.
        pub fn ipv6_peering_config(
            mut self,
            value: impl ::std::convert::Into<
                models::Ipv6ExpressRouteCircuitPeeringConfig,
            >,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .ipv6_peering_config = Some(value.into());
            self
        }
        /// The ExpressRoute connection.
        pub fn express_route_connection(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteConnectionId>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .express_route_connection = Some(value.into());
            self
        }
        /// The list of circuit connections associated with Azure Private Peering for this circuit.
        pub fn connections(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<models::ExpressRouteCircuitConnection>,
            >,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .connections = Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Appends one item to `connections`.
        pub fn push_connections(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitConnection>,
        ) -> Self {
            self.inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .connections
                .get_or_insert_with(::std::default::Default::default)
                .push(value.into());
            self
        }
        /// The finished value.
        pub fn build(self) -> models::ExpressRouteCircuitPeering {
            self.inner
        }
    }
    impl ::std::convert::From<ExpressRouteCircuitPeeringBuilder>
    for models::ExpressRouteCircuitPeering {
        fn from(b: ExpressRouteCircuitPeeringBuilder) -> Self {
            b.inner
        }
    }
    impl models::ExpressRouteConnectionId {
        /// Starts a builder for a request body.
        pub fn builder() -> ExpressRouteConnectionIdBuilder {
            ExpressRouteConnectionIdBuilder {
                inner: models::ExpressRouteConnectionId {
                    id: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> ExpressRouteConnectionIdBuilder {
            ExpressRouteConnectionIdBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`ExpressRouteConnectionId`](models::ExpressRouteConnectionId). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ExpressRouteConnectionIdBuilder {
        inner: models::ExpressRouteConnectionId,
    }
    impl ExpressRouteConnectionIdBuilder {
        /// The finished value.
        pub fn build(self) -> models::ExpressRouteConnectionId {
            self.inner
        }
    }
    impl ::std::convert::From<ExpressRouteConnectionIdBuilder>
    for models::ExpressRouteConnectionId {
        fn from(b: ExpressRouteConnectionIdBuilder) -> Self {
            b.inner
        }
    }
}
#[cfg(
    any(feature = "express_route_circuit_peerings", feature = "express_route_circuits")
)]
pub use shared_4::*;
#[cfg(feature = "express_route_circuits")]
mod express_route_circuits {
    use super::*;
    impl models::ExpressRouteCircuitSku {
        /// Starts a builder for a request body.
        pub fn builder() -> ExpressRouteCircuitSkuBuilder {
            ExpressRouteCircuitSkuBuilder {
                inner: models::ExpressRouteCircuitSku {
                    name: None,
                    tier: None,
                    family: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> ExpressRouteCircuitSkuBuilder {
            ExpressRouteCircuitSkuBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`ExpressRouteCircuitSku`](models::ExpressRouteCircuitSku). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ExpressRouteCircuitSkuBuilder {
        inner: models::ExpressRouteCircuitSku,
    }
    impl ExpressRouteCircuitSkuBuilder {
        /// The name of the SKU.
        pub fn name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.name = Some(value.into());
            self
        }
        /// The tier of the SKU.
        pub fn tier(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitSkuTier>,
        ) -> Self {
            self.inner.tier = Some(value.into());
            self
        }
        /// The family of the SKU.
        pub fn family(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitSkuFamily>,
        ) -> Self {
            self.inner.family = Some(value.into());
            self
        }
        /// The finished value.
        pub fn build(self) -> models::ExpressRouteCircuitSku {
            self.inner
        }
    }
    impl ::std::convert::From<ExpressRouteCircuitSkuBuilder>
    for models::ExpressRouteCircuitSku {
        fn from(b: ExpressRouteCircuitSkuBuilder) -> Self {
            b.inner
        }
    }
    impl models::ExpressRouteCircuitServiceProviderProperties {
        /// Starts a builder for a request body.
        pub fn builder() -> ExpressRouteCircuitServiceProviderPropertiesBuilder {
            ExpressRouteCircuitServiceProviderPropertiesBuilder {
                inner: models::ExpressRouteCircuitServiceProviderProperties {
                    service_provider_name: None,
                    peering_location: None,
                    bandwidth_in_mbps: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(
            self,
        ) -> ExpressRouteCircuitServiceProviderPropertiesBuilder {
            ExpressRouteCircuitServiceProviderPropertiesBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`ExpressRouteCircuitServiceProviderProperties`](models::ExpressRouteCircuitServiceProviderProperties). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ExpressRouteCircuitServiceProviderPropertiesBuilder {
        inner: models::ExpressRouteCircuitServiceProviderProperties,
    }
    impl ExpressRouteCircuitServiceProviderPropertiesBuilder {
        /// The serviceProviderName.
        pub fn service_provider_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.service_provider_name = Some(value.into());
            self
        }
        /// The peering location.
        pub fn peering_location(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.peering_location = Some(value.into());
            self
        }
        /// The BandwidthInMbps.
        pub fn bandwidth_in_mbps(mut self, value: i32) -> Self {
            self.inner.bandwidth_in_mbps = Some(value);
            self
        }
        /// The finished value.
        pub fn build(self) -> models::ExpressRouteCircuitServiceProviderProperties {
            self.inner
        }
    }
    impl ::std::convert::From<ExpressRouteCircuitServiceProviderPropertiesBuilder>
    for models::ExpressRouteCircuitServiceProviderProperties {
        fn from(b: ExpressRouteCircuitServiceProviderPropertiesBuilder) -> Self {
            b.inner
        }
    }
    impl models::ExpressRouteCircuit {
        /// Starts a builder for a request body.
        pub fn builder() -> ExpressRouteCircuitBuilder {
            ExpressRouteCircuitBuilder {
                inner: models::ExpressRouteCircuit {
                    id: None,
                    name: None,
                    type_: None,
                    location: None,
                    tags: None,
                    sku: None,
                    properties: None,
                    etag: None,
                },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> ExpressRouteCircuitBuilder {
            ExpressRouteCircuitBuilder {
                inner: self,
            }
        }
    }
    /// Builds a [`ExpressRouteCircuit`](models::ExpressRouteCircuit). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct ExpressRouteCircuitBuilder {
        inner: models::ExpressRouteCircuit,
    }
    impl ExpressRouteCircuitBuilder {
        /// Resource ID.
        pub fn id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.id = Some(value.into());
            self
        }
        /// Resource location.
        pub fn location(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner.location = Some(value.into());
            self
        }
        /// Resource tags.
        pub fn tags(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    impl ::std::convert::Into<::std::string::String>,
                ),
            >,
        ) -> Self {
            self.inner.tags = Some(
                value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
            );
            self
        }
        /// Adds one entry to `tags`.
        pub fn insert_tags(
            mut self,
            key: impl ::std::convert::Into<::std::string::String>,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner
                .tags
                .get_or_insert_with(::std::default::Default::default)
                .insert(key.into(), value.into());
            self
        }
        /// The SKU.
        pub fn sku(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitSku>,
        ) -> Self {
            self.inner.sku = Some(value.into());
            self
        }
        /// Properties of the express route circuit.
        pub fn properties(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitPropertiesFormat>,
        ) -> Self {
            self.inner.properties = Some(value.into());
            self
        }
        /// Allow classic operations.
        pub fn allow_classic_operations(mut self, value: bool) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .allow_classic_operations = Some(value);
            self
        }
        /// The CircuitProvisioningState state of the resource.
        pub fn circuit_provisioning_state(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .circuit_provisioning_state = Some(value.into());
            self
        }
        /// The ServiceProviderProvisioningState state of the resource.
        pub fn service_provider_provisioning_state(
            mut self,
            value: impl ::std::convert::Into<models::ServiceProviderProvisioningState>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .service_provider_provisioning_state = Some(value.into());
            self
        }
        /// The list of authorizations.
        pub fn authorizations(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<
                    models::ExpressRouteCircuitAuthorization,
                >,
            >,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .authorizations = Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Appends one item to `authorizations`.
        pub fn push_authorizations(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitAuthorization>,
        ) -> Self {
            self.inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .authorizations
                .get_or_insert_with(::std::default::Default::default)
                .push(value.into());
            self
        }
        /// The list of peerings.
        pub fn peerings(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<models::ExpressRouteCircuitPeering>,
            >,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .peerings = Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Appends one item to `peerings`.
        pub fn push_peerings(
            mut self,
            value: impl ::std::convert::Into<models::ExpressRouteCircuitPeering>,
        ) -> Self {
            self.inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .peerings
                .get_or_insert_with(::std::default::Default::default)
                .push(value.into());
            self
        }
        /// The ServiceKey.
        pub fn service_key(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .service_key = Some(value.into());
            self
        }
        /// The ServiceProviderNotes.
        pub fn service_provider_notes(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .service_provider_notes = Some(value.into());
            self
        }
        /// The ServiceProviderProperties.
        pub fn service_provider_properties(
            mut self,
            value: impl ::std::convert::Into<
                models::ExpressRouteCircuitServiceProviderProperties,
            >,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .service_provider_properties = Some(value.into());
            self
        }
        /// The reference to the ExpressRoutePort resource when the circuit is provisioned on an ExpressRoutePort resource.
        pub fn express_route_port(
            mut self,
            value: impl ::std::convert::Into<models::SubResource>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .express_route_port = Some(value.into());
            self
        }
        /// The bandwidth of the circuit when the circuit is provisioned on an ExpressRoutePort resource.
        pub fn bandwidth_in_gbps(mut self, value: f64) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .bandwidth_in_gbps = Some(value);
            self
        }
        /// The GatewayManager Etag.
        pub fn gateway_manager_etag(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .gateway_manager_etag = Some(value.into());
            self
        }
        /// Flag denoting global reach status.
        pub fn global_reach_enabled(mut self, value: bool) -> Self {
            self
                .inner
                .properties
                .get_or_insert_with(::std::default::Default::default)
                .global_reach_enabled = Some(value);
            self
        }
        /// The finished value.
        pub fn build(self) -> models::ExpressRouteCircuit {
            self.inner
        }
    }
    impl ::std::convert::From<ExpressRouteCircuitBuilder>
    for models::ExpressRouteCircuit {
        fn from(b: ExpressRouteCircuitBuilder) -> Self {
            b.inner
        }
    }
    impl models::TagsObject {
        /// Starts a builder for a request body.
        pub fn builder() -> TagsObjectBuilder {
            TagsObjectBuilder {
                inner: models::TagsObject { tags: None },
            }
        }
        /// Turns a value (one read with GET, say) back into a builder, to change and send it.
        pub fn into_builder(self) -> TagsObjectBuilder {
            TagsObjectBuilder { inner: self }
        }
    }
    /// Builds a [`TagsObject`](models::TagsObject). Read-only properties have no setter.
    #[derive(Clone, Debug)]
    #[must_use]
    pub struct TagsObjectBuilder {
        inner: models::TagsObject,
    }
    impl TagsObjectBuilder {
        /// Resource tags.
        pub fn tags(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = (
                    impl ::std::convert::Into<::std::string::String>,
                    impl ::std::convert::Into<::std::string::String>,
                ),
            >,
        ) -> Self {
            self.inner.tags = Some(
                value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
            );
            self
        }
        /// Adds one entry to `tags`.
        pub fn insert_tags(
            mut self,
            key: impl ::std::convert::Into<::std::string::String>,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.inner
                .tags
                .get_or_insert_with(::std::default::Default::default)
                .insert(key.into(), value.into());
            self
        }
        /// The finished value.
        pub fn build(self) -> models::TagsObject {
            self.inner
        }
    }
    impl ::std::convert::From<TagsObjectBuilder> for models::TagsObject {
        fn from(b: TagsObjectBuilder) -> Self {
            b.inner
        }
    }
}
#[cfg(feature = "express_route_circuits")]
pub use express_route_circuits::*;
