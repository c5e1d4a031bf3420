//! A small downstream crate using the generated `express_route` client the way an application
//! would: a credential, a client, typed resource ids, request bodies from the builders, a
//! long-running create awaited, and a paged list read as a stream.
//!
//! ```no_run
//! use std::sync::Arc;
//! use express_route::ExpressRouteClient;
//!
//! # async fn run(credential: Arc<dyn azure_core::credentials::TokenCredential>) -> azure_core::Result<()> {
//! // In an application: `let credential = azure_identity::DeveloperToolsCredential::new(None)?;`
//! let client = ExpressRouteClient::new(credential, "00000000-0000-0000-0000-000000000000", None)?;
//! let id = downstream_example::local_peering().connection("circuitConnectionUSAUS");
//! let created = downstream_example::connect(&client, &id, downstream_example::global_reach_connection()).await?;
//! println!("{:?}", created.provisioning_state());
//! for name in downstream_example::connection_names(&client, id.parent()).await? {
//!     println!("{name}");
//! }
//! # Ok(())
//! # }
//! ```

use azure_core::error::ErrorKind;
use azure_core::http::StatusCode;
use express_route::ids::{ExpressRouteCircuitConnectionId, ExpressRouteCircuitId, ExpressRouteCircuitPeeringId};
use express_route::models::{ExpressRouteCircuitConnection, Ipv6CircuitConnectionConfig};
use express_route::ExpressRouteClient;
use futures::TryStreamExt;

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
    client: &ExpressRouteClient,
    id: &ExpressRouteCircuitConnectionId,
    connection: ExpressRouteCircuitConnection,
) -> azure_core::Result<ExpressRouteCircuitConnection> {
    client.express_route_circuit_connections().create_or_update(id, connection, None)?.await?.into_model()
}

/// The connection, or `None` when the service says it does not exist.
pub async fn find(
    client: &ExpressRouteClient,
    id: &ExpressRouteCircuitConnectionId,
) -> azure_core::Result<Option<ExpressRouteCircuitConnection>> {
    match client.express_route_circuit_connections().get(id, None).await {
        Ok(response) => response.into_model().map(Some),
        Err(e) if matches!(e.kind(), ErrorKind::HttpResponse { status: StatusCode::NotFound, .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The names of every connection of a peering, across all pages.
pub async fn connection_names(
    client: &ExpressRouteClient,
    peering: &ExpressRouteCircuitPeeringId,
) -> azure_core::Result<Vec<String>> {
    let mut connections = client.express_route_circuit_connections().list(peering, None)?;
    let mut names = Vec::new();
    while let Some(connection) = connections.try_next().await? {
        names.extend(connection.name);
    }
    Ok(names)
}

/// Deletes a connection and waits until it is gone.
pub async fn disconnect(client: &ExpressRouteClient, id: &ExpressRouteCircuitConnectionId) -> azure_core::Result<()> {
    client.express_route_circuit_connections().delete(id, None)?.await?;
    Ok(())
}
