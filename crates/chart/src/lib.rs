//! Pure geometry of the payout chart: total payout (y) against verified hires (x), as SVG coordinates.
//!
//! The x axis runs from 0 to ceil(1.5 × T) hires (at least 1); the y axis from 0 kr. to
//! a round number of kroner at or above min(E, G). Money stays integer øre until the very
//! last step, where a ratio of two amounts becomes a pixel (`f64`). Every coordinate is
//! finite and inside the viewBox for any target ≥ 1, any budget and any expenses
//! (negative expenses are drawn as 0 kr.; a payout of 0 everywhere gets a 0–1 kr. axis).
//!
//! The payout curve is a step function drawn step-after: flat at min(E, G)/2 from 0
//! hires up to the threshold ceil(T/2), where a vertical jump rises to min(E, G), then
//! flat to the right edge. Hires between whole numbers do not exist; the flat piece
//! from threshold − 1 to the threshold is the value at threshold − 1 carried forward.
//!
//! Labels ([`PayoutChart::labels`], in [`labels`]) never lie over one another or over a
//! line.

pub mod labels;

pub use labels::*;

use domain::money::{Money, ORE_PER_KRONE};
use domain::payout::{payout, threshold_hires, Application, Outcome};
use domain::scenarios::{as_if_hires, round_one_achievements, AchievementSource};

/// Width of the SVG viewBox, in user units (pixels at 100 %).
pub const VIEW_WIDTH: f64 = 640.0;
/// Height of the SVG viewBox.
pub const VIEW_HEIGHT: f64 = 400.0;

/// Space between the viewBox edge and the plot area, for labels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margins {
    /// Above the plot.
    pub top: f64,
    /// Right of the plot.
    pub right: f64,
    /// Below the plot: x tick labels, then the round-one label lanes.
    pub bottom: f64,
    /// Left of the plot: y tick labels (up to `1.000.000.000 kr.`).
    pub left: f64,
}

/// The chart's margins.
pub const MARGINS: Margins = Margins {
    top: 40.0,
    right: 24.0,
    bottom: 128.0,
    left: 120.0,
};

/// The chart's text size where every label is drawn (a box 640 px wide or more), in
/// viewBox units; the page's CSS sets the same (`.chart-svg`).
pub const FONT: f64 = 12.0;
/// The largest text size the scenario's label is drawn at (CSS: a box 512–640 px wide);
/// placed for this size, it has room at [`FONT`] too.
pub const SCENARIO_FONT: f64 = 16.0;
/// Height of a line of text above its baseline, per unit of text size: at least the
/// ascent of the fonts the page may get (IBM Plex Sans 1,025, DejaVu Sans 0,928, Arial
/// 0,905). A browser's text box (`getBBox`) is this tall.
pub const ASCENT: f64 = 1.05;
/// Depth of a line of text below its baseline, per unit of text size (Plex 0,275).
pub const DESCENT: f64 = 0.3;

/// Distance from the x axis down to the top of an x tick label (it hangs from there:
/// `dominant-baseline="text-before-edge"`, so a larger text grows away from the axis).
pub const X_TICK_LABEL_OFFSET: f64 = 7.0;
/// Distance from the x axis down to where the round-one leader lines start: under the x
/// tick labels.
pub const LEADER_OFFSET: f64 = 24.0;
/// Distance from the x axis down to the baseline of the first round-one label lane.
pub const LANE_OFFSET: f64 = 40.0;
/// Height of one round-one label lane: a line of text at [`FONT`] and a little air.
pub const LANE_HEIGHT: f64 = 16.5;
/// Lanes under the x axis: one for each round-one project, all inside the margin.
pub const LANES: u32 = 6;
/// Space between a round-one label and its leader line.
pub const LABEL_GAP: f64 = 3.0;
/// Baseline of the scenario's label, in the row above the plot.
pub const SCENARIO_LABEL_Y: f64 = 22.0;
/// Distance from the y axis left to the (end-anchored) y tick labels.
pub const Y_TICK_LABEL_GAP: f64 = 8.0;

/// A vertex of the payout polyline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartPoint {
    /// Position on the x axis, in hires.
    pub hires: u32,
    /// Total payout at this vertex.
    pub payout: Money,
    /// Pixel x.
    pub x: f64,
    /// Pixel y (SVG: down is larger).
    pub y: f64,
}

/// The vertical jump at the threshold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Jump {
    /// The threshold, ceil(T/2) hires.
    pub hires: u32,
    /// Pixel x of the threshold.
    pub x: f64,
    /// Total payout below the threshold: min(E, G)/2.
    pub low: Money,
    /// Total payout at and above the threshold: min(E, G).
    pub high: Money,
    /// Pixel y of `low`.
    pub y_low: f64,
    /// Pixel y of `high` (≤ `y_low`).
    pub y_high: f64,
}

