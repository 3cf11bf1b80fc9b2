//! The calculator page's view model: every figure the page shows, computed once per render
//! from the [`State`], pure (no yew, no web-sys) and tested natively. Views only read it.
//!
//! [`CalculatorView::from`] holds what the first drawing needs (the inputs read, their
//! problems, the key figures and the reader's scenario); [`CalculatorView::details`] the
//! sections drawn after it (grid, chart, "as if", comparison, flags), so the first
//! drawing computes only its own figures.

use crate::chart::{payout_chart, PayoutChart};
use crate::domain::amount_input::AmountError;
use crate::domain::approach::Approach;
use crate::domain::compare::{compare, Comparison};
use crate::domain::count_input::CountError;
use crate::domain::flags::{flags, flags_without_approach, Flag};
use crate::domain::money::Money;
use crate::domain::payout::{
    eligible_expenses, large_own_financing, payout, payout_per_hire, threshold_hires, unit_price,
    Application, Outcome, Payout,
};
use crate::domain::scenarios::{
    as_if_rows, own_approach_first, parse_expense_level, scenario_grid, AsIfRow, Grid, LevelError,
};
use crate::ids::Id;
use crate::state::{ApproachInput, Field, State};

/// What is wrong with one input, for its field and the error summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// An amount (budget, actual expenses).
    Amount(AmountError),
    /// A number of hires (target, verified hires).
    Count(CountError),
    /// An approach value no approach has (from a link), kept as given.
    UnknownApproach(String),
    /// An expense level of the grid.
    Level(LevelError),
}

/// The figures of the reader's own scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scenario {
    /// The application.
    pub application: Application,
    /// Verified hires and actual expenses, defaults filled in.
    pub outcome: Outcome,
    /// Every payment.
    pub payout: Payout,
    /// The unit price.
    pub unit_price: Money,
    /// The expenses the grant covers (the actual expenses, up to the grant).
    pub eligible: Money,
    /// Hires needed for the interim payment.
    pub threshold: u32,
    /// Total payout per verified hire; `None` with no hires.
    pub per_hire: Option<Money>,
    /// The own financing is large enough to warn about.
    pub large_own_financing: bool,
}

/// What the first drawing shows: the inputs read, their problems, the key figures and
/// the reader's scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalculatorView {
    /// The budget's problem, once it is one (an untouched empty field is unfinished).
    pub budget_error: Option<AmountError>,
    /// The target's problem, likewise.
    pub target_error: Option<CountError>,
    /// The approach chosen, if a known one.
    pub approach: Option<Approach>,
    /// An unknown approach value, kept as given.
    pub approach_error: Option<String>,
    /// The verified hires' problem (empty is the default, never a problem).
    pub hires_error: Option<CountError>,
    /// The actual expenses' problem (empty is the default).
    pub expenses_error: Option<AmountError>,
    /// The target when it is valid, for the hires field's hint and default.
    pub target: Option<u32>,
    /// Each expense level of the grid, read.
    pub levels: Vec<Result<u32, LevelError>>,
    /// Budget and target, when both are valid.
    pub application: Option<Application>,
    /// The unit price, when the application is valid.
    pub unit_price: Option<Money>,
    /// Hires needed for the interim payment, when the application is valid.
    pub threshold: Option<u32>,
    /// The actual expenses with the default filled in, when budget and expenses are
    /// valid (the "as if" table needs no valid hires).
    pub expenses: Option<Money>,
    /// The reader's scenario, when every input it needs is valid.
    pub scenario: Option<Scenario>,
}

/// The sections drawn after the first drawing (none before it).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Details {
    /// The scenario grid with the reader's own row and column.
    pub grid: Option<Grid>,
    /// The payout chart's geometry.
    pub chart: Option<PayoutChart>,
    /// The round-one achievements applied to the target, the reader's approach first.
    pub as_if: Option<Vec<AsIfRow>>,
    /// Where the unit price stands among round one (the network group while no approach
    /// is chosen).
    pub comparison: Option<Comparison>,
    /// The plausibility flags.
    pub flags: Option<Vec<Flag>>,
}

impl Scenario {
    /// The figures of one scenario.
    pub fn of(application: Application, outcome: Outcome) -> Scenario {
        let p = payout(application, outcome);
        Scenario {
            application,
            outcome,
            payout: p,
            unit_price: unit_price(application),
            eligible: eligible_expenses(application, outcome),
            threshold: threshold_hires(application.target),
            per_hire: payout_per_hire(p.total, outcome.hires),
            large_own_financing: large_own_financing(&p, outcome.expenses),
        }
    }
}

