//! The one `State` of the calculator, its `Action`s (the reducer) and the URL contract.
//!
//! The state holds exactly what the user typed, so nothing is ever lost; everything
//! shown is derived from it by parsing at render time.

use crate::domain::amount_input::{parse_amount_in, parse_positive_amount_in, AmountError};
use crate::domain::approach::Approach;
use crate::domain::count_input::{parse_hires_in, parse_target_in, CountError};
use crate::domain::money::Money;
use crate::domain::payout::{Application, Outcome};
use crate::domain::scenarios::DEFAULT_EXPENSE_LEVELS;
use crate::pages::{page_link, Lang, View};

/// How long a field may go without a keystroke before its problem is shown: long enough
/// for a slow typist's pause between digits (the app, and the figures module before it).
pub const CHECK_AFTER_MS: u32 = 1_500;

/// Longest value kept from one URL parameter (longer ones are cut here).
pub const MAX_PARAM_CHARS: usize = 200;
/// Longest query string read; the rest of a longer one is ignored, and the page says so.
/// It holds the longest query the app itself writes: 11 parameters of at most
/// [`MAX_PARAM_CHARS`] characters, each escaped to at most 12 (`%F0%9F%98%80`), plus names.
pub const MAX_QUERY_CHARS: usize = 32_000;

/// The inputs of the calculator, each a URL parameter and a form control `name`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Ansøgt beløb.
    Budget,
    /// Resultatmål.
    Target,
    /// Tilgang.
    Approach,
    /// Verified hires at the end of the scenario.
    Hires,
    /// Actual expenses of the scenario.
    Expenses,
}

impl Field {
    /// Every field, in URL order.
    pub const ALL: [Field; 5] = [
        Field::Budget,
        Field::Target,
        Field::Approach,
        Field::Hires,
        Field::Expenses,
    ];

    /// The URL parameter and form control name.
    pub const fn name(self) -> &'static str {
        match self {
            Field::Budget => "budget",
            Field::Target => "target",
            Field::Approach => "approach",
            Field::Hires => "hires",
            Field::Expenses => "expenses",
        }
    }

    /// The field whose URL parameter and control name is `name`.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// How many expense levels the scenario grid has.
pub const EXPENSE_LEVEL_COUNT: usize = DEFAULT_EXPENSE_LEVELS.len();
/// The URL parameters of the expense levels.
pub const EXPENSE_LEVEL_PARAMS: [&str; EXPENSE_LEVEL_COUNT] = ["level1", "level2", "level3"];

/// The expense levels before the user edits them, as text.
fn default_expense_level(index: usize) -> String {
    DEFAULT_EXPENSE_LEVELS[index].to_string()
}

/// What the user has typed, field by field, exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Inputs {
    raw: [String; 5],
    /// Whether the user (or the URL) has given the field a value; an untouched empty
    /// field is not an error, only unfinished.
    touched: [bool; 5],
    /// The scenario grid's expense levels as typed (percent of the budget).
    expense_levels: [String; EXPENSE_LEVEL_COUNT],
}

impl Default for Inputs {
    fn default() -> Inputs {
        Inputs {
            raw: Default::default(),
            touched: Default::default(),
            expense_levels: core::array::from_fn(default_expense_level),
        }
    }
}

/// What the user has typed, field by field, exactly, and the page's settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// The inputs now.
    inputs: Inputs,
    /// The view shown.
    view: View,
    /// `embed=1`: shown inside another site's page.
    embed: bool,
    /// The page language (`lang=en`); also how numbers are typed.
    lang: Lang,
    /// The query the page was opened with was longer than [`MAX_QUERY_CHARS`].
    query_cut: bool,
    /// The text field being typed in, until the reader leaves it or pauses: its problem
    /// is not shown yet.
    typing: Option<Field>,
    /// The inputs as they were when focus last left a control, whose problems the error
    /// summary lists; `None` before that: it lists the problems the page was opened with.
    left: Option<Inputs>,
}

impl Default for State {
    fn default() -> State {
        State {
            inputs: Inputs::default(),
            view: View::Calculator,
            embed: false,
            lang: Lang::PAGE,
            query_cut: false,
            typing: None,
            left: None,
        }
    }
}

/// A change to the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The user changed a field to this text (typing in it).
    Set(Field, String),
    /// The reader paused typing: the field's problem may show.
    Paused,
    /// Focus left a control: no field is being typed in, and the error summary now lists
    /// the problems of the inputs as they are.
    Left,
    /// The user changed expense level `index` (0-based) of the scenario grid.
    SetExpenseLevel(usize, String),
}

#[cfg(feature = "yew")]
impl yew::Reducible for State {
    type Action = Action;

    fn reduce(self: std::rc::Rc<Self>, action: Action) -> std::rc::Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        std::rc::Rc::new(next)
    }
}

/// The approach field read: nothing chosen yet, a choice, or an unknown value (kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApproachInput {
    /// Nothing chosen.
    Unset,
    /// A known approach.
    Chosen(Approach),
    /// A value no approach has (from a URL), kept to show in the error.
    Unknown(String),
}

