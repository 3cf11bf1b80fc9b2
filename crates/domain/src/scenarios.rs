//! Payout scenarios: the grid of hires × expenses, and "as if" rows that apply a round-one achievement to the user's target.
//!
//! Everything is integer maths. Hires from a share of the target are always floored:
//! `floor(T × p / 100)` for a percent level and `floor(T × h / t)` for a round-one
//! ratio `h / t`, computed in `u64` so that a ratio landing exactly on the threshold
//! (Marselisborg 60/120 with T = 10 → 5 = ceil(10/2)) is never lost to rounding.
//! Expenses at a percent of the budget truncate at whole øre.

use super::approach::Approach;
use super::money::Money;
use super::payout::{payout, payout_per_hire, threshold_hires, Application, Outcome, Payout};
use super::round_one::{Project, Results, PROJECTS, TABLE7};
use super::small_sort::sort_small_by_key;

// ---- Hire levels -----------------------------------------------------------------

/// The percent-of-target levels of verified hires in the grid (besides the threshold rows).
pub const HIRE_PERCENTS: [u32; 5] = [0, 25, 75, 100, 150];

/// Why a grid row is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HireLevelKind {
    /// A share of the target, in percent: hires = floor(T × p / 100).
    Percent(u32),
    /// One hire short of the threshold: ceil(T/2) − 1. The threshold is not reached.
    BelowThreshold,
    /// Exactly the threshold, ceil(T/2): the interim payment and the full settlement.
    Threshold,
}

impl HireLevelKind {
    /// True for the two rows around the threshold, which the grid marks.
    pub const fn is_threshold_row(self) -> bool {
        matches!(
            self,
            HireLevelKind::BelowThreshold | HireLevelKind::Threshold
        )
    }
}

/// One row of verified hires in the scenario grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HireLevel {
    /// Why the row is there; see [`hire_levels`] for which kind wins a tie.
    pub kind: HireLevelKind,
    /// Verified hires of this row.
    pub hires: u32,
    /// The percent levels of [`HIRE_PERCENTS`] that fall on the same number of hires
    /// and were merged into this row (ascending; never includes the row's own
    /// `Percent`). Lets the page say e.g. "0 (tærskel − 1; = 0 % og 25 %)".
    pub coinciding_percents: Vec<u32>,
}

/// floor(T × p / 100) in integers, saturating at `u32::MAX`.
pub fn hires_at_percent(target: u32, percent: u32) -> u32 {
    floor_share(target, u64::from(percent), 100)
}

/// The rows of verified hires for the grid, sorted by hires, one row per distinct
/// number of hires: 0 %, 25 %, just under the threshold (ceil(T/2) − 1), the threshold
/// (ceil(T/2)), 75 %, 100 % and 150 % of the target.
///
/// Duplicates (small targets): two rows with the same hires would show the same
/// figures twice, so they are merged into one row.
/// - The threshold row and the just-under row are **always present and marked**: when a
///   percent level lands on the same hires, the threshold kind wins and the percent is
///   listed in [`HireLevel::coinciding_percents`].
/// - Percent levels that land on the same hires as each other keep the lowest percent
///   as the row's kind; the others are listed in `coinciding_percents`.
///
/// So T = 1 gives two rows: 0 hires (just under; = 0 %, 25 %, 75 %) and 1 hire
/// (threshold; = 100 %, 150 %). T = 2 gives 0 (just under; = 0 %, 25 %), 1 (threshold; = 75 %),
/// 2 (100 %), 3 (150 %). Merges also happen for T = 3 (0 % = 25 %; threshold = 75 %),
/// T = 4 (just under = 25 %) and T = 5 (threshold = 75 %); from T = 6 on all seven rows
/// are distinct.
/// A target of 0 is read as 1 (the target is at least 1).
pub fn hire_levels(target: u32) -> Vec<HireLevel> {
    let target = target.max(1);
    let threshold = threshold_hires(target);
    let mut rows = vec![
        HireLevel {
            kind: HireLevelKind::BelowThreshold,
            hires: threshold - 1,
            coinciding_percents: Vec::new(),
        },
        HireLevel {
            kind: HireLevelKind::Threshold,
            hires: threshold,
            coinciding_percents: Vec::new(),
        },
    ];
    for percent in HIRE_PERCENTS {
        let hires = hires_at_percent(target, percent);
        match rows.iter_mut().find(|r| r.hires == hires) {
            Some(row) => row.coinciding_percents.push(percent),
            None => rows.push(HireLevel {
                kind: HireLevelKind::Percent(percent),
                hires,
                coinciding_percents: Vec::new(),
            }),
        }
    }
    sort_small_by_key(&mut rows, |r| r.hires);
    rows
}

