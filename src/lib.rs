//! puljeberegner: the grant calculator for STAR's pool for companies' social responsibility.

pub mod browser;
pub mod components;
pub mod page_parts;
pub mod prerender;
pub mod views;

// The domain and the page's model are crates of their own (crates/domain, crates/model);
// their paths are kept here for the app's modules and the tests.
pub use model::{
    batch_state, calculator_view, chart, domain, figure_texts, ids, pages, query, state, texts,
};

pub use components::app::{App, AppProps};
