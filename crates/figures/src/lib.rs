//! The figures module: the first figures before the framework. A small wasm of its own
//! (no Yew), loaded first by each calculator page. As the page loads it reads the link's
//! query and the pre-rendered form, computes with the domain and writes the key figures,
//! the scenario's payout and the fields' messages into the pre-rendered view; it follows
//! typing until the app starts (the page's module script, `static/figures.js`, stops
//! calling it once the app has taken the view over). Every text comes from the same place
//! as the app's ([`model::figure_texts`]), so both write the same words.
//!
//! What the page is told to change is a list of [`Patch`]es, handed over as one string
//! ([`encode`]: each target's name, then its text's length, so no text needs escaping).

use std::cell::RefCell;

use model::calculator_view::CalculatorView;
use model::figure_texts::{FieldErrors, FigureTexts};
use model::pages::{Lang, View};
use model::state::{Action, Field, State};
use model::texts::{Page as T, Texts};
use wasm_bindgen::prelude::wasm_bindgen;

/// One change to the pre-rendered page: where, and the text to put there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Patch {
    /// Where it goes, e.g. `text:unit-price`; see [`Target`].
    pub target: Target,
    /// The text; empty removes what the target names (a message, a status).
    pub text: String,
}

/// Where a [`Patch`] goes; its [`Target::name`] is what the page's script reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The text of the element with a `data-testid`: `figure:` and the testid.
    Figure(&'static str),
    /// The text of the element with an `id`: `text:` and the id.
    Text(&'static str),
    /// A form control's value (the approach: which radio button is checked).
    Value(Field),
    /// The message under a field (empty: none).
    Error(Field),
    /// "Fejl:" before each message, for screen readers.
    ErrorPrefix,
    /// The note "Udfyld …" while budget and target are not both accepted (empty: none).
    ResultsMissing,
    /// Whether the scenario reaches the threshold (empty: no scenario, no status).
    Status,
    /// The note under the first payment's label.
    InterimNote,
    /// The final settlement's label; its row is marked a repayment when the text is
    /// [`Texts::REPAYMENT_LABEL`].
    FinalLabel,
    /// Non-empty when the final settlement is a repayment.
    Repayment,
}

impl Target {
    /// The target as the page's script reads it: `kind` or `kind:name`.
    pub fn name(self) -> &'static str {
        match self {
            Target::Figure(testid) => testid,
            Target::Text(id) => id,
            Target::Value(field) => match field {
                Field::Budget => "value:budget",
                Field::Target => "value:target",
                Field::Approach => "value:approach",
                Field::Hires => "value:hires",
                Field::Expenses => "value:expenses",
            },
            Target::Error(field) => match field {
                Field::Budget => "error:budget",
                Field::Target => "error:target",
                Field::Approach => "error:approach",
                Field::Hires => "error:hires",
                Field::Expenses => "error:expenses",
            },
            Target::ErrorPrefix => "error-prefix",
            Target::ResultsMissing => "results-missing",
            Target::Status => "status",
            Target::InterimNote => "interim-note",
            Target::FinalLabel => "final-label",
            Target::Repayment => "repayment",
        }
    }
}

/// The figures module's state: the calculator's own [`State`], changed by the same
/// actions as the app's reducer.
#[derive(Debug, Clone)]
pub struct Figures {
    state: State,
    /// The link is for another page (`lang`, `view`): the app goes there; write nothing.
    elsewhere: bool,
}

impl Figures {
    /// The state a page opened with `query` (with or without `?`) describes. What the
    /// reader typed into the pre-rendered form before this ran is then applied as typing
    /// ([`Action::Set`], then [`Action::Paused`]), so it wins over the link, as in the app.
    pub fn start(query: &str) -> Figures {
        let state = State::from_query(query);
        let elsewhere = state.page() != (View::Calculator, Lang::PAGE);
        Figures { state, elsewhere }
    }

    /// Applies what the reader did: typed, paused, left a field.
    pub fn apply(&mut self, action: Action) {
        self.state.apply(action);
    }

