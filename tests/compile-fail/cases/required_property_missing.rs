// Required properties are the arguments of `builder(...)`: a body without its required
// `lengthMinutes` does not compile (the `required` golden fixture's `Window`).
use golden_compile::required::models::Window;

fn main() {
    let _ = Window::builder("maintenance").build();
}
