//! What round one teaches: the network approach's drivers and barriers as a checklist,
//! and the course approach's results with their caveats. Every line cites the report.

use yew::prelude::*;

use crate::domain::approach::Approach;
use crate::texts::reference::ReferenceTexts;
use crate::texts::{Page as T, Texts};

/// What [`lessons`] shows.
pub struct LessonsProps {
    /// The user's approach; `None` shows both lessons.
    pub approach: Option<Approach>,
}

/// The lessons for the user's approach.
/// Part of the page's reference part, written into the page at build time
/// ([`super::reference`]), with `approach: None`: both lessons.
pub fn lessons(props: &LessonsProps) -> Html {
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
                <h3>{ T::NETWORK_LESSONS_HEADING }</h3>
                <p>{ T::NETWORK_LESSONS_LEAD }</p>
                <ul class="checklist">
                    { for T::NETWORK_DRIVERS.iter().enumerate().map(|(i, (question, section))| {
                        let id = format!("driver-{i}");
                        html! {
                            <li>
                                <input type="checkbox" id={id.clone()} />
                                <label for={id}>{ *question }<span class="ref">{ format!(" ({section})") }</span></label>
                            </li>
                        }
                    }) }
                </ul>
                <p>{ T::NETWORK_BARRIERS_LEAD }</p>
                <ul>
                    { for T::NETWORK_BARRIERS.iter().map(|(barrier, section)| html! {
                        <li>{ *barrier }<span class="ref">{ format!(" ({section})") }</span></li>
                    }) }
                </ul>
            }
            if show_course {
                <h3>{ T::COURSE_LESSONS_HEADING }</h3>
                <p>{ T::CHAPTER_4_SCOPE }</p>
                <p>{ T::COURSE_FINDING }</p>
                <ul>{ for T::COURSE_CAVEATS.iter().map(|c| html! { <li>{ *c }</li> }) }</ul>
            }
        </div>
    }
}
