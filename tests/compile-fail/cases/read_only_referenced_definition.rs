// `circuitConnectionStatus` is read-only through its definition (`CircuitConnectionStatus` has
// `readOnly: true`), not on the property itself: still no setter.
use express_route::models::ExpressRouteCircuitConnection;

fn main() {
    let _ = ExpressRouteCircuitConnection::builder().circuit_connection_status("Connected").build();
}
