//! The build program's steps, each a function on files or text with unit tests on small
//! fixtures; `main.rs` runs them in order (`cargo xtask dist`).

pub mod figures;
pub mod page;
pub mod run;
