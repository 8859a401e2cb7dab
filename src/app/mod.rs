//! The browser app: the state adapter and the components. It renders domain state
//! and turns user input into actions; the domain modules do the work.

pub mod components;
pub mod state;

pub use components::app::App;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
