//! The batch check page's one `State`, its `Action`s (the reducer), and the example it offers.
//!
//! Like the calculator's [`crate::state`], it holds what the caseworker gave (the text as
//! pasted, typed or read from a file, the choice of columns, the table's order) and what
//! happened to it (the text last checked, the file's encoding or its problem, whether the
//! browser kept the text); every figure is read from the checked text at render time.
//! Each action says in one place what it changes, so no callback has to remember what to
//! clear.

use std::rc::Rc;

use crate::domain::batch::{Column, ColumnChoice, Encoding, Header, SortColumn, SortDirection};
use crate::domain::round_one::PROJECTS;
use crate::texts::{Page as T, Texts};

/// What went wrong with the file the caseworker chose; the text area keeps its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// Larger than [`MAX_TEXT_BYTES`](crate::domain::batch::MAX_TEXT_BYTES): not read at all. Its size in bytes.
    TooLarge(u64),
    /// The browser could not read it (moved or deleted since it was chosen, no
    /// permission, a read error).
    Unreadable,
}

/// What the batch page holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchState {
    /// The text area's text, exactly.
    text: Rc<str>,
    /// The text last checked: the check runs once typing has paused, or at once for a
    /// paste, a file or the example, so a key press in a long batch does not wait for it.
    checked: Rc<str>,
    /// The problem of the file last chosen, until the caseworker types or reads a file.
    file_problem: Option<FileProblem>,
    /// The encoding the file in the text area was read in; typing forgets it.
    encoding: Option<Encoding>,
    /// The table's order, kept here so the CSV export is in the order on screen.
    sort: (SortColumn, SortDirection),
    /// Whether the CSV file gets the rejected rows too.
    with_rejected: bool,
    /// Whether the browser kept the checked text for Back and reload: `None` until it
    /// has tried.
    kept: Option<bool>,
    /// The caseworker's choice of the columns the header does not name, with the
    /// headings it was made for: applied to those only, and kept until another choice.
    choice: ColumnChoice,
    /// The text the example replaced, until the caseworker types again ("Fortryd").
    replaced: Option<Rc<str>>,
    /// The name of the file whose text is in the text area; typing forgets it.
    file_name: Option<Rc<str>>,
    /// How many files have been read: the page brings what the check found into view
    /// after each.
    files_read: u32,
    /// The batch this tab kept has come back (Back, a reload): the page puts the table
    /// where it was scrolled to.
    restored: bool,
}

impl Default for BatchState {
    fn default() -> BatchState {
        BatchState::with_text("")
    }
}

/// A change to the batch page's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchAction {
    /// The caseworker typed in the text area, or pasted into it (`pasted`: checked at once).
    Typed {
        /// The text area's text now.
        text: String,
        /// It came from a paste.
        pasted: bool,
    },
    /// Typing paused: the text is checked.
    Paused,
    /// A chosen file was read, in this encoding: its text replaces the text area's. The
    /// file's name.
    FileRead(String, Encoding, String),
    /// A chosen file was refused unread: its size in bytes is over [`MAX_TEXT_BYTES`](crate::domain::batch::MAX_TEXT_BYTES).
    FileTooLarge(u64),
    /// The browser could not read the chosen file; the text area keeps its text.
    FileUnreadable,
    /// The example button: round one replaces the text, which can be had back.
    Example,
    /// "Fortryd": the text the example replaced comes back.
    Undo,
    /// The batch this tab kept (Back, a reload) comes back into an empty text area, with
    /// the choice of columns kept beside it (as [`ColumnChoice::to_text`] wrote it) and
    /// the table's order (as [`BatchState::sort_text`] wrote it).
    Restored {
        /// The kept text.
        text: String,
        /// The kept choice of columns, if any.
        choice: Option<String>,
        /// The kept order of the table, if any.
        sort: Option<String>,
    },
    /// The browser kept the checked text for Back and reload, or would not.
    Kept(bool),
    /// The table sorted by a column, in a direction.
    Sort(SortColumn, SortDirection),
    /// The CSV file gets the rejected rows, or not.
    WithRejected(bool),
    /// The caseworker chose a column of the header for one of the four it does not name
    /// (`None`: no column).
    Choose(Column, Option<usize>),
}

#[cfg(feature = "yew")]
impl yew::Reducible for BatchState {
    type Action = BatchAction;

    fn reduce(self: Rc<Self>, action: BatchAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

/// The nine round-one projects as a semicolon-separated batch, headed in the page's
/// language: the example.
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
            p.grant.to_number(T::LANG.number_format()),
            p.target,
            crate::domain::letters::lowercase(T::approach_short(p.approach))
        ));
    }
    out
}

