//! The figures module: the first figures before the framework. A small wasm of its own
//! (no Yew), loaded first by each calculator page. As the page loads it reads the link's
//! query and the pre-rendered form, computes with the domain and writes the key figures,
//! the scenario's payout and the fields' messages into the pre-rendered view; it follows
//! typing until the app starts (the page's module script, `static/figures.js`, stops
//! calling it once the app has taken the view over). Every text comes from the same place
//! as the app's ([`model::figure_texts`]), so both write the same words.
//!
//! What the page is told to change is a list of [`Patch`]es; the wasm interface hands it
//! over one string at a time ([`patch_count`], [`patch_target`], [`patch_text`]), so no
//! text needs escaping on its way.

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
    /// The text of the element with this `data-testid`.
    Figure(&'static str),
    /// The text of the element with this `id`.
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
    pub fn name(self) -> String {
        match self {
            Target::Figure(testid) => format!("figure:{testid}"),
            Target::Text(id) => format!("text:{id}"),
            Target::Value(field) => format!("value:{}", field.name()),
            Target::Error(field) => format!("error:{}", field.name()),
            Target::ErrorPrefix => "error-prefix".into(),
            Target::ResultsMissing => "results-missing".into(),
            Target::Status => "status".into(),
            Target::InterimNote => "interim-note".into(),
            Target::FinalLabel => "final-label".into(),
            Target::Repayment => "repayment".into(),
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
    /// The state a page opened with `query` (with or without `?`) and with `typed` in its
    /// pre-rendered form ((name, value) pairs the reader typed before this ran) describes:
    /// what typed wins over the link, as in the app.
    pub fn start(query: &str, typed: &[(String, String)]) -> Figures {
        let state = State::from_query(query);
        let elsewhere = state.page() != (View::Calculator, Lang::PAGE);
        Figures {
            state: state.with_typed(typed),
            elsewhere,
        }
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
            if texts.results_missing {
                T::RESULTS_MISSING.to_string()
            } else {
                String::new()
            },
        );
        push(Target::Figure("unit-price"), texts.unit_price);
        push(Target::Figure("threshold-hires"), texts.threshold);
        push(Target::Status, texts.status.unwrap_or_default());
        push(Target::InterimNote, texts.interim_note.to_string());
        push(Target::Figure("payout-interim"), texts.interim);
        push(Target::FinalLabel, texts.final_label.to_string());
        push(
            Target::Repayment,
            if texts.repayment { "1" } else { "" }.to_string(),
        );
        push(Target::Figure("payout-final"), texts.final_payment);
        push(Target::Figure("payout-total"), texts.total);
        push(Target::Figure("own-financing"), texts.own_financing);
        push(Target::Figure("payout-per-hire"), texts.per_hire);
        push(Target::Text("field-hires-hint"), texts.hires_hint);
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

/// The `name=value` pairs of a form read as a query (`URLSearchParams`' text).
pub fn typed_pairs(form: &str) -> Vec<(String, String)> {
    model::query::pairs(form).collect()
}

thread_local! {
    /// The page's figures, once [`start`] has run.
    static FIGURES: RefCell<Option<Figures>> = const { RefCell::new(None) };
    /// The patches of the last call, handed out one by one.
    static PATCHES: RefCell<Vec<Patch>> = const { RefCell::new(Vec::new()) };
}

/// Stores `patches` for the page's script to read; returns how many there are.
fn hand_over(patches: Vec<Patch>) -> usize {
    let n = patches.len();
    PATCHES.with(|p| *p.borrow_mut() = patches);
    n
}

/// Starts on a page opened with `query` (`location.search`) whose form holds `typed`
/// (the fields whose value differs from the pre-rendered one, as a query). Returns the
/// number of patches.
#[wasm_bindgen]
pub fn start(query: &str, typed: &str) -> usize {
    let figures = Figures::start(query, &typed_pairs(typed));
    let patches = figures.patches(true);
    FIGURES.with(|f| *f.borrow_mut() = Some(figures));
    hand_over(patches)
}

/// The reader typed `value` into the field `name` (or chose an approach). Returns the
/// number of patches.
#[wasm_bindgen]
pub fn input(name: &str, value: &str) -> usize {
    let field = Field::ALL.into_iter().find(|f| f.name() == name);
    act(field.map(|f| Action::Set(f, value.to_string())))
}

/// The reader paused typing, or left a field: its message may show.
#[wasm_bindgen]
pub fn pause() -> usize {
    act(Some(Action::Paused))
}

/// Applies an action and hands over the new patches.
fn act(action: Option<Action>) -> usize {
    let patches = FIGURES.with(|f| {
        let mut f = f.borrow_mut();
        match (f.as_mut(), action) {
            (Some(figures), Some(action)) => {
                figures.apply(action);
                figures.patches(false)
            }
            _ => Vec::new(),
        }
    });
    hand_over(patches)
}

/// How long a field may go without a keystroke before its problem is shown (the page's
/// script then calls [`pause`]), as in the app.
#[wasm_bindgen]
pub fn check_after_ms() -> u32 {
    model::state::CHECK_AFTER_MS
}

/// Where patch `i` of the last call goes ([`Target::name`]).
#[wasm_bindgen]
pub fn patch_target(i: usize) -> String {
    PATCHES.with(|p| {
        p.borrow()
            .get(i)
            .map(|p| p.target.name())
            .unwrap_or_default()
    })
}

/// The text of patch `i` of the last call.
#[wasm_bindgen]
pub fn patch_text(i: usize) -> String {
    PATCHES.with(|p| {
        p.borrow()
            .get(i)
            .map(|p| p.text.clone())
            .unwrap_or_default()
    })
}
