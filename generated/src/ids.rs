//! Typed resource ids. Each parses from and prints to its ARM id string, and knows its
//! parent.
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
use super::runtime;
pub use super::runtime::{ParseIdError, ResourceGroupId, ResourcePath, SubscriptionId};
#[cfg(feature = "express_route_circuit_authorizations")]
mod express_route_circuit_authorizations {
    use super::*;
    /// The id of a `ExpressRouteCircuitAuthorization`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/authorizations/{authorization_name}`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct ExpressRouteCircuitAuthorizationId {
        parent: ExpressRouteCircuitId,
        name: ::std::string::String,
    }
    impl ExpressRouteCircuitAuthorizationId {
        /// An id from its names, root first.
        pub fn new(
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            resource_group_name: impl ::std::convert::Into<::std::string::String>,
            circuit_name: impl ::std::convert::Into<::std::string::String>,
            authorization_name: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            ExpressRouteCircuitId::new(
                    subscription_id,
                    resource_group_name,
                    circuit_name,
                )
                .authorization(authorization_name)
        }
        /// The resource this one belongs to.
        pub fn parent(&self) -> &ExpressRouteCircuitId {
            &self.parent
        }
        /// This resource's own name.
        pub fn name(&self) -> &str {
            &self.name
        }
        pub fn subscription_id(&self) -> &str {
            self.parent.subscription_id()
        }
        pub fn resource_group_name(&self) -> &str {
            self.parent.resource_group_name()
        }
        pub fn circuit_name(&self) -> &str {
            self.parent.circuit_name()
        }
        pub fn authorization_name(&self) -> &str {
            &self.name
        }
    }
    impl ExpressRouteCircuitId {
        /// The `ExpressRouteCircuitAuthorization` named `name` below this resource.
        pub fn authorization(
            &self,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> ExpressRouteCircuitAuthorizationId {
            ExpressRouteCircuitAuthorizationId {
                parent: self.clone(),
                name: name.into(),
            }
        }
    }
    runtime::typed_id!(
        ExpressRouteCircuitAuthorizationId, ExpressRouteCircuitId, "authorizations",
        "authorization_name"
    );
}
#[cfg(feature = "express_route_circuit_authorizations")]
pub use express_route_circuit_authorizations::*;
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
mod shared_1 {
    use super::*;
    /// The id of a `ExpressRouteCircuit`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct ExpressRouteCircuitId {
        parent: ResourceGroupId,
        name: ::std::string::String,
    }
    impl ExpressRouteCircuitId {
        /// An id from its names, root first.
        pub fn new(
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            resource_group_name: impl ::std::convert::Into<::std::string::String>,
            circuit_name: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            ResourceGroupId::new(subscription_id, resource_group_name)
                .express_route_circuit(circuit_name)
        }
        /// The resource this one belongs to.
        pub fn parent(&self) -> &ResourceGroupId {
            &self.parent
        }
        /// This resource's own name.
        pub fn name(&self) -> &str {
            &self.name
        }
        pub fn subscription_id(&self) -> &str {
            self.parent.subscription_id()
        }
        pub fn resource_group_name(&self) -> &str {
            self.parent.resource_group_name()
        }
        pub fn circuit_name(&self) -> &str {
            &self.name
        }
    }
    impl ResourceGroupId {
        /// The `ExpressRouteCircuit` named `name` below this resource.
        pub fn express_route_circuit(
            &self,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> ExpressRouteCircuitId {
            ExpressRouteCircuitId {
                parent: self.clone(),
                name: name.into(),
            }
        }
    }
    runtime::typed_id!(
        ExpressRouteCircuitId, ResourceGroupId,
        "providers/Microsoft.Network/expressRouteCircuits", "circuit_name"
    );
}
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub use shared_1::*;
#[cfg(feature = "express_route_circuit_connections")]
mod express_route_circuit_connections {
    use super::*;
    /// The id of a `ExpressRouteCircuitConnection`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/connections/{connection_name}`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct ExpressRouteCircuitConnectionId {
        parent: ExpressRouteCircuitPeeringId,
        name: ::std::string::String,
    }
    impl ExpressRouteCircuitConnectionId {
        /// An id from its names, root first.
        pub fn new(
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            resource_group_name: impl ::std::convert::Into<::std::string::String>,
            circuit_name: impl ::std::convert::Into<::std::string::String>,
            peering_name: impl ::std::convert::Into<::std::string::String>,
            connection_name: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            ExpressRouteCircuitPeeringId::new(
                    subscription_id,
                    resource_group_name,
                    circuit_name,
                    peering_name,
                )
                .connection(connection_name)
        }
        /// The resource this one belongs to.
        pub fn parent(&self) -> &ExpressRouteCircuitPeeringId {
            &self.parent
        }
        /// This resource's own name.
        pub fn name(&self) -> &str {
            &self.name
        }
        pub fn subscription_id(&self) -> &str {
            self.parent.subscription_id()
        }
        pub fn resource_group_name(&self) -> &str {
            self.parent.resource_group_name()
        }
        pub fn circuit_name(&self) -> &str {
            self.parent.circuit_name()
        }
        pub fn peering_name(&self) -> &str {
            self.parent.peering_name()
        }
        pub fn connection_name(&self) -> &str {
            &self.name
        }
    }
    impl ExpressRouteCircuitPeeringId {
        /// The `ExpressRouteCircuitConnection` named `name` below this resource.
        pub fn connection(
            &self,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> ExpressRouteCircuitConnectionId {
            ExpressRouteCircuitConnectionId {
                parent: self.clone(),
                name: name.into(),
            }
        }
    }
    runtime::typed_id!(
        ExpressRouteCircuitConnectionId, ExpressRouteCircuitPeeringId, "connections",
        "connection_name"
    );
}
#[cfg(feature = "express_route_circuit_connections")]
pub use express_route_circuit_connections::*;
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
mod shared_2 {
    use super::*;
    /// The id of a `ExpressRouteCircuitPeering`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct ExpressRouteCircuitPeeringId {
        parent: ExpressRouteCircuitId,
        name: ::std::string::String,
    }
    impl ExpressRouteCircuitPeeringId {
        /// An id from its names, root first.
        pub fn new(
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            resource_group_name: impl ::std::convert::Into<::std::string::String>,
            circuit_name: impl ::std::convert::Into<::std::string::String>,
            peering_name: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            ExpressRouteCircuitId::new(
                    subscription_id,
                    resource_group_name,
                    circuit_name,
                )
                .peering(peering_name)
        }
        /// The resource this one belongs to.
        pub fn parent(&self) -> &ExpressRouteCircuitId {
            &self.parent
        }
        /// This resource's own name.
        pub fn name(&self) -> &str {
            &self.name
        }
        pub fn subscription_id(&self) -> &str {
            self.parent.subscription_id()
        }
        pub fn resource_group_name(&self) -> &str {
            self.parent.resource_group_name()
        }
        pub fn circuit_name(&self) -> &str {
            self.parent.circuit_name()
        }
        pub fn peering_name(&self) -> &str {
            &self.name
        }
    }
    impl ExpressRouteCircuitId {
        /// The `ExpressRouteCircuitPeering` named `name` below this resource.
        pub fn peering(
            &self,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> ExpressRouteCircuitPeeringId {
            ExpressRouteCircuitPeeringId {
                parent: self.clone(),
                name: name.into(),
            }
        }
    }
    runtime::typed_id!(
        ExpressRouteCircuitPeeringId, ExpressRouteCircuitId, "peerings", "peering_name"
    );
}
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
pub use shared_2::*;
#[cfg(feature = "express_route_circuits")]
mod express_route_circuits {
    use super::*;
    /// The id of a `ArpTable`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/arpTables/{device_path}`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct ArpTableId {
        parent: ExpressRouteCircuitPeeringId,
        name: ::std::string::String,
    }
    impl ArpTableId {
        /// An id from its names, root first.
        pub fn new(
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            resource_group_name: impl ::std::convert::Into<::std::string::String>,
            circuit_name: impl ::std::convert::Into<::std::string::String>,
            peering_name: impl ::std::convert::Into<::std::string::String>,
            device_path: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            ExpressRouteCircuitPeeringId::new(
                    subscription_id,
                    resource_group_name,
                    circuit_name,
                    peering_name,
                )
                .arp_table(device_path)
        }
        /// The resource this one belongs to.
        pub fn parent(&self) -> &ExpressRouteCircuitPeeringId {
            &self.parent
        }
        /// This resource's own name.
        pub fn name(&self) -> &str {
            &self.name
        }
        pub fn subscription_id(&self) -> &str {
            self.parent.subscription_id()
        }
        pub fn resource_group_name(&self) -> &str {
            self.parent.resource_group_name()
        }
        pub fn circuit_name(&self) -> &str {
            self.parent.circuit_name()
        }
        pub fn peering_name(&self) -> &str {
            self.parent.peering_name()
        }
        pub fn device_path(&self) -> &str {
            &self.name
        }
    }
    impl ExpressRouteCircuitPeeringId {
        /// The `ArpTable` named `name` below this resource.
        pub fn arp_table(
            &self,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> ArpTableId {
            ArpTableId {
                parent: self.clone(),
                name: name.into(),
            }
        }
    }
    runtime::typed_id!(
        ArpTableId, ExpressRouteCircuitPeeringId, "arpTables", "device_path"
    );
    /// The id of a `RouteTable`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/routeTables/{device_path}`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct RouteTableId {
        parent: ExpressRouteCircuitPeeringId,
        name: ::std::string::String,
    }
    impl RouteTableId {
        /// An id from its names, root first.
        pub fn new(
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            resource_group_name: impl ::std::convert::Into<::std::string::String>,
            circuit_name: impl ::std::convert::Into<::std::string::String>,
            peering_name: impl ::std::convert::Into<::std::string::String>,
            device_path: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            ExpressRouteCircuitPeeringId::new(
                    subscription_id,
                    resource_group_name,
                    circuit_name,
                    peering_name,
                )
                .route_table(device_path)
        }
        /// The resource this one belongs to.
        pub fn parent(&self) -> &ExpressRouteCircuitPeeringId {
            &self.parent
        }
        /// This resource's own name.
        pub fn name(&self) -> &str {
            &self.name
        }
        pub fn subscription_id(&self) -> &str {
            self.parent.subscription_id()
        }
        pub fn resource_group_name(&self) -> &str {
            self.parent.resource_group_name()
        }
        pub fn circuit_name(&self) -> &str {
            self.parent.circuit_name()
        }
        pub fn peering_name(&self) -> &str {
            self.parent.peering_name()
        }
        pub fn device_path(&self) -> &str {
            &self.name
        }
    }
    impl ExpressRouteCircuitPeeringId {
        /// The `RouteTable` named `name` below this resource.
        pub fn route_table(
            &self,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> RouteTableId {
            RouteTableId {
                parent: self.clone(),
                name: name.into(),
            }
        }
    }
    runtime::typed_id!(
        RouteTableId, ExpressRouteCircuitPeeringId, "routeTables", "device_path"
    );
    /// The id of a `RouteTablesSummary`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/routeTablesSummary/{device_path}`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct RouteTablesSummaryId {
        parent: ExpressRouteCircuitPeeringId,
        name: ::std::string::String,
    }
    impl RouteTablesSummaryId {
        /// An id from its names, root first.
        pub fn new(
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            resource_group_name: impl ::std::convert::Into<::std::string::String>,
            circuit_name: impl ::std::convert::Into<::std::string::String>,
            peering_name: impl ::std::convert::Into<::std::string::String>,
            device_path: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            ExpressRouteCircuitPeeringId::new(
                    subscription_id,
                    resource_group_name,
                    circuit_name,
                    peering_name,
                )
                .route_tables_summary(device_path)
        }
        /// The resource this one belongs to.
        pub fn parent(&self) -> &ExpressRouteCircuitPeeringId {
            &self.parent
        }
        /// This resource's own name.
        pub fn name(&self) -> &str {
            &self.name
        }
        pub fn subscription_id(&self) -> &str {
            self.parent.subscription_id()
        }
        pub fn resource_group_name(&self) -> &str {
            self.parent.resource_group_name()
        }
        pub fn circuit_name(&self) -> &str {
            self.parent.circuit_name()
        }
        pub fn peering_name(&self) -> &str {
            self.parent.peering_name()
        }
        pub fn device_path(&self) -> &str {
            &self.name
        }
    }
    impl ExpressRouteCircuitPeeringId {
        /// The `RouteTablesSummary` named `name` below this resource.
        pub fn route_tables_summary(
            &self,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> RouteTablesSummaryId {
            RouteTablesSummaryId {
                parent: self.clone(),
                name: name.into(),
            }
        }
    }
    runtime::typed_id!(
        RouteTablesSummaryId, ExpressRouteCircuitPeeringId, "routeTablesSummary",
        "device_path"
    );
}
#[cfg(feature = "express_route_circuits")]
pub use express_route_circuits::*;
#[cfg(feature = "peer_express_route_circuit_connections")]
mod peer_express_route_circuit_connections {
    use super::*;
    /// The id of a `PeerExpressRouteCircuitConnection`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/peerConnections/{connection_name}`.
    #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct PeerExpressRouteCircuitConnectionId {
        parent: ExpressRouteCircuitPeeringId,
        name: ::std::string::String,
    }
    impl PeerExpressRouteCircuitConnectionId {
        /// An id from its names, root first.
        pub fn new(
            subscription_id: impl ::std::convert::Into<::std::string::String>,
            resource_group_name: impl ::std::convert::Into<::std::string::String>,
            circuit_name: impl ::std::convert::Into<::std::string::String>,
            peering_name: impl ::std::convert::Into<::std::string::String>,
            connection_name: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            ExpressRouteCircuitPeeringId::new(
                    subscription_id,
                    resource_group_name,
                    circuit_name,
                    peering_name,
                )
                .peer_connection(connection_name)
        }
        /// The resource this one belongs to.
        pub fn parent(&self) -> &ExpressRouteCircuitPeeringId {
            &self.parent
        }
        /// This resource's own name.
        pub fn name(&self) -> &str {
            &self.name
        }
        pub fn subscription_id(&self) -> &str {
            self.parent.subscription_id()
        }
        pub fn resource_group_name(&self) -> &str {
            self.parent.resource_group_name()
        }
        pub fn circuit_name(&self) -> &str {
            self.parent.circuit_name()
        }
        pub fn peering_name(&self) -> &str {
            self.parent.peering_name()
        }
        pub fn connection_name(&self) -> &str {
            &self.name
        }
    }
    impl ExpressRouteCircuitPeeringId {
        /// The `PeerExpressRouteCircuitConnection` named `name` below this resource.
        pub fn peer_connection(
            &self,
            name: impl ::std::convert::Into<::std::string::String>,
        ) -> PeerExpressRouteCircuitConnectionId {
            PeerExpressRouteCircuitConnectionId {
                parent: self.clone(),
                name: name.into(),
            }
        }
    }
    runtime::typed_id!(
        PeerExpressRouteCircuitConnectionId, ExpressRouteCircuitPeeringId,
        "peerConnections", "connection_name"
    );
}
#[cfg(feature = "peer_express_route_circuit_connections")]
pub use peer_express_route_circuit_connections::*;