/// A tick on the x axis; its label is the hires, written by the page's language.
#[derive(Debug, Clone, PartialEq)]
pub struct XTick {
    /// Hires at the tick.
    pub hires: u32,
    /// Pixel x.
    pub x: f64,
    /// Pixel y of the label's top (label centred on `x`, hanging from `label_y`).
    pub label_y: f64,
    /// True at ceil(T/2).
    pub is_threshold: bool,
    /// True at the target.
    pub is_target: bool,
}

/// A tick on the y axis; its label is the amount, written by the page's language.
#[derive(Debug, Clone, PartialEq)]
pub struct YTick {
    /// Amount at the tick, whole kroner.
    pub amount: Money,
    /// Pixel y.
    pub y: f64,
    /// Pixel x of the label's end (SVG `text-anchor="end"`).
    pub label_x: f64,
    /// Pixel y of the label baseline.
    pub label_y: f64,
}

/// The user's scenario on the curve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScenarioMarker {
    /// The scenario's verified hires.
    pub hires: u32,
    /// The hires where it is drawn: `hires` clamped to the right edge.
    pub shown_hires: u32,
    /// True when `hires` lies beyond the axis and the marker sits at the right edge.
    pub clamped: bool,
    /// The scenario's total payout.
    pub payout: Money,
    /// Pixel x.
    pub x: f64,
    /// Pixel y.
    pub y: f64,
}

/// How a label is anchored at its x (SVG `text-anchor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The label starts at x and runs right (`start`).
    Start,
    /// The label ends at x (`end`).
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub const fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::End => "end",
        }
    }
}

/// A round-one project's achievement applied to the user's target, marked on the x axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AchievementMarker {
    /// The project's name (the label).
    pub name: &'static str,
    /// Its achievement as printed in Table 6.
    pub percent_printed: u32,
    /// Its hires are reported but not verified (Ingerfair).
    pub unverified: bool,
    /// The user's hires at that achievement: floor(T × h / t).
    pub hires: u32,
    /// Where it is drawn: `hires` clamped to the right edge.
    pub shown_hires: u32,
    /// True when `hires` lies beyond 1.5 × T (Code of Care's 163 %).
    pub clamped: bool,
    /// Pixel x on the x axis.
    pub x: f64,
}

/// Everything needed to draw the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct PayoutChart {
    /// viewBox width.
    pub width: f64,
    /// viewBox height.
    pub height: f64,
    /// Plot-area margins.
    pub margins: Margins,
    /// The target T.
    pub target: u32,
    /// The threshold ceil(T/2).
    pub threshold: u32,
    /// The right end of the x axis: ceil(1.5 × T), at least 1.
    pub x_max: u32,
    /// The top of the y axis: a round number of kroner, at least 1 kr.
    pub y_max: Money,
    /// The payout polyline: (0, low), (threshold, low), (threshold, high), (x_max, high).
    pub points: Vec<ChartPoint>,
    /// The jump at the threshold (also the middle segment of `points`).
    pub jump: Jump,
    /// x ticks: 0, the threshold, the target, the right end (merged where equal).
    pub x_ticks: Vec<XTick>,
    /// y ticks from 0 kr. to `y_max` in round steps.
    pub y_ticks: Vec<YTick>,
    /// The user's scenario.
    pub scenario: ScenarioMarker,
    /// The six projects of Table 6, in Table 6 order.
    pub achievements: Vec<AchievementMarker>,
}

impl PayoutChart {
    /// Left edge of the plot area.
    pub fn plot_left(&self) -> f64 {
        self.margins.left
    }
    /// Right edge of the plot area.
    pub fn plot_right(&self) -> f64 {
        self.width - self.margins.right
    }
    /// Top edge of the plot area.
    pub fn plot_top(&self) -> f64 {
        self.margins.top
    }
    /// Bottom edge of the plot area: the x axis.
    pub fn plot_bottom(&self) -> f64 {
        self.height - self.margins.bottom
    }

