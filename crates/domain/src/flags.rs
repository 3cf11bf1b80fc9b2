//! Plausibility flags: where an application falls outside what round one saw.
//!
//! Each [`Flag`] carries the application's figure that triggered it and the round-one
//! figure it was compared with, so the sentence shown can name both. Every comparison
//! is strict ("above", "more than"): a figure exactly at the boundary raises no flag.
//! Unit prices are compared as they are shown, truncated to whole kroner
//! ([`unit_price`]); budgets are compared to the øre.

use super::approach::Approach;
use super::compare::compare;
use super::money::Money;
use super::payout::{unit_price, Application};
use super::round_one::{POOL_2018_2021, PROJECTS};

/// One reason to look twice at an application, with the figures behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// The unit price is above every round-one unit price.
    UnitPriceAboveRoundOne {
        /// The application's unit price.
        unit_price: Money,
        /// Round one's highest unit price (75.380 kr.).
        highest: Money,
        /// The project that has it (ISS).
        project: &'static str,
    },
    /// The unit price is below every round-one unit price.
    UnitPriceBelowRoundOne {
        /// The application's unit price.
        unit_price: Money,
        /// Round one's lowest unit price (7.976 kr.).
        lowest: Money,
        /// The project that has it (Randers HK og DISCUS).
        project: &'static str,
    },
    /// The unit price is more than twice the average of the same approach group.
    UnitPriceAboveTwiceGroupAverage {
        /// The application's unit price.
        unit_price: Money,
        /// The group's average unit price (total grant / total target).
        group_average: Money,
        /// The group compared with: network, or course for course and hybrid.
        group: Approach,
    },
    /// The unit price is less than half the average of the same approach group.
    UnitPriceBelowHalfGroupAverage {
        /// The application's unit price.
        unit_price: Money,
        /// The group's average unit price (total grant / total target).
        group_average: Money,
        /// The group compared with: network, or course for course and hybrid.
        group: Approach,
    },
    /// The target is larger than that of any round-one project in the same group.
    TargetAboveGroup {
        /// The application's target.
        target: u32,
        /// The group's largest target (network 230, course 80).
        largest: u32,
        /// The project that has it.
        project: &'static str,
        /// The group compared with: network, or course for course and hybrid.
        group: Approach,
    },
    /// The budget is larger than any round-one grant.
    BudgetAboveRoundOne {
        /// The application's budget.
        budget: Money,
        /// Round one's largest grant (5.649.208 kr.).
        largest: Money,
        /// The project that has it (Code of Care).
        project: &'static str,
    },
    /// The budget is larger than the whole pool (45 mio. kr. for 2018–2021).
    BudgetAbovePool {
        /// The application's budget.
        budget: Money,
        /// The whole pool (the report's chapter 1).
        pool: Money,
    },
}

/// Every flag an application with a known approach raises, in a fixed order: unit
/// price against all of round one, unit price against its group, target, budget.
pub fn flags(app: Application, approach: Approach) -> Vec<Flag> {
    let price = unit_price(app);
    let comparison = compare(price, approach);
    let group = comparison.group;
    let mut out = round_one_price_flags(price);
    let group_average = comparison.group_average;
    if price.ore() > 2 * group_average.ore() {
        out.push(Flag::UnitPriceAboveTwiceGroupAverage {
            unit_price: price,
            group_average,
            group,
        });
    } else if 2 * price.ore() < group_average.ore() {
        out.push(Flag::UnitPriceBelowHalfGroupAverage {
            unit_price: price,
            group_average,
            group,
        });
    }
    if let Some(largest) = PROJECTS
        .iter()
        .filter(|p| p.approach == group)
        .max_by_key(|p| p.target)
    {
        if app.target > largest.target {
            out.push(Flag::TargetAboveGroup {
                target: app.target,
                largest: largest.target,
                project: largest.name,
                group,
            });
        }
    }
    out.extend(budget_flag(app.budget));
    out
}

/// The flags that do not depend on the approach, for an application whose approach is
/// not chosen yet: unit price against all of round one, and the budget.
pub fn flags_without_approach(app: Application) -> Vec<Flag> {
    let mut out = round_one_price_flags(unit_price(app));
    out.extend(budget_flag(app.budget));
    out
}

fn round_one_price_flags(price: Money) -> Vec<Flag> {
    // The approach does not change min and max; any approach will do.
    let comparison = compare(price, Approach::Network);
    let mut out = Vec::new();
    let (highest, highest_project) = comparison.max;
    let (lowest, lowest_project) = comparison.min;
    if price > highest {
        out.push(Flag::UnitPriceAboveRoundOne {
            unit_price: price,
            highest,
            project: highest_project,
        });
    } else if price < lowest {
        out.push(Flag::UnitPriceBelowRoundOne {
            unit_price: price,
            lowest,
            project: lowest_project,
        });
    }
    out
}

/// The budget against round one's largest grant and against the whole pool.
fn budget_flag(budget: Money) -> impl Iterator<Item = Flag> {
    let largest = PROJECTS.iter().max_by_key(|p| p.grant);
    let above_round_one = largest
        .filter(|largest| budget > largest.grant)
        .map(|largest| Flag::BudgetAboveRoundOne {
            budget,
            largest: largest.grant,
            project: largest.name,
        });
    let above_pool = (budget > POOL_2018_2021).then_some(Flag::BudgetAbovePool {
        budget,
        pool: POOL_2018_2021,
    });
    above_round_one.into_iter().chain(above_pool)
}
