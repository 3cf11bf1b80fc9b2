//! Plausibility flags at their boundaries, and their Danish sentences.

use crate::support::kr;
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::compare::compare;
use puljeberegner::domain::flags::{flags, flags_without_approach, Flag};
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::Application;
use puljeberegner::domain::round_one::PROJECTS;
use puljeberegner::texts::{da::Da, en::En, Texts};

/// An application whose unit price is exactly `price_kr` (target 1).
fn priced(price_kr: i64) -> Application {
    Application {
        budget: kr(price_kr),
        target: 1,
    }
}

fn has(flags: &[Flag], pred: impl Fn(&Flag) -> bool) -> bool {
    flags.iter().any(pred)
}

fn above_round_one(f: &Flag) -> bool {
    matches!(f, Flag::UnitPriceAboveRoundOne { .. })
}
fn below_round_one(f: &Flag) -> bool {
    matches!(f, Flag::UnitPriceBelowRoundOne { .. })
}
fn above_twice(f: &Flag) -> bool {
    matches!(f, Flag::UnitPriceAboveTwiceGroupAverage { .. })
}
fn below_half(f: &Flag) -> bool {
    matches!(f, Flag::UnitPriceBelowHalfGroupAverage { .. })
}
fn target_above(f: &Flag) -> bool {
    matches!(f, Flag::TargetAboveGroup { .. })
}
fn budget_above(f: &Flag) -> bool {
    matches!(f, Flag::BudgetAboveRoundOne { .. })
}

#[test]
fn the_group_averages_the_flags_use() {
    // Network: 9.537.140 / 490; course (incl. AOF Midt's hybrid): 4.760.858 / 140.
    assert_eq!(compare(kr(1), Approach::Network).group_average, kr(19_463));
    assert_eq!(compare(kr(1), Approach::Course).group_average, kr(34_006));
    assert_eq!(compare(kr(1), Approach::Hybrid).group_average, kr(34_006));
}

#[test]
fn unit_price_at_round_ones_highest_is_not_flagged_one_krone_more_is() {
    for approach in Approach::ALL {
        assert!(!has(&flags(priced(75_380), approach), above_round_one));
        let flagged = flags(priced(75_381), approach);
        assert!(flagged.contains(&Flag::UnitPriceAboveRoundOne {
            unit_price: kr(75_381),
            highest: kr(75_380),
            project: "ISS",
        }));
    }
}

#[test]
fn the_flag_compares_the_unit_price_as_shown_truncated_to_whole_kroner() {
    let app = Application {
        budget: Money::from_ore(7_538_099),
        target: 1,
    };
    assert!(!has(&flags(app, Approach::Course), above_round_one));
    // 150.762 / 2 = 75.381 → flagged.
    let app = Application {
        budget: kr(150_762),
        target: 2,
    };
    assert!(has(&flags(app, Approach::Course), above_round_one));
}

#[test]
fn unit_price_at_round_ones_lowest_is_not_flagged_one_krone_less_is() {
    for approach in Approach::ALL {
        assert!(!has(&flags(priced(7_976), approach), below_round_one));
        assert!(
            flags(priced(7_975), approach).contains(&Flag::UnitPriceBelowRoundOne {
                unit_price: kr(7_975),
                lowest: kr(7_976),
                project: "Randers HK og DISCUS",
            })
        );
    }
}

#[test]
fn exactly_twice_the_network_average_is_not_flagged() {
    let at = flags(priced(38_926), Approach::Network);
    assert!(!has(&at, above_twice), "{at:?}");
    assert!(at.is_empty());
    let over = flags(priced(38_927), Approach::Network);
    assert_eq!(
        over,
        vec![Flag::UnitPriceAboveTwiceGroupAverage {
            unit_price: kr(38_927),
            group_average: kr(19_463),
            group: Approach::Network,
        }]
    );
}

#[test]
fn exactly_twice_the_course_average_is_not_flagged_and_hybrid_compares_with_course() {
    for approach in [Approach::Course, Approach::Hybrid] {
        assert!(flags(priced(68_012), approach).is_empty());
        assert_eq!(
            flags(priced(68_013), approach),
            vec![Flag::UnitPriceAboveTwiceGroupAverage {
                unit_price: kr(68_013),
                group_average: kr(34_006),
                group: Approach::Course,
            }]
        );
    }
    // For a network project the same price is far above twice its average, 38.926.
    assert!(has(&flags(priced(68_013), Approach::Network), above_twice));
}

