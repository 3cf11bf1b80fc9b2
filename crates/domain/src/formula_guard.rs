//! The CSV formula guard (OWASP, "CSV Injection"): which text cells a spreadsheet could
//! run as a formula. The export puts a `'` before such a cell ([`starts_like_formula`]);
//! the batch reader drops that `'` again ([`unguarded`]) from every cell and heading, so
//! a name, a caseworker's own cell and a heading survive an export and a reading
//! unchanged.

/// Whether a text cell needs the CSV export's `'` in front: it starts with a formula
/// character, possibly after white space or after `'`s (so that a name that itself
/// starts with `'=` survives the export and the reader unchanged).
///
/// Formula characters are OWASP's list (`=`, `+`, `-`, `@`, tab, CR) and their
/// full-width forms, which some spreadsheet locales accept.
pub fn starts_like_formula(text: &str) -> bool {
    fn is_formula_trigger(c: char) -> bool {
        matches!(
            c,
            '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}'
        )
    }
    let text = text.trim_start_matches('\'');
    text.starts_with(is_formula_trigger) || text.trim_start().starts_with(is_formula_trigger)
}

/// A cell or heading as it was written before the CSV export's guard: without the one
/// `'` the export puts before a text that [starts like a formula](starts_like_formula);
/// any other text as it is.
pub fn unguarded(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if starts_like_formula(rest) => rest,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::{starts_like_formula, unguarded};

    #[test]
    fn a_cell_loses_only_the_apostrophe_the_export_puts_before_a_formula() {
        assert_eq!(unguarded("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unguarded("'@nsættelser"), "@nsættelser");
        assert_eq!(unguarded("''=x"), "'=x");
        assert_eq!(unguarded("'  -1"), "  -1");
        assert_eq!(unguarded("'Kirsten's"), "'Kirsten's");
        assert_eq!(unguarded("'"), "'");
        assert_eq!(unguarded("=x"), "=x");
        assert_eq!(unguarded("Code of Care"), "Code of Care");
    }

    #[test]
    fn owasp_characters_and_their_full_width_forms_start_a_formula() {
        for text in [
            "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "＝1", "＋1", "－1", "＠x",
        ] {
            assert!(starts_like_formula(text), "{text:?}");
        }
    }

    #[test]
    fn after_white_space_or_apostrophes_too() {
        for text in ["  =1", "\n=1", "'=1", "''=1", "' =1", "'\t"] {
            assert!(starts_like_formula(text), "{text:?}");
        }
    }

    #[test]
    fn ordinary_text_does_not() {
        for text in [
            "",
            "'",
            "Code of Care",
            "1.000",
            "a=b",
            "\"=1\"",
            "'a",
            "æ-ø",
        ] {
            assert!(!starts_like_formula(text), "{text:?}");
        }
    }
}
