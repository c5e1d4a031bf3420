// Fields are public, but a struct literal must still name every required property.
use golden_compile::required::models::Window;

fn main() {
    let _ = Window { label: Some("maintenance".into()), comment: None };
}