    /// The polyline as an SVG `points` attribute: `x,y x,y …`, two decimals ([`px`]).
    pub fn svg_points(&self) -> String {
        self.points
            .iter()
            .map(|p| format!("{},{}", px(p.x), px(p.y)))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A pixel coordinate as SVG text with two decimals, `291.69`, rounded half away from
/// zero; written with integers, so the page needs no float-formatting code.
pub fn px(v: f64) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// The right end of the x axis: ceil(1.5 × T) hires, at least 1.
pub const fn x_axis_max(target: u32) -> u32 {
    let t = target as u64;
    let max = (3 * t).div_ceil(2);
    if max == 0 {
        1
    } else if max > u32::MAX as u64 {
        u32::MAX
    } else {
        max as u32
    }
}

/// A round step and top for a y axis reaching `high`: the step is 1, 2 or 5 × 10ⁿ kr.
/// giving 2–4 intervals (1 interval of 1 kr. when `high` ≤ 1 kr.).
/// Returns (step, number of steps).
pub fn y_axis_steps(high: Money) -> (Money, u32) {
    // In u64: `high` ≤ i64::MAX, so `wanted` ≤ 2,4 × 10¹⁸ is met by 5 × 10¹⁸ at the latest,
    // and no step overflows.
    let high = high.ore().max(0) as u64;
    let wanted = high.div_ceil(4);
    let mut decade = ORE_PER_KRONE as u64;
    let step = loop {
        if let Some(s) = [1, 2, 5].iter().map(|m| m * decade).find(|s| *s >= wanted) {
            break s;
        }
        decade *= 10;
    };
    let count = high.div_ceil(step).max(1);
    (Money::from_ore(step as i64), count as u32)
}

struct Scale {
    left: f64,
    width: f64,
    bottom: f64,
    height: f64,
    x_max: u32,
    y_max: Money,
}

impl Scale {
    fn x(&self, hires: u32) -> f64 {
        let h = hires.min(self.x_max);
        self.left + self.width * (f64::from(h) / f64::from(self.x_max))
    }

    fn y(&self, amount: Money) -> f64 {
        let ore = amount.ore().clamp(0, self.y_max.ore());
        self.bottom - self.height * (ore as f64 / self.y_max.ore() as f64)
    }
}

/// The chart for an application and a scenario (its hires for the marker, its expenses
/// for the curve).
pub fn payout_chart(app: Application, outcome: Outcome) -> PayoutChart {
    let target = app.target.max(1);
    let app = Application { target, ..app };
    let threshold = threshold_hires(target);
    let x_max = x_axis_max(target);
    let expenses = outcome.expenses;
    let total_at = |hires: u32| payout(app, Outcome { hires, expenses }).total;
    let low = total_at(0).max(Money::ZERO);
    let high = total_at(threshold).max(Money::ZERO);

    let (step, steps) = y_axis_steps(high);
    let y_max = Money::from_ore(step.ore() * i64::from(steps));
    let margins = MARGINS;
    let scale = Scale {
        left: margins.left,
        width: VIEW_WIDTH - margins.left - margins.right,
        bottom: VIEW_HEIGHT - margins.bottom,
        height: VIEW_HEIGHT - margins.top - margins.bottom,
        x_max,
        y_max,
    };
    let point = |hires: u32, amount: Money| ChartPoint {
        hires,
        payout: amount,
        x: scale.x(hires),
        y: scale.y(amount),
    };
    let points = vec![
        point(0, low),
        point(threshold, low),
        point(threshold, high),
        point(x_max, high),
    ];
    let jump = Jump {
        hires: threshold,
        x: scale.x(threshold),
        low,
        high,
        y_low: scale.y(low),
        y_high: scale.y(high),
    };

    let mut x_ticks: Vec<XTick> = Vec::new();
    for (hires, is_threshold, is_target) in [
        (0, false, false),
        (threshold, true, false),
        (target, false, true),
        (x_max, false, false),
    ] {
        match x_ticks.iter_mut().find(|t| t.hires == hires) {
            Some(tick) => {
                tick.is_threshold |= is_threshold;
                tick.is_target |= is_target;
            }
            None => x_ticks.push(XTick {
                hires,
                x: scale.x(hires),
                label_y: scale.bottom + X_TICK_LABEL_OFFSET,
                is_threshold,
                is_target,
            }),
        }
    }

    let y_ticks = (0..=steps)
        .map(|i| {
            let amount = Money::from_ore(step.ore() * i64::from(i));
            let y = scale.y(amount);
            YTick {
                amount,
                y,
                label_x: scale.left - Y_TICK_LABEL_GAP,
                label_y: y + 4.0,
            }
        })
        .collect();

    let shown = outcome.hires.min(x_max);
    let scenario_total = payout(app, outcome).total;
    let scenario = ScenarioMarker {
        hires: outcome.hires,
        shown_hires: shown,
        clamped: outcome.hires > x_max,
        payout: scenario_total,
        x: scale.x(shown),
        y: scale.y(scenario_total),
    };

    let achievements: Vec<AchievementMarker> = round_one_achievements()
        .into_iter()
        .filter_map(|a| {
            let AchievementSource::Project(name) = a.source else {
                return None;
            };
            let hires = as_if_hires(target, a.hires, a.target);
            let shown_hires = hires.min(x_max);
            Some(AchievementMarker {
                name,
                percent_printed: a.percent_printed,
                unverified: a.is_unverified(),
                hires,
                shown_hires,
                clamped: hires > x_max,
                x: scale.x(shown_hires),
            })
        })
        .collect();

    PayoutChart {
        width: VIEW_WIDTH,
        height: VIEW_HEIGHT,
        margins,
        target,
        threshold,
        x_max,
        y_max,
        points,
        jump,
        x_ticks,
        y_ticks,
        scenario,
        achievements,
    }
}
