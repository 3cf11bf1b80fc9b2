//! Chart geometry tests: the step curve and its jump, ticks, markers, bounds, no NaN.

use crate::support::kr;
use proptest::prelude::*;
use puljeberegner::domain::amount_input::MAX_AMOUNT;
use puljeberegner::domain::chart::*;
use puljeberegner::domain::count_input::{MAX_HIRES, MAX_TARGET};
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::{payout, Application, Outcome};

fn chart(budget: Money, target: u32, hires: u32, expenses: Money) -> PayoutChart {
    payout_chart(Application { budget, target }, Outcome { hires, expenses })
}

/// Every coordinate of the chart, named, for the bounds checks.
fn coordinates(c: &PayoutChart) -> Vec<(String, f64, f64)> {
    let mut all = Vec::new();
    for (i, p) in c.points.iter().enumerate() {
        all.push((format!("point {i}"), p.x, p.y));
    }
    all.push(("jump low".into(), c.jump.x, c.jump.y_low));
    all.push(("jump high".into(), c.jump.x, c.jump.y_high));
    for t in &c.x_ticks {
        all.push((format!("x tick {}", t.hires), t.x, c.plot_bottom()));
        all.push((format!("x tick label {}", t.hires), t.x, t.label_y));
    }
    for t in &c.y_ticks {
        all.push((format!("y tick {:?}", t.amount), c.plot_left(), t.y));
        all.push((format!("y tick label {:?}", t.amount), t.label_x, t.label_y));
    }
    all.push(("scenario".into(), c.scenario.x, c.scenario.y));
    for a in &c.achievements {
        all.push((a.name.into(), a.x, c.plot_bottom()));
        all.push((format!("{} label", a.name), a.label_x, a.label_y));
    }
    all
}

/// Finite, inside the viewBox, and the curve inside the plot area.
fn check_bounds(c: &PayoutChart) -> Result<(), String> {
    if !(c.width.is_finite() && c.height.is_finite() && c.width > 0.0 && c.height > 0.0) {
        return Err("viewBox".into());
    }
    for (name, x, y) in coordinates(c) {
        if !x.is_finite() || !y.is_finite() {
            return Err(format!("{name}: not finite ({x}, {y})"));
        }
        if !(0.0..=c.width).contains(&x) || !(0.0..=c.height).contains(&y) {
            return Err(format!("{name}: outside the viewBox ({x}, {y})"));
        }
    }
    let in_plot = |x: f64, y: f64| {
        (c.plot_left()..=c.plot_right()).contains(&x)
            && (c.plot_top()..=c.plot_bottom()).contains(&y)
    };
    for p in &c.points {
        if !in_plot(p.x, p.y) {
            return Err(format!("point outside the plot: {p:?}"));
        }
    }
    if !in_plot(c.scenario.x, c.scenario.y) {
        return Err(format!("scenario outside the plot: {:?}", c.scenario));
    }
    for a in &c.achievements {
        // A label of up to 200 px stays in the viewBox on its anchored side.
        let fits = match a.anchor {
            Anchor::Start => a.label_x + 200.0 <= c.width,
            Anchor::End => a.label_x - 200.0 >= 0.0,
        };
        if !fits {
            return Err(format!("{} label would leave the viewBox", a.name));
        }
    }
    Ok(())
}

/// Payout and pixel y move the right way along the curve; x never goes back.
fn check_monotone(c: &PayoutChart) -> Result<(), String> {
    for w in c.points.windows(2) {
        if w[1].payout < w[0].payout
            || w[1].y > w[0].y
            || w[1].x < w[0].x
            || w[1].hires < w[0].hires
        {
            return Err(format!("not monotone: {:?} → {:?}", w[0], w[1]));
        }
    }
    Ok(())
}

#[test]
fn target_17_one_million_spent_in_full() {
    let c = chart(kr(1_000_000), 17, 12, kr(1_000_000));
    assert_eq!((c.threshold, c.x_max), (9, 26)); // ceil(25,5) = 26
    let curve: Vec<(u32, Money)> = c.points.iter().map(|p| (p.hires, p.payout)).collect();
    assert_eq!(
        curve,
        vec![
            (0, kr(500_000)),
            (9, kr(500_000)),
            (9, kr(1_000_000)),
            (26, kr(1_000_000)),
        ]
    );
    assert_eq!(c.y_max, kr(1_000_000));
    // Pixels: plot 120..616 × 16..272.
    assert_eq!((c.plot_left(), c.plot_right()), (120.0, 616.0));
    assert_eq!((c.plot_top(), c.plot_bottom()), (16.0, 272.0));
    assert_eq!((c.points[0].x, c.points[0].y), (120.0, 144.0));
    assert_eq!((c.points[3].x, c.points[3].y), (616.0, 16.0));
    let ticks: Vec<(Money, f64)> = c.y_ticks.iter().map(|t| (t.amount, t.y)).collect();
    assert_eq!(
        ticks,
        vec![(kr(0), 272.0), (kr(500_000), 144.0), (kr(1_000_000), 16.0)]
    );
    assert_eq!(
        c.svg_points(),
        format!(
            "120.00,144.00 {x:.2},144.00 {x:.2},16.00 616.00,16.00",
            x = 120.0 + 496.0 * 9.0 / 26.0
        )
    );
    check_bounds(&c).unwrap();
    check_monotone(&c).unwrap();
}

