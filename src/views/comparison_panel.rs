//! The comparison figures: rank, average, median, min, max and same-approach average.

use yew::prelude::*;

use crate::domain::approach::Approach;
use crate::domain::compare::Comparison;
use crate::ids::Id;
use crate::texts::{Page as T, Texts};

/// What [`comparison_panel`] shows.
pub struct ComparisonPanelProps {
    /// Where the unit price stands, or `None` while it cannot be computed.
    pub comparison: Option<Comparison>,
    /// The chosen approach, if any.
    pub approach: Option<Approach>,
}

/// Where the unit price stands among round one.
pub fn comparison_panel(props: &ComparisonPanelProps) -> Html {
    let Some(c) = &props.comparison else {
        return html! {};
    };
    let row = |label: String, value: String, testid: &'static str| {
        html! {
            <div class="compare-row">
                <dt>{ label }</dt>
                <dd class="figure" data-testid={testid}>{ value }</dd>
            </div>
        }
    };
    html! {
        <div class="comparison">
            <p class="status" data-testid="compare-rank">{ T::rank_sentence(c.rank, c.cheaper_projects) }</p>
            <dl class="compare-figures">
                { row(T::AVERAGE_LABEL.into(), T::money(c.average), "compare-average") }
                { row(T::MEDIAN_LABEL.into(), T::money(c.median), "compare-median") }
                { row(format!("{} ({})", T::MIN_LABEL, c.min.1), T::money(c.min.0), "compare-min") }
                { row(format!("{} ({})", T::MAX_LABEL, c.max.1), T::money(c.max.0), "compare-max") }
                if props.approach.is_some() {
                    { row(T::group_average_label(c.group).into(), T::money(c.group_average), "compare-approach-average") }
                }
            </dl>
            if props.approach.is_none() {
                <p class="figure-note">{ T::APPROACH_UNSET }</p>
            }
            <p class="figure-note" data-testid="round-two-compare">
                { T::ROUND_TWO_COMPARE }{ " (" }<a href={Id::RoundTwoHeading.href()}>{ T::ROUND_TWO_SOURCE_SHORT }</a>{ ")" }
            </p>
        </div>
    }
}
