//! Where an application's unit price stands among the nine projects of round one.

use super::approach::Approach;
use super::money::Money;
use super::payout::{unit_price, Application};
use super::round_one::{Project, PROJECTS, TOTAL_GRANT, TOTAL_TARGET};
use super::small_sort::sort_small_by_key;

/// The comparison figures shown beside the user's unit price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// 1-based position of the application when the ten unit prices are sorted from
    /// lowest to highest; ties place the application first.
    pub rank: usize,
    /// How many round-one projects have a lower unit price.
    pub cheaper_projects: usize,
    /// The report's average, total grant / total target (22.695 kr.).
    pub average: Money,
    /// The median of the nine unit prices.
    pub median: Money,
    /// The lowest unit price and its project.
    pub min: (Money, &'static str),
    /// The highest unit price and its project.
    pub max: (Money, &'static str),
    /// The group compared with (network, or course for course and hybrid).
    pub group: Approach,
    /// Total grant / total target of that group's projects, truncated to whole kroner.
    pub group_average: Money,
}

/// A project's unit price, computed from its grant and target (equals Table 3).
pub fn project_unit_price(p: &Project) -> Money {
    unit_price(Application {
        budget: p.grant,
        target: p.target,
    })
}

/// The nine projects sorted by unit price, lowest first.
pub fn projects_by_unit_price() -> [Project; 9] {
    let mut sorted = PROJECTS;
    sort_small_by_key(&mut sorted, project_unit_price);
    sorted
}

/// Average unit price of a set of projects: their total grant / total target.
pub fn pooled_unit_price<'a>(projects: impl Iterator<Item = &'a Project>) -> Money {
    let (grant, target) =
        projects.fold((Money::ZERO, 0u32), |(g, t), p| (g + p.grant, t + p.target));
    unit_price(Application {
        budget: grant,
        target: target.max(1),
    })
}

/// Compares an application's unit price with round one.
pub fn compare(price: Money, approach: Approach) -> Comparison {
    let sorted = projects_by_unit_price();
    let cheaper_projects = sorted
        .iter()
        .filter(|p| project_unit_price(p) < price)
        .count();
    let group = approach.comparison_group();
    let first = &sorted[0];
    let last = &sorted[sorted.len() - 1];
    Comparison {
        rank: cheaper_projects + 1,
        cheaper_projects,
        average: unit_price(Application {
            budget: TOTAL_GRANT,
            target: TOTAL_TARGET,
        }),
        median: project_unit_price(&sorted[sorted.len() / 2]),
        min: (project_unit_price(first), first.name),
        max: (project_unit_price(last), last.name),
        group,
        group_average: pooled_unit_price(PROJECTS.iter().filter(|p| p.approach == group)),
    }
}