#[test]
fn the_jump_is_at_the_threshold() {
    for target in [1, 2, 17, 20, 230, 100_000] {
        let c = chart(kr(1_000_000), target, 0, kr(900_000));
        let threshold = target.div_ceil(2);
        assert_eq!(c.threshold, threshold);
        assert_eq!(c.jump.hires, threshold);
        assert_eq!((c.jump.low, c.jump.high), (kr(450_000), kr(900_000)));
        // The middle segment of the polyline is the jump, and vertical.
        let (a, b) = (c.points[1], c.points[2]);
        assert_eq!((a.hires, b.hires), (threshold, threshold));
        assert_eq!((a.x, b.x), (c.jump.x, c.jump.x));
        assert_eq!((a.y, b.y), (c.jump.y_low, c.jump.y_high));
        assert!(c.jump.y_high < c.jump.y_low);
        // The curve matches the payout model at every whole number of hires.
        let model = |hires| {
            payout(
                Application {
                    budget: kr(1_000_000),
                    target,
                },
                Outcome {
                    hires,
                    expenses: kr(900_000),
                },
            )
            .total
        };
        assert_eq!(model(threshold - 1), c.jump.low);
        assert_eq!(model(threshold), c.jump.high);
        assert_eq!(model(c.x_max), c.points[3].payout);
        check_bounds(&c).unwrap();
        check_monotone(&c).unwrap();
    }
}

#[test]
fn x_axis_runs_to_one_and_a_half_times_the_target() {
    assert_eq!(x_axis_max(1), 2);
    assert_eq!(x_axis_max(2), 3);
    assert_eq!(x_axis_max(17), 26);
    assert_eq!(x_axis_max(20), 30);
    assert_eq!(x_axis_max(100_000), 150_000);
    assert_eq!(x_axis_max(0), 1);
}

#[test]
fn x_ticks_include_threshold_and_target() {
    let c = chart(kr(100_000), 230, 0, kr(100_000));
    let ticks: Vec<(u32, bool, bool)> = c
        .x_ticks
        .iter()
        .map(|t| (t.hires, t.is_threshold, t.is_target))
        .collect();
    assert_eq!(
        ticks,
        vec![
            (0, false, false),
            (115, true, false),
            (230, false, true),
            (345, false, false),
        ]
    );
    // Target 1: threshold and target are the same tick.
    let c = chart(kr(100_000), 1, 0, kr(100_000));
    let ticks: Vec<(u32, bool, bool)> = c
        .x_ticks
        .iter()
        .map(|t| (t.hires, t.is_threshold, t.is_target))
        .collect();
    assert_eq!(
        ticks,
        vec![(0, false, false), (1, true, true), (2, false, false)]
    );
    // Large targets: the labels are written by the page's language (tests/render.rs).
    let c = chart(kr(100_000), 100_000, 0, kr(100_000));
    let hires: Vec<u32> = c.x_ticks.iter().map(|t| t.hires).collect();
    assert_eq!(hires, vec![0, 50_000, 100_000, 150_000]);
}

#[test]
fn y_ticks_are_round_kroner() {
    assert_eq!(y_axis_steps(kr(1_000_000)), (kr(500_000), 2));
    assert_eq!(y_axis_steps(kr(900_000)), (kr(500_000), 2));
    assert_eq!(y_axis_steps(kr(450_000)), (kr(200_000), 3));
    assert_eq!(y_axis_steps(kr(5_649_208)), (kr(2_000_000), 3));
    assert_eq!(y_axis_steps(kr(1_000_000_000)), (kr(500_000_000), 2));
    assert_eq!(y_axis_steps(Money::from_ore(1)), (kr(1), 1));
    assert_eq!(y_axis_steps(Money::ZERO), (kr(1), 1));
    assert_eq!(y_axis_steps(Money::from_ore(-5)), (kr(1), 1));
    assert_eq!(y_axis_steps(Money::from_ore(350)), (kr(1), 4));
    // The largest amount there is: steps of 5 × 10¹⁶ kr., no overflow.
    assert_eq!(
        y_axis_steps(Money::from_ore(i64::MAX)),
        (Money::from_ore(5_000_000_000_000_000_000), 2)
    );
    let c = chart(kr(5_649_208), 230, 376, kr(5_649_208));
    let amounts: Vec<Money> = c.y_ticks.iter().map(|t| t.amount).collect();
    assert_eq!(
        amounts,
        vec![kr(0), kr(2_000_000), kr(4_000_000), kr(6_000_000)]
    );
    assert!(c.y_ticks.windows(2).all(|w| w[1].y < w[0].y));
    assert_eq!(c.y_ticks[0].y, c.plot_bottom());
    assert_eq!(c.y_ticks.last().unwrap().y, c.plot_top());
}