/// Every field parsed. `Ok(None)` for hires and expenses means "use the default".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The budget (G).
    pub budget: Result<Money, AmountError>,
    /// The target (T).
    pub target: Result<u32, CountError>,
    /// The approach.
    pub approach: ApproachInput,
    /// Verified hires; `None` = the target.
    pub hires: Result<Option<u32>, CountError>,
    /// Actual expenses; `None` = the budget.
    pub expenses: Result<Option<Money>, AmountError>,
}

impl Parsed {
    /// The application, when budget and target are both valid.
    pub fn application(&self) -> Option<Application> {
        Some(Application {
            budget: self.budget.clone().ok()?,
            target: self.target.clone().ok()?,
        })
    }

    /// The scenario's outcome with defaults filled in, when everything it needs is valid.
    pub fn outcome(&self) -> Option<Outcome> {
        let app = self.application()?;
        let hires = self.hires.clone().ok()?.unwrap_or(app.target);
        let expenses = self.expenses.clone().ok()?.unwrap_or(app.budget);
        Some(Outcome { hires, expenses })
    }
}

impl State {
    /// The state a URL query string describes (`?budget=…&target=…`, `?` optional).
    /// Unknown parameters are ignored; values are kept as typed, up to
    /// [`MAX_PARAM_CHARS`] characters.
    pub fn from_query(query: &str) -> State {
        let mut state = State::default();
        let (query, cut) = crate::query::cut_query(query, MAX_QUERY_CHARS);
        state.query_cut = cut;
        for (key, value) in crate::query::pairs(query) {
            let value: String = value.chars().take(MAX_PARAM_CHARS).collect();
            if let Some(field) = Field::from_name(&key) {
                state.apply(Action::Set(field, value));
            } else if let Some(i) = EXPENSE_LEVEL_PARAMS.iter().position(|p| *p == key) {
                state.apply(Action::SetExpenseLevel(i, value));
            } else if key == "view" {
                state.view = if value == "batch" {
                    View::Batch
                } else {
                    View::Calculator
                };
            } else if key == "embed" {
                state.embed = matches!(value.as_str(), "1" | "true" | "ja" | "yes");
            } else if key == "lang" {
                state.lang = Lang::from_code(&value);
            }
        }
        // A link's values are given, not being typed: their problems show at once.
        state.typing = None;
        state
    }

