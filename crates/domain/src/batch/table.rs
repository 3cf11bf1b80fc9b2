//! The checked table: a valid row's derived figures, and the summary of all of them.

use crate::approach::Approach;
use crate::compare::compare;
use crate::flags::{flags, Flag};
use crate::money::Money;
use crate::payout::{threshold_hires, unit_price, Application};
use crate::round_one::AVERAGE_UNIT_PRICE_TABLE3;

/// A valid application with every derived figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedRow {
    /// 1-based line in the user's text where the row starts.
    pub line: usize,
    /// The project name.
    pub name: String,
    /// Budget and target.
    pub application: Application,
    /// The approach.
    pub approach: Approach,
    /// Estimeret enhedspris, whole kroner.
    pub unit_price: Money,
    /// Hires needed for the interim payment: ceil(target / 2).
    pub threshold_hires: u32,
    /// 1-based position among the nine round-one unit prices and this one, lowest first.
    pub rank: usize,
    /// The plausibility flags.
    pub flags: Vec<Flag>,
    /// The caseworker's own columns as written (a case number …), in the header's order;
    /// kept, shown and exported unchanged.
    pub extra: Vec<String>,
}

/// Checks one application: every derived figure and the flags (no columns of the
/// caseworker's own).
pub fn check_row(
    line: usize,
    name: String,
    application: Application,
    approach: Approach,
) -> CheckedRow {
    let price = unit_price(application);
    CheckedRow {
        line,
        name,
        application,
        approach,
        unit_price: price,
        threshold_hires: threshold_hires(application.target),
        rank: compare(price, approach).rank,
        flags: flags(application, approach),
        extra: Vec::new(),
    }
}

/// The summary line of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Valid applications.
    pub applications: usize,
    /// Sum of their budgets.
    pub total_budget: Money,
    /// Sum of their targets.
    pub total_target: u64,
    /// Total budget / total target, truncated to whole kroner like the unit price;
    /// `None` without applications.
    pub unit_price: Option<Money>,
    /// Round one's average to set it against (22.695 kr., Table 3).
    pub round_one_average: Money,
    /// Applications per approach, in the order of [`Approach::ALL`].
    pub per_approach: [(Approach, usize); 3],
    /// Applications with at least one flag.
    pub flagged: usize,
}

/// Sums up the valid rows of a batch.
pub fn summarize(rows: &[CheckedRow]) -> Summary {
    let total_budget = rows
        .iter()
        .fold(Money::ZERO, |sum, r| sum + r.application.budget);
    let total_target: u64 = rows.iter().map(|r| u64::from(r.application.target)).sum();
    let unit_price =
        (total_target > 0).then(|| total_budget.div_floor(total_target as i64).whole_kroner());
    let per_approach = Approach::ALL.map(|a| (a, rows.iter().filter(|r| r.approach == a).count()));
    Summary {
        applications: rows.len(),
        total_budget,
        total_target,
        unit_price,
        round_one_average: AVERAGE_UNIT_PRICE_TABLE3,
        per_approach,
        flagged: rows.iter().filter(|r| !r.flags.is_empty()).count(),
    }
}
