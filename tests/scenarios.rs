//! Scenario tests: hire levels and their merges, expense levels, the grid, the "as if" rows.

use proptest::prelude::*;
use puljeberegner::domain::amount_input::MAX_AMOUNT;
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::count_input::MAX_TARGET;
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::{payout, threshold_hires, Application, Outcome};
use puljeberegner::domain::round_one::{PROJECTS, REPORTED_HIRES_TABLE6, REPORTED_TARGET_TABLE6};
use puljeberegner::domain::scenarios::*;

fn app(budget_kr: i64, target: u32) -> Application {
    Application {
        budget: kr(budget_kr),
        target,
    }
}

use crate::support::kr;
use HireLevelKind::{BelowThreshold, Percent, Threshold};

/// (kind, hires, coinciding percents) of every row.
fn levels(target: u32) -> Vec<(HireLevelKind, u32, Vec<u32>)> {
    hire_levels(target)
        .into_iter()
        .map(|l| (l.kind, l.hires, l.coinciding_percents))
        .collect()
}

// ---- Hire levels -----------------------------------------------------------------

#[test]
fn hire_levels_target_1_merges_into_the_two_threshold_rows() {
    assert_eq!(
        levels(1),
        vec![
            (BelowThreshold, 0, vec![0, 25, 75]),
            (Threshold, 1, vec![100, 150]),
        ]
    );
}

#[test]
fn hire_levels_target_2() {
    assert_eq!(
        levels(2),
        vec![
            (BelowThreshold, 0, vec![0, 25]),
            (Threshold, 1, vec![75]),
            (Percent(100), 2, vec![]),
            (Percent(150), 3, vec![]),
        ]
    );
}

#[test]
fn hire_levels_targets_3_to_5_merge_percent_rows() {
    assert_eq!(
        levels(3),
        vec![
            (Percent(0), 0, vec![25]),
            (BelowThreshold, 1, vec![]),
            (Threshold, 2, vec![75]),
            (Percent(100), 3, vec![]),
            (Percent(150), 4, vec![]),
        ]
    );
    assert_eq!(
        levels(4),
        vec![
            (Percent(0), 0, vec![]),
            (BelowThreshold, 1, vec![25]),
            (Threshold, 2, vec![]),
            (Percent(75), 3, vec![]),
            (Percent(100), 4, vec![]),
            (Percent(150), 6, vec![]),
        ]
    );
    assert_eq!(
        levels(5),
        vec![
            (Percent(0), 0, vec![]),
            (Percent(25), 1, vec![]),
            (BelowThreshold, 2, vec![]),
            (Threshold, 3, vec![75]),
            (Percent(100), 5, vec![]),
            (Percent(150), 7, vec![]),
        ]
    );
}

fn plain(target: u32) -> Vec<(HireLevelKind, u32)> {
    hire_levels(target)
        .into_iter()
        .map(|l| {
            assert!(l.coinciding_percents.is_empty(), "T = {target}: {l:?}");
            (l.kind, l.hires)
        })
        .collect()
}

#[test]
fn hire_levels_odd_target_17() {
    assert_eq!(
        plain(17),
        vec![
            (Percent(0), 0),
            (Percent(25), 4),
            (BelowThreshold, 8),
            (Threshold, 9),
            (Percent(75), 12),
            (Percent(100), 17),
            (Percent(150), 25),
        ]
    );
}

#[test]
fn hire_levels_even_targets_20_230_100000() {
    let hires = |t| plain(t).into_iter().map(|(_, h)| h).collect::<Vec<_>>();
    assert_eq!(hires(20), vec![0, 5, 9, 10, 15, 20, 30]);
    assert_eq!(hires(230), vec![0, 57, 114, 115, 172, 230, 345]);
    assert_eq!(
        hires(100_000),
        vec![0, 25_000, 49_999, 50_000, 75_000, 100_000, 150_000]
    );
}

