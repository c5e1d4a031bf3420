//! Typed resource ids. Each parses from and prints to its ARM id string, and knows its
//! parent.
use std::fmt;
pub use super::runtime::{ParseIdError, ResourceGroupId, SubscriptionId};
/// The id of a `ExpressRouteCircuit`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}`.
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExpressRouteCircuitId {
    parent: ResourceGroupId,
    name: String,
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
impl ExpressRouteCircuitId {
    /// An id from its names, root first.
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
        circuit_name: impl Into<String>,
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
#[cfg(
    any(
        feature = "express_route_circuit_authorizations",
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
impl ResourceGroupId {
    /// The `ExpressRouteCircuit` named `name` below this resource.
    pub fn express_route_circuit(
        &self,
        name: impl Into<String>,
    ) -> ExpressRouteCircuitId {
        ExpressRouteCircuitId {
            parent: self.clone(),
            name: name.into(),
        }
    }
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
impl super::runtime::ResourcePath for ExpressRouteCircuitId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        super::runtime::write_segment(
            out,
            "providers/Microsoft.Network/expressRouteCircuits",
            &self.name,
            "circuit_name",
        )
    }
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
impl serde::Serialize for ExpressRouteCircuitId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
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
impl<'de> serde::Deserialize<'de> for ExpressRouteCircuitId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        super::runtime::deserialize_id(deserializer)
    }
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
impl fmt::Display for ExpressRouteCircuitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f, "{}/providers/Microsoft.Network/expressRouteCircuits/{}", self.parent,
            self.name
        )
    }
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
impl std::str::FromStr for ExpressRouteCircuitId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}";
        let (parent, name) = super::runtime::split_id(
            s,
            &["providers", "Microsoft.Network", "expressRouteCircuits"],
            EXPECTED,
        )?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            })?;
        Ok(ExpressRouteCircuitId {
            parent,
            name,
        })
    }
}
/// The id of a `ExpressRouteCircuitAuthorization`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/authorizations/{authorization_name}`.
#[cfg(feature = "express_route_circuit_authorizations")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExpressRouteCircuitAuthorizationId {
    parent: ExpressRouteCircuitId,
    name: String,
}
#[cfg(feature = "express_route_circuit_authorizations")]
impl ExpressRouteCircuitAuthorizationId {
    /// An id from its names, root first.
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
        circuit_name: impl Into<String>,
        authorization_name: impl Into<String>,
    ) -> Self {
        ExpressRouteCircuitId::new(subscription_id, resource_group_name, circuit_name)
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
#[cfg(feature = "express_route_circuit_authorizations")]
impl ExpressRouteCircuitId {
    /// The `ExpressRouteCircuitAuthorization` named `name` below this resource.
    pub fn authorization(
        &self,
        name: impl Into<String>,
    ) -> ExpressRouteCircuitAuthorizationId {
        ExpressRouteCircuitAuthorizationId {
            parent: self.clone(),
            name: name.into(),
        }
    }
}
#[cfg(feature = "express_route_circuit_authorizations")]
impl super::runtime::ResourcePath for ExpressRouteCircuitAuthorizationId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        super::runtime::write_segment(
            out,
            "authorizations",
            &self.name,
            "authorization_name",
        )
    }
}
#[cfg(feature = "express_route_circuit_authorizations")]
impl serde::Serialize for ExpressRouteCircuitAuthorizationId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
#[cfg(feature = "express_route_circuit_authorizations")]
impl<'de> serde::Deserialize<'de> for ExpressRouteCircuitAuthorizationId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        super::runtime::deserialize_id(deserializer)
    }
}
#[cfg(feature = "express_route_circuit_authorizations")]
impl fmt::Display for ExpressRouteCircuitAuthorizationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/authorizations/{}", self.parent, self.name)
    }
}
#[cfg(feature = "express_route_circuit_authorizations")]
impl std::str::FromStr for ExpressRouteCircuitAuthorizationId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/authorizations/{authorization_name}";
        let (parent, name) = super::runtime::split_id(s, &["authorizations"], EXPECTED)?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            })?;
        Ok(ExpressRouteCircuitAuthorizationId {
            parent,
            name,
        })
    }
}
/// The id of a `ExpressRouteCircuitPeering`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}`.
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExpressRouteCircuitPeeringId {
    parent: ExpressRouteCircuitId,
    name: String,
}
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
impl ExpressRouteCircuitPeeringId {
    /// An id from its names, root first.
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
        circuit_name: impl Into<String>,
        peering_name: impl Into<String>,
    ) -> Self {
        ExpressRouteCircuitId::new(subscription_id, resource_group_name, circuit_name)
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
#[cfg(
    any(
        feature = "express_route_circuit_connections",
        feature = "express_route_circuit_peerings",
        feature = "express_route_circuits",
        feature = "peer_express_route_circuit_connections"
    )
)]
impl ExpressRouteCircuitId {
    /// The `ExpressRouteCircuitPeering` named `name` below this resource.
    pub fn peering(&self, name: impl Into<String>) -> ExpressRouteCircuitPeeringId {
        ExpressRouteCircuitPeeringId {
            parent: self.clone(),
            name: name.into(),
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
impl super::runtime::ResourcePath for ExpressRouteCircuitPeeringId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        super::runtime::write_segment(out, "peerings", &self.name, "peering_name")
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
impl serde::Serialize for ExpressRouteCircuitPeeringId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
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
impl<'de> serde::Deserialize<'de> for ExpressRouteCircuitPeeringId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        super::runtime::deserialize_id(deserializer)
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
impl fmt::Display for ExpressRouteCircuitPeeringId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/peerings/{}", self.parent, self.name)
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
impl std::str::FromStr for ExpressRouteCircuitPeeringId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}";
        let (parent, name) = super::runtime::split_id(s, &["peerings"], EXPECTED)?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            })?;
        Ok(ExpressRouteCircuitPeeringId {
            parent,
            name,
        })
    }
}
/// The id of a `ExpressRouteCircuitConnection`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/connections/{connection_name}`.
#[cfg(feature = "express_route_circuit_connections")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExpressRouteCircuitConnectionId {
    parent: ExpressRouteCircuitPeeringId,
    name: String,
}
#[cfg(feature = "express_route_circuit_connections")]
impl ExpressRouteCircuitConnectionId {
    /// An id from its names, root first.
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
        circuit_name: impl Into<String>,
        peering_name: impl Into<String>,
        connection_name: impl Into<String>,
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
#[cfg(feature = "express_route_circuit_connections")]
impl ExpressRouteCircuitPeeringId {
    /// The `ExpressRouteCircuitConnection` named `name` below this resource.
    pub fn connection(
        &self,
        name: impl Into<String>,
    ) -> ExpressRouteCircuitConnectionId {
        ExpressRouteCircuitConnectionId {
            parent: self.clone(),
            name: name.into(),
        }
    }
}
#[cfg(feature = "express_route_circuit_connections")]
impl super::runtime::ResourcePath for ExpressRouteCircuitConnectionId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        super::runtime::write_segment(out, "connections", &self.name, "connection_name")
    }
}
#[cfg(feature = "express_route_circuit_connections")]
impl serde::Serialize for ExpressRouteCircuitConnectionId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
#[cfg(feature = "express_route_circuit_connections")]
impl<'de> serde::Deserialize<'de> for ExpressRouteCircuitConnectionId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        super::runtime::deserialize_id(deserializer)
    }
}
#[cfg(feature = "express_route_circuit_connections")]
impl fmt::Display for ExpressRouteCircuitConnectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/connections/{}", self.parent, self.name)
    }
}
#[cfg(feature = "express_route_circuit_connections")]
impl std::str::FromStr for ExpressRouteCircuitConnectionId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/connections/{connection_name}";
        let (parent, name) = super::runtime::split_id(s, &["connections"], EXPECTED)?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            })?;
        Ok(ExpressRouteCircuitConnectionId {
            parent,
            name,
        })
    }
}
/// The id of a `PeerExpressRouteCircuitConnection`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/peerConnections/{connection_name}`.
#[cfg(feature = "peer_express_route_circuit_connections")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PeerExpressRouteCircuitConnectionId {
    parent: ExpressRouteCircuitPeeringId,
    name: String,
}
#[cfg(feature = "peer_express_route_circuit_connections")]
impl PeerExpressRouteCircuitConnectionId {
    /// An id from its names, root first.
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
        circuit_name: impl Into<String>,
        peering_name: impl Into<String>,
        connection_name: impl Into<String>,
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
#[cfg(feature = "peer_express_route_circuit_connections")]
impl ExpressRouteCircuitPeeringId {
    /// The `PeerExpressRouteCircuitConnection` named `name` below this resource.
    pub fn peer_connection(
        &self,
        name: impl Into<String>,
    ) -> PeerExpressRouteCircuitConnectionId {
        PeerExpressRouteCircuitConnectionId {
            parent: self.clone(),
            name: name.into(),
        }
    }
}
#[cfg(feature = "peer_express_route_circuit_connections")]
impl super::runtime::ResourcePath for PeerExpressRouteCircuitConnectionId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        super::runtime::write_segment(
            out,
            "peerConnections",
            &self.name,
            "connection_name",
        )
    }
}
#[cfg(feature = "peer_express_route_circuit_connections")]
impl serde::Serialize for PeerExpressRouteCircuitConnectionId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
#[cfg(feature = "peer_express_route_circuit_connections")]
impl<'de> serde::Deserialize<'de> for PeerExpressRouteCircuitConnectionId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        super::runtime::deserialize_id(deserializer)
    }
}
#[cfg(feature = "peer_express_route_circuit_connections")]
impl fmt::Display for PeerExpressRouteCircuitConnectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/peerConnections/{}", self.parent, self.name)
    }
}
#[cfg(feature = "peer_express_route_circuit_connections")]
impl std::str::FromStr for PeerExpressRouteCircuitConnectionId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/peerConnections/{connection_name}";
        let (parent, name) = super::runtime::split_id(
            s,
            &["peerConnections"],
            EXPECTED,
        )?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            })?;
        Ok(PeerExpressRouteCircuitConnectionId {
            parent,
            name,
        })
    }
}
/// The id of a `ArpTable`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/arpTables/{device_path}`.
#[cfg(feature = "express_route_circuits")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArpTableId {
    parent: ExpressRouteCircuitPeeringId,
    name: String,
}
#[cfg(feature = "express_route_circuits")]
impl ArpTableId {
    /// An id from its names, root first.
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
        circuit_name: impl Into<String>,
        peering_name: impl Into<String>,
        device_path: impl Into<String>,
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
#[cfg(feature = "express_route_circuits")]
impl ExpressRouteCircuitPeeringId {
    /// The `ArpTable` named `name` below this resource.
    pub fn arp_table(&self, name: impl Into<String>) -> ArpTableId {
        ArpTableId {
            parent: self.clone(),
            name: name.into(),
        }
    }
}
#[cfg(feature = "express_route_circuits")]
impl super::runtime::ResourcePath for ArpTableId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        super::runtime::write_segment(out, "arpTables", &self.name, "device_path")
    }
}
#[cfg(feature = "express_route_circuits")]
impl serde::Serialize for ArpTableId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
#[cfg(feature = "express_route_circuits")]
impl<'de> serde::Deserialize<'de> for ArpTableId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        super::runtime::deserialize_id(deserializer)
    }
}
#[cfg(feature = "express_route_circuits")]
impl fmt::Display for ArpTableId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/arpTables/{}", self.parent, self.name)
    }
}
#[cfg(feature = "express_route_circuits")]
impl std::str::FromStr for ArpTableId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/arpTables/{device_path}";
        let (parent, name) = super::runtime::split_id(s, &["arpTables"], EXPECTED)?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            })?;
        Ok(ArpTableId { parent, name })
    }
}
/// The id of a `RouteTable`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/routeTables/{device_path}`.
#[cfg(feature = "express_route_circuits")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RouteTableId {
    parent: ExpressRouteCircuitPeeringId,
    name: String,
}
#[cfg(feature = "express_route_circuits")]
impl RouteTableId {
    /// An id from its names, root first.
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
        circuit_name: impl Into<String>,
        peering_name: impl Into<String>,
        device_path: impl Into<String>,
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
#[cfg(feature = "express_route_circuits")]
impl ExpressRouteCircuitPeeringId {
    /// The `RouteTable` named `name` below this resource.
    pub fn route_table(&self, name: impl Into<String>) -> RouteTableId {
        RouteTableId {
            parent: self.clone(),
            name: name.into(),
        }
    }
}
#[cfg(feature = "express_route_circuits")]
impl super::runtime::ResourcePath for RouteTableId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        super::runtime::write_segment(out, "routeTables", &self.name, "device_path")
    }
}
#[cfg(feature = "express_route_circuits")]
impl serde::Serialize for RouteTableId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
#[cfg(feature = "express_route_circuits")]
impl<'de> serde::Deserialize<'de> for RouteTableId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        super::runtime::deserialize_id(deserializer)
    }
}
#[cfg(feature = "express_route_circuits")]
impl fmt::Display for RouteTableId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/routeTables/{}", self.parent, self.name)
    }
}
#[cfg(feature = "express_route_circuits")]
impl std::str::FromStr for RouteTableId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/routeTables/{device_path}";
        let (parent, name) = super::runtime::split_id(s, &["routeTables"], EXPECTED)?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            })?;
        Ok(RouteTableId { parent, name })
    }
}
/// The id of a `RouteTablesSummary`: `/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/routeTablesSummary/{device_path}`.
#[cfg(feature = "express_route_circuits")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RouteTablesSummaryId {
    parent: ExpressRouteCircuitPeeringId,
    name: String,
}
#[cfg(feature = "express_route_circuits")]
impl RouteTablesSummaryId {
    /// An id from its names, root first.
    pub fn new(
        subscription_id: impl Into<String>,
        resource_group_name: impl Into<String>,
        circuit_name: impl Into<String>,
        peering_name: impl Into<String>,
        device_path: impl Into<String>,
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
#[cfg(feature = "express_route_circuits")]
impl ExpressRouteCircuitPeeringId {
    /// The `RouteTablesSummary` named `name` below this resource.
    pub fn route_tables_summary(&self, name: impl Into<String>) -> RouteTablesSummaryId {
        RouteTablesSummaryId {
            parent: self.clone(),
            name: name.into(),
        }
    }
}
#[cfg(feature = "express_route_circuits")]
impl super::runtime::ResourcePath for RouteTablesSummaryId {
    fn write_path(&self, out: &mut String) -> azure_core::Result<()> {
        self.parent.write_path(out)?;
        super::runtime::write_segment(
            out,
            "routeTablesSummary",
            &self.name,
            "device_path",
        )
    }
}
#[cfg(feature = "express_route_circuits")]
impl serde::Serialize for RouteTablesSummaryId {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
#[cfg(feature = "express_route_circuits")]
impl<'de> serde::Deserialize<'de> for RouteTablesSummaryId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        super::runtime::deserialize_id(deserializer)
    }
}
#[cfg(feature = "express_route_circuits")]
impl fmt::Display for RouteTablesSummaryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/routeTablesSummary/{}", self.parent, self.name)
    }
}
#[cfg(feature = "express_route_circuits")]
impl std::str::FromStr for RouteTablesSummaryId {
    type Err = ParseIdError;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        const EXPECTED: &str = "/subscriptions/{subscription_id}/resourceGroups/{resource_group_name}/providers/Microsoft.Network/expressRouteCircuits/{circuit_name}/peerings/{peering_name}/routeTablesSummary/{device_path}";
        let (parent, name) = super::runtime::split_id(
            s,
            &["routeTablesSummary"],
            EXPECTED,
        )?;
        let parent = parent
            .parse()
            .map_err(|_| ParseIdError {
                id: s.to_owned(),
                expected: EXPECTED,
            })?;
        Ok(RouteTablesSummaryId {
            parent,
            name,
        })
    }
}