    /// The state, for the tests.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// The patches that make the pre-rendered view show this state's first figures,
    /// and, with `values`, put the state's values into the form too (at the start, for a
    /// link's values).
    pub fn patches(&self, values: bool) -> Vec<Patch> {
        if self.elsewhere {
            return Vec::new();
        }
        let view = CalculatorView::from(&self.state);
        let texts = FigureTexts::of(&view);
        let errors = FieldErrors::of(&self.state, &view);
        let mut out = Vec::new();
        let mut push = |target: Target, text: String| out.push(Patch { target, text });
        if values {
            for field in Field::ALL {
                push(Target::Value(field), self.state.raw(field).to_string());
            }
        }
        push(
            Target::ResultsMissing,
            texts.results_missing.unwrap_or_default().to_string(),
        );
        push(Target::Figure("figure:unit-price"), texts.unit_price);
        push(Target::Figure("figure:threshold-hires"), texts.threshold);
        push(Target::Status, texts.status.unwrap_or_default());
        push(Target::InterimNote, texts.interim_note.to_string());
        push(Target::Figure("figure:payout-interim"), texts.interim);
        push(Target::FinalLabel, texts.final_label.to_string());
        push(
            Target::Repayment,
            if texts.repayment { "1" } else { "" }.to_string(),
        );
        push(Target::Figure("figure:payout-final"), texts.final_payment);
        push(Target::Figure("figure:payout-total"), texts.total);
        push(Target::Figure("figure:own-financing"), texts.own_financing);
        push(Target::Figure("figure:payout-per-hire"), texts.per_hire);
        push(Target::Text("text:field-hires-hint"), texts.hires_hint);
        push(Target::ErrorPrefix, T::ERROR_PREFIX.to_string());
        for field in Field::ALL {
            push(
                Target::Error(field),
                errors.get(field).unwrap_or_default().to_string(),
            );
        }
        out
    }
}

/// The patches as one string for the page's script: for each, its target's name, a line
/// break, its text's length in UTF-16 code units (JavaScript's `length`), a line break, and
/// the text.
pub fn encode(patches: &[Patch]) -> String {
    let mut out = String::new();
    for patch in patches {
        out.push_str(patch.target.name());
        out.push('\n');
        out.push_str(&patch.text.encode_utf16().count().to_string());
        out.push('\n');
        out.push_str(&patch.text);
    }
    out
}

thread_local! {
    /// The page's figures, once [`start`] has run.
    static FIGURES: RefCell<Option<Figures>> = const { RefCell::new(None) };
}

/// Starts on a page opened with `query` (`location.search`). Returns the patches
/// ([`encode`]), the link's values among them.
#[wasm_bindgen]
pub fn start(query: &str) -> String {
    let figures = Figures::start(query);
    let patches = figures.patches(true);
    FIGURES.with(|f| *f.borrow_mut() = Some(figures));
    encode(&patches)
}

/// The reader typed `value` into the field `name` (or chose an approach). Returns the
/// patches.
#[wasm_bindgen]
pub fn input(name: &str, value: &str) -> String {
    act(Field::from_name(name).map(|f| Action::Set(f, value.to_string())))
}

/// The reader paused typing, or left a field: its message may show.
#[wasm_bindgen]
pub fn pause() -> String {
    act(Some(Action::Paused))
}

/// Applies an action and returns the new patches.
fn act(action: Option<Action>) -> String {
    FIGURES.with(|f| {
        let mut f = f.borrow_mut();
        match (f.as_mut(), action) {
            (Some(figures), Some(action)) => {
                figures.apply(action);
                encode(&figures.patches(false))
            }
            _ => String::new(),
        }
    })
}

/// How long a field may go without a keystroke before its problem is shown (the page's
/// script then calls [`pause`]), as in the app.
#[wasm_bindgen]
pub fn check_after_ms() -> u32 {
    model::state::CHECK_AFTER_MS
}

/// lol_alloc's free-list allocator: the smallest measured (docs/performance.md).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the wasm is built without atomics (wasm32-unknown-unknown's default), so it runs
// on one thread only, which is what `AssumeSingleThreaded` requires.
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
