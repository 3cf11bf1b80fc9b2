//! The few components with state of their own: the two pages' apps, the batch check's
//! view and table, and the hooks the pages use. Everything they draw is a plain view
//! function in `crate::views`.

pub mod app;
pub mod batch_app;
pub mod batch_table;
pub mod batch_view;
pub mod hooks;