#[test]
fn exactly_half_the_course_average_is_not_flagged() {
    assert!(flags(priced(17_003), Approach::Course).is_empty());
    assert_eq!(
        flags(priced(17_002), Approach::Hybrid),
        vec![Flag::UnitPriceBelowHalfGroupAverage {
            unit_price: kr(17_002),
            group_average: kr(34_006),
            group: Approach::Course,
        }]
    );
}

#[test]
fn half_the_network_average_is_9731_50_so_9732_passes_and_9731_is_flagged() {
    assert!(flags(priced(9_732), Approach::Network).is_empty());
    assert!(has(&flags(priced(9_731), Approach::Network), below_half));
    // For the course group too: 2 × 9.731 < 34.006.
    assert!(has(&flags(priced(9_731), Approach::Course), below_half));
    assert!(!has(&flags(priced(17_003), Approach::Course), below_half));
}

#[test]
fn target_larger_than_the_groups_largest() {
    let app = |target: u32| Application {
        budget: kr(20_000 * i64::from(target)),
        target,
    };
    assert!(flags(app(230), Approach::Network).is_empty());
    assert_eq!(
        flags(app(231), Approach::Network),
        vec![Flag::TargetAboveGroup {
            target: 231,
            largest: 230,
            project: "Code of Care",
            group: Approach::Network,
        }]
    );
    let course = |target: u32| Application {
        budget: kr(34_000 * i64::from(target)),
        target,
    };
    assert!(flags(course(80), Approach::Course).is_empty());
    for approach in [Approach::Course, Approach::Hybrid] {
        assert_eq!(
            flags(course(81), approach),
            vec![Flag::TargetAboveGroup {
                target: 81,
                largest: 80,
                project: "AOF Midt",
                group: Approach::Course,
            }]
        );
    }
    // A target of 81 is ordinary for a network project.
    assert!(!has(&flags(app(81), Approach::Network), target_above));
}

#[test]
fn budget_larger_than_any_round_one_grant_to_the_ore() {
    let at = Application {
        budget: kr(5_649_208),
        target: 230,
    };
    assert!(flags(at, Approach::Network).is_empty());
    let over = Application {
        budget: Money::from_ore(564_920_801),
        target: 230,
    };
    assert_eq!(
        flags(over, Approach::Network),
        vec![Flag::BudgetAboveRoundOne {
            budget: Money::from_ore(564_920_801),
            largest: kr(5_649_208),
            project: "Code of Care",
        }]
    );
}

#[test]
fn several_flags_come_in_a_fixed_order() {
    let app = Application {
        budget: kr(50_000_000),
        target: 300,
    };
    let f = flags(app, Approach::Network);
    // 166.666 kr. per hire: above all, above twice, target, budget, and the whole pool.
    assert_eq!(f.len(), 5, "{f:?}");
    assert!(above_round_one(&f[0]));
    assert!(above_twice(&f[1]));
    assert!(target_above(&f[2]));
    assert!(budget_above(&f[3]));
    assert_eq!(
        f[4],
        Flag::BudgetAbovePool {
            budget: kr(50_000_000),
            pool: kr(45_000_000)
        }
    );
}

#[test]
fn a_budget_above_the_whole_pool_is_flagged_one_ore_above_not_at() {
    let at = Application {
        budget: kr(45_000_000),
        target: 10_000,
    };
    let pool_flag = |f: &Flag| matches!(f, Flag::BudgetAbovePool { .. });
    assert!(!flags(at, Approach::Network).iter().any(pool_flag));
    assert!(!flags_without_approach(at).iter().any(pool_flag));
    let over = Application {
        budget: Money::from_ore(4_500_000_001),
        ..at
    };
    assert!(flags(over, Approach::Course).iter().any(pool_flag));
    assert!(flags_without_approach(over).iter().any(pool_flag));
    // What it compares and where the figure comes from; never what STAR will decide.
    let sentence = Da::flag(&Flag::BudgetAbovePool {
        budget: kr(50_000_000),
        pool: kr(45_000_000),
    });
    assert_eq!(
        sentence,
        "Det ansøgte beløb på 50.000.000 kr. er større end hele puljen på 45.000.000 kr. for 2018–2021 (rapportens kapitel 1)."
    );
    assert_eq!(
        En::flag(&Flag::BudgetAbovePool {
            budget: kr(50_000_000),
            pool: kr(45_000_000),
        }),
        "The amount applied for, DKK 50,000,000, is larger than the whole pool of DKK 45,000,000 for 2018–2021 (the report's chapter 1)."
    );
}