    /// The query string (without `?`) that reproduces this state. Fields never given a
    /// value are left out; a field the user emptied is kept as `name=`. Expense levels
    /// appear only when they differ from the defaults.
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        let mut push = |name: &str, value: &str| crate::query::push_pair(&mut out, name, value);
        if self.view == View::Batch {
            push("view", "batch");
        }
        for field in Field::ALL {
            let value = self.raw(field);
            if !value.is_empty() || self.touched(field) {
                push(field.name(), value);
            }
        }
        for (i, level) in self.inputs.expense_levels.iter().enumerate() {
            if *level != default_expense_level(i) {
                push(EXPENSE_LEVEL_PARAMS[i], level);
            }
        }
        if self.embed {
            push("embed", "1");
        }
        if self.lang != Lang::Da {
            push("lang", self.lang.code());
        }
        out
    }

    /// The same state in another language, with every accepted number rewritten in that
    /// language's format (`1.234.567,50` ↔ `1,234,567.50`), so switching language keeps
    /// the calculation. Text that was not accepted is kept as typed.
    pub fn with_lang(&self, lang: Lang) -> State {
        let mut next = self.clone();
        next.lang = lang;
        let parsed = self.parsed();
        let to = lang.number_format();
        if let Ok(m) = parsed.budget {
            next.inputs.raw[Field::Budget.index()] = m.to_number(to);
        }
        if let Ok(Some(m)) = parsed.expenses {
            next.inputs.raw[Field::Expenses.index()] = m.to_number(to);
        }
        if let Ok(t) = parsed.target {
            next.inputs.raw[Field::Target.index()] = t.to_string();
        }
        if let Ok(Some(h)) = parsed.hires {
            next.inputs.raw[Field::Hires.index()] = h.to_string();
        }
        next
    }

    /// Whether the link the page was opened with was too long and only partly read.
    pub fn query_cut(&self) -> bool {
        self.query_cut
    }

    /// The page language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The query that opens the single calculator with this application's fields only.
    pub fn calculator_query(budget: &str, target: &str, approach: &str, lang: Lang) -> String {
        let mut s = State {
            lang,
            ..State::default()
        };
        s.apply(Action::Set(Field::Budget, budget.to_string()));
        s.apply(Action::Set(Field::Target, target.to_string()));
        if !approach.is_empty() {
            s.apply(Action::Set(Field::Approach, approach.to_string()));
        }
        s.to_query()
    }

    /// This state with what the reader typed into the pre-rendered page before the app
    /// arrived ((name, value) pairs of fields and expense levels): it wins over the URL.
    pub fn with_typed(mut self, typed: &[(String, String)]) -> State {
        for (name, value) in typed {
            if let Some(field) = Field::from_name(name) {
                self.apply(Action::Set(field, value.clone()));
            } else if let Some(i) = EXPENSE_LEVEL_PARAMS.iter().position(|p| p == name) {
                self.apply(Action::SetExpenseLevel(i, value.clone()));
            }
        }
        self.typing = None;
        self
    }

    /// The pairs of `typed` ((name, value) read from the pre-rendered form) that differ from
    /// this state's values: what the reader changed before the app started. The figures
    /// module writes a link's values into the form; those are the link's, not typed.
    pub fn typed_changes(&self, typed: &[(String, String)]) -> Vec<(String, String)> {
        typed
            .iter()
            .filter(|(name, value)| {
                let now = Field::from_name(name).map(|f| self.raw(f)).or_else(|| {
                    EXPENSE_LEVEL_PARAMS
                        .iter()
                        .position(|p| p == name)
                        .map(|i| self.inputs.expense_levels[i].as_str())
                });
                now != Some(value.as_str())
            })
            .cloned()
            .collect()
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Set(field, value) => {
                self.inputs.raw[field.index()] = value;
                self.inputs.touched[field.index()] = true;
                self.typing = Some(field);
            }
            Action::Paused => self.typing = None,
            Action::Left => {
                self.typing = None;
                self.left = Some(self.inputs.clone());
            }
            Action::SetExpenseLevel(index, value) => {
                if let Some(level) = self.inputs.expense_levels.get_mut(index) {
                    *level = value;
                }
            }
        }
    }

    /// The scenario grid's expense levels exactly as typed.
    pub fn expense_levels(&self) -> &[String; EXPENSE_LEVEL_COUNT] {
        &self.inputs.expense_levels
    }

    /// The link, from the page `here`, to this state on its own page: the page's relative
    /// path and the query that reproduces the state (`batch/?view=batch&budget=…`).
    pub fn link_from(&self, here: (View, Lang)) -> String {
        let (page, query) = (page_link(here, self.page()), self.to_query());
        if query.is_empty() {
            page.to_string()
        } else {
            format!("{page}?{query}")
        }
    }

    /// The addresses of the site header's three links on this state's page: the
    /// calculator and the batch check (both keep every input), and this page in the other
    /// language (keeping the calculation, numbers rewritten for that language).
    pub fn frame_links(&self) -> [String; 3] {
        let here = self.page();
        [
            self.with_view(View::Calculator).link_from(here),
            self.with_view(View::Batch).link_from(here),
            self.with_lang(self.lang.other()).link_from(here),
        ]
    }

    /// The page (view and language) the state belongs on; see [`page_path`].
    pub fn page(&self) -> (View, Lang) {
        (self.view, self.lang)
    }

    /// The view shown.
    pub fn view(&self) -> View {
        self.view
    }

    /// The same state in another view (the navigation links keep every input).
    pub fn with_view(&self, view: View) -> State {
        State {
            view,
            ..self.clone()
        }
    }

    /// Whether the page is embedded in another site (`embed=1`).
    pub fn embed(&self) -> bool {
        self.embed
    }

    /// The same state outside any frame: what a shared link, the embed code and the full
    /// page's link carry, so whoever opens them gets the whole page.
    pub fn unembedded(&self) -> State {
        State {
            embed: false,
            ..self.clone()
        }
    }

    /// Exactly what is in a field.
    pub fn raw(&self, field: Field) -> &str {
        &self.inputs.raw[field.index()]
    }

    /// Whether the reader is done with the field (not typing in it), so its problem shows.
    pub fn done_with(&self, field: Field) -> bool {
        self.typing != Some(field)
    }

    /// This state with its inputs as they were when focus last left a control, if it
    /// has: the state whose problems the error summary lists.
    pub fn as_left(&self) -> Option<State> {
        self.left.as_ref().map(|inputs| State {
            inputs: inputs.clone(),
            left: None,
            view: self.view,
            embed: self.embed,
            lang: self.lang,
            query_cut: self.query_cut,
            typing: None,
        })
    }

    /// Whether the field has been given a value by the user or the URL.
    pub fn touched(&self, field: Field) -> bool {
        self.inputs.touched[field.index()]
    }

    /// Every field parsed.
    pub fn parsed(&self) -> Parsed {
        let optional = |field: Field| {
            let raw = self.raw(field);
            (!raw.trim().is_empty()).then_some(raw)
        };
        let format = self.lang.number_format();
        Parsed {
            budget: parse_positive_amount_in(self.raw(Field::Budget), format),
            target: parse_target_in(self.raw(Field::Target), format),
            approach: match self.raw(Field::Approach).trim() {
                "" => ApproachInput::Unset,
                code => match Approach::from_code(code) {
                    Some(a) => ApproachInput::Chosen(a),
                    None => ApproachInput::Unknown(code.to_string()),
                },
            },
            hires: optional(Field::Hires)
                .map(|h| parse_hires_in(h, format))
                .transpose(),
            expenses: optional(Field::Expenses)
                .map(|e| parse_amount_in(e, format))
                .transpose(),
        }
    }
}

/// Percent-decoding, from [`crate::query`], where the state's URL contract is read.
pub use crate::query::percent_decode;
