//! Round two as STAR summed it up (news item of 12 April 2023,
//! <https://star.dk/om-styrelsen/nyt/nyheder/2023/04/evaluering-af-anden-runde-af-satspulje-til-udbredelse-af-virksomheders-sociale-ansvar/>).
//!
//! STAR's own aggregates, not the report's: shown as STAR states them, with source and
//! date, and never used to compute anything (STAR does not say how its unit price was
//! computed).

use super::money::Money;

/// The years round two ran.
pub const PERIOD: (u32, u32) = (2020, 2022);
/// Hires of people in the target group.
pub const HIRES: u32 = 1_348;
/// The hires as a share of the projects' targets, in percent.
pub const ACHIEVEMENT_PERCENT: u32 = 143;
/// "Enhedsprisen pr. ansættelse" across the projects, as STAR states it.
pub const UNIT_PRICE_STAR: Money = Money::from_kroner(13_554);
/// Projects above their own target, of all projects: four of five.
pub const PROJECTS_ABOVE_TARGET: (u32, u32) = (4, 5);
/// The date of STAR's news item.
pub const PUBLISHED: &str = "2023-04-12";