#[test]
fn without_an_approach_only_the_approach_free_flags() {
    let app = Application {
        budget: kr(50_000_000),
        target: 300,
    };
    let f = flags_without_approach(app);
    assert_eq!(f.len(), 3);
    assert!(above_round_one(&f[0]));
    assert!(budget_above(&f[1]));
    assert!(matches!(f[2], Flag::BudgetAbovePool { .. }));
    assert!(flags_without_approach(priced(38_927)).is_empty());
    assert!(has(&flags_without_approach(priced(7_975)), below_round_one));
}

#[test]
fn round_one_itself_raises_no_round_one_extremes_and_no_size_flags() {
    for p in PROJECTS {
        let app = Application {
            budget: p.grant,
            target: p.target,
        };
        let f = flags(app, p.approach);
        assert!(
            !f.iter().any(|f| above_round_one(f)
                || below_round_one(f)
                || target_above(f)
                || budget_above(f)),
            "{}: {f:?}",
            p.name
        );
    }
}

#[test]
fn round_one_projects_far_from_their_group_average_are_flagged() {
    let flagged: Vec<&str> = PROJECTS
        .iter()
        .filter(|p| {
            !flags(
                Application {
                    budget: p.grant,
                    target: p.target,
                },
                p.approach,
            )
            .is_empty()
        })
        .map(|p| p.name)
        .collect();
    // ISS 75.380 and KHRS 70.738 > 2 × 34.006; Randers 7.976 < 19.463 / 2.
    assert_eq!(flagged, ["ISS", "KHRS", "Randers HK og DISCUS"]);
}

#[test]
fn the_danish_sentences_carry_both_figures() {
    assert_eq!(
        Da::flag(&flags(priced(81_000), Approach::Course)[0]),
        "Enhedsprisen på 81.000 kr. er højere end i alle ni projekter i første runde (højeste: 75.380 kr., ISS; tabel 3)."
    );
    assert_eq!(
        Da::flag(&flags(priced(7_000), Approach::Network)[0]),
        "Enhedsprisen på 7.000 kr. er lavere end i alle ni projekter i første runde (laveste: 7.976 kr., Randers HK og DISCUS; tabel 3)."
    );
    assert_eq!(
        Da::flag(&flags(priced(40_000), Approach::Network)[0]),
        "Enhedsprisen på 40.000 kr. er mere end dobbelt så høj som gennemsnittet for netværksprojekterne i første runde (19.463 kr.; samlet tildelt beløb / samlet resultatmål, tabel 3)."
    );
    assert_eq!(
        Da::flag(&flags(priced(17_000), Approach::Hybrid)[0]),
        "Enhedsprisen på 17.000 kr. er under halvdelen af gennemsnittet for forløbsprojekterne (inkl. AOF Midts hybrid) i første runde (34.006 kr.; samlet tildelt beløb / samlet resultatmål, tabel 3)."
    );
    let big_target = Application {
        budget: kr(25_000_000),
        target: 1_250,
    };
    assert_eq!(
        Da::flag(&flags(big_target, Approach::Network)[0]),
        "Resultatmålet på 1.250 ansættelser er større end hos alle netværksprojekterne i første runde (største: 230, Code of Care; tabel 3)."
    );
    let big_budget = Application {
        budget: Money::from_ore(600_000_050),
        target: 230,
    };
    assert_eq!(
        Da::flag(&flags(big_budget, Approach::Network)[0]),
        "Det ansøgte beløb på 6.000.000,50 kr. er større end alle tildelte beløb i første runde (største: 5.649.208 kr., Code of Care; tabel 3)."
    );
}
