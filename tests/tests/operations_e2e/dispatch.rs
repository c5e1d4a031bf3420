//! Calls the generated method of a case's operation: one arm per operation of the spec.

use super::{run_call, run_delete, run_lro, run_pager, Case};
use express_route::models::*;

/// Calls the generated method of `case`'s operation and checks it against the example.
pub fn dispatch(case: &Case) -> Result<(), String> {
    let c = case.client();
    match case.op_id() {
        "ExpressRouteCircuitAuthorizations_Get" => {
            run_call(case, c.express_route_circuit_authorizations().get(&case.id()?, None))
        }
        "ExpressRouteCircuitAuthorizations_CreateOrUpdate" => run_lro(
            case,
            c.express_route_circuit_authorizations().create_or_update(
                &case.id()?,
                case.body::<ExpressRouteCircuitAuthorization>()?,
                None,
            ),
        ),
        "ExpressRouteCircuitAuthorizations_Delete" => {
            run_delete(case, c.express_route_circuit_authorizations().delete(&case.id()?, None))
        }
        "ExpressRouteCircuitAuthorizations_List" => {
            run_pager(case, c.express_route_circuit_authorizations().list(&case.id()?, None))
        }
        "ExpressRouteCircuitConnections_Get" => {
            run_call(case, c.express_route_circuit_connections().get(&case.id()?, None))
        }
        "ExpressRouteCircuitConnections_CreateOrUpdate" => run_lro(
            case,
            c.express_route_circuit_connections().create_or_update(
                &case.id()?,
                case.body::<ExpressRouteCircuitConnection>()?,
                None,
            ),
        ),
        "ExpressRouteCircuitConnections_Delete" => {
            run_delete(case, c.express_route_circuit_connections().delete(&case.id()?, None))
        }
        "ExpressRouteCircuitConnections_List" => {
            run_pager(case, c.express_route_circuit_connections().list(&case.id()?, None))
        }
        other => circuits_and_peerings(case, other),
    }
}

fn circuits_and_peerings(case: &Case, op: &str) -> Result<(), String> {
    let c = case.client();
    let circuits = c.express_route_circuits();
    match op {
        "ExpressRouteCircuitPeerings_Get" => run_call(case, c.express_route_circuit_peerings().get(&case.id()?, None)),
        "ExpressRouteCircuitPeerings_CreateOrUpdate" => run_lro(
            case,
            c.express_route_circuit_peerings().create_or_update(
                &case.id()?,
                case.body::<ExpressRouteCircuitPeering>()?,
                None,
            ),
        ),
        "ExpressRouteCircuitPeerings_Delete" => {
            run_delete(case, c.express_route_circuit_peerings().delete(&case.id()?, None))
        }
        "ExpressRouteCircuitPeerings_List" => {
            run_pager(case, c.express_route_circuit_peerings().list(&case.id()?, None))
        }
        "ExpressRouteCircuits_Get" => run_call(case, circuits.get(&case.id()?, None)),
        "ExpressRouteCircuits_CreateOrUpdate" => {
            run_lro(case, circuits.create_or_update(&case.id()?, case.body::<ExpressRouteCircuit>()?, None))
        }
        "ExpressRouteCircuits_Delete" => run_delete(case, circuits.delete(&case.id()?, None)),
        "ExpressRouteCircuits_UpdateTags" => {
            run_call(case, circuits.update_tags(&case.id()?, case.body::<TagsObject>()?, None))
        }
        "ExpressRouteCircuits_ListArpTable" => run_lro(case, circuits.list_arp_table(&case.id()?, None)),
        "ExpressRouteCircuits_ListRoutesTable" => run_lro(case, circuits.list_routes_table(&case.id()?, None)),
        "ExpressRouteCircuits_ListRoutesTableSummary" => {
            run_lro(case, circuits.list_routes_table_summary(&case.id()?, None))
        }
        "ExpressRouteCircuits_GetStats" => run_call(case, circuits.get_stats(&case.id()?, None)),
        "ExpressRouteCircuits_GetPeeringStats" => run_call(case, circuits.get_peering_stats(&case.id()?, None)),
        "ExpressRouteCircuits_List" => run_pager(case, circuits.list(case.param("resourceGroupName")?, None)),
        "ExpressRouteCircuits_ListAll" => run_pager(case, circuits.list_all(None)),
        other => providers_and_peers(case, other),
    }
}

fn providers_and_peers(case: &Case, op: &str) -> Result<(), String> {
    let c = case.client();
    match op {
        "ExpressRouteServiceProviders_List" => run_pager(case, c.express_route_service_providers().list(None)),
        "PeerExpressRouteCircuitConnections_Get" => {
            run_call(case, c.peer_express_route_circuit_connections().get(&case.id()?, None))
        }
        "PeerExpressRouteCircuitConnections_List" => {
            run_pager(case, c.peer_express_route_circuit_connections().list(&case.id()?, None))
        }
        other => Err(format!("no dispatch arm for {other}: add one to operations_e2e/dispatch.rs")),
    }
}
