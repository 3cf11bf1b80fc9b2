//! Every text a reader sees, one file per language ([`da`], [`en`]) behind one trait.
//!
//! A page's language is chosen when it is compiled: [`Page`] is Danish, or English with
//! the feature `lang-en`. Views call `T::LEAD` or `T::money(m)` on `Page as T` and never
//! match on a language. A language file implements every item of [`Texts`], so a new
//! language is one new file and the compiler names each text it still lacks. Numbers a
//! reader sees (amounts, counts, axis labels, placeholders) are written here too.
//!
//! The page's reference part (what never changes with the inputs, written into each page
//! at build time and never compiled into the wasm) has its texts in [`reference`], one
//! file per language there too.

use crate::chart::PayoutChart;
use crate::domain::amount_input::AmountError;
use crate::domain::approach::Approach;
use crate::domain::batch::Column;
use crate::domain::count_input::CountError;
use crate::domain::flags::Flag;
use crate::domain::money::Money;
use crate::domain::scenarios::{HireLevelKind, LevelError};
use crate::pages::Lang;

pub mod batch;
pub mod caseworker;
pub mod da;
pub mod en;
pub mod links;
pub mod reference;

/// The language of this build's pages.
#[cfg(not(feature = "lang-en"))]
pub type Page = da::Da;
/// The language of this build's pages.
#[cfg(feature = "lang-en")]
pub type Page = en::En;

/// One language's every text: fixed strings as constants, messages as functions.
pub trait Texts {
    // ---- The language itself -------------------------------------------------------

    /// Which page language this is (its `lang` code and folder).
    const LANG: Lang;
    /// The other language's name, in that language: the language switch's link text.
    const SWITCH_LABEL: &'static str;

    // ---- Numbers -------------------------------------------------------------------

    /// An amount with its currency: `24.561 kr.` or `DKK 24,561`.
    fn money(m: Money) -> String;
    /// A whole number with thousands separators: `1.500` or `1,500`.
    fn count(n: u32) -> String;
    /// An amount as it is typed into a field (an input's placeholder): `2.000.000`.
    fn field_amount(m: Money) -> String;
    /// A number of hires as it is typed into a field (an input's placeholder).
    fn field_count(n: u32) -> String;
    /// A number of hires with the noun in the right number: `1 ansættelse`,
    /// `12 verificerede ansættelser`.
    fn hires_phrase(n: u32, verified: bool) -> String;

    // ---- The frame of both pages: header, navigation, shared columns, share link -----

    const TITLE: &'static str;
    const NAV_LABEL: &'static str;
    const NAV_CALCULATOR: &'static str;
    const NAV_BATCH: &'static str;
    /// The four input columns' names, on the calculator and in the batch check.
    const COL_PROJECT: &'static str;
    const BUDGET_LABEL: &'static str;
    const COL_TARGET: &'static str;
    const COL_APPROACH: &'static str;
    const LINK_LABEL: &'static str;
    const COPY_LINK: &'static str;
    const COPIED: &'static str;
    const COPY_FALLBACK: &'static str;
    const DISCLAIMER: &'static str;
    /// Before a field's error message, for screen readers (DKFDS: "Fejl:").
    const ERROR_PREFIX: &'static str;
    /// The error summary's heading.
    const ERROR_SUMMARY_TITLE: &'static str;
    /// The notice for a link longer than the page reads.
    const QUERY_CUT_MESSAGE: &'static str;