#[test]
fn scenario_marker_sits_on_the_curve_or_is_clamped() {
    let c = chart(kr(1_000_000), 17, 12, kr(1_000_000));
    let m = c.scenario;
    assert_eq!(
        (m.hires, m.shown_hires, m.clamped, m.payout),
        (12, 12, false, kr(1_000_000))
    );
    assert_eq!(m.y, c.jump.y_high);
    let c = chart(kr(1_000_000), 17, 8, kr(1_000_000));
    assert_eq!(c.scenario.y, c.jump.y_low);
    assert!(!c.scenario.clamped);
    // At the edge (26) not clamped; one beyond (27) clamped to the edge.
    let c = chart(kr(1_000_000), 17, 26, kr(1_000_000));
    assert!(!c.scenario.clamped);
    assert_eq!(c.scenario.x, c.plot_right());
    let c = chart(kr(1_000_000), 17, 27, kr(1_000_000));
    let m = c.scenario;
    assert_eq!((m.hires, m.shown_hires, m.clamped), (27, 26, true));
    assert_eq!(m.x, c.plot_right());
    let c = chart(kr(1_000_000), 1, MAX_HIRES, kr(1_000_000));
    assert!(c.scenario.clamped);
    check_bounds(&c).unwrap();
}

#[test]
fn achievement_markers_for_target_230() {
    let c = chart(kr(5_649_208), 230, 0, kr(5_649_208));
    let got: Vec<(&str, u32, u32, bool, u32, bool)> = c
        .achievements
        .iter()
        .map(|a| {
            (
                a.name,
                a.hires,
                a.shown_hires,
                a.clamped,
                a.percent_printed,
                a.unverified,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("Code of Care", 376, 345, true, 163, false), // 163 % > 150 %
            ("KHRS", 162, 162, false, 71, false),
            ("SUMAK", 109, 109, false, 48, false),
            ("Marselisborg", 115, 115, false, 50, false),
            ("Randers HK og DISCUS", 144, 144, false, 63, false),
            ("Ingerfair", 23, 23, false, 10, true),
        ]
    );
    let coc = &c.achievements[0];
    assert_eq!(coc.x, c.plot_right());
    assert_eq!(coc.anchor, Anchor::End);
    assert_eq!(c.achievements[5].anchor, Anchor::Start); // Ingerfair, far left
                                                         // Marselisborg's marker is exactly on the threshold tick.
    let tick = c.x_ticks.iter().find(|t| t.is_threshold).unwrap();
    assert_eq!(c.achievements[3].x, tick.x);
    // One lane each, by hires: Ingerfair nearest the axis, Code of Care furthest.
    let lanes: Vec<u32> = c.achievements.iter().map(|a| a.lane).collect();
    assert_eq!(lanes, vec![5, 4, 1, 2, 3, 0]);
    for a in &c.achievements {
        assert_eq!(
            a.label_y,
            c.plot_bottom() + LANE_OFFSET + LANE_HEIGHT * f64::from(a.lane)
        );
        assert!(a.label_y > c.x_ticks[0].label_y);
    }
    check_bounds(&c).unwrap();
}

#[test]
fn achievement_markers_for_target_1_pile_up_at_zero_but_keep_their_lanes() {
    let c = chart(kr(100_000), 1, 1, kr(100_000));
    let hires: Vec<u32> = c.achievements.iter().map(|a| a.hires).collect();
    assert_eq!(hires, vec![1, 0, 0, 0, 0, 0]);
    let mut lanes: Vec<u32> = c.achievements.iter().map(|a| a.lane).collect();
    lanes.sort();
    assert_eq!(lanes, vec![0, 1, 2, 3, 4, 5]);
    assert!(c.achievements.iter().all(|a| !a.clamped));
    check_bounds(&c).unwrap();
}

#[test]
fn extreme_inputs_stay_finite_and_inside() {
    let budgets = [Money::from_ore(1), kr(1), kr(1_000_000), MAX_AMOUNT];
    let targets = [1, 2, 3, 17, 100_000];
    for budget in budgets {
        for target in targets {
            for expenses in [
                Money::ZERO,
                Money::from_ore(1),
                budget,
                MAX_AMOUNT,
                Money::from_ore(-100),
            ] {
                for hires in [0, target / 2, target, MAX_HIRES] {
                    let c = chart(budget, target, hires, expenses);
                    let case = format!("budget {budget:?}, T {target}, H {hires}, E {expenses:?}");
                    check_bounds(&c)
                        .map_err(|e| format!("{case}: {e}"))
                        .unwrap();
                    check_monotone(&c)
                        .map_err(|e| format!("{case}: {e}"))
                        .unwrap();
                    assert!(c.y_max >= c.jump.high, "{case}");
                    assert!(c.y_max >= kr(1), "{case}");
                }
            }
        }
    }
}

#[test]
fn budget_one_ore() {
    let c = chart(Money::from_ore(1), 1, 1, Money::from_ore(1));
    assert_eq!((c.jump.low, c.jump.high), (Money::ZERO, Money::from_ore(1)));
    assert_eq!(c.y_max, kr(1));
    let amounts: Vec<Money> = c.y_ticks.iter().map(|t| t.amount).collect();
    assert_eq!(amounts, vec![kr(0), kr(1)]);
    assert_eq!(c.points[0].y, c.plot_bottom());
    assert!(c.jump.y_high < c.jump.y_low);
}

#[test]
fn budget_one_billion_kroner() {
    let c = chart(MAX_AMOUNT, 100_000, 50_000, MAX_AMOUNT);
    assert_eq!(c.y_max, kr(1_000_000_000));
    assert_eq!(c.jump.y_high, c.plot_top());
    assert_eq!(c.y_ticks.last().unwrap().amount, kr(1_000_000_000));
    assert_eq!(c.scenario.payout, MAX_AMOUNT);
}

#[test]
fn expenses_zero_gives_a_flat_line_on_the_axis() {
    let c = chart(kr(1_000_000), 17, 9, Money::ZERO);
    assert!(c
        .points
        .iter()
        .all(|p| p.payout == Money::ZERO && p.y == c.plot_bottom()));
    assert_eq!(c.jump.y_low, c.jump.y_high);
    assert_eq!(c.y_max, kr(1));
    assert_eq!(c.y_ticks.len(), 2);
    check_bounds(&c).unwrap();
}

#[test]
fn expenses_above_the_budget_are_capped_on_the_curve() {
    let c = chart(kr(1_000_000), 10, 10, kr(1_500_000));
    assert_eq!((c.jump.low, c.jump.high), (kr(500_000), kr(1_000_000)));
    assert_eq!(c.scenario.payout, kr(1_000_000));
}

#[test]
fn viewbox_and_margins_are_fixed() {
    let c = chart(kr(1), 1, 0, kr(1));
    assert_eq!((c.width, c.height), (VIEW_WIDTH, VIEW_HEIGHT));
    assert_eq!((VIEW_WIDTH, VIEW_HEIGHT), (640.0, 400.0));
    assert_eq!(c.margins, MARGINS);
    assert_eq!(Anchor::Start.svg(), "start");
    assert_eq!(Anchor::End.svg(), "end");
}

fn application() -> impl Strategy<Value = Application> {
    (1..=MAX_AMOUNT.ore(), 1u32..=MAX_TARGET).prop_map(|(ore, target)| Application {
        budget: Money::from_ore(ore),
        target,
    })
}

proptest! {
    #[test]
    fn every_coordinate_is_finite_and_inside_the_viewbox(
        app in application(),
        hires in 0u32..=MAX_HIRES,
        e in 0..=MAX_AMOUNT.ore(),
    ) {
        let c = payout_chart(app, Outcome { hires, expenses: Money::from_ore(e) });
        prop_assert_eq!(check_bounds(&c), Ok(()));
        prop_assert_eq!(check_monotone(&c), Ok(()));
        prop_assert_eq!(c.jump.hires, app.target.div_ceil(2));
        prop_assert_eq!(c.scenario.clamped, hires > c.x_max);
        prop_assert!(c.y_max >= c.jump.high);
    }

    #[test]
    fn y_axis_has_two_to_four_round_steps(ore in 101i64..=MAX_AMOUNT.ore()) {
        let (step, count) = y_axis_steps(Money::from_ore(ore));
        prop_assert!((2..=4).contains(&count));
        prop_assert!(step.ore() * i64::from(count) >= ore);
        prop_assert!(step.ore() * i64::from(count - 1) < ore);
        // 1, 2 or 5 × 10ⁿ kroner.
        let mut kroner = step.ore() / 100;
        prop_assert_eq!(step.ore() % 100, 0);
        while kroner % 10 == 0 { kroner /= 10; }
        prop_assert!([1, 2, 5].contains(&kroner));
    }
}
