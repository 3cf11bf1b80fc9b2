//! The batch check's summary: how many applications, their totals and unit price, against
//! round one and two, per approach, how many flagged, and the CSV export.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::batch::{summarize, CheckedRow, Encoding};
use crate::ids::Id;
use crate::texts::batch::BatchTexts;
use crate::texts::{Page as T, Texts};

/// What [`batch_summary`] shows.
pub struct BatchSummaryProps {
    /// The valid rows.
    pub rows: Rc<Vec<CheckedRow>>,
    /// How many rows were rejected.
    pub rejected: usize,
    /// The encoding the text was read in, when it came from a file.
    pub encoding: Option<Encoding>,
    /// Whether the CSV file gets the rejected rows too.
    pub with_rejected: bool,
    /// Called when that is changed.
    pub onwithrejected: Callback<Event>,
    /// The CSV download.
    pub ondownload: Callback<MouseEvent>,
}

/// The summary panel.
pub fn batch_summary(props: &BatchSummaryProps) -> Html {
    let s = summarize(&props.rows);
    let rejected = props.rejected;
    let onrejectedlink = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        crate::browser::focus_element(Id::BatchErrors);
    });
    html! {
        <section class="panel" aria-labelledby="summary-heading" data-testid="batch-summary">
            <h2 id="summary-heading">{ T::SUMMARY_HEADING }</h2>
            <dl class="compare-figures">
                <div class="compare-row"><dt>{ T::S_APPLICATIONS }</dt><dd data-testid="summary-applications">{ T::count(s.applications as u32) }</dd></div>
                <div class="compare-row"><dt>{ T::S_REJECTED }</dt><dd data-testid="summary-rejected">
                    { T::count(rejected as u32) }
                    if rejected > 0 {
                        { " – " }<a href={Id::BatchErrors.href()} onclick={onrejectedlink} data-testid="rejected-link">{ T::rejected_link(rejected) }</a>
                    }
                </dd></div>
                <div class="compare-row"><dt>{ T::S_TOTAL_BUDGET }</dt><dd>{ T::money(s.total_budget) }</dd></div>
                <div class="compare-row"><dt>{ T::S_TOTAL_TARGET }</dt><dd>{ T::count(s.total_target.min(u64::from(u32::MAX)) as u32) }</dd></div>
                <div class="compare-row"><dt>{ T::S_UNIT_PRICE }</dt><dd data-testid="summary-unit-price">{ s.unit_price.map_or_else(|| "–".to_string(), T::money) }</dd></div>
                <div class="compare-row"><dt>{ T::S_ROUND_ONE }</dt><dd>{ T::money(s.round_one_average) }</dd></div>
                <div class="compare-row"><dt><a href={crate::texts::reference::da::STAR_ROUND_TWO_NEWS}>{ T::S_ROUND_TWO }</a></dt><dd data-testid="summary-round-two">{ T::money(crate::domain::round_two::UNIT_PRICE_STAR) }</dd></div>
                <div class="compare-row"><dt>{ T::COL_APPROACH }</dt><dd>{ T::per_approach(&s.per_approach) }</dd></div>
                <div class="compare-row"><dt>{ T::S_FLAGGED }</dt><dd data-testid="summary-flagged">{ T::count(s.flagged as u32) }</dd></div>
                if let Some(read_as) = props.encoding {
                    <div class="compare-row"><dt>{ T::S_ENCODING }</dt><dd data-testid="summary-encoding">{ T::encoding_read(read_as) }</dd></div>
                }
            </dl>
            <p class="figure-note" data-testid="summary-round-two-note">{ T::S_ROUND_TWO_NOTE }</p>
            if !props.rows.is_empty() || rejected > 0 {
                <div class="actions no-print">
                    if rejected > 0 {
                        <label class="check-label">
                            <input type="checkbox" checked={props.with_rejected} onchange={props.onwithrejected.clone()} data-testid="export-rejected" />
                            { " " }{ T::export_rejected(rejected) }
                        </label>
                    }
                    <button type="button" class="button" onclick={props.ondownload.clone()} data-testid="download-csv">{ T::DOWNLOAD }</button>
                </div>
            }
        </section>
    }
}
