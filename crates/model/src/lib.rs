//! What a page says and shows, with no web dependency: the calculator's [`state`] and
//! view model ([`calculator_view`]), the batch check's [`batch_state`], the [`texts`] of
//! each language, the [`pages`] and the address's [`query`]. The Yew app draws from it;
//! the figures module computes with it.

pub use chart;
pub use domain;

pub mod batch_state;
pub mod calculator_view;
pub mod figure_texts;
pub mod ids;
pub mod pages;
pub mod query;
pub mod state;
pub mod texts;