// ---- Expense levels --------------------------------------------------------------

/// The grid's default expense levels, in percent of the budget.
pub const DEFAULT_EXPENSE_LEVELS: [u32; 3] = [100, 90, 75];

/// The largest expense level a user may type, in percent of the budget.
pub const MAX_EXPENSE_LEVEL: u32 = 200;

/// Actual expenses at `percent` of the budget, truncated at whole øre (integer maths),
/// held at the ends of `i64` when it would not fit.
pub fn expenses_at(budget: Money, percent: u32) -> Money {
    // budget × percent / 100 = (whole hundreds) × percent + (rest × percent) / 100, exact
    // (the rest has the budget's sign), without a product wider than i64.
    let (hundreds, rest, percent) = (budget.ore() / 100, budget.ore() % 100, i64::from(percent));
    Money::from_ore(
        hundreds
            .saturating_mul(percent)
            .saturating_add(rest * percent / 100),
    )
}

/// Why a typed expense level is refused. Each language file (`texts`) words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelError {
    /// Nothing (or only spaces) was typed.
    Empty,
    /// Not a whole number of percent, with an optional `%` after it (e.g. `9O`, `90,5`,
    /// `%`, `+90`).
    NotANumber,
    /// A whole number outside 0 to [`MAX_EXPENSE_LEVEL`], including a negative one.
    OutOfRange,
}

/// Reads an expense level as a user edits it: `90`, `90%`, `90 %` (any spaces, also
/// non-breaking, around the number and the sign), 0 to [`MAX_EXPENSE_LEVEL`].
pub fn parse_expense_level(input: &str) -> Result<u32, LevelError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(LevelError::Empty);
    }
    let number = text.strip_suffix('%').unwrap_or(text).trim_end();
    let (negative, digits) = match number.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, number),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LevelError::NotANumber);
    }
    if negative {
        return Err(LevelError::OutOfRange);
    }
    // Leading zeros are fine; an overlong number is simply out of range.
    let significant = digits.trim_start_matches('0');
    if significant.len() > 3 {
        return Err(LevelError::OutOfRange);
    }
    let value = significant
        .bytes()
        .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'));
    if value > MAX_EXPENSE_LEVEL {
        return Err(LevelError::OutOfRange);
    }
    Ok(value)
}

// ---- The grid --------------------------------------------------------------------

/// One column group of the grid: an expense level, or the reader's own expenses when no
/// level has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridColumn {
    /// The expense level, percent of the budget; `None` for the reader's own expenses.
    pub percent: Option<u32>,
    /// Actual expenses: [`expenses_at`] the budget and the level, or the reader's own.
    pub expenses: Money,
    /// The reader's own expenses (the first column that has them).
    pub own: bool,
}

/// One cell of the grid: a row's hires against one column's expenses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GridCell {
    /// Every payment of this scenario.
    pub payout: Payout,
    /// Total payout per verified hire; `None` with 0 hires.
    pub payout_per_hire: Option<Money>,
}

/// One row of the grid: a number of verified hires and one cell per column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    /// Verified hires of this row.
    pub hires: u32,
    /// Why the row is there; `None` for the reader's own hires when no level has them.
    pub level: Option<HireLevel>,
    /// The reader's own hires.
    pub own: bool,
    /// One cell per column, in column order.
    pub cells: Vec<GridCell>,
}

/// The scenario grid: its columns and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    /// The expense levels in the order given (duplicates kept), then the reader's own
    /// expenses when no level has them.
    pub columns: Vec<GridColumn>,
    /// [`hire_levels`] of the target, with the reader's own hires inserted in order when
    /// no level has them.
    pub rows: Vec<GridRow>,
}

