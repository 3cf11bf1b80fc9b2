//! What round one teaches: the network approach's drivers and barriers as a checklist,
//! and the course approach's results with their caveats. Every line cites the report.

use yew::prelude::*;

use crate::domain::approach::Approach;
use crate::i18n::Lang;

/// What [`lessons`] shows.
pub struct LessonsProps {
    /// The page language.
    pub lang: Lang,
    /// The user's approach; `None` shows both lessons.
    pub approach: Option<Approach>,
}

/// The lessons for the user's approach.
#[inline(never)] // drawn after the results: compiled only then (see `AppProps::results_first`)
pub fn lessons(props: &LessonsProps) -> Html {
    let t = props.lang.scenario_texts();
    let show_network = matches!(
        props.approach,
        None | Some(Approach::Network) | Some(Approach::Hybrid)
    );
    let show_course = matches!(
        props.approach,
        None | Some(Approach::Course) | Some(Approach::Hybrid)
    );
    html! {
        <div class="lessons" data-testid="lessons">
            if show_network {
                <h3>{ t.network_lessons_heading }</h3>
                <p>{ t.network_lessons_lead }</p>
                <ul class="checklist">
                    { for t.network_drivers.iter().enumerate().map(|(i, (question, section))| {
                        let id = format!("driver-{i}");
                        html! {
                            <li>
                                <input type="checkbox" id={id.clone()} />
                                <label for={id}>{ *question }<span class="ref">{ format!(" ({section})") }</span></label>
                            </li>
                        }
                    }) }
                </ul>
                <p>{ t.network_barriers_lead }</p>
                <ul>
                    { for t.network_barriers.iter().map(|(barrier, section)| html! {
                        <li>{ *barrier }<span class="ref">{ format!(" ({section})") }</span></li>
                    }) }
                </ul>
            }
            if show_course {
                <h3>{ t.course_lessons_heading }</h3>
                <p>{ t.course_finding }</p>
                <ul>{ for t.course_caveats.iter().map(|c| html! { <li>{ *c }</li> }) }</ul>
            }
        </div>
    }
}
