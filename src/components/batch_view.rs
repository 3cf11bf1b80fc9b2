//! The caseworkers' view: paste or load many applications, check them all at once.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::batch_table::BatchTable;
use crate::components::hooks::use_after_pause;
use crate::domain::batch::{
    read_batch_with_choice, sort_rows, summarize, BatchError, ColumnChoice, Encoding, Header,
    SortColumn, SortDirection, MAX_TEXT_BYTES,
};
use crate::domain::csv_export::{export_batch, CSV_MIME_TYPE};
use crate::domain::money::NumberFormat;
use crate::domain::round_one::PROJECTS;
use crate::texts::batch::{csv_texts, BatchTexts};
use crate::texts::{Page as T, Texts};
use crate::views::column_choice::{column_choice, ColumnChoiceProps};
use crate::views::field_error::{error_prefix, field_error, FieldErrorProps};

/// How long the text must stay the same while typing before it is checked, in
/// milliseconds: a key press in a 5.000-row batch then costs the text area alone.
pub const CHECK_AFTER_MS: u32 = 300;

/// Where this tab's session storage keeps the pasted batch for Back and reload.
pub const SESSION_KEY: &str = "puljeberegner:batch";

/// Where it keeps, beside the batch, the caseworker's choice of the columns its header
/// does not name.
pub const CHOICE_SESSION_KEY: &str = "puljeberegner:batch-columns";

/// Props of [`BatchView`].
#[derive(Properties, PartialEq)]
pub struct BatchViewProps {
    /// The pasted text, exactly.
    pub text: AttrValue,
    /// Called with the new text (typed, pasted, or read from a file).
    pub ontext: Callback<String>,
}

/// The nine round-one projects as a semicolon-separated example.
pub fn example_text() -> String {
    let mut out = format!(
        "{};{};{};{}\n",
        T::COL_PROJECT,
        T::BUDGET_LABEL,
        T::COL_TARGET,
        T::COL_APPROACH
    );
    for p in PROJECTS {
        out.push_str(&format!(
            "{};{};{};{}\n",
            p.name,
            p.grant.to_number(NumberFormat::Danish),
            p.target,
            crate::domain::letters::lowercase(T::approach_short(p.approach))
        ));
    }
    out
}