#[test]
fn hire_levels_are_seven_distinct_rows_from_target_6() {
    for t in 6..=5_000 {
        let rows = plain(t);
        assert_eq!(rows.len(), 7, "T = {t}");
        let threshold = threshold_hires(t);
        assert!(rows.contains(&(Threshold, threshold)));
        assert!(rows.contains(&(BelowThreshold, threshold - 1)));
    }
}

#[test]
fn hire_levels_target_0_is_read_as_1() {
    assert_eq!(hire_levels(0), hire_levels(1));
}

#[test]
fn percent_levels_floor_in_integers() {
    assert_eq!(hires_at_percent(17, 25), 4); // 4,25
    assert_eq!(hires_at_percent(17, 75), 12); // 12,75
    assert_eq!(hires_at_percent(17, 150), 25); // 25,5
    assert_eq!(hires_at_percent(u32::MAX, 150), u32::MAX); // saturates
}

// ---- Expense levels --------------------------------------------------------------

#[test]
fn expenses_at_truncates_at_whole_ore() {
    assert_eq!(expenses_at(kr(1_000_000), 90), kr(900_000));
    assert_eq!(expenses_at(Money::from_ore(333), 90), Money::from_ore(299)); // 299,7
    assert_eq!(expenses_at(Money::from_ore(1), 90), Money::ZERO);
    assert_eq!(
        expenses_at(Money::from_ore(47_948_208), 90),
        Money::from_ore(43_153_387) // 43.153.387,2
    );
    assert_eq!(expenses_at(MAX_AMOUNT, 200), kr(2_000_000_000));
    assert_eq!(expenses_at(kr(500), 0), Money::ZERO);
    assert_eq!(DEFAULT_EXPENSE_LEVELS, [100, 90, 75]);
}

