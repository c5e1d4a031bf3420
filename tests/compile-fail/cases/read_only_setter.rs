// `etag` is read-only (returned by the service, never sent): the builder has no setter for it.
use express_route::models::ExpressRouteCircuitConnection;

fn main() {
    let _ = ExpressRouteCircuitConnection::builder().etag("W/\"00000000\"").build();
}
