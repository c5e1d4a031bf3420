// `#[non_exhaustive]` also refuses functional update syntax outside the crate: no
// `..Default::default()` to fill the rest of a model (a builder does that).
use express_route::models::ExpressRouteCircuitConnection;

fn main() {
    let _ = ExpressRouteCircuitConnection { name: Some("c".into()), ..Default::default() };
}
