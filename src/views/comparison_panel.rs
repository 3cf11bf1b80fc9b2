//! The comparison figures: rank, average, median, min, max and same-approach average.

use yew::prelude::*;

use crate::domain::approach::Approach;
use crate::domain::compare::compare;
use crate::domain::money::Money;
use crate::texts::{Page as T, Texts};

/// What [`comparison_panel`] shows.
pub struct ComparisonPanelProps {
    /// The application's unit price, or `None` while it cannot be computed.
    pub unit_price: Option<Money>,
    /// The chosen approach, if any.
    pub approach: Option<Approach>,
}

/// Where the unit price stands among round one.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn comparison_panel(props: &ComparisonPanelProps) -> Html {
    let Some(price) = props.unit_price else {
        return html! {};
    };
    let c = compare(price, props.approach.unwrap_or(Approach::Network));
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
                { T::ROUND_TWO_COMPARE }{ " (" }<a href="#round-two-heading">{ T::ROUND_TWO_SOURCE_SHORT }</a>{ ")" }
            </p>
        </div>
    }
}