impl BatchState {
    /// The page with `text` in its text area, checked.
    pub fn with_text(text: &str) -> BatchState {
        let text: Rc<str> = Rc::from(text);
        BatchState {
            checked: text.clone(),
            text,
            file_problem: None,
            encoding: None,
            sort: (SortColumn::Line, SortDirection::Ascending),
            with_rejected: false,
            kept: None,
            choice: ColumnChoice::default(),
            replaced: None,
            file_name: None,
            files_read: 0,
            restored: false,
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: BatchAction) {
        match action {
            BatchAction::Typed { text, pasted } => {
                self.file_problem = None;
                self.encoding = None;
                self.file_name = None;
                self.replaced = None;
                self.text = Rc::from(text);
                if pasted {
                    self.checked = self.text.clone();
                }
            }
            BatchAction::Paused => self.checked = self.text.clone(),
            BatchAction::FileRead(text, encoding, name) => {
                self.file_problem = None;
                self.encoding = Some(encoding);
                self.file_name = Some(name.into());
                self.files_read += 1;
                self.set_checked(text.into());
            }
            BatchAction::FileTooLarge(bytes) => {
                self.file_problem = Some(FileProblem::TooLarge(bytes));
            }
            BatchAction::FileUnreadable => self.file_problem = Some(FileProblem::Unreadable),
            BatchAction::Example => {
                let example: Rc<str> = example_text().into();
                let own_text = !self.text.trim().is_empty() && self.text != example;
                self.replaced = own_text.then(|| self.text.clone());
                self.encoding = None;
                self.file_name = None;
                self.set_checked(example);
            }
            BatchAction::Undo => {
                if let Some(text) = self.replaced.take() {
                    self.set_checked(text);
                }
            }
            BatchAction::Restored { text, choice, sort } => {
                if !self.text.is_empty() {
                    return;
                }
                if let Some(header) = Header::of(&text, T::LANG.batch_language()) {
                    self.choice = ColumnChoice::from_text(&choice.unwrap_or_default(), &header);
                }
                if let Some(sort) = sort.as_deref().and_then(sort_from_text) {
                    self.sort = sort;
                }
                self.restored = true;
                self.set_checked(text.into());
            }
            BatchAction::Kept(kept) => self.kept = Some(kept),
            BatchAction::Sort(column, direction) => self.sort = (column, direction),
            BatchAction::WithRejected(with) => self.with_rejected = with,
            BatchAction::Choose(column, position) => {
                let header = self.header();
                let mut next = self.choice.fitted(header.as_ref());
                if let Some(header) = &header {
                    next.choose(column, header, position);
                }
                self.choice = next;
            }
        }
    }

    /// `text` in the text area, checked at once.
    fn set_checked(&mut self, text: Rc<str>) {
        self.checked = text.clone();
        self.text = text;
    }

    /// The text area's text, exactly.
    pub fn text(&self) -> &Rc<str> {
        &self.text
    }

    /// The text last checked.
    pub fn checked(&self) -> &Rc<str> {
        &self.checked
    }

    /// Whether the text area's text is waiting to be checked (typing has not paused).
    pub fn pending(&self) -> bool {
        self.checked != self.text
    }

    /// The checked text's header, if its first record reads as one.
    pub fn header(&self) -> Option<Header> {
        Header::of(&self.checked, T::LANG.batch_language())
    }

    /// The choice of columns as made, whatever headings it was made for.
    pub fn choice(&self) -> &ColumnChoice {
        &self.choice
    }

    /// The choice of columns for the checked text's header: empty when it was made for
    /// other headings.
    pub fn fitted(&self) -> ColumnChoice {
        self.choice.fitted(self.header().as_ref())
    }

    /// The problem of the file last chosen, if any.
    pub fn file_problem(&self) -> Option<FileProblem> {
        self.file_problem
    }

    /// The encoding the text was read in, when it came from a file.
    pub fn encoding(&self) -> Option<Encoding> {
        self.encoding
    }

    /// The table's order.
    pub fn sort(&self) -> (SortColumn, SortDirection) {
        self.sort
    }

    /// Whether the CSV file gets the rejected rows too.
    pub fn with_rejected(&self) -> bool {
        self.with_rejected
    }

    /// Whether the browser kept the text: `None` until it has tried.
    pub fn kept(&self) -> Option<bool> {
        self.kept
    }

    /// Whether the example replaced the caseworker's own text, which "Fortryd" brings back.
    pub fn can_undo(&self) -> bool {
        self.replaced.is_some()
    }

    /// The name of the file whose text is in the text area, if it came from one.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// How many files have been read.
    pub fn files_read(&self) -> u32 {
        self.files_read
    }

    /// Whether the batch this tab kept has come back.
    pub fn restored(&self) -> bool {
        self.restored
    }

    /// The table's order as text, for keeping in the tab beside the batch: `unit-price
    /// desc`, `own-1 asc`.
    pub fn sort_text(&self) -> String {
        let (column, direction) = self.sort;
        format!("{} {}", column.code(), direction.code())
    }
}

/// The order [`BatchState::sort_text`] wrote, or `None` for anything else.
fn sort_from_text(text: &str) -> Option<(SortColumn, SortDirection)> {
    let (column, direction) = text.split_once(' ')?;
    Some((
        SortColumn::from_code(column)?,
        SortDirection::from_code(direction)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: impl IntoIterator<Item = BatchAction>) -> BatchState {
        let mut state = BatchState::default();
        for action in actions {
            state.apply(action);
        }
        state
    }

    fn typed(text: &str) -> BatchAction {
        BatchAction::Typed {
            text: text.into(),
            pasted: false,
        }
    }

    fn pasted(text: &str) -> BatchAction {
        BatchAction::Typed {
            text: text.into(),
            pasted: true,
        }
    }

    #[test]
    fn typing_waits_for_a_pause_and_a_paste_is_checked_at_once() {
        let s = after([typed("A;1")]);
        assert_eq!((&*s.text, &*s.checked, s.pending()), ("A;1", "", true));
        let s = after([typed("A;1"), BatchAction::Paused]);
        assert_eq!((&*s.checked, s.pending()), ("A;1", false));
        let s = after([pasted("B;2")]);
        assert_eq!((&*s.text, &*s.checked, s.pending()), ("B;2", "B;2", false));
    }

    #[test]
    fn a_file_read_replaces_the_text_says_its_encoding_and_typing_forgets_it() {
        let s = after([
            typed("mine"),
            BatchAction::FileRead("read".into(), Encoding::Utf16Le, "a.txt".into()),
        ]);
        assert_eq!((&*s.text, &*s.checked), ("read", "read"));
        assert_eq!(s.encoding(), Some(Encoding::Utf16Le));
        let s = after([
            BatchAction::FileRead("read".into(), Encoding::Utf16Le, "a.txt".into()),
            typed("read!"),
        ]);
        assert_eq!(s.encoding(), None);
    }

    #[test]
    fn a_file_not_read_keeps_the_text_and_says_why_until_the_caseworker_types_or_reads_a_file() {
        for (action, problem) in [
            (
                BatchAction::FileTooLarge(17_000_000),
                FileProblem::TooLarge(17_000_000),
            ),
            (BatchAction::FileUnreadable, FileProblem::Unreadable),
        ] {
            let s = after([
                pasted("mine"),
                BatchAction::FileRead("read".into(), Encoding::Windows1252, "a.csv".into()),
                action.clone(),
            ]);
            assert_eq!(s.file_problem(), Some(problem));
            assert_eq!((&*s.text, &*s.checked), ("read", "read"));
            // What the summary says of the text in the field is still true of it.
            assert_eq!(s.encoding(), Some(Encoding::Windows1252));
            let s = after([action.clone(), typed("x")]);
            assert_eq!(s.file_problem(), None);
            let s = after([
                action,
                BatchAction::FileRead("read".into(), Encoding::Utf8, "b.csv".into()),
            ]);
            assert_eq!(s.file_problem(), None);
        }
    }

    #[test]
    fn the_example_replaces_own_text_which_undo_brings_back() {
        let s = after([pasted("mine"), BatchAction::Example]);
        assert_eq!(&*s.text, example_text());
        assert_eq!(&*s.checked, example_text());
        assert!(s.can_undo());
        let s = after([pasted("mine"), BatchAction::Example, BatchAction::Undo]);
        assert_eq!(
            (&*s.text, &*s.checked, s.can_undo()),
            ("mine", "mine", false)
        );
        // Typing again forgets what the example replaced.
        let s = after([pasted("mine"), BatchAction::Example, typed("x")]);
        assert!(!s.can_undo());
        // Nothing of the caseworker's to bring back: blank, or the example itself.
        assert!(!after([pasted("  \n"), BatchAction::Example]).can_undo());
        let example = example_text();
        assert!(!after([pasted(&example), BatchAction::Example]).can_undo());
        // Undo with nothing replaced changes nothing.
        let s = after([pasted("mine")]);
        let mut undone = s.clone();
        undone.apply(BatchAction::Undo);
        assert_eq!(undone, s);
    }

    #[test]
    fn the_example_reads_back_without_errors() {
        let text = example_text();
        let own = crate::texts::batch::csv_texts::<T>().own_columns();
        let batch = crate::domain::batch::read_batch_with_choice(
            &text,
            &own,
            &ColumnChoice::default(),
            T::LANG.batch_language(),
        )
        .expect("the example reads");
        assert_eq!(batch.rows.len(), PROJECTS.len());
        assert!(batch.invalid.is_empty());
    }

    #[test]
    fn a_kept_batch_comes_back_only_into_an_empty_text_area_with_its_choice() {
        let header = "Projekt;Kroner;Resultatmål;Tilgang\nA;100.000;10;netværk\n";
        let mut chosen = BatchState::with_text(header);
        chosen.apply(BatchAction::Choose(Column::Budget, Some(1)));
        let kept_choice = chosen.fitted().to_text();
        assert!(!chosen.fitted().is_empty());

        let s = after([BatchAction::Restored {
            text: header.into(),
            choice: Some(kept_choice.clone()),
            sort: None,
        }]);
        assert_eq!((&*s.text, &*s.checked), (header, header));
        assert_eq!(s.fitted(), chosen.fitted());

        let s = after([
            pasted("mine"),
            BatchAction::Restored {
                text: header.into(),
                choice: Some(kept_choice),
                sort: Some("unit-price desc".into()),
            },
        ]);
        assert_eq!(&*s.text, "mine");
        assert!(s.choice().is_empty());
    }

    #[test]
    fn a_choice_holds_for_its_headings_only() {
        let header = "Projekt;Kroner;Resultatmål;Tilgang\nA;100.000;10;netværk\n";
        let mut s = BatchState::with_text(header);
        s.apply(BatchAction::Choose(Column::Budget, Some(1)));
        assert_eq!(s.fitted().chosen(Column::Budget), Some(1));
        // Other headings: the choice is not applied to them, but kept.
        s.apply(pasted("Navn;Penge;Mål;Tilgang\nA;1;2;netværk\n"));
        assert!(s.fitted().is_empty() && !s.choice().is_empty());
        // Back to the headings it was made for: it applies again.
        s.apply(pasted(header));
        assert_eq!(s.fitted().chosen(Column::Budget), Some(1));
    }

    #[test]
    fn the_order_the_export_and_what_was_kept_are_set_as_told() {
        let s = after([
            BatchAction::Sort(SortColumn::UnitPrice, SortDirection::Descending),
            BatchAction::WithRejected(true),
            BatchAction::Kept(false),
        ]);
        assert_eq!(s.sort(), (SortColumn::UnitPrice, SortDirection::Descending));
        assert!(s.with_rejected());
        assert_eq!(s.kept(), Some(false));
        assert_eq!(BatchState::default().kept(), None);
    }

    #[test]
    fn a_file_read_is_named_and_counted_and_typing_forgets_its_name() {
        let s = after([BatchAction::FileRead(
            "A;1".into(),
            Encoding::Utf8,
            "ansøgninger.csv".into(),
        )]);
        assert_eq!(
            (s.file_name(), s.files_read()),
            (Some("ansøgninger.csv"), 1)
        );
        let s = after([
            BatchAction::FileRead("A;1".into(), Encoding::Utf8, "a.csv".into()),
            BatchAction::FileRead("B;2".into(), Encoding::Utf8, "b.csv".into()),
        ]);
        assert_eq!((s.file_name(), s.files_read()), (Some("b.csv"), 2));
        let s = after([
            BatchAction::FileRead("A;1".into(), Encoding::Utf8, "a.csv".into()),
            typed("A;12"),
        ]);
        assert_eq!((s.file_name(), s.files_read()), (None, 1));
        let s = after([
            BatchAction::FileRead("A;1".into(), Encoding::Utf8, "a.csv".into()),
            BatchAction::Example,
        ]);
        assert_eq!(s.file_name(), None);
    }

    #[test]
    fn the_order_comes_back_with_the_batch() {
        let sorted = after([BatchAction::Sort(
            SortColumn::Own(0),
            SortDirection::Descending,
        )]);
        assert_eq!(sorted.sort_text(), "own-1 desc");
        assert_eq!(BatchState::default().sort_text(), "line asc");
        let restored = |sort: Option<&str>| {
            after([BatchAction::Restored {
                text: "A;1.000.000;10;netværk\n".into(),
                choice: None,
                sort: sort.map(String::from),
            }])
        };
        let s = restored(Some("unit-price desc"));
        assert_eq!(s.sort(), (SortColumn::UnitPrice, SortDirection::Descending));
        assert!(s.restored());
        assert_eq!(restored(Some("own-1 desc")).sort(), sorted.sort());
        // Anything else: the line's order.
        for bad in ["", "unit-price", "unit-price up", "price desc", "own-0 asc"] {
            assert_eq!(
                restored(Some(bad)).sort(),
                BatchState::default().sort(),
                "{bad:?}"
            );
        }
        assert_eq!(restored(None).sort(), BatchState::default().sort());
        assert!(!BatchState::default().restored());
        // Into a text area with the caseworker's text: nothing comes back.
        let s = after([
            pasted("mine"),
            BatchAction::Restored {
                text: "A;1\n".into(),
                choice: None,
                sort: Some("rank asc".into()),
            },
        ]);
        assert!(!s.restored());
        assert_eq!(s.sort(), BatchState::default().sort());
    }
}
