//! Chart geometry tests: the step curve and its jump, ticks, markers, bounds, no NaN; the
//! labels' places: none over another label or a line, in both languages.

use crate::support::kr;
use proptest::prelude::*;
use puljeberegner::chart::*;
use puljeberegner::domain::amount_input::MAX_AMOUNT;
use puljeberegner::domain::count_input::{MAX_HIRES, MAX_TARGET};
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::{payout, threshold_hires, Application, Outcome};
use puljeberegner::domain::round_one::PROJECTS;
use puljeberegner::texts::links::LinkTexts;
use puljeberegner::texts::{da::Da, en::En, Texts};

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
    }
    let labels = labels::<Da>(c);
    let s = labels.scenario;
    all.push(("scenario label".into(), s.x, SCENARIO_LABEL_Y));
    all.push(("scenario line".into(), c.scenario.x, SCENARIO_LINE_TOP));
    for l in &labels.achievements {
        all.push((format!("{} label", l.text), l.x, l.y()));
        all.push((format!("{} line", l.text), l.line_x, LEADER_TOP));
        all.push((format!("{} line end", l.text), l.line_x, l.line_bottom()));
    }
    all
}

/// The scenario's label in language `L`.
fn scenario_text<L: Texts>(c: &PayoutChart) -> String {
    let s = c.scenario;
    L::scenario_marker_label(s.hires, s.payout, s.clamped)
}

/// The chart's labels in language `L`, placed.
fn labels<L: Texts>(c: &PayoutChart) -> ChartLabels {
    c.labels(&scenario_text::<L>(c), |m| {
        L::achievement_label(m.name, m.percent_printed, m.hires, m.clamped, m.unverified)
    })
}

/// The label boxes the chart shows at text size `font` (CSS, `styles/main.css`: 12 from a
/// box 640 px wide, where every label shows; 16 down to 512 px without the round-one
/// labels; 20 and 24 down to 320 px with the tick labels alone, the x axis's first one
/// starting at the axis and its last one ending at the axis' end), named, with the chart's
/// labels placed for text in language `L`.
fn label_boxes<L: LinkTexts>(c: &PayoutChart, font: f64) -> (Vec<(String, LabelBox)>, ChartLabels) {
    let labels = labels::<L>(c);
    let mut boxes = Vec::new();
    let last = c.x_ticks.len() - 1;
    for (i, t) in c.x_ticks.iter().enumerate() {
        let text = L::count(t.hires);
        let w = text_width(&text, font);
        let left = match (font > FONT, i) {
            (true, 0) => t.x,
            (true, i) if i == last => t.x - w,
            _ => t.x - w / 2.0,
        };
        // Hanging from `label_y`: the top of the box.
        let b = LabelBox::of_text(left, w, t.label_y + ASCENT * font, font);
        boxes.push((format!("x tick {text}"), b));
    }
    for t in &c.y_ticks {
        let text = L::axis_amount(t.amount);
        let w = text_width(&text, font);
        let b = LabelBox::of_text(t.label_x - w, w, t.label_y, font);
        boxes.push((format!("y tick {text}"), b));
    }
    if font <= SCENARIO_FONT {
        // Placed for its largest size, SCENARIO_FONT: the box at 12 lies inside it.
        boxes.push((scenario_text::<L>(c), labels.scenario.bounds()));
    }
    if font == FONT {
        for l in &labels.achievements {
            boxes.push((l.text.clone(), l.bounds()));
        }
    }
    (boxes, labels)
}

/// No label over another label or a line, every label inside the viewBox: at every text
/// size the page uses down to a box 320 px wide, in language `L`. (Below 512 px only the
/// tick labels show; from a target of about 60.000 on, the x ticks' estimated widths at
/// 24 meet, though the real ones do not: checked up to 10.000.)
fn check_labels<L: LinkTexts>(c: &PayoutChart) -> Result<(), String> {
    let narrow: &[f64] = if c.target <= 10_000 {
        &[20.0, 24.0]
    } else {
        &[]
    };
    for &font in [FONT, SCENARIO_FONT].iter().chain(narrow) {
        let (boxes, labels) = label_boxes::<L>(c, font);
        // The lines a label must keep off: the threshold line, the leader lines, and
        // (as every label lies outside the plot area) the curve, the axes and the grid.
        let mut lines = vec![(
            "threshold line".to_string(),
            c.jump.x,
            c.plot_top(),
            c.plot_bottom(),
        )];
        if font <= SCENARIO_FONT {
            // Drawn down to the marker's centre, under the marker (r 7, its outline 3
            // wide): some of it shows above the marker.
            let bottom = c.scenario.y;
            if SCENARIO_LINE_TOP >= bottom - 8.5 {
                return Err(format!("no line to see above the marker: {:?}", c.scenario));
            }
            lines.push((
                "scenario line".into(),
                c.scenario.x,
                SCENARIO_LINE_TOP,
                bottom,
            ));
        }
        if font == FONT {
            for l in &labels.achievements {
                lines.push((
                    format!("{} line", l.text),
                    l.line_x,
                    LEADER_TOP,
                    l.line_bottom(),
                ));
            }
        }
        for (i, (name, b)) in boxes.iter().enumerate() {
            // The tick labels stand where they always have (with room for the widths they
            // really have, which the estimate exceeds); the placed labels stay inside.
            let placed = !name.starts_with("x tick") && !name.starts_with("y tick");
            let inside_viewbox =
                b.left >= 0.0 && b.right <= c.width && b.top >= 0.0 && b.bottom <= c.height;
            if placed && !inside_viewbox {
                return Err(format!("{font}: {name:?} leaves the viewBox: {b:?}"));
            }
            let outside_plot =
                b.bottom <= c.plot_top() || b.top >= c.plot_bottom() || b.right <= c.plot_left();
            if !outside_plot {
                return Err(format!("{font}: {name:?} is inside the plot area: {b:?}"));
            }
            for (line, x, top, bottom) in &lines {
                if b.crossed_by(*x, *top, *bottom) {
                    return Err(format!("{font}: the {line} runs through {name:?}: {b:?}"));
                }
            }
            for (other, o) in &boxes[i + 1..] {
                if b.overlaps(o) {
                    return Err(format!("{font}: {name:?} {b:?} over {other:?} {o:?}"));
                }
            }
        }
    }
    Ok(())
}

