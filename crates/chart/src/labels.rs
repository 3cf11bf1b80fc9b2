//! Where the payout chart's labels go, so that none lies over another or over a line: each
//! box is estimated from its text ([`text_width`], [`ASCENT`], [`DESCENT`]); the scenario's
//! label has a row of its own above the plot, tied to its point by a line, and the
//! round-one labels are stacked in lanes under the x axis so that no leader line runs
//! through another label.

use super::{
    AchievementMarker, Anchor, PayoutChart, ASCENT, DESCENT, FONT, LABEL_GAP, LANES, LANE_HEIGHT,
    LANE_OFFSET, LEADER_OFFSET, MARGINS, SCENARIO_FONT, SCENARIO_LABEL_Y, VIEW_HEIGHT,
};
use domain::small_sort::sort_small_by_key;

/// A label's box, in viewBox units (SVG: down is larger).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    /// Left edge.
    pub left: f64,
    /// Right edge.
    pub right: f64,
    /// Top edge.
    pub top: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl LabelBox {
    /// The box of a text `width` wide from `left`, on the baseline `y`, at text size `font`.
    pub fn of_text(left: f64, width: f64, y: f64, font: f64) -> LabelBox {
        LabelBox {
            left,
            right: left + width,
            top: y - ASCENT * font,
            bottom: y + DESCENT * font,
        }
    }

    /// Whether the two boxes share more than an edge.
    pub fn overlaps(&self, other: &LabelBox) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    /// Whether the vertical line at `x` from `top` to `bottom` runs through the box.
    pub fn crossed_by(&self, x: f64, top: f64, bottom: f64) -> bool {
        self.left <= x && x <= self.right && top < self.bottom && self.top < bottom
    }
}

/// Where a round-one project's label goes: in a lane under the x axis, beside the leader
/// line that runs down from under the x tick labels ([`LEADER_TOP`]) to the lane.
#[derive(Debug, Clone, PartialEq)]
pub struct AchievementLabel {
    /// The project's place in [`PayoutChart::achievements`].
    pub marker: usize,
    /// The label's text.
    pub text: String,
    /// The lane, 0 nearest the axis.
    pub lane: u32,
    /// The text starts at `x`, right of the leader line, or ends there, left of it.
    pub anchor: Anchor,
    /// Pixel x of the text's anchor.
    pub x: f64,
    /// Left edge of the text's estimated box.
    pub left: f64,
    /// Right edge of the text's estimated box.
    pub right: f64,
    /// Pixel x of the leader line: the marker's.
    pub line_x: f64,
}

/// Bottom edge of the plot area: the x axis.
pub const PLOT_BOTTOM: f64 = VIEW_HEIGHT - MARGINS.bottom;
/// Where the round-one leader lines start: under the x tick labels.
pub const LEADER_TOP: f64 = PLOT_BOTTOM + LEADER_OFFSET;

impl AchievementLabel {
    /// Pixel y of the text's baseline.
    pub fn y(&self) -> f64 {
        PLOT_BOTTOM + LANE_OFFSET + LANE_HEIGHT * f64::from(self.lane)
    }

    /// Where the leader line ends: the top of the label's box.
    pub fn line_bottom(&self) -> f64 {
        self.y() - ASCENT * FONT
    }

    /// The text's estimated box.
    pub fn bounds(&self) -> LabelBox {
        LabelBox::of_text(self.left, self.right - self.left, self.y(), FONT)
    }
}

/// Where the scenario's label goes: centred over its marker in the row above the plot
/// (moved in to stay inside the viewBox), on the baseline [`SCENARIO_LABEL_Y`], with a line
/// from under it ([`SCENARIO_LINE_TOP`]) down to the marker (drawn under the marker).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScenarioLabel {
    /// Pixel x of the text's centre (`text-anchor="middle"`).
    pub x: f64,
    /// The text's estimated width at [`SCENARIO_FONT`] (at [`FONT`] it is narrower).
    pub width: f64,
}

/// Where the line from the scenario's label to its marker starts: under the label.
pub const SCENARIO_LINE_TOP: f64 = SCENARIO_LABEL_Y + DESCENT * SCENARIO_FONT;

impl ScenarioLabel {
    /// The text's estimated box at [`SCENARIO_FONT`] (at [`FONT`] it lies inside this).
    pub fn bounds(&self) -> LabelBox {
        LabelBox::of_text(
            self.x - self.width / 2.0,
            self.width,
            SCENARIO_LABEL_Y,
            SCENARIO_FONT,
        )
    }
}

