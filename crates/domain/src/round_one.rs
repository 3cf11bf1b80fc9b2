//! The nine projects of round one, every figure with the report table it comes from.
//!
//! Source: Deloitte for STAR, "Evaluering af puljen til udbredelse af virksomheders
//! sociale ansvar", February 2020. Table 3: grants, targets and unit prices. Table 6:
//! preliminary results verified by STAR (November 2019). Table 7: the same by approach.

use super::approach::Approach;
use super::money::Money;

/// A project's preliminary result in Table 6.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Results {
    /// Hires verified by STAR, and the achievement the report prints (Table 6).
    Verified {
        hires: u32,
        achievement_percent: u32,
    },
    /// Hires reported to STAR but not verified (Ingerfair: closed mid-2019; Table 6 **).
    ReportedNotVerified {
        hires: u32,
        achievement_percent: u32,
    },
    /// Not yet required to report at the time of the evaluation (section 3.1).
    NotReported,
}

impl Results {
    /// The hires counted in Table 6, verified or merely reported.
    pub const fn hires(self) -> Option<u32> {
        match self {
            Results::Verified { hires, .. } | Results::ReportedNotVerified { hires, .. } => {
                Some(hires)
            }
            Results::NotReported => None,
        }
    }
}

/// One round-one project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Project {
    /// The project's name as in Table 3.
    pub name: &'static str,
    /// Its approach as section 2.2 files it.
    pub approach: Approach,
    /// Whether Bilag A calls it a hybrid (AOF Midt), though section 2.2 files it under course.
    pub hybrid_in_bilag_a: bool,
    /// Tildelt beløb, Table 3.
    pub grant: Money,
    /// Resultatmål, Table 3.
    pub target: u32,
    /// Estimeret enhedspris as printed in Table 3 (whole kroner).
    pub unit_price_table3: Money,
    /// Foreløbige resultater, Table 6.
    pub results: Results,
}

const fn project(
    name: &'static str,
    approach: Approach,
    grant_kr: i64,
    target: u32,
    unit_price_kr: i64,
    results: Results,
) -> Project {
    Project {
        name,
        approach,
        hybrid_in_bilag_a: false,
        grant: Money::from_kroner(grant_kr),
        target,
        unit_price_table3: Money::from_kroner(unit_price_kr),
        results,
    }
}

const fn verified(hires: u32, achievement_percent: u32) -> Results {
    Results::Verified {
        hires,
        achievement_percent,
    }
}

/// The nine projects, in the order of Table 3.
pub const PROJECTS: [Project; 9] = [
    project(
        "Code of Care",
        Approach::Network,
        5_649_208,
        230,
        24_561,
        verified(376, 163),
    ),
    project(
        "Marselisborg",
        Approach::Network,
        2_324_850,
        120,
        19_373,
        verified(60, 50),
    ),
    project(
        "ISS",
        Approach::Course,
        1_658_378,
        22,
        75_380,
        Results::NotReported,
    ),
    Project {
        hybrid_in_bilag_a: true,
        ..project(
            "AOF Midt",
            Approach::Course,
            1_424_930,
            80,
            17_811,
            Results::NotReported,
        )
    },
    project(
        "KHRS",
        Approach::Course,
        1_202_550,
        17,
        70_738,
        verified(12, 71),
    ),
    project(
        "Randers HK og DISCUS",
        Approach::Network,
        797_600,
        100,
        7_976,
        verified(63, 63),
    ),
    // Table 3 prints 479.482; Bilag A gives 479.482,08. Table 3 is used, as the total does.
    project(
        "Quick Care",
        Approach::Network,
        479_482,
        30,
        15_982,
        Results::NotReported,
    ),
    project(
        "SUMAK",
        Approach::Course,
        475_000,
        21,
        22_619,
        verified(10, 48),
    ),
    project(
        "Ingerfair",
        Approach::Network,
        286_000,
        10,
        28_600,
        Results::ReportedNotVerified {
            hires: 1,
            achievement_percent: 10,
        },
    ),
];

/// Table 3, "I alt": the total grant.
pub const TOTAL_GRANT: Money = Money::from_kroner(14_297_998);
/// Table 3, "I alt": the total target.
pub const TOTAL_TARGET: u32 = 630;
/// Table 3, "I alt": the report's average unit price (14.297.998 / 630).
pub const AVERAGE_UNIT_PRICE_TABLE3: Money = Money::from_kroner(22_695);

/// Table 6, "I alt": target of the six projects that reported.
pub const REPORTED_TARGET_TABLE6: u32 = 498;
/// Table 6, "I alt": their preliminary results.
pub const REPORTED_HIRES_TABLE6: u32 = 522;
/// Table 6, "I alt": achievement as printed.
pub const REPORTED_ACHIEVEMENT_TABLE6: u32 = 105;

/// One row of Table 7: the six reporting projects by approach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApproachTotals {
    /// Network or course.
    pub approach: Approach,
    /// Forventet resultatmål (antal).
    pub target: u32,
    /// Forventet resultatmål, share of the total, as printed (%).
    pub target_share_percent: u32,
    /// Foreløbige resultater (antal).
    pub results: u32,
    /// Foreløbige resultater, share of the total, as printed (%).
    pub results_share_percent: u32,
    /// Achievement as section 3.1 states it (109 % and 58 %).
    pub achievement_percent: u32,
}

/// Table 7 and the two percentages of section 3.1.
pub const TABLE7: [ApproachTotals; 2] = [
    ApproachTotals {
        approach: Approach::Network,
        target: 460,
        target_share_percent: 92,
        results: 500,
        results_share_percent: 96,
        achievement_percent: 109,
    },
    ApproachTotals {
        approach: Approach::Course,
        target: 38,
        target_share_percent: 8,
        results: 22,
        results_share_percent: 4,
        achievement_percent: 58,
    },
];

/// The whole pool: 45 mio. kr. for 2018–2021 (the report's chapter 1).
pub const POOL_2018_2021: Money = Money::from_kroner(45_000_000);