/// The reference: the exact product in i128, truncated toward zero, held to i64.
fn expenses_wide(ore: i64, percent: u32) -> i64 {
    let exact = i128::from(ore) * i128::from(percent) / 100;
    exact.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

#[test]
fn expenses_at_holds_at_the_ends_of_i64() {
    for (ore, percent) in [
        (i64::MAX, 200),
        (i64::MAX, 100),
        (i64::MAX, u32::MAX),
        (i64::MIN, 200),
        (i64::MIN, 1),
        (-333, 90),
        (-1, 99),
        (i64::MAX / 2 + 1, 200),
        (92_233_720_368_547_758, 100),
    ] {
        assert_eq!(
            expenses_at(Money::from_ore(ore), percent).ore(),
            expenses_wide(ore, percent),
            "{ore} × {percent} %"
        );
    }
}

proptest! {
    #[test]
    fn expenses_at_is_the_exact_product_truncated(ore in any::<i64>(), percent in any::<u32>()) {
        prop_assert_eq!(expenses_at(Money::from_ore(ore), percent).ore(), expenses_wide(ore, percent));
    }

    #[test]
    fn expenses_at_of_amounts_people_type(ore in 0..=MAX_AMOUNT.ore(), percent in 0..=MAX_EXPENSE_LEVEL) {
        prop_assert_eq!(expenses_at(Money::from_ore(ore), percent).ore(), expenses_wide(ore, percent));
    }
}

#[test]
fn expense_level_parses_plain_and_percent_forms() {
    for (text, want) in [
        ("90", 90),
        ("90%", 90),
        ("90 %", 90),
        ("  75 % ", 75),
        ("90\u{a0}%", 90),
        ("0", 0),
        ("0 %", 0),
        ("200", 200),
        ("007", 7),
        ("000000000000000090", 90),
    ] {
        assert_eq!(parse_expense_level(text), Ok(want), "{text:?}");
    }
}

#[test]
fn expense_level_errors() {
    for (text, want) in [
        ("", LevelError::Empty),
        ("   ", LevelError::Empty),
        ("abc", LevelError::NotANumber),
        ("9O", LevelError::NotANumber),
        ("90,5", LevelError::NotANumber),
        ("90.5", LevelError::NotANumber),
        ("%", LevelError::NotANumber),
        ("+90", LevelError::NotANumber),
        ("90 %%", LevelError::NotANumber),
        ("% 90", LevelError::NotANumber),
        ("-", LevelError::NotANumber),
        ("9 0", LevelError::NotANumber),
        ("201", LevelError::OutOfRange),
        ("1000 %", LevelError::OutOfRange),
        ("-5", LevelError::OutOfRange),
        ("\u{2212}5 %", LevelError::OutOfRange),
        ("99999999999999999999999", LevelError::OutOfRange),
    ] {
        assert_eq!(parse_expense_level(text), Err(want), "{text:?}");
    }
}

// ---- The grid --------------------------------------------------------------------

/// A grid row without the reader's scenario, each cell with its row's hires and its
/// column's level and expenses.
struct Row {
    level: HireLevel,
    cells: Vec<Cell>,
}

struct Cell {
    hires: u32,
    expense_percent: u32,
    expenses: Money,
    payout: puljeberegner::domain::payout::Payout,
    payout_per_hire: Option<Money>,
}

/// [`scenario_grid`] without an own scenario, as rows of [`Cell`]s.
fn grid_of(app: Application, levels: &[u32]) -> Vec<Row> {
    let grid = scenario_grid(app, levels, None);
    assert!(grid.columns.iter().all(|c| !c.own && c.percent.is_some()));
    grid.rows
        .into_iter()
        .map(|r| {
            assert!(!r.own);
            Row {
                cells: r
                    .cells
                    .iter()
                    .zip(&grid.columns)
                    .map(|(c, col)| Cell {
                        hires: r.hires,
                        expense_percent: col.percent.unwrap_or(0),
                        expenses: col.expenses,
                        payout: c.payout,
                        payout_per_hire: c.payout_per_hire,
                    })
                    .collect(),
                level: r.level.expect("a level row"),
            }
        })
        .collect()
}

/// (hires, expense %, expenses, interim, final, total, own financing, per hire) in kroner,
/// per hire as øre.
fn cell_figures(c: &Cell) -> (u32, u32, i64, i64, i64, i64, i64, Option<i64>) {
    (
        c.hires,
        c.expense_percent,
        c.expenses.ore() / 100,
        c.payout.interim.ore() / 100,
        c.payout.final_payment.ore() / 100,
        c.payout.total.ore() / 100,
        c.payout.own_financing.ore() / 100,
        c.payout_per_hire.map(Money::ore),
    )
}

#[test]
fn grid_target_17_one_million_default_levels() {
    let grid = grid_of(app(1_000_000, 17), &DEFAULT_EXPENSE_LEVELS);
    let hires: Vec<u32> = grid.iter().map(|r| r.level.hires).collect();
    assert_eq!(hires, vec![0, 4, 8, 9, 12, 17, 25]);
    for row in &grid {
        assert_eq!(row.cells.len(), 3);
        let percents: Vec<u32> = row.cells.iter().map(|c| c.expense_percent).collect();
        assert_eq!(percents, vec![100, 90, 75]);
    }
    // 0 hires: half the expenses, no payout per hire.
    assert_eq!(
        cell_figures(&grid[0].cells[0]),
        (0, 100, 1_000_000, 0, 500_000, 500_000, 500_000, None)
    );
    // Just under the threshold (8): half the expenses.
    let below = &grid[2];
    assert_eq!(below.level.kind, BelowThreshold);
    assert_eq!(
        cell_figures(&below.cells[0]),
        (
            8,
            100,
            1_000_000,
            0,
            500_000,
            500_000,
            500_000,
            Some(6_250_000)
        )
    );
    assert_eq!(
        cell_figures(&below.cells[1]),
        (
            8,
            90,
            900_000,
            0,
            450_000,
            450_000,
            450_000,
            Some(5_625_000)
        )
    );
    assert_eq!(
        cell_figures(&below.cells[2]),
        (
            8,
            75,
            750_000,
            0,
            375_000,
            375_000,
            375_000,
            Some(4_687_500)
        )
    );
    // The threshold (9): interim G/2, then the rest of the expenses.
    let at = &grid[3];
    assert_eq!(at.level.kind, Threshold);
    assert!(at.cells.iter().all(|c| c.payout.threshold_reached));
    assert!(below.cells.iter().all(|c| !c.payout.threshold_reached));
    assert_eq!(
        cell_figures(&at.cells[0]),
        (
            9,
            100,
            1_000_000,
            500_000,
            500_000,
            1_000_000,
            0,
            Some(11_111_111)
        )
    );
    assert_eq!(
        cell_figures(&at.cells[1]),
        (
            9,
            90,
            900_000,
            500_000,
            400_000,
            900_000,
            0,
            Some(10_000_000)
        )
    );
    assert_eq!(
        cell_figures(&at.cells[2]),
        (
            9,
            75,
            750_000,
            500_000,
            250_000,
            750_000,
            0,
            Some(8_333_333)
        )
    );
    // 150 %: nothing extra for hires above the target.
    assert_eq!(
        cell_figures(&grid[6].cells[0]),
        (
            25,
            100,
            1_000_000,
            500_000,
            500_000,
            1_000_000,
            0,
            Some(4_000_000)
        )
    );
}

#[test]
fn grid_with_edited_levels_above_the_budget_and_zero() {
    let grid = grid_of(app(1_000_000, 20), &[120, 0]);
    let below = grid
        .iter()
        .find(|r| r.level.kind == BelowThreshold)
        .unwrap();
    let at = grid.iter().find(|r| r.level.kind == Threshold).unwrap();
    assert_eq!((below.level.hires, at.level.hires), (9, 10));
    // 120 %: the payout is capped at the budget, the rest is own financing.
    assert_eq!(
        cell_figures(&at.cells[0]),
        (
            10,
            120,
            1_200_000,
            500_000,
            500_000,
            1_000_000,
            200_000,
            Some(10_000_000)
        )
    );
    assert_eq!(
        cell_figures(&below.cells[0]),
        (
            9,
            120,
            1_200_000,
            0,
            500_000,
            500_000,
            700_000,
            Some(5_555_555)
        )
    );
    // 0 %: the interim is paid back in full.
    assert_eq!(
        cell_figures(&at.cells[1]),
        (10, 0, 0, 500_000, -500_000, 0, 0, Some(0))
    );
}

#[test]
fn grid_with_no_levels_has_rows_without_cells() {
    let grid = grid_of(app(100, 2), &[]);
    assert_eq!(grid.len(), 4);
    assert!(grid.iter().all(|r| r.cells.is_empty()));
}

#[test]
fn grid_cells_agree_with_payout_for_many_targets() {
    for target in [1, 2, 17, 20, 230, 100_000] {
        let a = Application {
            budget: Money::from_ore(123_456_789),
            target,
        };
        let grid = grid_of(a, &[100, 90, 75, 0, 200]);
        let mut last = None;
        for row in &grid {
            assert!(last.is_none_or(|h| h < row.level.hires), "sorted, distinct");
            last = Some(row.level.hires);
            for c in &row.cells {
                let expenses = expenses_at(a.budget, c.expense_percent);
                assert_eq!(c.expenses, expenses);
                assert_eq!(
                    c.payout,
                    payout(
                        a,
                        Outcome {
                            hires: row.level.hires,
                            expenses
                        }
                    )
                );
                assert_eq!(
                    c.payout.threshold_reached,
                    row.level.hires >= threshold_hires(target)
                );
            }
        }
        let marked: Vec<_> = grid
            .iter()
            .filter(|r| r.level.kind.is_threshold_row())
            .collect();
        assert_eq!(marked.len(), 2, "T = {target}");
    }
}

// ---- Achievements ----------------------------------------------------------------

#[test]
fn achievements_are_table6_then_table7() {
    let got: Vec<_> = round_one_achievements()
        .into_iter()
        .map(|a| {
            (
                a.source,
                a.approach,
                a.hires,
                a.target,
                a.percent_printed,
                a.verification,
                a.more_reported_not_counted,
            )
        })
        .collect();
    use AchievementSource::{ApproachTotal, Project};
    use Approach::{Course, Network};
    use Verification::*;
    assert_eq!(
        got,
        vec![
            (
                Project("Code of Care"),
                Network,
                376,
                230,
                163,
                Verified,
                true
            ),
            (Project("KHRS"), Course, 12, 17, 71, Verified, false),
            (Project("SUMAK"), Course, 10, 21, 48, Verified, false),
            (
                Project("Marselisborg"),
                Network,
                60,
                120,
                50,
                Verified,
                true
            ),
            (
                Project("Randers HK og DISCUS"),
                Network,
                63,
                100,
                63,
                Verified,
                true
            ),
            (
                Project("Ingerfair"),
                Network,
                1,
                10,
                10,
                ReportedNotVerified,
                false
            ),
            (
                ApproachTotal(Network),
                Network,
                500,
                460,
                109,
                IncludesNotVerified,
                true
            ),
            (ApproachTotal(Course), Course, 22, 38, 58, Verified, false),
        ]
    );
}

#[test]
fn only_ingerfair_is_unverified_itself() {
    let unverified: Vec<_> = round_one_achievements()
        .into_iter()
        .filter(Achievement::is_unverified)
        .map(|a| a.project_name())
        .collect();
    assert_eq!(unverified, vec![Some("Ingerfair")]);
}

#[test]
fn table7_totals_are_the_sums_of_table6_rows() {
    let all = round_one_achievements();
    let (projects, totals) = all.split_at(6);
    for total in totals {
        let (h, t) = projects
            .iter()
            .filter(|p| p.approach == total.approach)
            .fold((0, 0), |(h, t), p| (h + p.hires, t + p.target));
        assert_eq!((h, t), (total.hires, total.target));
    }
    let h: u32 = projects.iter().map(|p| p.hires).sum();
    let t: u32 = projects.iter().map(|p| p.target).sum();
    assert_eq!((h, t), (REPORTED_HIRES_TABLE6, REPORTED_TARGET_TABLE6));
    // Every project with results is there; the three without are not.
    let reported = PROJECTS
        .iter()
        .filter(|p| p.results.hires().is_some())
        .count();
    assert_eq!(reported, 6);
}

#[test]
fn printed_percent_is_the_exact_ratio_rounded() {
    use puljeberegner::domain::payout::percent_rounded;
    for a in round_one_achievements() {
        assert_eq!(
            percent_rounded(u64::from(a.hires), u64::from(a.target)),
            u64::from(a.percent_printed),
            "{:?}",
            a.source
        );
    }
}

// ---- "As if" rows ----------------------------------------------------------------

/// (hires, threshold reached) of the eight rows, in table order.
fn as_if(target: u32) -> Vec<(u32, bool)> {
    as_if_rows(app(1_000_000, target), kr(1_000_000))
        .into_iter()
        .map(|r| (r.hires, r.payout.threshold_reached))
        .collect()
}

// Rows: Code of Care, KHRS, SUMAK, Marselisborg, Randers, Ingerfair, network, course.

#[test]
fn as_if_target_1() {
    assert_eq!(
        as_if(1),
        vec![
            (1, true),
            (0, false),
            (0, false),
            (0, false), // 60/120 of 1 = 0,5 → 0
            (0, false),
            (0, false),
            (1, true),
            (0, false),
        ]
    );
}

#[test]
fn as_if_target_2() {
    assert_eq!(
        as_if(2),
        vec![
            (3, true),
            (1, true),
            (0, false),
            (1, true),
            (1, true),
            (0, false),
            (2, true),
            (1, true),
        ]
    );
}

#[test]
fn as_if_marselisborg_lands_exactly_on_the_threshold_for_target_10() {
    let rows = as_if_rows(app(100_000, 10), kr(100_000));
    let m = rows
        .iter()
        .find(|r| r.achievement.project_name() == Some("Marselisborg"))
        .unwrap();
    assert_eq!((m.achievement.hires, m.achievement.target), (60, 120));
    assert_eq!(m.hires, 5);
    assert_eq!(threshold_hires(10), 5);
    assert!(m.payout.threshold_reached);
    assert_eq!(m.payout.total, kr(100_000));
    assert_eq!(m.payout.own_financing, Money::ZERO);
    // The course total, 22/38 of 10 = 5,79 → 5, also exactly at the threshold.
    assert_eq!(
        as_if(10),
        vec![
            (16, true),
            (7, true),
            (4, false),
            (5, true),
            (6, true),
            (1, false),
            (10, true),
            (5, true),
        ]
    );
}

#[test]
fn as_if_target_17_odd_marselisborg_50_percent_is_not_enough() {
    // 50 % of 17 is 8,5 → 8 hires; the threshold is 9.
    assert_eq!(
        as_if(17),
        vec![
            (27, true),
            (12, true), // KHRS: 17 × 12 / 17 = 12 exactly
            (8, false),
            (8, false),
            (10, true),
            (1, false),
            (18, true),
            (9, true), // course: 9,84 → 9 = threshold
        ]
    );
}

#[test]
fn as_if_target_20() {
    assert_eq!(
        as_if(20),
        vec![
            (32, true),
            (14, true),
            (9, false),
            (10, true),
            (12, true),
            (2, false),
            (21, true),
            (11, true),
        ]
    );
}

#[test]
fn as_if_sumak_with_its_own_target_21_stays_below_11() {
    let rows = as_if(21);
    assert_eq!(rows[2], (10, false));
    assert_eq!(threshold_hires(21), 11);
    assert_eq!(
        rows,
        vec![
            (34, true),
            (14, true),
            (10, false),
            (10, false),
            (13, true),
            (2, false),
            (22, true),
            (12, true),
        ]
    );
}

#[test]
fn as_if_code_of_care_with_its_own_target_230() {
    let rows = as_if_rows(app(5_649_208, 230), kr(5_649_208));
    let coc = &rows[0];
    assert_eq!(coc.achievement.project_name(), Some("Code of Care"));
    assert_eq!(coc.hires, 376);
    assert!(coc.payout.threshold_reached);
    assert_eq!(coc.payout.total, kr(5_649_208));
    assert_eq!(
        as_if(230),
        vec![
            (376, true),
            (162, true),
            (109, false),
            (115, true), // Marselisborg: exactly the threshold
            (144, true),
            (23, false),
            (250, true),
            (133, true),
        ]
    );
}

#[test]
fn as_if_target_100000() {
    assert_eq!(
        as_if(100_000),
        vec![
            (163_478, true),
            (70_588, true),
            (47_619, false),
            (50_000, true),
            (63_000, true),
            (10_000, false),
            (108_695, true),
            (57_894, true),
        ]
    );
}

#[test]
fn as_if_uses_the_exact_ratio_not_the_printed_percent() {
    // SUMAK 10/21 of 25 = 11,9 → 11; the printed 48 % would give 12.
    assert_eq!(as_if_hires(25, 10, 21), 11);
    assert_eq!(hires_at_percent(25, 48), 12);
    // Course total 22/38 of 50 = 28,9 → 28; 58 % would give 29.
    assert_eq!(as_if_hires(50, 22, 38), 28);
    assert_eq!(as_if_hires(u32::MAX, 376, 230), u32::MAX); // saturates
}

#[test]
fn as_if_payout_and_own_financing_with_less_spent() {
    let a = app(1_000_000, 20);
    let rows = as_if_rows(a, kr(800_000));
    for r in &rows {
        let (total, own) = if r.payout.threshold_reached {
            (800_000, 0)
        } else {
            (400_000, 400_000)
        };
        assert_eq!(r.payout.total, kr(total), "{:?}", r.achievement.source);
        assert_eq!(r.payout.own_financing, kr(own));
        assert_eq!(
            r.payout,
            payout(
                a,
                Outcome {
                    hires: r.hires,
                    expenses: kr(800_000)
                }
            )
        );
    }
    // Spending more than the budget: the excess is own financing.
    let over = as_if_rows(a, kr(1_100_000));
    assert_eq!(over[0].payout.total, kr(1_000_000));
    assert_eq!(over[0].payout.own_financing, kr(100_000));
    assert_eq!(over[2].payout.total, kr(500_000)); // SUMAK 9 < 10
    assert_eq!(over[2].payout.own_financing, kr(600_000));
}

fn sources(rows: &[AsIfRow]) -> Vec<String> {
    rows.iter()
        .map(|r| match r.achievement.source {
            AchievementSource::Project(name) => name.to_string(),
            AchievementSource::ApproachTotal(a) => format!("total {}", a.code()),
        })
        .collect()
}

#[test]
fn own_approach_first_network() {
    let rows = as_if_rows(app(100_000, 10), kr(100_000));
    assert_eq!(
        sources(&own_approach_first(&rows, Approach::Network)),
        vec![
            "Code of Care",
            "Marselisborg",
            "Randers HK og DISCUS",
            "Ingerfair",
            "total network",
            "KHRS",
            "SUMAK",
            "total course",
        ]
    );
}

#[test]
fn own_approach_first_course_and_hybrid() {
    let rows = as_if_rows(app(100_000, 10), kr(100_000));
    let want = vec![
        "KHRS",
        "SUMAK",
        "total course",
        "Code of Care",
        "Marselisborg",
        "Randers HK og DISCUS",
        "Ingerfair",
        "total network",
    ];
    assert_eq!(sources(&own_approach_first(&rows, Approach::Course)), want);
    assert_eq!(sources(&own_approach_first(&rows, Approach::Hybrid)), want);
    // The rows themselves are unchanged by the reordering.
    let mut moved = own_approach_first(&rows, Approach::Course);
    moved.sort_by_key(|r| rows.iter().position(|o| o == r));
    assert_eq!(moved, rows);
}

// ---- Properties ------------------------------------------------------------------

proptest! {
    #[test]
    fn hire_levels_are_sorted_distinct_and_keep_every_level(target in 1u32..=MAX_TARGET) {
        let rows = hire_levels(target);
        prop_assert!(rows.windows(2).all(|w| w[0].hires < w[1].hires));
        let threshold = threshold_hires(target);
        prop_assert_eq!(rows.iter().filter(|r| r.kind == Threshold && r.hires == threshold).count(), 1);
        prop_assert_eq!(rows.iter().filter(|r| r.kind == BelowThreshold && r.hires == threshold - 1).count(), 1);
        // Every percent level appears exactly once, as the kind or as coinciding.
        for p in HIRE_PERCENTS {
            let holders: Vec<_> = rows.iter().filter(|r| r.kind == Percent(p) || r.coinciding_percents.contains(&p)).collect();
            prop_assert_eq!(holders.len(), 1);
            prop_assert_eq!(holders[0].hires, hires_at_percent(target, p));
        }
    }

    #[test]
    fn as_if_hires_is_the_integer_floor(target in 1u32..=MAX_TARGET, h in 0u32..10_000, t in 1u32..10_000) {
        let hires = as_if_hires(target, h, t);
        let lhs = u64::from(hires) * u64::from(t);
        let product = u64::from(target) * u64::from(h);
        prop_assert!(lhs <= product && product < lhs + u64::from(t));
    }

    #[test]
    fn expense_level_round_trips(level in 0u32..=MAX_EXPENSE_LEVEL, spaced in any::<bool>()) {
        let text = if spaced { format!("{level} %") } else { format!("{level}%") };
        prop_assert_eq!(parse_expense_level(&text), Ok(level));
        prop_assert_eq!(parse_expense_level(&level.to_string()), Ok(level));
    }

    #[test]
    fn expenses_at_is_truncated_share(ore in 0..=MAX_AMOUNT.ore(), level in 0u32..=MAX_EXPENSE_LEVEL) {
        let e = expenses_at(Money::from_ore(ore), level).ore();
        let exact = i128::from(ore) * i128::from(level);
        prop_assert!(i128::from(e) * 100 <= exact && exact < (i128::from(e) + 1) * 100);
    }
}
