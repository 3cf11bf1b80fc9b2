//! The checked table's sort: by any column, either way, stable; names in Danish order.

use core::cmp::Ordering;

use super::table::CheckedRow;
use crate::domain::approach::Approach;
use crate::domain::{letters, small_sort};

/// A column of the checked table to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    /// The line in the user's text (the original order).
    Line,
    /// The project name, in Danish alphabetical order (æ, ø, å after z), any case.
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
    small_sort::merge_sort_by(rows, |a, b| {
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

/// Danish alphabetical order, ignoring case: æ (and ä), ø (and ö), å come after z.
fn danish_order(a: &str, b: &str) -> Ordering {
    fn key(s: &str) -> impl Iterator<Item = u32> + '_ {
        s.chars().map(letters::lower).map(|c| match c {
            'æ' | 'ä' => u32::from('z') + 1,
            'ø' | 'ö' => u32::from('z') + 2,
            'å' => u32::from('z') + 3,
            c => u32::from(c),
        })
    }
    key(a).cmp(key(b))
}

#[cfg(test)]
mod tests {
    use super::danish_order;
    use core::cmp::Ordering;

    #[test]
    fn ae_oe_aa_come_after_z_in_that_order_any_case() {
        let mut names = ["Åse", "ø", "Zebra", "æble", "Ärlig", "Öland", "anna", "Bo"];
        names.sort_by(|a, b| danish_order(a, b));
        assert_eq!(
            names,
            ["anna", "Bo", "Zebra", "æble", "Ärlig", "ø", "Öland", "Åse"]
        );
        assert_eq!(danish_order("ABC", "abc"), Ordering::Equal);
    }
}