impl CalculatorView {
    /// The view of a state.
    pub fn from(state: &State) -> CalculatorView {
        let parsed = state.parsed();
        let (approach, approach_error) = match parsed.approach {
            ApproachInput::Unset => (None, None),
            ApproachInput::Chosen(a) => (Some(a), None),
            ApproachInput::Unknown(ref v) => (None, Some(v.clone())),
        };
        let application = parsed.application();
        let outcome = parsed.outcome();
        let scenario = application
            .zip(outcome)
            .map(|(app, o)| Scenario::of(app, o));
        CalculatorView {
            budget_error: parsed
                .budget
                .clone()
                .err()
                .filter(|e| state.touched(Field::Budget) || *e != AmountError::Empty),
            target_error: parsed
                .target
                .clone()
                .err()
                .filter(|e| state.touched(Field::Target) || *e != CountError::Empty),
            approach,
            approach_error,
            hires_error: parsed.hires.clone().err(),
            expenses_error: parsed.expenses.clone().err(),
            target: parsed.target.clone().ok(),
            levels: state
                .expense_levels()
                .iter()
                .map(|l| parse_expense_level(l))
                .collect(),
            application,
            unit_price: application.map(unit_price),
            threshold: application.map(|a| threshold_hires(a.target)),
            expenses: application
                .and_then(|a| parsed.expenses.clone().ok().map(|e| e.unwrap_or(a.budget))),
            scenario,
        }
    }

    /// Every problem, in page order, with the control it belongs to.
    pub fn problems(&self) -> Vec<(Id, Problem)> {
        let fields = [
            (
                Field::Approach,
                self.approach_error.clone().map(Problem::UnknownApproach),
            ),
            (
                Field::Budget,
                self.budget_error.clone().map(Problem::Amount),
            ),
            (Field::Target, self.target_error.clone().map(Problem::Count)),
            (Field::Hires, self.hires_error.clone().map(Problem::Count)),
            (
                Field::Expenses,
                self.expenses_error.clone().map(Problem::Amount),
            ),
        ];
        let levels = self
            .levels
            .iter()
            .enumerate()
            .map(|(i, l)| (Id::Level(i), l.err().map(Problem::Level)));
        fields
            .into_iter()
            .map(|(field, p)| (Id::Field(field), p))
            .chain(levels)
            .filter_map(|(id, p)| p.map(|p| (id, p)))
            .collect()
    }