/// The chart's labels, placed so that none lies over another or over a line.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLabels {
    /// The scenario's label: always there.
    pub scenario: ScenarioLabel,
    /// The round-one projects' labels, the rightmost marker's first. A project whose label
    /// has no room in any lane is not here: it is left out of the drawing (the table under
    /// the chart has it).
    pub achievements: Vec<AchievementLabel>,
}

/// Bold text (weight 600, the scenario's label) is at most this much wider.
pub const BOLD: f64 = 1.1;

/// Width of each ASCII character, in hundredths of an em: see [`text_width`].
const ASCII_WIDTHS: [u8; 128] = {
    let mut widths = [65; 128];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_uppercase() || (b as u8).is_ascii_digit() {
            widths[b] = 75;
        }
        b += 1;
    }
    let narrow = b" .,:()-ijlIftr";
    let mut i = 0;
    while i < narrow.len() {
        widths[narrow[i] as usize] = 42;
        i += 1;
    }
    let wide = b"mwMW%";
    let mut i = 0;
    while i < wide.len() {
        widths[wide[i] as usize] = 100;
        i += 1;
    }
    widths
};

/// An upper estimate of the width of `text` at text size `font` (viewBox units; times
/// [`BOLD`] for bold), from the widths of its characters in the fonts the page may get
/// (IBM Plex Sans, Arial, DejaVu Sans), in four classes: narrow (0,42 em), wide (1 em:
/// "m", "w", "%", and every letter beyond ASCII: æ, ø, å, →), capitals and digits
/// (0,75 em), and the rest (0,65 em).
#[inline(never)]
pub fn text_width(text: &str, font: f64) -> f64 {
    let hundredths: u32 = text
        .bytes()
        .map(|b| match b {
            0..=0x7F => u32::from(ASCII_WIDTHS[usize::from(b)]),
            0x80..=0xBF => 0, // the rest of a letter beyond ASCII
            _ => 100,         // the first byte of a letter beyond ASCII
        })
        .sum();
    f64::from(hundredths) * font / 100.0
}

impl PayoutChart {
    /// Places the labels: `scenario` is the scenario's label, `text` writes a round-one
    /// project's.
    ///
    /// The round-one labels are placed from the rightmost marker to the leftmost, each in
    /// the lane nearest the axis where it meets no other label of that lane, no leader line
    /// of a label further from the axis runs through it, and its own leader line runs
    /// through no label nearer the axis. (A lane is as tall as a line of text, so labels in
    /// two lanes never meet.) A label starts right of its marker, or ends left of it when
    /// it would leave the viewBox.
    pub fn labels(
        &self,
        scenario: &str,
        text: impl Fn(&AchievementMarker) -> String,
    ) -> ChartLabels {
        let mut order: Vec<usize> = (0..self.achievements.len()).collect();
        sort_small_by_key(&mut order, |&i| {
            core::cmp::Reverse(self.achievements[i].shown_hires)
        });
        let mut placed: Vec<AchievementLabel> = Vec::new();
        for marker in order {
            let m = &self.achievements[marker];
            let text = text(m);
            let width = text_width(&text, FONT);
            let line_x = m.x;
            let (anchor, x, left) = if line_x + LABEL_GAP + width <= self.width {
                (Anchor::Start, line_x + LABEL_GAP, line_x + LABEL_GAP)
            } else {
                (Anchor::End, line_x - LABEL_GAP, line_x - LABEL_GAP - width)
            };
            let right = left + width;
            let lane = (0..LANES).find(|&lane| {
                placed.iter().all(|p| match p.lane {
                    l if l == lane => right <= p.left || p.right <= left,
                    // Its leader line passes this lane.
                    l if l > lane => !(left..=right).contains(&p.line_x),
                    // This one's leader line passes its lane.
                    _ => !(p.left..=p.right).contains(&line_x),
                })
            });
            if let Some(lane) = lane {
                placed.push(AchievementLabel {
                    marker,
                    text,
                    lane,
                    anchor,
                    x,
                    left,
                    right,
                    line_x,
                });
            }
        }
        let width = text_width(scenario, SCENARIO_FONT * BOLD);
        ChartLabels {
            scenario: ScenarioLabel {
                x: self
                    .scenario
                    .x
                    .min(self.width - width / 2.0)
                    .max(width / 2.0),
                width,
            },
            achievements: placed,
        }
    }
}
