//! The build program's steps, each a function on files or text with unit tests on small
//! fixtures; `dist` runs them in order (`cargo xtask dist`).

pub mod check;
pub mod csp;
pub mod dist;
pub mod figures;
pub mod html;
pub mod minify;
pub mod page;
pub mod pins;
pub mod run;
pub mod slim;
