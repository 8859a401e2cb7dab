//! Starts the sentag app in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    sentag::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("sentag runs in the browser: build it with `make serve` or `make dist`.");
    std::process::exit(2);
}