/// Text area, file input, summary, table, errors and export.
#[function_component]
pub fn BatchView(props: &BatchViewProps) -> Html {
    let file_error = use_state(|| None::<String>);
    // The encoding the chosen file was read in; typing in the text area forgets it.
    let encoding = use_state(|| None::<Encoding>);
    // The table's order, kept here so the CSV export is in the order on screen.
    let sort = use_state(|| (SortColumn::Line, SortDirection::Ascending));
    let onsort = {
        let sort = sort.clone();
        Callback::from(move |order| sort.set(order))
    };
    // Whether the CSV file gets the rejected rows too.
    let with_rejected = use_state(|| false);
    // The text last checked: the check runs once typing has paused, or at once for a
    // paste, a file or the example, so a key press in a long batch does not wait for it.
    let checked_text = use_state(|| props.text.clone());
    {
        let checked_text = checked_text.clone();
        use_after_pause(
            props.text.clone(),
            CHECK_AFTER_MS,
            Callback::from(move |text| checked_text.set(text)),
        );
    }
    let pending = *checked_text != props.text;
    // Whether the browser kept the text for Back and reload: `None` until it has tried.
    let kept = use_state(|| None::<bool>);
    // The caseworker's choice of the columns the header does not name, with the headings
    // it was made for: applied to those only, and kept until another choice is made.
    let choice = use_state(ColumnChoice::default);
    {
        // Once, after the first render: a batch kept in this tab comes back, with the
        // choice of columns kept beside it.
        let ontext = props.ontext.clone();
        let checked_text = checked_text.clone();
        let choice = choice.clone();
        let empty = props.text.is_empty();
        use_effect_with((), move |_| {
            if empty {
                if let Some(text) = crate::browser::session_text(SESSION_KEY) {
                    if let Some(header) = Header::of(&text) {
                        let kept = crate::browser::session_text(CHOICE_SESSION_KEY);
                        choice.set(ColumnChoice::from_text(&kept.unwrap_or_default(), &header));
                    }
                    checked_text.set(AttrValue::from(text.clone()));
                    ontext.emit(text);
                }
            }
        });
    }
    let header = Header::of(&checked_text);
    let fitted = choice.fitted(header.as_ref());
    {
        // Kept as soon as it is checked (at once for a paste, after a pause in typing), so
        // a row's link followed right after a paste finds it kept, with the choice of
        // columns made for its header. After the effect above, which reads what was kept
        // before this text replaces it.
        let kept = kept.clone();
        use_effect_with(
            ((*checked_text).clone(), fitted.clone()),
            move |(text, choice)| {
                kept.set(Some(crate::browser::keep_session_text(SESSION_KEY, text)));
                crate::browser::keep_session_text(CHOICE_SESSION_KEY, &choice.to_text());
            },
        );
    }
    // The text the example replaced, until the caseworker types again: "Fortryd".
    let replaced = use_state(|| None::<AttrValue>);
    let checked = use_memo(
        ((*checked_text).clone(), fitted.clone()),
        |(text, choice)| {
            let own_columns = csv_texts::<T>().own_columns();
            read_batch_with_choice(text, &own_columns, choice)
                .map(|b| (Rc::new(b.rows.clone()), Rc::new(b.extra_headers.clone()), b))
        },
    );
    // The form for the columns the header does not name, beside the message that one is
    // missing, and above the summary once every one is chosen.
    let choice_form = match (&header, &*checked) {
        (Some(header), Ok(_) | Err(BatchError::MissingColumn { .. })) => {
            let onchoose = {
                let choice = choice.clone();
                let (header, fitted) = (header.clone(), fitted.clone());
                Callback::from(move |(column, position)| {
                    let mut next = fitted.clone();
                    next.choose(column, &header, position);
                    choice.set(next);
                })
            };
            column_choice(&ColumnChoiceProps {
                header: header.clone(),
                // A choice made for other headings is not applied to these, and the form
                // says so.
                reset: fitted.is_empty() && !choice.is_empty(),
                choice: fitted,
                onchoose,
            })
        }
        _ => html! {},
    };

    let oninput = {
        let ontext = props.ontext.clone();
        let file_error = file_error.clone();
        let encoding = encoding.clone();
        let checked_text = checked_text.clone();
        let replaced = replaced.clone();
        Callback::from(move |e: InputEvent| {
            file_error.set(None);
            encoding.set(None);
            replaced.set(None);
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            if e.input_type() == "insertFromPaste" {
                checked_text.set(AttrValue::from(text.clone()));
            }
            ontext.emit(text);
        })
    };
    let onfile = {
        let ontext = props.ontext.clone();
        let file_error = file_error.clone();
        let encoding = encoding.clone();
        let checked_text = checked_text.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Choosing the same file again reads it again.
            input.set_value("");
            let ontext = ontext.clone();
            let file_error = file_error.clone();
            let encoding = encoding.clone();
            let checked_text = checked_text.clone();
            crate::browser::read_file_text(file, MAX_TEXT_BYTES, move |result| match result {
                Ok((text, read_as)) => {
                    file_error.set(None);
                    encoding.set(Some(read_as));
                    checked_text.set(AttrValue::from(text.clone()));
                    ontext.emit(text);
                }
                Err(size) => file_error.set(Some(T::file_too_large(size))),
            });
        })
    };
    let onexample = {
        let ontext = props.ontext.clone();
        let checked_text = checked_text.clone();
        let encoding = encoding.clone();
        let replaced = replaced.clone();
        let before = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let text = example_text();
            let own_text = !before.trim().is_empty() && *before != *text;
            replaced.set(own_text.then(|| before.clone()));
            encoding.set(None);
            checked_text.set(AttrValue::from(text.clone()));
            ontext.emit(text)
        })
    };

    let onundo = {
        let ontext = props.ontext.clone();
        let checked_text = checked_text.clone();
        let replaced = replaced.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = (*replaced).clone() {
                replaced.set(None);
                checked_text.set(text.clone());
                ontext.emit(text.to_string());
            }
        })
    };

    let results = match &*checked {
        _ if checked_text
            .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .is_empty() =>
        {
            html! { <p class="status">{ T::EMPTY }</p> }
        }
        Err(e) => {
            html! {
                <>
                    <p class="field-error" role="alert" data-testid="batch-fatal">
                        { error_prefix() }{ T::batch_error(e) }
                    </p>
                    { choice_form }
                </>
            }
        }
        Ok((rows, extra_headers, batch)) => {
            let s = summarize(rows);
            let rejected = batch.invalid.len();
            let ondownload = {
                let rows = rows.clone();
                let extra_headers = extra_headers.clone();
                let invalid = with_rejected.then(|| Rc::new(batch.invalid.clone()));
                let (column, direction) = *sort;
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
            let onrejectedlink = Callback::from(|e: MouseEvent| {
                e.prevent_default();
                crate::browser::focus_element("batch-errors");
            });
            let onwithrejected = {
                let with_rejected = with_rejected.clone();
                Callback::from(move |e: Event| {
                    with_rejected.set(e.target_unchecked_into::<HtmlInputElement>().checked())
                })
            };
            html! {
                <>
                    <p class="status" role="status" data-testid="batch-status">{ T::batch_checked_status(s.applications + rejected, rejected) }</p>
                    { choice_form }
                    <section class="panel" aria-labelledby="summary-heading" data-testid="batch-summary">
                        <h2 id="summary-heading">{ T::SUMMARY_HEADING }</h2>
                        <dl class="compare-figures">
                            <div class="compare-row"><dt>{ T::S_APPLICATIONS }</dt><dd data-testid="summary-applications">{ T::count(s.applications as u32) }</dd></div>
                            <div class="compare-row"><dt>{ T::S_REJECTED }</dt><dd data-testid="summary-rejected">
                                { T::count(rejected as u32) }
                                if rejected > 0 {
                                    { " – " }<a href="#batch-errors" onclick={onrejectedlink} data-testid="rejected-link">{ T::rejected_link(rejected) }</a>
                                }
                            </dd></div>
                            <div class="compare-row"><dt>{ T::S_TOTAL_BUDGET }</dt><dd>{ T::money(s.total_budget) }</dd></div>
                            <div class="compare-row"><dt>{ T::S_TOTAL_TARGET }</dt><dd>{ T::count(s.total_target.min(u64::from(u32::MAX)) as u32) }</dd></div>
                            <div class="compare-row"><dt>{ T::S_UNIT_PRICE }</dt><dd data-testid="summary-unit-price">{ s.unit_price.map_or_else(|| "–".to_string(), T::money) }</dd></div>
                            <div class="compare-row"><dt>{ T::S_ROUND_ONE }</dt><dd>{ T::money(s.round_one_average) }</dd></div>
                            <div class="compare-row"><dt><a href={crate::texts::reference::da::STAR_ROUND_TWO_NEWS}>{ T::S_ROUND_TWO }</a></dt><dd data-testid="summary-round-two">{ T::money(crate::domain::round_two::UNIT_PRICE_STAR) }</dd></div>
                            <div class="compare-row"><dt>{ T::COL_APPROACH }</dt><dd>{ T::per_approach(&s.per_approach) }</dd></div>
                            <div class="compare-row"><dt>{ T::S_FLAGGED }</dt><dd data-testid="summary-flagged">{ T::count(s.flagged as u32) }</dd></div>
                            if let Some(read_as) = *encoding {
                                <div class="compare-row"><dt>{ T::S_ENCODING }</dt><dd data-testid="summary-encoding">{ T::encoding_read(read_as) }</dd></div>
                            }
                        </dl>
                        <p class="figure-note" data-testid="summary-round-two-note">{ T::S_ROUND_TWO_NOTE }</p>
                        if !rows.is_empty() || rejected > 0 {
                            <div class="actions no-print">
                                if rejected > 0 {
                                    <label class="check-label">
                                        <input type="checkbox" checked={*with_rejected} onchange={onwithrejected} data-testid="export-rejected" />
                                        { " " }{ T::export_rejected(rejected) }
                                    </label>
                                }
                                <button type="button" class="button" onclick={ondownload} data-testid="download-csv">{ T::DOWNLOAD }</button>
                            </div>
                        }
                    </section>
                    if rejected > 0 {
                        <section class="panel batch-errors" id="batch-errors" tabindex="-1" aria-labelledby="batch-errors-heading">
                            <h2 id="batch-errors-heading">{ T::ERRORS_HEADING }</h2>
                            <ul>
                                { for batch.invalid.iter().map(|row| html! {
                                    <li data-testid="batch-error">
                                        <strong>{ T::batch_line(row.line) }</strong>
                                        if let Some(name) = &row.name { { format!(" ({name})") } }
                                        { ": " }
                                        { row.reasons.iter().map(T::batch_row_error).collect::<Vec<_>>().join(" ") }
                                    </li>
                                }) }
                            </ul>
                        </section>
                    }
                    if !rows.is_empty() {
                        <BatchTable rows={rows.clone()} extra_headers={extra_headers.clone()} sort={*sort} {onsort} />
                    }
                </>
            }
        }
    };

    html! {
        <>
            <h1>{ T::BATCH_HEADING }</h1>
            <p class="lead">{ T::BATCH_LEAD }</p>
            <section class="panel no-print-input" aria-labelledby="batch-input-heading">
                <h2 id="batch-input-heading" class="visually-hidden">{ T::PASTE_LABEL }</h2>
                <div class="field">
                    <label class="field-label" for="batch-text">{ T::PASTE_LABEL }</label>
                    <span class="field-hint" id="batch-hint">{ T::PASTE_HINT }</span>
                    <textarea id="batch-text" name="batch" class="field-input field-textarea" rows="10"
                        spellcheck="false" aria-describedby="batch-hint" value={props.text.clone()} {oninput} />
                </div>
                <div class="field no-print">
                    <label class="field-label" for="batch-file">{ T::FILE_LABEL }</label>
                    if let Some(error) = &*file_error {
                        { field_error(&FieldErrorProps { id: "batch-file-error".into(), message: error.clone().into() }) }
                    }
                    <input id="batch-file" type="file" accept=".csv,.txt,text/csv,text/plain" onchange={onfile}
                        aria-invalid={file_error.is_some().then_some("true")}
                        aria-describedby={file_error.is_some().then_some("batch-file-error")} />
                </div>
                <p class="field-hint" data-testid="batch-kept">
                    { if *kept == Some(false) { T::BATCH_NOT_KEPT } else { T::BATCH_KEPT } }
                </p>
                <button type="button" class="button button--secondary no-print" onclick={onexample}>{ T::EXAMPLE_BUTTON }</button>
                if replaced.is_some() {
                    <p class="status no-print" role="status" data-testid="example-replaced">
                        { T::EXAMPLE_REPLACED }{ " " }
                        <button type="button" class="button button--secondary" onclick={onundo} data-testid="example-undo">{ T::UNDO }</button>
                    </p>
                }
            </section>
            if pending {
                <p class="status" data-testid="batch-pending">{ T::BATCH_PENDING }</p>
            }
            { results }
        </>
    }
}