/// The scenario grid of an application: [`hire_levels`] × `expense_levels` (percent of the
/// budget), with the reader's own scenario marked, and added where no level has it.
pub fn scenario_grid(app: Application, expense_levels: &[u32], own: Option<Outcome>) -> Grid {
    let mut columns: Vec<GridColumn> = expense_levels
        .iter()
        .map(|&percent| GridColumn {
            percent: Some(percent),
            expenses: expenses_at(app.budget, percent),
            own: false,
        })
        .collect();
    let mut rows: Vec<(u32, Option<HireLevel>)> = hire_levels(app.target)
        .into_iter()
        .map(|l| (l.hires, Some(l)))
        .collect();
    if let Some(own) = own {
        match columns.iter_mut().find(|c| c.expenses == own.expenses) {
            Some(c) => c.own = true,
            None => columns.push(GridColumn {
                percent: None,
                expenses: own.expenses,
                own: true,
            }),
        }
        if !rows.iter().any(|(hires, _)| *hires == own.hires) {
            let at = rows
                .iter()
                .position(|(hires, _)| *hires > own.hires)
                .unwrap_or(rows.len());
            rows.insert(at, (own.hires, None));
        }
    }
    let own_hires = own.map(|o| o.hires);
    let rows = rows
        .into_iter()
        .map(|(hires, level)| GridRow {
            hires,
            level,
            own: own_hires == Some(hires),
            cells: columns
                .iter()
                .map(|c| {
                    let result = payout(
                        app,
                        Outcome {
                            hires,
                            expenses: c.expenses,
                        },
                    );
                    GridCell {
                        payout: result,
                        payout_per_hire: payout_per_hire(result.total, hires),
                    }
                })
                .collect(),
        })
        .collect();
    Grid { columns, rows }
}

// ---- "As if" rows ----------------------------------------------------------------

/// Where an achievement comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AchievementSource {
    /// One project of Table 6, by its name as in Table 3.
    Project(&'static str),
    /// The total of one approach in Table 7 (network or course).
    ApproachTotal(Approach),
}

/// How far the hires behind an achievement are verified by STAR (Table 6 footnotes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verification {
    /// Verified by STAR.
    Verified,
    /// Reported to STAR but not verified (Ingerfair, Table 6 **).
    ReportedNotVerified,
    /// A total that includes a reported-but-not-verified hire: Table 7's network
    /// results, 500 = 376 + 60 + 63 + 1, count Ingerfair's one hire.
    IncludesNotVerified,
}

/// A round-one achievement: hires / target, exactly as the report's tables give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Achievement {
    /// The project or approach total.
    pub source: AchievementSource,
    /// Its approach (network or course, as the report files it).
    pub approach: Approach,
    /// Its hires (h): Table 6 "Foreløbige resultater", or Table 7.
    pub hires: u32,
    /// Its target (t): Table 6 "Resultatmål", or Table 7.
    pub target: u32,
    /// The achievement as printed in the report (Table 6; section 3.1 for the totals).
    pub percent_printed: u32,
    /// Whether its hires are verified.
    pub verification: Verification,
    /// Table 6 *: the project reported further hires not yet verified and not counted
    /// here (Code of Care, Randers HK og DISCUS, Marselisborg).
    pub more_reported_not_counted: bool,
}

impl Achievement {
    /// True when this row's own hires are reported but not verified (Ingerfair).
    pub const fn is_unverified(&self) -> bool {
        matches!(self.verification, Verification::ReportedNotVerified)
    }

    /// The project name, or `None` for an approach total.
    pub const fn project_name(&self) -> Option<&'static str> {
        match self.source {
            AchievementSource::Project(name) => Some(name),
            AchievementSource::ApproachTotal(_) => None,
        }
    }
}

/// Table 6's rows, in Table 6's order.
pub const TABLE6_ORDER: [&str; 6] = [
    "Code of Care",
    "KHRS",
    "SUMAK",
    "Marselisborg",
    "Randers HK og DISCUS",
    "Ingerfair",
];

