//! The payout model of the pool (report section 1.1), as exact integer rules.
//!
//! G = granted amount, T = target, H = hires verified by STAR, E = actual expenses.
//! 1. The threshold "50 procent af projektets målsætning" is H ≥ ceil(T/2).
//! 2. Interim payment: once the threshold is verified, up to G/2 (shown as that maximum).
//! 3. Threshold reached at the end: total = min(E, G); final = total − interim
//!    (negative: a repayment).
//! 4. Threshold not reached at the end: total = min(E, G) / 2; no interim was paid.
//! 5. Own financing = E − total. Hires above the target earn nothing extra.

use super::money::{Money, ORE_PER_KRONE};

/// The application's figures: what is applied for and promised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Application {
    /// Ansøgt beløb (G), positive.
    pub budget: Money,
    /// Resultatmål (T), at least 1.
    pub target: u32,
}

/// What happens by the end of the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Hires verified by STAR at the end (H).
    pub hires: u32,
    /// Actual eligible expenses (E), not negative.
    pub expenses: Money,
}

/// Every payment of one scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Payout {
    /// Whether the 50 % threshold is reached at the end.
    pub threshold_reached: bool,
    /// The interim payment (første rate): G/2 when the threshold is reached, else 0.
    pub interim: Money,
    /// The final settlement; negative when money is paid back.
    pub final_payment: Money,
    /// All STAR pays in the end.
    pub total: Money,
    /// What the applicant carries itself: E − total.
    pub own_financing: Money,
}

/// Hires needed for the interim payment: ceil(T/2).
pub const fn threshold_hires(target: u32) -> u32 {
    target / 2 + target % 2
}

/// Estimeret enhedspris: budget / target, truncated to whole kroner as the report's
/// Table 3 does.
pub const fn unit_price(app: Application) -> Money {
    app.budget.div_floor(app.target as i64).whole_kroner()
}

/// The largest interim payment: half the applied amount.
pub const fn interim_max(budget: Money) -> Money {
    budget.half()
}

/// The expenses the grant covers: the actual expenses, up to the grant.
pub fn eligible_expenses(app: Application, outcome: Outcome) -> Money {
    outcome.expenses.min(app.budget)
}

/// The payments of one scenario under the pool's model.
pub fn payout(app: Application, outcome: Outcome) -> Payout {
    let eligible = eligible_expenses(app, outcome);
    let threshold_reached = outcome.hires >= threshold_hires(app.target);
    let (interim, total) = if threshold_reached {
        (interim_max(app.budget), eligible)
    } else {
        (Money::ZERO, eligible.half())
    };
    Payout {
        threshold_reached,
        interim,
        final_payment: total - interim,
        total,
        own_financing: outcome.expenses - total,
    }
}

/// Own financing from this share of the expenses, in percent, gets a warning.
pub const LARGE_OWN_FINANCING_PERCENT: i64 = 25;

/// Whether the applicant carries [`LARGE_OWN_FINANCING_PERCENT`] or more of the expenses
/// itself (never with no expenses).
pub const fn large_own_financing(p: &Payout, expenses: Money) -> bool {
    expenses.ore() > 0
        && p.own_financing.ore() * 100 >= expenses.ore() * LARGE_OWN_FINANCING_PERCENT
}

/// Total payout per verified hire, truncated to whole øre; `None` with no hires.
pub fn payout_per_hire(total: Money, hires: u32) -> Option<Money> {
    (hires > 0).then(|| total.div_floor(i64::from(hires)))
}

/// A share as a whole percentage, rounded half up as the report rounds (60/120 → 50,
/// 10/21 → 48). `whole` must be at least 1.
pub const fn percent_rounded(part: u64, whole: u64) -> u64 {
    (part * 200 + whole) / (2 * whole)
}

// The unit price in the report is whole kroner; keep the constant visible to readers.
const _: () = assert!(ORE_PER_KRONE == 100);
