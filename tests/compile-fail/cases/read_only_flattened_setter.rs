// `provisioningState` sits in the flattened `properties` and is read-only: no flattened setter.
use express_route::models::ExpressRouteCircuitConnection;

fn main() {
    let _ = ExpressRouteCircuitConnection::builder().provisioning_state("Succeeded").build();
}