/// Projects marked * in Table 6: further hires reported, not yet verified, not counted.
const TABLE6_STAR: [&str; 3] = ["Code of Care", "Randers HK og DISCUS", "Marselisborg"];

fn project_named(name: &str) -> &'static Project {
    PROJECTS
        .iter()
        .find(|p| p.name == name)
        .expect("every Table 6 project is in Table 3")
}

/// The eight achievements: the six projects of Table 6 (in its order), then Table 7's
/// network and course totals. Figures come from [`PROJECTS`] and [`TABLE7`].
pub fn round_one_achievements() -> Vec<Achievement> {
    let projects = TABLE6_ORDER.iter().map(|&name| {
        let p = project_named(name);
        let (hires, percent_printed, verification) = match p.results {
            Results::Verified {
                hires,
                achievement_percent,
            } => (hires, achievement_percent, Verification::Verified),
            Results::ReportedNotVerified {
                hires,
                achievement_percent,
            } => (
                hires,
                achievement_percent,
                Verification::ReportedNotVerified,
            ),
            Results::NotReported => unreachable!("Table 6 lists only reporting projects"),
        };
        Achievement {
            source: AchievementSource::Project(p.name),
            approach: p.approach,
            hires,
            target: p.target,
            percent_printed,
            verification,
            more_reported_not_counted: TABLE6_STAR.contains(&p.name),
        }
    });
    let totals = TABLE7.iter().map(|row| {
        let includes_unverified = TABLE6_ORDER.iter().any(|&name| {
            let p = project_named(name);
            p.approach == row.approach && matches!(p.results, Results::ReportedNotVerified { .. })
        });
        Achievement {
            source: AchievementSource::ApproachTotal(row.approach),
            approach: row.approach,
            hires: row.results,
            target: row.target,
            percent_printed: row.achievement_percent,
            verification: if includes_unverified {
                Verification::IncludesNotVerified
            } else {
                Verification::Verified
            },
            more_reported_not_counted: TABLE6_ORDER.iter().any(|&name| {
                project_named(name).approach == row.approach && TABLE6_STAR.contains(&name)
            }),
        }
    });
    projects.chain(totals).collect()
}

/// floor(T × h / t) in `u64`, saturating at `u32::MAX`. `t` of 0 is read as 1.
pub fn as_if_hires(target: u32, hires: u32, of_target: u32) -> u32 {
    floor_share(target, u64::from(hires), u64::from(of_target.max(1)))
}

fn floor_share(target: u32, numerator: u64, denominator: u64) -> u32 {
    let value = u64::from(target) * numerator / denominator;
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// "If your project does as X did": X's achievement applied to the user's target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsIfRow {
    /// The round-one achievement applied (source, approach, h, t, printed %, flags).
    pub achievement: Achievement,
    /// The user's hires at that achievement: floor(T × h / t).
    pub hires: u32,
    /// The payments with those hires and the given expenses; `payout.threshold_reached`,
    /// `payout.total` and `payout.own_financing` are the row's figures.
    pub payout: Payout,
}

/// The eight "as if" rows for an application and its actual expenses (pass the budget
/// for "spent as budgeted"), in the order of [`round_one_achievements`].
pub fn as_if_rows(app: Application, expenses: Money) -> Vec<AsIfRow> {
    round_one_achievements()
        .into_iter()
        .map(|achievement| {
            let hires = as_if_hires(app.target, achievement.hires, achievement.target);
            AsIfRow {
                achievement,
                hires,
                payout: payout(app, Outcome { hires, expenses }),
            }
        })
        .collect()
}

/// The rows reordered so the user's approach group comes first ([`Approach::comparison_group`]:
/// hybrid counts as course), each group keeping its table order (its projects, then its
/// total). Stable: the other group follows in its table order.
pub fn own_approach_first(rows: &[AsIfRow], approach: Approach) -> Vec<AsIfRow> {
    let group = approach.comparison_group();
    let mut sorted = rows.to_vec();
    sort_small_by_key(&mut sorted, |r| {
        r.achievement.approach.comparison_group() != group
    });
    sorted
}
