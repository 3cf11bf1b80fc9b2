//! "Sådan er det regnet ud": every figure with its formula filled in with the user's numbers.

use yew::prelude::*;

use crate::domain::payout::{
    payout, payout_per_hire, threshold_hires, unit_price, Application, Outcome,
};
use crate::i18n::Lang;

/// What [`workings`] shows.
pub struct WorkingsProps {
    /// The page language.
    pub lang: Lang,
    /// The application and the user's scenario, or `None` while inputs are invalid.
    pub scenario: Option<(Application, Outcome)>,
}

/// An expandable list of formulas, and the report's sentence for the rule.
pub fn workings(props: &WorkingsProps) -> Html {
    let lang = props.lang;
    let t = lang.scenario_texts();
    let Some((app, outcome)) = props.scenario else {
        // Keep the <details> (and whether it is open) while inputs are being fixed.
        return html! {
            <details class="workings" data-testid="workings">
                <summary>{ t.workings_summary }</summary>
                <p class="status">{ lang.texts().results_missing }</p>
            </details>
        };
    };
    let p = payout(app, outcome);
    let m = |v| lang.money(v);
    let eligible = outcome.expenses.min(app.budget);
    let mut lines: Vec<(&str, String)> = vec![
        (
            t.w_unit_price,
            format!(
                "{} / {} = {} ({})",
                m(app.budget),
                lang.count(app.target),
                m(unit_price(app)),
                t.w_truncated
            ),
        ),
        (
            t.w_threshold,
            lang.w_threshold(app.target, threshold_hires(app.target)),
        ),
        (
            t.w_interim,
            if p.threshold_reached {
                format!("{} / 2 = {}", m(app.budget), m(p.interim))
            } else {
                lang.w_interim_not_reached(outcome.hires, threshold_hires(app.target))
            },
        ),
        (
            t.w_eligible,
            lang.w_eligible(outcome.expenses, app.budget, eligible),
        ),
        (
            t.w_total,
            if p.threshold_reached {
                format!("{} = {}", m(eligible), m(p.total))
            } else {
                format!("{} / 2 = {}", m(eligible), m(p.total))
            },
        ),
        (
            t.w_final,
            format!("{} − {} = {}", m(p.total), m(p.interim), m(p.final_payment)),
        ),
        (
            t.w_own_financing,
            format!(
                "{} − {} = {}",
                m(outcome.expenses),
                m(p.total),
                m(p.own_financing)
            ),
        ),
    ];
    if let Some(per_hire) = payout_per_hire(p.total, outcome.hires) {
        lines.push((
            t.w_per_hire,
            format!(
                "{} / {} = {}",
                m(p.total),
                lang.count(outcome.hires),
                m(per_hire)
            ),
        ));
    }
    let texts = lang.texts();
    html! {
        <details class="workings" data-testid="workings">
            <summary>{ t.workings_summary }</summary>
            <dl>
                { for lines.into_iter().map(|(label, formula)| html! {
                    <div class="working"><dt>{ label }</dt><dd>{ formula }</dd></div>
                }) }
            </dl>
            <p class="figure-note">{ t.w_rounding }</p>
            <figure class="quote">
                <blockquote lang="da">{ texts.rule_quote }</blockquote>
                <figcaption>{ texts.rule_source }</figcaption>
            </figure>
        </details>
    }
}
