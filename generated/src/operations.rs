//! Operations, by group. Get a group from the [`Client`], then call its methods: `.await`
//! the result, or inspect and send the request yourself.
#![allow(clippy::too_many_arguments)]
#[allow(unused_imports)]
use super::client::{self, Client};
#[allow(unused_imports)]
use super::models::*;
#[allow(unused_imports)]
use super::ids;
/// `ExpressRouteCircuitAuthorizations` operations.
#[cfg(feature = "express_route_circuit_authorizations")]
#[derive(Clone, Copy, Debug)]
pub struct ExpressRouteCircuitAuthorizations<'a> {
    client: &'a Client,
}
#[cfg(feature = "express_route_circuit_authorizations")]
impl ExpressRouteCircuitAuthorizations<'_> {
    /// Gets the specified authorization from the specified express route circuit.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/authorizations/{authorizationName}` (`ExpressRouteCircuitAuthorizations_Get`).
    pub fn get(
        &self,
        id: &ids::ExpressRouteCircuitAuthorizationId,
    ) -> client::Call<ExpressRouteCircuitAuthorization> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::GET, Some(id), "", &[], &[], &[], None)
        });
        client::Call::new(self.client, request, &[200u16], client::json)
    }
    /// Creates or updates an authorization in the specified express route circuit.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/authorizations/{authorizationName}` (`ExpressRouteCircuitAuthorizations_CreateOrUpdate`).
    pub fn create_or_update(
        &self,
        id: &ids::ExpressRouteCircuitAuthorizationId,
        body: impl Into<ExpressRouteCircuitAuthorization>,
    ) -> client::Lro<ExpressRouteCircuitAuthorization> {
        let client_ref = self.client;
        let request = client::build(|| {
            let body: ExpressRouteCircuitAuthorization = body.into();
            client_ref
                .request(
                    http::Method::PUT,
                    Some(id),
                    "",
                    &[],
                    &[],
                    &[],
                    client::to_body(&body)?,
                )
        });
        client::Lro::new(
            self.client,
            request,
            &[201u16, 200u16],
            &[201u16, 200u16],
            client::FinalState::AzureAsyncOperation,
            client::required,
        )
    }
    /// Deletes the specified authorization from the specified express route circuit.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/authorizations/{authorizationName}` (`ExpressRouteCircuitAuthorizations_Delete`).
    pub fn delete(
        &self,
        id: &ids::ExpressRouteCircuitAuthorizationId,
    ) -> client::Lro<()> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::DELETE, Some(id), "", &[], &[], &[], None)
        });
        client::Lro::new(
            self.client,
            request,
            &[202u16, 200u16, 204u16],
            &[],
            client::FinalState::Location,
            client::unit,
        )
    }
    /// Gets all authorizations in an express route circuit.
    ///
    /// Pageable: `try_next().await` yields items across pages.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/authorizations` (`ExpressRouteCircuitAuthorizations_List`).
    pub fn list(
        &self,
        id: &ids::ExpressRouteCircuitId,
    ) -> client::Pager<ExpressRouteCircuitAuthorization> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref
                .request(
                    http::Method::GET,
                    Some(id),
                    "/authorizations",
                    &[],
                    &[],
                    &[],
                    None,
                )
        });
        client::Pager::new(
            self.client,
            request,
            &[200u16],
            |s: u16, b: &[u8]| {
                client::json::<AuthorizationListResult>(s, b)
                    .map(|page| (page.value.unwrap_or_default(), page.next_link))
            },
        )
    }
}
/// `ExpressRouteCircuitConnections` operations.
#[cfg(feature = "express_route_circuit_connections")]
#[derive(Clone, Copy, Debug)]
pub struct ExpressRouteCircuitConnections<'a> {
    client: &'a Client,
}
#[cfg(feature = "express_route_circuit_connections")]
impl ExpressRouteCircuitConnections<'_> {
    /// Gets the specified Express Route Circuit Connection from the specified express route circuit.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/connections/{connectionName}` (`ExpressRouteCircuitConnections_Get`).
    pub fn get(
        &self,
        id: &ids::ExpressRouteCircuitConnectionId,
    ) -> client::Call<ExpressRouteCircuitConnection> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::GET, Some(id), "", &[], &[], &[], None)
        });
        client::Call::new(self.client, request, &[200u16], client::json)
    }
    /// Creates or updates a Express Route Circuit Connection in the specified express route circuits.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/connections/{connectionName}` (`ExpressRouteCircuitConnections_CreateOrUpdate`).
    pub fn create_or_update(
        &self,
        id: &ids::ExpressRouteCircuitConnectionId,
        body: impl Into<ExpressRouteCircuitConnection>,
    ) -> client::Lro<ExpressRouteCircuitConnection> {
        let client_ref = self.client;
        let request = client::build(|| {
            let body: ExpressRouteCircuitConnection = body.into();
            client_ref
                .request(
                    http::Method::PUT,
                    Some(id),
                    "",
                    &[],
                    &[],
                    &[],
                    client::to_body(&body)?,
                )
        });
        client::Lro::new(
            self.client,
            request,
            &[200u16, 201u16],
            &[200u16, 201u16],
            client::FinalState::AzureAsyncOperation,
            client::required,
        )
    }
    /// Deletes the specified Express Route Circuit Connection from the specified express route circuit.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/connections/{connectionName}` (`ExpressRouteCircuitConnections_Delete`).
    pub fn delete(&self, id: &ids::ExpressRouteCircuitConnectionId) -> client::Lro<()> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::DELETE, Some(id), "", &[], &[], &[], None)
        });
        client::Lro::new(
            self.client,
            request,
            &[200u16, 202u16, 204u16],
            &[],
            client::FinalState::Location,
            client::unit,
        )
    }
    /// Gets all global reach connections associated with a private peering in an express route circuit.
    ///
    /// Pageable: `try_next().await` yields items across pages.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/connections` (`ExpressRouteCircuitConnections_List`).
    pub fn list(
        &self,
        id: &ids::ExpressRouteCircuitPeeringId,
    ) -> client::Pager<ExpressRouteCircuitConnection> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref
                .request(
                    http::Method::GET,
                    Some(id),
                    "/connections",
                    &[],
                    &[],
                    &[],
                    None,
                )
        });
        client::Pager::new(
            self.client,
            request,
            &[200u16],
            |s: u16, b: &[u8]| {
                client::json::<ExpressRouteCircuitConnectionListResult>(s, b)
                    .map(|page| (page.value.unwrap_or_default(), page.next_link))
            },
        )
    }
}
/// `ExpressRouteCircuitPeerings` operations.
#[cfg(feature = "express_route_circuit_peerings")]
#[derive(Clone, Copy, Debug)]
pub struct ExpressRouteCircuitPeerings<'a> {
    client: &'a Client,
}
#[cfg(feature = "express_route_circuit_peerings")]
impl ExpressRouteCircuitPeerings<'_> {
    /// Gets the specified peering for the express route circuit.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}` (`ExpressRouteCircuitPeerings_Get`).
    pub fn get(
        &self,
        id: &ids::ExpressRouteCircuitPeeringId,
    ) -> client::Call<ExpressRouteCircuitPeering> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::GET, Some(id), "", &[], &[], &[], None)
        });
        client::Call::new(self.client, request, &[200u16], client::json)
    }
    /// Creates or updates a peering in the specified express route circuits.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}` (`ExpressRouteCircuitPeerings_CreateOrUpdate`).
    pub fn create_or_update(
        &self,
        id: &ids::ExpressRouteCircuitPeeringId,
        body: impl Into<ExpressRouteCircuitPeering>,
    ) -> client::Lro<ExpressRouteCircuitPeering> {
        let client_ref = self.client;
        let request = client::build(|| {
            let body: ExpressRouteCircuitPeering = body.into();
            client_ref
                .request(
                    http::Method::PUT,
                    Some(id),
                    "",
                    &[],
                    &[],
                    &[],
                    client::to_body(&body)?,
                )
        });
        client::Lro::new(
            self.client,
            request,
            &[200u16, 201u16],
            &[200u16, 201u16],
            client::FinalState::AzureAsyncOperation,
            client::required,
        )
    }
    /// Deletes the specified peering from the specified express route circuit.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}` (`ExpressRouteCircuitPeerings_Delete`).
    pub fn delete(&self, id: &ids::ExpressRouteCircuitPeeringId) -> client::Lro<()> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::DELETE, Some(id), "", &[], &[], &[], None)
        });
        client::Lro::new(
            self.client,
            request,
            &[200u16, 202u16, 204u16],
            &[],
            client::FinalState::Location,
            client::unit,
        )
    }
    /// Gets all peerings in a specified express route circuit.
    ///
    /// Pageable: `try_next().await` yields items across pages.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings` (`ExpressRouteCircuitPeerings_List`).
    pub fn list(
        &self,
        id: &ids::ExpressRouteCircuitId,
    ) -> client::Pager<ExpressRouteCircuitPeering> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref
                .request(http::Method::GET, Some(id), "/peerings", &[], &[], &[], None)
        });
        client::Pager::new(
            self.client,
            request,
            &[200u16],
            |s: u16, b: &[u8]| {
                client::json::<ExpressRouteCircuitPeeringListResult>(s, b)
                    .map(|page| (page.value.unwrap_or_default(), page.next_link))
            },
        )
    }
}
/// `ExpressRouteCircuits` operations.
#[cfg(feature = "express_route_circuits")]
#[derive(Clone, Copy, Debug)]
pub struct ExpressRouteCircuits<'a> {
    client: &'a Client,
}
#[cfg(feature = "express_route_circuits")]
impl ExpressRouteCircuits<'_> {
    /// Gets information about the specified express route circuit.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}` (`ExpressRouteCircuits_Get`).
    pub fn get(
        &self,
        id: &ids::ExpressRouteCircuitId,
    ) -> client::Call<ExpressRouteCircuit> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::GET, Some(id), "", &[], &[], &[], None)
        });
        client::Call::new(self.client, request, &[200u16], client::json)
    }
    /// Creates or updates an express route circuit.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `PUT /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}` (`ExpressRouteCircuits_CreateOrUpdate`).
    pub fn create_or_update(
        &self,
        id: &ids::ExpressRouteCircuitId,
        body: impl Into<ExpressRouteCircuit>,
    ) -> client::Lro<ExpressRouteCircuit> {
        let client_ref = self.client;
        let request = client::build(|| {
            let body: ExpressRouteCircuit = body.into();
            client_ref
                .request(
                    http::Method::PUT,
                    Some(id),
                    "",
                    &[],
                    &[],
                    &[],
                    client::to_body(&body)?,
                )
        });
        client::Lro::new(
            self.client,
            request,
            &[201u16, 200u16],
            &[201u16, 200u16],
            client::FinalState::AzureAsyncOperation,
            client::required,
        )
    }
    /// Deletes the specified express route circuit.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `DELETE /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}` (`ExpressRouteCircuits_Delete`).
    pub fn delete(&self, id: &ids::ExpressRouteCircuitId) -> client::Lro<()> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::DELETE, Some(id), "", &[], &[], &[], None)
        });
        client::Lro::new(
            self.client,
            request,
            &[204u16, 202u16, 200u16],
            &[],
            client::FinalState::Location,
            client::unit,
        )
    }
    /// Updates an express route circuit tags.
    ///
    /// `PATCH /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}` (`ExpressRouteCircuits_UpdateTags`).
    pub fn update_tags(
        &self,
        id: &ids::ExpressRouteCircuitId,
        body: impl Into<TagsObject>,
    ) -> client::Call<ExpressRouteCircuit> {
        let client_ref = self.client;
        let request = client::build(|| {
            let body: TagsObject = body.into();
            client_ref
                .request(
                    http::Method::PATCH,
                    Some(id),
                    "",
                    &[],
                    &[],
                    &[],
                    client::to_body(&body)?,
                )
        });
        client::Call::new(self.client, request, &[200u16], client::json)
    }
    /// Gets the currently advertised ARP table associated with the express route circuit in a resource group.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/arpTables/{devicePath}` (`ExpressRouteCircuits_ListArpTable`).
    pub fn list_arp_table(
        &self,
        id: &ids::ArpTableId,
    ) -> client::Lro<ExpressRouteCircuitsArpTableListResult> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::POST, Some(id), "", &[], &[], &[], None)
        });
        client::Lro::new(
            self.client,
            request,
            &[200u16, 202u16],
            &[200u16],
            client::FinalState::Location,
            client::required,
        )
    }
    /// Gets the currently advertised routes table associated with the express route circuit in a resource group.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/routeTables/{devicePath}` (`ExpressRouteCircuits_ListRoutesTable`).
    pub fn list_routes_table(
        &self,
        id: &ids::RouteTableId,
    ) -> client::Lro<ExpressRouteCircuitsRoutesTableListResult> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::POST, Some(id), "", &[], &[], &[], None)
        });
        client::Lro::new(
            self.client,
            request,
            &[200u16, 202u16],
            &[200u16],
            client::FinalState::Location,
            client::required,
        )
    }
    /// Gets the currently advertised routes table summary associated with the express route circuit in a resource group.
    ///
    /// Long-running: `.await` polls until the operation finishes, or use `begin()` to poll step by step.
    ///
    /// `POST /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/routeTablesSummary/{devicePath}` (`ExpressRouteCircuits_ListRoutesTableSummary`).
    pub fn list_routes_table_summary(
        &self,
        id: &ids::RouteTablesSummaryId,
    ) -> client::Lro<ExpressRouteCircuitsRoutesTableSummaryListResult> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::POST, Some(id), "", &[], &[], &[], None)
        });
        client::Lro::new(
            self.client,
            request,
            &[200u16, 202u16],
            &[200u16],
            client::FinalState::Location,
            client::required,
        )
    }
    /// Gets all the stats from an express route circuit in a resource group.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/stats` (`ExpressRouteCircuits_GetStats`).
    pub fn get_stats(
        &self,
        id: &ids::ExpressRouteCircuitId,
    ) -> client::Call<ExpressRouteCircuitStats> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref
                .request(http::Method::GET, Some(id), "/stats", &[], &[], &[], None)
        });
        client::Call::new(self.client, request, &[200u16], client::json)
    }
    /// Gets all stats from an express route circuit in a resource group.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/stats` (`ExpressRouteCircuits_GetPeeringStats`).
    pub fn get_peering_stats(
        &self,
        id: &ids::ExpressRouteCircuitPeeringId,
    ) -> client::Call<ExpressRouteCircuitStats> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref
                .request(http::Method::GET, Some(id), "/stats", &[], &[], &[], None)
        });
        client::Call::new(self.client, request, &[200u16], client::json)
    }
    /// Gets all the express route circuits in a resource group.
    ///
    /// Pageable: `try_next().await` yields items across pages.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits` (`ExpressRouteCircuits_List`).
    pub fn list(&self, resource_group_name: &str) -> client::Pager<ExpressRouteCircuit> {
        let client_ref = self.client;
        let request = client::build(|| {
            let subscription_id = client_ref.client_subscription()?;
            let resource_group_name_text = resource_group_name.to_string();
            client_ref
                .request(
                    http::Method::GET,
                    None,
                    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits",
                    &[
                        ("subscriptionId", subscription_id, false),
                        ("resourceGroupName", resource_group_name_text.as_str(), false),
                    ],
                    &[],
                    &[],
                    None,
                )
        });
        client::Pager::new(
            self.client,
            request,
            &[200u16],
            |s: u16, b: &[u8]| {
                client::json::<ExpressRouteCircuitListResult>(s, b)
                    .map(|page| (page.value.unwrap_or_default(), page.next_link))
            },
        )
    }
    /// Gets all the express route circuits in a subscription.
    ///
    /// Pageable: `try_next().await` yields items across pages.
    ///
    /// `GET /subscriptions/{subscriptionId}/providers/Microsoft.Network/expressRouteCircuits` (`ExpressRouteCircuits_ListAll`).
    pub fn list_all(&self) -> client::Pager<ExpressRouteCircuit> {
        let client_ref = self.client;
        let request = client::build(|| {
            let subscription_id = client_ref.client_subscription()?;
            client_ref
                .request(
                    http::Method::GET,
                    None,
                    "/subscriptions/{subscriptionId}/providers/Microsoft.Network/expressRouteCircuits",
                    &[("subscriptionId", subscription_id, false)],
                    &[],
                    &[],
                    None,
                )
        });
        client::Pager::new(
            self.client,
            request,
            &[200u16],
            |s: u16, b: &[u8]| {
                client::json::<ExpressRouteCircuitListResult>(s, b)
                    .map(|page| (page.value.unwrap_or_default(), page.next_link))
            },
        )
    }
}
/// `ExpressRouteServiceProviders` operations.
#[cfg(feature = "express_route_service_providers")]
#[derive(Clone, Copy, Debug)]
pub struct ExpressRouteServiceProviders<'a> {
    client: &'a Client,
}
#[cfg(feature = "express_route_service_providers")]
impl ExpressRouteServiceProviders<'_> {
    /// Gets all the available express route service providers.
    ///
    /// Pageable: `try_next().await` yields items across pages.
    ///
    /// `GET /subscriptions/{subscriptionId}/providers/Microsoft.Network/expressRouteServiceProviders` (`ExpressRouteServiceProviders_List`).
    pub fn list(&self) -> client::Pager<ExpressRouteServiceProvider> {
        let client_ref = self.client;
        let request = client::build(|| {
            let subscription_id = client_ref.client_subscription()?;
            client_ref
                .request(
                    http::Method::GET,
                    None,
                    "/subscriptions/{subscriptionId}/providers/Microsoft.Network/expressRouteServiceProviders",
                    &[("subscriptionId", subscription_id, false)],
                    &[],
                    &[],
                    None,
                )
        });
        client::Pager::new(
            self.client,
            request,
            &[200u16],
            |s: u16, b: &[u8]| {
                client::json::<ExpressRouteServiceProviderListResult>(s, b)
                    .map(|page| (page.value.unwrap_or_default(), page.next_link))
            },
        )
    }
}
/// `PeerExpressRouteCircuitConnections` operations.
#[cfg(feature = "peer_express_route_circuit_connections")]
#[derive(Clone, Copy, Debug)]
pub struct PeerExpressRouteCircuitConnections<'a> {
    client: &'a Client,
}
#[cfg(feature = "peer_express_route_circuit_connections")]
impl PeerExpressRouteCircuitConnections<'_> {
    /// Gets the specified Peer Express Route Circuit Connection from the specified express route circuit.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/peerConnections/{connectionName}` (`PeerExpressRouteCircuitConnections_Get`).
    pub fn get(
        &self,
        id: &ids::PeerExpressRouteCircuitConnectionId,
    ) -> client::Call<PeerExpressRouteCircuitConnection> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref.request(http::Method::GET, Some(id), "", &[], &[], &[], None)
        });
        client::Call::new(self.client, request, &[200u16], client::json)
    }
    /// Gets all global reach peer connections associated with a private peering in an express route circuit.
    ///
    /// Pageable: `try_next().await` yields items across pages.
    ///
    /// `GET /subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/expressRouteCircuits/{circuitName}/peerings/{peeringName}/peerConnections` (`PeerExpressRouteCircuitConnections_List`).
    pub fn list(
        &self,
        id: &ids::ExpressRouteCircuitPeeringId,
    ) -> client::Pager<PeerExpressRouteCircuitConnection> {
        let client_ref = self.client;
        let request = client::build(|| {
            client_ref
                .request(
                    http::Method::GET,
                    Some(id),
                    "/peerConnections",
                    &[],
                    &[],
                    &[],
                    None,
                )
        });
        client::Pager::new(
            self.client,
            request,
            &[200u16],
            |s: u16, b: &[u8]| {
                client::json::<PeerExpressRouteCircuitConnectionListResult>(s, b)
                    .map(|page| (page.value.unwrap_or_default(), page.next_link))
            },
        )
    }
}
impl Client {
    /// `ExpressRouteCircuitAuthorizations` operations.
    #[cfg(feature = "express_route_circuit_authorizations")]
    pub fn express_route_circuit_authorizations(
        &self,
    ) -> ExpressRouteCircuitAuthorizations<'_> {
        ExpressRouteCircuitAuthorizations {
            client: self,
        }
    }
    /// `ExpressRouteCircuitConnections` operations.
    #[cfg(feature = "express_route_circuit_connections")]
    pub fn express_route_circuit_connections(
        &self,
    ) -> ExpressRouteCircuitConnections<'_> {
        ExpressRouteCircuitConnections {
            client: self,
        }
    }
    /// `ExpressRouteCircuitPeerings` operations.
    #[cfg(feature = "express_route_circuit_peerings")]
    pub fn express_route_circuit_peerings(&self) -> ExpressRouteCircuitPeerings<'_> {
        ExpressRouteCircuitPeerings {
            client: self,
        }
    }
    /// `ExpressRouteCircuits` operations.
    #[cfg(feature = "express_route_circuits")]
    pub fn express_route_circuits(&self) -> ExpressRouteCircuits<'_> {
        ExpressRouteCircuits {
            client: self,
        }
    }
    /// `ExpressRouteServiceProviders` operations.
    #[cfg(feature = "express_route_service_providers")]
    pub fn express_route_service_providers(&self) -> ExpressRouteServiceProviders<'_> {
        ExpressRouteServiceProviders {
            client: self,
        }
    }
    /// `PeerExpressRouteCircuitConnections` operations.
    #[cfg(feature = "peer_express_route_circuit_connections")]
    pub fn peer_express_route_circuit_connections(
        &self,
    ) -> PeerExpressRouteCircuitConnections<'_> {
        PeerExpressRouteCircuitConnections {
            client: self,
        }
    }
}
