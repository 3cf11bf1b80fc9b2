//! The caseworkers' view: paste or load many applications, check them all at once.
//!
//! Its state is the page's one reducer ([`BatchState`]); this component turns the
//! browser's events into its actions, keeps the text for Back and reload, and draws the
//! views of what the check found.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::batch_state::{BatchAction, BatchState, FileProblem};
use crate::components::batch_table::BatchTable;
use crate::components::hooks::use_after_pause;
use crate::domain::batch::{read_batch_with_choice, sort_rows, BatchError, MAX_TEXT_BYTES};
use crate::domain::csv_export::{export_batch, CSV_MIME_TYPE};
use crate::ids::Id;
use crate::texts::batch::{csv_texts, BatchTexts};
use crate::texts::caseworker::CaseworkerTexts;
use crate::texts::{Page as T, Texts};
use crate::views::batch_errors::{batch_errors, BatchErrorsProps};
use crate::views::batch_input::{batch_input, BatchInputProps};
use crate::views::batch_summary::{batch_summary, BatchSummaryProps};
use crate::views::column_choice::{column_choice, ColumnChoiceProps};
use crate::views::field_error::error_prefix;

/// How long the text must stay the same while typing before it is checked, in
/// milliseconds: a key press in a 5.000-row batch then costs the text area alone.
pub const CHECK_AFTER_MS: u32 = 300;

/// Where this tab's session storage keeps the pasted batch for Back and reload.
pub const SESSION_KEY: &str = "puljeberegner:batch";

/// Where it keeps, beside the batch, the caseworker's choice of the columns its header
/// does not name.
pub const CHOICE_SESSION_KEY: &str = "puljeberegner:batch-columns";

/// Where it keeps, beside the batch, the table's order.
pub const SORT_SESSION_KEY: &str = "puljeberegner:batch-sort";

/// Where it keeps, beside the batch, where the page and the table were scrolled to when
/// the caseworker left the page.
pub const SCROLL_SESSION_KEY: &str = "puljeberegner:batch-scroll";

/// Props of [`BatchView`].
#[derive(Properties, PartialEq)]
pub struct BatchViewProps {
    /// The text the view opens with (the page opens empty, and gets back the batch this
    /// tab kept).
    #[prop_or_default]
    pub text: AttrValue,
}

