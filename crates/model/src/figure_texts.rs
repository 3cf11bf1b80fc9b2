//! The first figures as the reader sees them, in the page's language: the key figures, the
//! scenario's payout and each field's message. One place for these texts, read by the Yew
//! app's views and by the figures module (crates/figures), so both write the same words.

use crate::calculator_view::CalculatorView;
use crate::domain::amount_input::AmountError;
use crate::domain::count_input::CountError;
use crate::domain::money::Money;
use crate::domain::payout::Payout;
use crate::state::{Field, State};
use crate::texts::{Page as T, Texts};

/// The key figures and the scenario's payout, each as written on the page; a dash
/// ([`Texts::WITHHELD`]) while an input it needs is not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureTexts {
    /// Why there is no result yet, while budget and target are not both accepted: which
    /// field to correct ("Ret …"), or "Udfyld …" while neither has a mistake.
    pub results_missing: Option<&'static str>,
    /// The unit price (`data-testid="unit-price"`).
    pub unit_price: String,
    /// Hires needed for the first payment (`threshold-hires`).
    pub threshold: String,
    /// Whether the scenario reaches the threshold, in words (`threshold-status`); `None`
    /// without a scenario.
    pub status: Option<String>,
    /// The note under the first payment's label.
    pub interim_note: &'static str,
    /// The first payment (`payout-interim`).
    pub interim: String,
    /// The final settlement is a repayment: its label is then [`Texts::REPAYMENT_LABEL`].
    pub repayment: bool,
    /// The final settlement's label.
    pub final_label: &'static str,
    /// The final settlement, or the repayment's amount (`payout-final`).
    pub final_payment: String,
    /// The total payout (`payout-total`).
    pub total: String,
    /// The own financing (`own-financing`).
    pub own_financing: String,
    /// Total payout per verified hire (`payout-per-hire`).
    pub per_hire: String,
    /// The verified hires field's hint, which names the target.
    pub hires_hint: String,
}

impl FigureTexts {
    /// The texts of a view.
    pub fn of(view: &CalculatorView) -> FigureTexts {
        let scenario = view.scenario.as_ref();
        let money = |f: &dyn Fn(&Payout) -> Money| {
            scenario.map_or_else(|| T::WITHHELD.to_string(), |s| T::money(f(&s.payout)))
        };
        let repayment = scenario.is_some_and(|s| s.payout.final_payment.is_negative());
        FigureTexts {
            results_missing: view.application.is_none().then(|| {
                let budget = !matches!(view.budget_error, None | Some(AmountError::Empty));
                let target = !matches!(view.target_error, None | Some(CountError::Empty));
                match (budget, target) {
                    (false, false) => T::RESULTS_MISSING,
                    _ => T::results_fix(budget, target),
                }
            }),
            unit_price: view
                .unit_price
                .map_or_else(|| T::WITHHELD.to_string(), T::money),
            threshold: view
                .threshold
                .map_or_else(|| T::WITHHELD.to_string(), T::count),
            status: scenario.map(|s| {
                T::threshold_status(s.outcome.hires, s.threshold, s.payout.threshold_reached)
            }),
            interim_note: match scenario {
                Some(s) if !s.payout.threshold_reached => T::INTERIM_NOTE_NOT_REACHED,
                _ => T::INTERIM_NOTE_REACHED,
            },
            interim: money(&|p| p.interim),
            repayment,
            final_label: if repayment {
                T::REPAYMENT_LABEL
            } else {
                T::FINAL_LABEL
            },
            final_payment: money(&|p| Money::from_ore(p.final_payment.ore().abs())),
            total: money(&|p| p.total),
            own_financing: money(&|p| p.own_financing),
            per_hire: scenario
                .and_then(|s| s.per_hire)
                .map_or_else(|| T::WITHHELD.to_string(), T::money),
            hires_hint: T::hires_hint(view.target),
        }
    }
}

/// Each field's message as shown under it: a problem shows once the reader is done with
/// the field (left it, paused, or the value came with the link), never while typing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FieldErrors {
    /// The budget's message.
    pub budget: Option<String>,
    /// The target's message.
    pub target: Option<String>,
    /// An unknown approach's message (only a link can give one; shown at once).
    pub approach: Option<String>,
    /// The verified hires' message.
    pub hires: Option<String>,
    /// The actual expenses' message.
    pub expenses: Option<String>,
}

impl FieldErrors {
    /// The messages of a state's view.
    pub fn of(state: &State, view: &CalculatorView) -> FieldErrors {
        let done = |field: Field| state.done_with(field);
        FieldErrors {
            budget: view
                .budget_error
                .as_ref()
                .filter(|_| done(Field::Budget))
                .map(T::amount_error),
            target: view
                .target_error
                .as_ref()
                .filter(|_| done(Field::Target))
                .map(T::count_error),
            approach: view.approach_error.as_deref().map(T::approach_error),
            hires: view
                .hires_error
                .as_ref()
                .filter(|_| done(Field::Hires))
                .map(T::count_error),
            expenses: view
                .expenses_error
                .as_ref()
                .filter(|_| done(Field::Expenses))
                .map(T::amount_error),
        }
    }

    /// The message of one field.
    pub fn get(&self, field: Field) -> Option<&str> {
        match field {
            Field::Budget => self.budget.as_deref(),
            Field::Target => self.target.as_deref(),
            Field::Approach => self.approach.as_deref(),
            Field::Hires => self.hires.as_deref(),
            Field::Expenses => self.expenses.as_deref(),
        }
    }
}
