//! English: the caseworker's way through the batch check.

use super::CaseworkerTexts;
use crate::texts::en::En;

impl CaseworkerTexts for En {
    fn file_read(name: &str) -> String {
        format!("Read from the file “{name}”.")
    }
}
