//! Dansk: the caseworker's way through the batch check.

use super::CaseworkerTexts;
use crate::texts::da::Da;

impl CaseworkerTexts for Da {
    fn file_read(name: &str) -> String {
        format!("Læst fra filen »{name}«.")
    }
}