/// Text area, file input, summary, table, errors and export.
#[function_component]
pub fn BatchView(props: &BatchViewProps) -> Html {
    let state = use_reducer({
        let text = props.text.clone();
        move || BatchState::with_text(&text)
    });
    // Every change goes through the reducer.
    let dispatch = state.dispatcher().to_callback();
    {
        let dispatch = dispatch.clone();
        use_after_pause(
            state.text().clone(),
            CHECK_AFTER_MS,
            Callback::from(move |_| dispatch.emit(BatchAction::Paused)),
        );
    }
    {
        // Once, after the first render: a batch kept in this tab comes back, with the
        // choice of columns and the table's order kept beside it. And from then on, where
        // the page and the table are scrolled to is kept as the caseworker leaves the page.
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            if let Some(text) = crate::browser::session_text(SESSION_KEY) {
                let choice = crate::browser::session_text(CHOICE_SESSION_KEY);
                let sort = crate::browser::session_text(SORT_SESSION_KEY);
                dispatch.emit(BatchAction::Restored { text, choice, sort });
            }
            crate::browser::on_leaving(|| {
                let at = crate::browser::scroll_positions(Id::BatchTable);
                crate::browser::keep_session_text(SCROLL_SESSION_KEY, &at);
            });
        });
    }
    // The kept batch back: the table drawn, the page and the table scrolled to where they
    // were (a task later, once the page is laid out).
    use_effect_with(state.restored(), |restored| {
        if *restored {
            if let Some(at) = crate::browser::session_text(SCROLL_SESSION_KEY) {
                gloo_timers::callback::Timeout::new(0, move || {
                    crate::browser::restore_scroll_positions(Id::BatchTable, &at)
                })
                .forget();
            }
        }
    });
    // The table's order kept beside the batch (after the first effect, which reads it).
    use_effect_with(state.sort_text(), |sort| {
        crate::browser::keep_session_text(SORT_SESSION_KEY, sort);
    });
    // A file read: what the check found comes into view, the line saying which file first.
    use_effect_with(state.files_read(), |read| {
        if *read > 0 {
            crate::browser::scroll_to_top_of(Id::BatchStatus);
        }
    });
    let header = state.header();
    let fitted = state.fitted();
    {
        // Kept as soon as it is checked (at once for a paste, after a pause in typing), so
        // a row's link followed right after a paste finds it kept, with the choice of
        // columns made for its header. After the effect above, which reads what was kept
        // before this text replaces it.
        let dispatch = dispatch.clone();
        use_effect_with(
            (state.checked().clone(), fitted.clone()),
            move |(text, choice)| {
                let kept = crate::browser::keep_session_text(SESSION_KEY, text);
                crate::browser::keep_session_text(CHOICE_SESSION_KEY, &choice.to_text());
                dispatch.emit(BatchAction::Kept(kept));
            },
        );
    }
    let checked = use_memo(
        (state.checked().clone(), fitted.clone()),
        |(text, choice)| {
            let own_columns = csv_texts::<T>().own_columns();
            read_batch_with_choice(text, &own_columns, choice, T::LANG.batch_language())
                .map(|b| (Rc::new(b.rows.clone()), Rc::new(b.extra_headers.clone()), b))
        },
    );
    // The form for the columns the header does not name, beside the message that one is
    // missing, and above the summary once every one is chosen.
    let choice_form = match (&header, &*checked) {
        (Some(header), Ok(_) | Err(BatchError::MissingColumn { .. })) => {
            column_choice(&ColumnChoiceProps {
                header: header.clone(),
                // A choice made for other headings is not applied to these, and the form
                // says so.
                reset: fitted.is_empty() && !state.choice().is_empty(),
                choice: fitted,
                onchoose: dispatch
                    .reform(|(column, position)| BatchAction::Choose(column, position)),
            })
        }
        _ => html! {},
    };

    let oninput = dispatch.reform(|e: InputEvent| BatchAction::Typed {
        text: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
        pasted: e.input_type() == "insertFromPaste",
    });
    let onfile = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Choosing the same file again reads it again.
            input.set_value("");
            let name = file.name();
            let dispatch = dispatch.clone();
            crate::browser::read_file_text(file, MAX_TEXT_BYTES, move |result| {
                dispatch.emit(match result {
                    Ok((text, read_as)) => BatchAction::FileRead(text, read_as, name),
                    Err(FileProblem::TooLarge(bytes)) => BatchAction::FileTooLarge(bytes),
                    Err(FileProblem::Unreadable) => BatchAction::FileUnreadable,
                })
            });
        })
    };

    // Which file the text was read from, before what the check found.
    let file_note = state
        .file_name()
        .map(|name| T::file_read(name) + " ")
        .unwrap_or_default();
    let results = match &*checked {
        _ if state
            .checked()
            .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .is_empty() =>
        {
            html! { <p class="status">{ T::EMPTY }</p> }
        }
        Err(e) => {
            html! {
                <>
                    <p class="field-error" role="alert" data-testid="batch-fatal" id={Id::BatchStatus.text()}>
                        { file_note.clone() }{ error_prefix() }{ T::batch_error(e) }
                    </p>
                    { choice_form }
                </>
            }
        }
        Ok((rows, extra_headers, batch)) => {
            let rejected = batch.invalid.len();
            let ondownload = {
                let rows = rows.clone();
                let extra_headers = extra_headers.clone();
                let invalid = state
                    .with_rejected()
                    .then(|| Rc::new(batch.invalid.clone()));
                let (column, direction) = state.sort();
                Callback::from(move |_: MouseEvent| {
                    let mut rows = (*rows).clone();
                    sort_rows(&mut rows, column, direction);
                    let rejected = invalid.as_deref().map_or(&[][..], Vec::as_slice);
                    crate::browser::download_text(
                        T::CSV_FILENAME,
                        CSV_MIME_TYPE,
                        &export_batch(&rows, rejected, &extra_headers, csv_texts::<T>()),
                    );
                })
            };
            html! {
                <>
                    <p class="status" role="status" data-testid="batch-status" id={Id::BatchStatus.text()}>{ file_note.clone() }{ T::batch_checked_status(rows.len() + rejected, rejected) }</p>
                    { choice_form }
                    { batch_summary(&BatchSummaryProps {
                        rows: rows.clone(),
                        rejected,
                        encoding: state.encoding(),
                        with_rejected: state.with_rejected(),
                        onwithrejected: dispatch.reform(|e: Event| BatchAction::WithRejected(
                            e.target_unchecked_into::<HtmlInputElement>().checked(),
                        )),
                        ondownload,
                    }) }
                    if rejected > 0 {
                        { batch_errors(&BatchErrorsProps { invalid: &batch.invalid }) }
                    }
                    if !rows.is_empty() {
                        <BatchTable rows={rows.clone()} extra_headers={extra_headers.clone()} sort={state.sort()}
                            onsort={dispatch.reform(|(column, direction)| BatchAction::Sort(column, direction))} />
                    }
                </>
            }
        }
    };

    html! {
        <>
            <h1>{ T::BATCH_HEADING }</h1>
            <p class="lead">{ T::BATCH_LEAD }</p>
            { batch_input(&BatchInputProps {
                text: state.text().clone().into(),
                file_error: state.file_problem().map(|problem| match problem {
                    FileProblem::TooLarge(bytes) => T::file_too_large(bytes as f64),
                    FileProblem::Unreadable => T::FILE_UNREADABLE.to_string(),
                }),
                kept: state.kept(),
                can_undo: state.can_undo(),
                oninput,
                onfile,
                onexample: dispatch.reform(|_: MouseEvent| BatchAction::Example),
                onundo: dispatch.reform(|_: MouseEvent| BatchAction::Undo),
            }) }
            if state.pending() {
                <p class="status" data-testid="batch-pending">{ T::BATCH_PENDING }</p>
            }
            { results }
        </>
    }
}