    /// The sections below the first drawing.
    pub fn details(&self) -> Details {
        let levels: Vec<u32> = self.levels.iter().filter_map(|l| l.ok()).collect();
        let own = self.scenario.map(|s| s.outcome);
        Details {
            grid: self.application.map(|app| scenario_grid(app, &levels, own)),
            chart: self
                .scenario
                .map(|s| payout_chart(s.application, s.outcome)),
            as_if: self.application.zip(self.expenses).map(|(app, expenses)| {
                let rows = as_if_rows(app, expenses);
                match self.approach {
                    Some(a) => own_approach_first(&rows, a),
                    None => rows,
                }
            }),
            comparison: self
                .unit_price
                .map(|price| compare(price, self.approach.unwrap_or(Approach::Network))),
            flags: self.application.map(|app| match self.approach {
                Some(a) => flags(app, a),
                None => flags_without_approach(app),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scenarios::HireLevelKind;

    /// The view of a link; its numbers are unformatted, as both page languages read them.
    fn view(query: &str) -> CalculatorView {
        CalculatorView::from(&State::from_query(query))
    }

    fn kr(k: i64) -> Money {
        Money::from_kroner(k)
    }

    #[test]
    fn an_empty_page_has_no_problems_and_no_figures() {
        let v = view("");
        assert_eq!(v.problems(), vec![]);
        assert_eq!(
            (v.application, v.unit_price, v.scenario),
            (None, None, None)
        );
        let d = v.details();
        assert!(d.grid.is_none() && d.chart.is_none() && d.as_if.is_none());
        assert!(d.comparison.is_none() && d.flags.is_none());
    }

    #[test]
    fn a_full_application_gives_every_figure() {
        let v = view("budget=1200000&target=30&approach=network");
        assert_eq!(v.problems(), vec![]);
        assert_eq!(v.unit_price, Some(kr(40_000)));
        assert_eq!(v.threshold, Some(15));
        let s = v.scenario.expect("a scenario");
        assert_eq!(
            s.outcome,
            Outcome {
                hires: 30,
                expenses: kr(1_200_000)
            }
        );
        assert_eq!(
            (s.payout.interim, s.payout.total),
            (kr(600_000), kr(1_200_000))
        );
        assert_eq!(s.per_hire, Some(kr(40_000)));
        assert!(!s.large_own_financing);
        let d = v.details();
        let grid = d.grid.expect("a grid");
        // The default levels 100 %, 90 %, 75 %; the reader's expenses are the 100 % column.
        assert_eq!(grid.columns.len(), 3);
        assert_eq!(grid.columns.iter().filter(|c| c.own).count(), 1);
        assert!(grid.columns[0].own);
        let own: Vec<u32> = grid
            .rows
            .iter()
            .filter(|r| r.own)
            .map(|r| r.hires)
            .collect();
        assert_eq!(own, vec![30]);
        let c = d.comparison.expect("a comparison");
        assert_eq!((c.rank, c.cheaper_projects), (8, 7));
        assert!(d.chart.is_some());
        assert_eq!(d.as_if.expect("as-if rows").len(), 8);
    }

    #[test]
    fn the_readers_own_scenario_is_added_to_the_grid_when_no_level_has_it() {
        let v = view("budget=1000000&target=20&hires=11&expenses=800000");
        let grid = v.details().grid.expect("a grid");
        let own_column = grid.columns.last().expect("a column");
        assert_eq!(
            (own_column.percent, own_column.expenses, own_column.own),
            (None, kr(800_000), true)
        );
        let own_row = grid.rows.iter().find(|r| r.own).expect("an own row");
        assert_eq!((own_row.hires, own_row.level.is_none()), (11, true));
        let cell = own_row.cells.last().expect("a cell");
        assert_eq!(cell.payout, v.scenario.expect("a scenario").payout);
        // The threshold row is still there beside it.
        assert!(grid.rows.iter().any(|r| r
            .level
            .as_ref()
            .is_some_and(|l| l.kind == HireLevelKind::Threshold)));
    }

    #[test]
    fn problems_come_in_page_order_and_an_untouched_empty_field_is_none() {
        let v = view("target=abc&approach=teleport&hires=-1&expenses=1,2,3&level2=900");
        let ids: Vec<String> = v
            .problems()
            .into_iter()
            .map(|(id, _)| id.text().to_string())
            .collect();
        assert_eq!(
            ids,
            [
                "approach-network",
                "field-target",
                "field-hires",
                "field-expenses",
                "level-2"
            ]
        );
        assert_eq!(v.approach_error.as_deref(), Some("teleport"));
        // The budget was never given: unfinished, not wrong.
        assert_eq!(v.budget_error, None);
        assert!(matches!(v.problems()[4].1, Problem::Level(_)));
        // A valid level still makes a column while another is wrong.
        let v = view("budget=100000&target=4&level2=900");
        assert_eq!(v.details().grid.expect("a grid").columns.len(), 2);
    }

    #[test]
    fn a_large_own_financing_is_flagged_from_a_quarter_of_the_expenses() {
        // Threshold missed: half the expenses are paid, the other half is own financing.
        let v = view("budget=1000000&target=10&hires=4");
        assert!(v.scenario.expect("a scenario").large_own_financing);
        // Expenses 25 % above the budget: 250.000 of 1.250.000 is 20 %, no warning.
        let v = view("budget=1000000&target=10&expenses=1250000");
        assert!(!v.scenario.expect("a scenario").large_own_financing);
        // 1.333.334: 333.334 of it is own financing, just over 25 %.
        let v = view("budget=1000000&target=10&expenses=1333334");
        assert!(v.scenario.expect("a scenario").large_own_financing);
    }

    #[test]
    fn as_if_rows_need_no_valid_hires_and_put_the_readers_approach_first() {
        let v = view("budget=1000000&target=10&hires=x&approach=course");
        assert!(v.scenario.is_none());
        let rows = v.details().as_if.expect("as-if rows");
        assert_eq!(
            rows[0].achievement.approach.comparison_group(),
            Approach::Course
        );
    }
}
