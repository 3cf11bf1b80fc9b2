//! The checked table's sort: by any column, either way, stable; names in Danish order.

use core::cmp::Ordering;

use super::table::CheckedRow;
use crate::approach::Approach;
use crate::letters;

/// A column of the checked table to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    /// The line in the user's text (the original order).
    Line,
    /// The project name, in Danish alphabetical order ([`danish_order`]).
    Name,
    /// The budget.
    Budget,
    /// The target.
    Target,
    /// The approach, in the order of [`Approach::ALL`].
    Approach,
    /// The unit price.
    UnitPrice,
    /// Hires needed for the interim payment.
    ThresholdHires,
    /// The rank among round one.
    Rank,
    /// The number of flags.
    Flags,
}

/// Which way to sort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortDirection {
    /// Lowest first.
    Ascending,
    /// Highest first.
    Descending,
}

/// Sorts rows by a column. Stable: rows that tie keep their order, either direction.
pub fn sort_rows(rows: &mut [CheckedRow], column: SortColumn, direction: SortDirection) {
    rows.sort_by(|a, b| {
        let order = compare_rows(a, b, column);
        match direction {
            SortDirection::Ascending => order,
            SortDirection::Descending => order.reverse(),
        }
    });
}

fn compare_rows(a: &CheckedRow, b: &CheckedRow, column: SortColumn) -> Ordering {
    match column {
        SortColumn::Line => a.line.cmp(&b.line),
        SortColumn::Name => danish_order(&a.name, &b.name),
        SortColumn::Budget => a.application.budget.cmp(&b.application.budget),
        SortColumn::Target => a.application.target.cmp(&b.application.target),
        SortColumn::Approach => approach_position(a.approach).cmp(&approach_position(b.approach)),
        SortColumn::UnitPrice => a.unit_price.cmp(&b.unit_price),
        SortColumn::ThresholdHires => a.threshold_hires.cmp(&b.threshold_hires),
        SortColumn::Rank => a.rank.cmp(&b.rank),
        SortColumn::Flags => a.flags.len().cmp(&b.flags.len()),
    }
}

fn approach_position(approach: Approach) -> usize {
    Approach::ALL
        .iter()
        .position(|&a| a == approach)
        .unwrap_or(Approach::ALL.len())
}

/// Danish alphabetical order, as Danish dictionaries and `Intl.Collator('da')` have it:
/// case ignored; æ (and ä), ø (and ö, œ), å (and "aa", as in "Aabenraa") after z, in that
/// order; other accented letters with their base letter (é with e, ü with y, as Danish
/// sorts it). Names equal by these rules are ordered by their letters as written, so the
/// order never depends on the order of the text.
pub fn danish_order(a: &str, b: &str) -> Ordering {
    primary_key(a)
        .cmp(primary_key(b))
        .then_with(|| {
            a.chars()
                .map(letters::lower)
                .cmp(b.chars().map(letters::lower))
        })
        .then_with(|| a.cmp(b))
}

/// The letters of a name as the Danish order weighs them: "aa" is one letter, å.
fn primary_key(s: &str) -> impl Iterator<Item = u32> + '_ {
    const AE: u32 = 'z' as u32 + 1;
    const OE: u32 = 'z' as u32 + 2;
    const AA: u32 = 'z' as u32 + 3;
    let mut chars = s.chars().map(letters::lower).peekable();
    core::iter::from_fn(move || {
        let c = chars.next()?;
        Some(match c {
            'a' if chars.peek() == Some(&'a') => {
                chars.next();
                AA
            }
            'æ' | 'ä' => AE,
            'ø' | 'ö' | 'œ' => OE,
            'å' => AA,
            'à' | 'á' | 'â' | 'ã' => u32::from('a'),
            'ç' => u32::from('c'),
            'è' | 'é' | 'ê' | 'ë' => u32::from('e'),
            'ì' | 'í' | 'î' | 'ï' => u32::from('i'),
            'ñ' => u32::from('n'),
            'ò' | 'ó' | 'ô' | 'õ' => u32::from('o'),
            'ù' | 'ú' | 'û' => u32::from('u'),
            'ü' | 'ý' | 'ÿ' => u32::from('y'),
            c => u32::from(c),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{danish_order, primary_key};

    #[test]
    fn ae_oe_aa_come_after_z_in_that_order_any_case() {
        let mut names = ["Åse", "ø", "Zebra", "æble", "Ärlig", "Öland", "anna", "Bo"];
        names.sort_by(|a, b| danish_order(a, b));
        assert_eq!(
            names,
            ["anna", "Bo", "Zebra", "æble", "Ärlig", "ø", "Öland", "Åse"]
        );
        // Case is not weighed; it only fixes the order of names otherwise equal.
        assert!(primary_key("ABC").eq(primary_key("abc")));
    }
}
