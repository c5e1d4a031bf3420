// `Window` requires `lengthMinutes` and the spec gives it no default, so `Window` has no
// `Default`: the required property cannot be left to `..Default::default()` (it would be 0).
use golden_compile::required::models::Window;

fn main() {
    let _ = Window { label: Some("maintenance".into()), ..Default::default() };
}
