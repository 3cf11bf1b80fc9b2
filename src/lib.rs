//! puljeberegner: the grant calculator for STAR's pool for companies' social responsibility.

pub mod browser;
pub mod calculator_view;
pub mod components;
pub mod domain;
pub mod memory;
pub mod pages;
pub mod prerender;
pub mod query;
pub mod state;
pub mod texts;
pub mod views;

pub use components::app::{App, AppProps};
