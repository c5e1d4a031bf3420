//! A small downstream crate using the generated `express_route` client the way an application
//! would: build a request body with the builders, address resources with typed ids, and run
//! operations through any [`Transport`](express_route::Transport).
//!
//! ```no_run
//! # async fn run(client: express_route::Client) -> express_route::Result<()> {
//! let peering = downstream_example::local_peering();
//! let id = peering.connection("circuitConnectionUSAUS");
//! let created = downstream_example::connect(&client, &id, downstream_example::global_reach_connection()).await?;
//! println!("{:?}", created.provisioning_state());
//! # Ok(())
//! # }
//! ```

use express_route::ids::{ExpressRouteCircuitConnectionId, ExpressRouteCircuitId, ExpressRouteCircuitPeeringId};
use express_route::models::{ExpressRouteCircuitConnection, Ipv6CircuitConnectionConfig};
use express_route::{Client, Error, Result};

pub use express_route;

/// The private peering of the local circuit the connection starts from.
pub const LOCAL_PEERING: &str = "/subscriptions/subid1/resourceGroups/dedharcktinit/providers/Microsoft.Network/expressRouteCircuits/dedharcktlocal/peerings/AzurePrivatePeering";
/// The private peering of the remote circuit it connects to.
pub const PEER_PEERING: &str = "/subscriptions/subid2/resourceGroups/dedharcktpeer/providers/Microsoft.Network/expressRouteCircuits/dedharcktremote/peerings/AzurePrivatePeering";

/// The Global Reach connection between the two circuits' private peerings, built with the
/// generated builders.
pub fn global_reach_connection() -> ExpressRouteCircuitConnection {
    ExpressRouteCircuitConnection::builder()
        .express_route_circuit_peering(LOCAL_PEERING)
        .peer_express_route_circuit_peering(PEER_PEERING)
        .authorization_key("946a1918-b7a2-4917-b43c-8c4cdaee006a")
        .address_prefix("10.0.0.0/29")
        .ipv6_circuit_connection_config(Ipv6CircuitConnectionConfig::builder().address_prefix("aa:bb::/125"))
        .build()
}

/// The private peering of the circuit the connection is created on.
pub fn local_peering() -> ExpressRouteCircuitPeeringId {
    ExpressRouteCircuitId::new("subid1", "rg1", "ExpressRouteARMCircuitA").peering("AzurePrivatePeering")
}

/// Creates or updates a connection and waits until the service has finished.
pub async fn connect(
    client: &Client,
    id: &ExpressRouteCircuitConnectionId,
    connection: ExpressRouteCircuitConnection,
) -> Result<ExpressRouteCircuitConnection> {
    client.express_route_circuit_connections().create_or_update(id, connection).await
}

/// The connection, or `None` when the service says it does not exist.
pub async fn find(
    client: &Client,
    id: &ExpressRouteCircuitConnectionId,
) -> Result<Option<ExpressRouteCircuitConnection>> {
    match client.express_route_circuit_connections().get(id).await {
        Ok(c) => Ok(Some(c)),
        Err(Error::Service(e)) if e.status == 404 => Ok(None),
        Err(e) => Err(e),
    }
}

/// The names of every connection of a peering, across all pages.
pub async fn connection_names(client: &Client, peering: &ExpressRouteCircuitPeeringId) -> Result<Vec<String>> {
    let mut pager = client.express_route_circuit_connections().list(peering);
    let mut names = Vec::new();
    while let Some(connection) = pager.try_next().await? {
        names.extend(connection.name);
    }
    Ok(names)
}

/// Deletes a connection and waits until it is gone.
pub async fn disconnect(client: &Client, id: &ExpressRouteCircuitConnectionId) -> Result<()> {
    client.express_route_circuit_connections().delete(id).await
}