    /// A batch column's name (the input columns above).
    fn column(c: Column) -> &'static str {
        match c {
            Column::Name => Self::COL_PROJECT,
            Column::Budget => Self::BUDGET_LABEL,
            Column::Target => Self::COL_TARGET,
            Column::Approach => Self::COL_APPROACH,
        }
    }

    /// The printed page's line with the date and the link that reproduces it.
    fn printed_on(date: &str) -> String;

    // ---- The calculator: form, key figures, payout ----------------------------------

    const LEAD: &'static str;
    const APPLICATION_HEADING: &'static str;
    const BUDGET_HINT: &'static str;
    const TARGET_LABEL: &'static str;
    const TARGET_HINT: &'static str;
    const APPROACH_LEGEND: &'static str;
    const APPROACH_UNSET: &'static str;
    const SCENARIO_HEADING: &'static str;
    const SCENARIO_LEAD: &'static str;
    const HIRES_LABEL: &'static str;
    const EXPENSES_LABEL: &'static str;
    const EXPENSES_HINT: &'static str;
    const RESULTS_HEADING: &'static str;
    const RESULTS_MISSING: &'static str;
    /// In the sections below the result while there is none.
    const DETAILS_MISSING: &'static str;
    const UNIT_PRICE_LABEL: &'static str;
    const UNIT_PRICE_NOTE: &'static str;
    const THRESHOLD_LABEL: &'static str;
    const THRESHOLD_NOTE: &'static str;
    const PAYOUT_HEADING: &'static str;
    const INTERIM_LABEL: &'static str;
    const INTERIM_NOTE_REACHED: &'static str;
    const INTERIM_NOTE_NOT_REACHED: &'static str;
    const FINAL_LABEL: &'static str;
    const REPAYMENT_LABEL: &'static str;
    const TOTAL_LABEL: &'static str;
    const OWN_FINANCING_LABEL: &'static str;
    const PER_HIRE_LABEL: &'static str;
    const PER_HIRE_NOTE: &'static str;
    /// In place of a figure that cannot be computed.
    const WITHHELD: &'static str;

    /// The approach's name.
    fn approach_name(a: Approach) -> &'static str;
    /// The approach's short name for tables.
    fn approach_short(a: Approach) -> &'static str;
    /// One line explaining the approach, from the report's section 2.2.
    fn approach_explanation(a: Approach) -> &'static str;
    /// What is wrong with a typed amount and what to type instead.
    fn amount_error(e: &AmountError) -> String;
    /// What is wrong with a typed number of hires and what to type instead.
    fn count_error(e: &CountError) -> String;
    /// An approach value that is not one of the three.
    fn approach_error(value: &str) -> String;
    /// The hint under the hires field, naming the default.
    fn hires_hint(target: Option<u32>) -> String;
    /// Instead of the result, while the budget, the target or both have a mistake: which
    /// field to correct.
    fn results_fix(budget: bool, target: bool) -> &'static str;
    /// The threshold line of the scenario: reached or not, with the numbers.
    fn threshold_status(hires: u32, needed: u32, reached: bool) -> String;
    /// The polite announcement of the fields that need fixing, named (at least one).
    fn problems_announcement(fields: &[String]) -> String;
    /// The polite announcement of the main results.
    fn results_announcement(unit_price: Money, total: Option<Money>) -> String;

    // ---- The rules, the comparison with round one, the flags -----------------------

    const RULE_HEADING: &'static str;
    const RULE_QUOTE: &'static str;
    const RULE_SOURCE: &'static str;
    const COMPARE_HEADING: &'static str;
    const AVERAGE_LABEL: &'static str;
    const MEDIAN_LABEL: &'static str;
    const MIN_LABEL: &'static str;
    const MAX_LABEL: &'static str;
    const TABLE_CAPTION: &'static str;
    const COL_GRANT: &'static str;
    const COL_UNIT_PRICE: &'static str;
    const COL_HIRES: &'static str;
    /// Table 6's own word for the round-one table's results column.
    const COL_RESULTS: &'static str;
    const COL_ACHIEVEMENT: &'static str;
    const YOUR_APPLICATION: &'static str;
    /// Under the reader's amount in the round-one table: it is the amount applied for.
    const APPLIED_FOR_NOTE: &'static str;
    const NOT_REPORTED: &'static str;
    const NOT_VERIFIED_MARK: &'static str;
    const HYBRID_IN_BILAG_A: &'static str;
    const CAVEATS_HEADING: &'static str;
    /// The caveats that travel with round one's figures, each with its source.
    const CAVEATS: [&'static str; 6];
    const TABLE_SOURCE: &'static str;
    const FLAGS_HEADING: &'static str;
    /// Round two beside round one: STAR's own unit price, with its source and date.
    const ROUND_TWO_COMPARE: &'static str;
    /// The link text to STAR's news item on round two.
    const ROUND_TWO_SOURCE_SHORT: &'static str;
    /// The batch summary's label for round two's unit price (STAR's figure).
    const S_ROUND_TWO: &'static str;
    /// The link from the workings to the rule, the quote and the assumptions.
    const W_RULES_LINK: &'static str;
    /// The link from the lead to the words explained and the sources.
    const WORDS_LINK: &'static str;
    /// Beside the chart's round-one markers: what they rest on.
    const CHART_CAVEAT: &'static str;
    const NO_FLAGS: &'static str;

    /// The rank of the application among round one.
    fn rank_sentence(rank: usize, cheaper: usize) -> String;
    /// The label of the same-approach average.
    fn group_average_label(group: Approach) -> &'static str;
    /// A plausibility flag as a sentence with both figures.
    fn flag(f: &Flag) -> String;
    /// The round-one projects of an approach group, for a flag's sentence.
    fn group_projects(group: Approach) -> &'static str;

    // ---- Scenarios: the grid, the as-if table, the chart, cash flow, workings --------

    const SCENARIOS_HEADING: &'static str;
    const SCENARIOS_LEAD: &'static str;
    const LEVELS_LEGEND: &'static str;
    const LEVELS_HINT: &'static str;
    const GRID_CAPTION: &'static str;
    const EXPENSES_HEADING: &'static str;
    const YOUR_EXPENSES: &'static str;
    const OWN_MARK: &'static str;
    const OWN_HIRES: &'static str;
    const COL_TOTAL: &'static str;
    const COL_OWN_FINANCING: &'static str;
    const COL_PER_HIRE: &'static str;
    const NOT_COMPUTABLE: &'static str;
    const AS_IF_HEADING: &'static str;
    const AS_IF_CAPTION: &'static str;
    const COL_SOURCE: &'static str;
    const COL_AS_IF_ACHIEVEMENT: &'static str;
    const COL_YOUR_HIRES: &'static str;
    const COL_AS_IF_THRESHOLD: &'static str;
    const YES_REACHED: &'static str;
    const NO_NOT_REACHED: &'static str;
    const NOT_VERIFIED_NOTE: &'static str;
    const INCLUDES_NOT_VERIFIED_NOTE: &'static str;
    const AS_IF_CAVEAT: &'static str;
    const CHART_HEADING: &'static str;
    const CHART_TITLE: &'static str;
    const CHART_DATA_SUMMARY: &'static str;
    const CHART_DATA_CAPTION: &'static str;
    const CHART_ACHIEVEMENTS_CAPTION: &'static str;
    const CASH_HEADING: &'static str;
    const CASH_INTERIM_HEADING: &'static str;
    const CASH_FINAL_HEADING: &'static str;
    const WARNING_HEADING: &'static str;
    const WORKINGS_SUMMARY: &'static str;
    const W_UNIT_PRICE: &'static str;
    const W_TRUNCATED: &'static str;
    const W_THRESHOLD: &'static str;
    const W_INTERIM: &'static str;
    const W_ELIGIBLE: &'static str;
    const W_TOTAL: &'static str;
    const W_FINAL: &'static str;
    const W_OWN_FINANCING: &'static str;
    const W_PER_HIRE: &'static str;
    const W_ROUNDING: &'static str;

    /// The label of expense level `n` (1-based).
    fn level_label(n: usize) -> String;
    /// What is wrong with a typed expense level.
    fn level_error(e: &LevelError) -> String;
    /// An expense level in the grid's column header: `90 %`.
    fn percent(p: u32) -> String;
    /// Why a grid row is there: "25 % af målet", "50 %-grænsen", with the levels it equals.
    fn hire_level_kind(kind: &HireLevelKind, coinciding: &[u32]) -> String;
    /// The name of a Table 7 approach total.
    fn approach_total_name(approach: Approach) -> &'static str;
    /// The sentence above the as-if table.
    fn as_if_lead(target: u32, threshold: u32, expenses: Money) -> String;
    /// The chart's `<desc>` and caption: the curve in words.
    fn chart_description(c: &PayoutChart) -> String;
    /// A round-one marker's label on the chart.
    fn achievement_label(
        name: &str,
        percent: u32,
        hires: u32,
        clamped: bool,
        unverified: bool,
    ) -> String;
    /// The label of the user's scenario marker on the chart.
    fn scenario_marker_label(hires: u32, payout: Money, clamped: bool) -> String;
    /// When the interim payment comes.
    fn cash_interim(needed: u32, interim: Money, reached: bool) -> String;
    /// When the final settlement comes and what it is.
    fn cash_final(final_payment: Money) -> String;
    /// The warning for a scenario that ends in a repayment.
    fn repayment_warning(interim: Money, total: Money, final_payment: Money) -> String;
    /// The warning for a large own financing.
    fn own_financing_warning(own: Money, expenses: Money) -> String;
    /// The threshold formula: `17 / 2 = 8,5 → rundet op: 9`.
    fn w_threshold(target: u32, needed: u32) -> String;
    /// The interim formula when the threshold is not reached.
    fn w_interim_not_reached(hires: u32, needed: u32) -> String;
    /// The eligible-expenses formula: the smaller of expenses and budget.
    fn w_eligible(expenses: Money, budget: Money, eligible: Money) -> String;

    // ---- What round one teaches --------------------------------------------------

    const LESSONS_HEADING: &'static str;
    const NETWORK_LESSONS_HEADING: &'static str;
    const NETWORK_LESSONS_LEAD: &'static str;
    /// Each a question and the report's section.
    const NETWORK_DRIVERS: [(&'static str, &'static str); 7];
    const NETWORK_BARRIERS_LEAD: &'static str;
    /// Each a barrier and the report's section.
    const NETWORK_BARRIERS: [(&'static str, &'static str); 6];
    const COURSE_LESSONS_HEADING: &'static str;
    const COURSE_FINDING: &'static str;
    const COURSE_CAVEATS: [&'static str; 3];

    // ---- Embedding -------------------------------------------------------------

    const EMBED_HEADING: &'static str;
    /// What the code is for, one sentence for each of its parts.
    const EMBED_LEAD: &'static str;
    /// The compact embed's link to the whole page with the same inputs.
    const FULL_PAGE_LINK: &'static str;
    /// The button that copies the code, and what it says after.
    const EMBED_COPY: &'static str;
    const EMBED_COPIED: &'static str;
    const EMBED_COPY_FALLBACK: &'static str;
    const EMBED_CODE_LABEL: &'static str;
    const EMBED_IFRAME_TITLE: &'static str;
}

#[cfg(test)]
mod tests {
    use super::da::Da;
    use super::en::En;
    use super::Texts;
    use crate::domain::money::Money;

    #[test]
    fn each_language_writes_its_numbers() {
        let m = Money::from_ore(123_456_750);
        assert_eq!(Da::money(m), "1.234.567,50 kr.");
        assert_eq!(En::money(m), "DKK 1,234,567.50");
        assert_eq!(Da::money(Money::from_kroner(-100_000)), "−100.000 kr.");
        assert_eq!(En::money(Money::from_kroner(-100_000)), "DKK −100,000");
        assert_eq!(
            (Da::count(2_250), En::count(2_250)),
            ("2.250".into(), "2,250".into())
        );
        let typed = Money::from_kroner(2_000_000);
        assert_eq!(Da::field_amount(typed), "2.000.000");
        assert_eq!(En::field_amount(typed), "2,000,000");
    }

    #[test]
    fn one_hire_is_singular_and_more_are_plural() {
        assert_eq!(Da::hires_phrase(1, false), "1 ansættelse");
        assert_eq!(Da::hires_phrase(1, true), "1 verificeret ansættelse");
        assert_eq!(Da::hires_phrase(2, false), "2 ansættelser");
        assert_eq!(
            Da::hires_phrase(1_000, true),
            "1.000 verificerede ansættelser"
        );
        assert_eq!(En::hires_phrase(1, true), "1 verified hire");
        assert_eq!(En::hires_phrase(0, false), "0 hires");
        assert_eq!(En::hires_phrase(1_000, false), "1,000 hires");
    }

    #[test]
    fn a_danish_sentence_ending_in_an_amount_has_one_full_stop() {
        let m = Money::from_kroner(601_275);
        assert!(Da::cash_final(m).ends_with("indsendt: 601.275 kr."));
        assert!(Da::as_if_lead(17, 9, m).ends_with("udgifter på 601.275 kr."));
        assert_eq!(
            Da::results_announcement(m, Some(m)),
            "Enhedspris 601.275 kr. Samlet udbetaling 601.275 kr."
        );
        assert!(Da::own_financing_warning(m, m).contains("på 601.275 kr. Tjek"));
        assert!(Da::cash_interim(9, m, true).contains("op til 601.275 kr. Der udbetales"));
    }

    #[test]
    fn the_problems_announcement_names_the_fields() {
        let one = ["Ansøgt beløb".to_string()];
        assert_eq!(
            Da::problems_announcement(&one),
            "Der er et problem i feltet Ansøgt beløb."
        );
        let three = ["Ansøgt beløb", "Resultatmål", "Niveau 2 (%)"].map(String::from);
        assert_eq!(
            Da::problems_announcement(&three),
            "Der er 3 problemer i felterne Ansøgt beløb, Resultatmål og Niveau 2 (%)."
        );
        assert_eq!(
            En::problems_announcement(&three[..2]),
            "There are 2 problems in the fields Ansøgt beløb and Resultatmål."
        );
    }

    #[test]
    fn the_column_names_are_the_form_labels() {
        use crate::domain::batch::Column;
        assert_eq!(Da::column(Column::Budget), Da::BUDGET_LABEL);
        assert_eq!(En::column(Column::Name), "Project");
    }
}
