// Models are `#[non_exhaustive]`: outside the crate a struct literal does not compile, even one
// naming every field, so a property added in a later version breaks no caller. Builders (or
// deserialization) make models.
use express_route::models::Ipv6CircuitConnectionConfig;

fn main() {
    let _ = Ipv6CircuitConnectionConfig { address_prefix: Some("aa:bb::/125".into()), circuit_connection_status: None };
}