/// Every round-one project has its label.
fn check_all_labelled<L: Texts>(c: &PayoutChart) -> Result<(), String> {
    let labels = labels::<L>(c);
    match c.achievements.len() - labels.achievements.len() {
        0 => Ok(()),
        n => Err(format!("no room for {n} labels")),
    }
}

/// Both checks in both languages.
fn check_labels_both(c: &PayoutChart) -> Result<(), String> {
    check_labels::<Da>(c)?;
    check_labels::<En>(c)?;
    check_all_labelled::<Da>(c)?;
    check_all_labelled::<En>(c)
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
    // Pixels: plot 120..616 × 40..272.
    assert_eq!((c.plot_left(), c.plot_right()), (120.0, 616.0));
    assert_eq!((c.plot_top(), c.plot_bottom()), (40.0, 272.0));
    assert_eq!((c.points[0].x, c.points[0].y), (120.0, 156.0));
    assert_eq!((c.points[3].x, c.points[3].y), (616.0, 40.0));
    let ticks: Vec<(Money, f64)> = c.y_ticks.iter().map(|t| (t.amount, t.y)).collect();
    assert_eq!(
        ticks,
        vec![(kr(0), 272.0), (kr(500_000), 156.0), (kr(1_000_000), 40.0)]
    );
    assert_eq!(
        c.svg_points(),
        format!(
            "120.00,156.00 {x:.2},156.00 {x:.2},40.00 616.00,40.00",
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
    // Marselisborg's marker is exactly on the threshold tick.
    let tick = c.x_ticks.iter().find(|t| t.is_threshold).unwrap();
    assert_eq!(c.achievements[3].x, tick.x);
    let labels = labels::<Da>(&c);
    let mut placed: Vec<(usize, u32, Anchor)> = labels
        .achievements
        .iter()
        .map(|l| (l.marker, l.lane, l.anchor))
        .collect();
    placed.sort_by_key(|p| p.0);
    // Right to left, each as near the axis as it can be: Code of Care at the right end
    // (its label ends there), then a staircase down to Ingerfair, whose leader line passes
    // left of every label above it.
    assert_eq!(
        placed,
        vec![
            (0, 0, Anchor::End),   // Code of Care
            (1, 1, Anchor::Start), // KHRS
            (2, 4, Anchor::Start), // SUMAK
            (3, 3, Anchor::Start), // Marselisborg
            (4, 2, Anchor::Start), // Randers HK og DISCUS
            (5, 5, Anchor::Start), // Ingerfair
        ]
    );
    // The rightmost first.
    assert_eq!(labels.achievements[0].marker, 0);
    for l in &labels.achievements {
        let m = &c.achievements[l.marker];
        assert!(l.text.starts_with(m.name));
        assert_eq!(
            l.y(),
            c.plot_bottom() + LANE_OFFSET + LANE_HEIGHT * f64::from(l.lane)
        );
        assert_eq!(l.line_x, m.x);
        assert_eq!(LEADER_TOP, c.plot_bottom() + LEADER_OFFSET);
        assert_eq!(l.line_bottom(), l.bounds().top);
        assert!((l.right - l.left - text_width(&l.text, FONT)).abs() < 1e-9);
        match l.anchor {
            Anchor::Start => assert_eq!((l.x, l.left), (m.x + LABEL_GAP, m.x + LABEL_GAP)),
            Anchor::End => assert_eq!((l.x, l.right), (m.x - LABEL_GAP, m.x - LABEL_GAP)),
        }
    }
    check_bounds(&c).unwrap();
    check_labels_both(&c).unwrap();
}

#[test]
fn achievement_markers_for_target_1_pile_up_at_zero_in_lanes_of_their_own() {
    let c = chart(kr(100_000), 1, 1, kr(100_000));
    let hires: Vec<u32> = c.achievements.iter().map(|a| a.hires).collect();
    assert_eq!(hires, vec![1, 0, 0, 0, 0, 0]);
    assert!(c.achievements.iter().all(|a| !a.clamped));
    let labels = labels::<Da>(&c);
    // Five labels start at 0 hires: one above the other, each leader line left of them all.
    let mut lanes: Vec<u32> = labels.achievements[1..].iter().map(|l| l.lane).collect();
    lanes.sort();
    lanes.dedup();
    assert_eq!(lanes.len(), 5);
    check_bounds(&c).unwrap();
    check_labels_both(&c).unwrap();
}

/// The case of issue 17: at 1280 px the labels of the reader's point, SUMAK, Marselisborg
/// and the threshold line lay over one another (1.200.000 kr., target 30).
#[test]
fn labels_for_budget_1_200_000_and_target_30() {
    for hires in [0, 14, 15, 30, 45, 46] {
        let c = chart(kr(1_200_000), 30, hires, kr(1_200_000));
        check_labels_both(&c).unwrap_or_else(|e| panic!("{hires} hires: {e}"));
        // The reader's label is above the plot, over its point unless that would take it
        // out of the viewBox; its line runs from under it down to the point.
        let s = labels::<Da>(&c).scenario;
        assert!(s.bounds().bottom <= SCENARIO_LINE_TOP, "{hires}");
        // Above the marker's top (r 7, its outline 3 wide).
        assert!(SCENARIO_LINE_TOP < c.scenario.y - 8.5, "{hires}");
        assert!(s.bounds().bottom < c.plot_top(), "{hires}");
        let half = s.width / 2.0;
        assert_eq!(s.x, c.scenario.x.clamp(half, c.width - half), "{hires}");
    }
}

/// Every budget of round one's nine projects (Table 3) with every target of theirs, the
/// scenario below, at and above the threshold and beyond the axis, in both languages.
#[test]
fn labels_for_every_round_one_budget_and_target() {
    for a in &PROJECTS {
        for b in &PROJECTS {
            let (budget, target) = (a.grant, b.target);
            let threshold = threshold_hires(target);
            for hires in [0, threshold - 1, threshold, target, x_axis_max(target) + 1] {
                for expenses in [budget, budget.half(), Money::ZERO] {
                    let c = chart(budget, target, hires, expenses);
                    check_labels_both(&c).unwrap_or_else(|e| {
                        panic!("{budget:?}, target {target}, {hires} hires, {expenses:?}: {e}")
                    });
                }
            }
        }
    }
}

/// Every target from 1 to 3.000 (where rounding moves the markers most) and the largest.
#[test]
fn labels_for_every_target_up_to_3000() {
    for target in (1..=3_000).chain([99_999, MAX_TARGET]) {
        for (budget, hires) in [(kr(1_200_000), target), (MAX_AMOUNT, MAX_HIRES)] {
            let c = chart(budget, target, hires, budget);
            check_labels_both(&c).unwrap_or_else(|e| panic!("target {target}: {e}"));
        }
    }
}

#[test]
fn text_width_estimates_by_character() {
    // Narrow, wide and the rest: "i" 0,42 em, "m" 1 em, "K" and "5" 0,75 em, "a" 0,65 em.
    assert_eq!(text_width("", FONT), 0.0);
    assert!((text_width("im", 10.0) - 14.2).abs() < 1e-9);
    assert!((text_width("K5a", 10.0) - 21.5).abs() < 1e-9);
    // Bold is a tenth wider; every letter beyond ASCII counts as wide, once.
    assert!((text_width("K5a", 10.0 * BOLD) - 23.65).abs() < 1e-9);
    assert!((text_width("æø→", 10.0) - 30.0).abs() < 1e-9);
    // A label's box: ascent above the baseline, descent below.
    let b = LabelBox::of_text(10.0, 50.0, 100.0, 10.0);
    assert_eq!(
        b,
        LabelBox {
            left: 10.0,
            right: 60.0,
            top: 89.5,
            bottom: 103.0
        }
    );
    assert!(b.crossed_by(10.0, 0.0, 95.0));
    assert!(!b.crossed_by(9.9, 0.0, 200.0));
    assert!(!b.crossed_by(30.0, 0.0, 89.5)); // ends at its top
    assert!(b.overlaps(&LabelBox {
        left: 59.0,
        right: 70.0,
        top: 102.0,
        bottom: 110.0
    }));
    assert!(!b.overlaps(&LabelBox {
        left: 60.0,
        right: 70.0,
        top: 90.0,
        bottom: 110.0
    }));
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
        prop_assert_eq!(check_labels_both(&c), Ok(()));
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
