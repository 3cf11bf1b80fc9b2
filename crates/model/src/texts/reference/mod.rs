//! The texts of the page's reference part: what never changes with the inputs (the report's
//! rule and the calculator's assumptions, what an applicant needs to know, the lessons, the
//! caveats, round two, the words and the sources), one file per language ([`da`], [`en`]).
//!
//! The build step writes this part into each language's page as HTML
//! ([`crate::views::reference`], `src/bin/prerender.rs`); no wasm uses it, so these texts
//! cost the wasm nothing. Each fact carries the report's section or STAR's source.

pub mod da;
pub mod en;

/// A link: its text and its address.
pub type Link = (&'static str, &'static str);

/// One language's texts of the reference part.
pub trait ReferenceTexts {
    /// The landmark's name for the whole reference part.
    const REFERENCE_LABEL: &'static str;

    // ---- The report's rule and the calculator's assumptions (section 1.1)

    /// The heading of the report's own words.
    const RULE_REPORT_HEADING: &'static str;
    /// An English rendering of the quote, beside the Danish one; `None` on Danish pages.
    const RULE_QUOTE_RENDERING: Option<&'static str>;
    /// The label of that rendering.
    const RULE_QUOTE_RENDERING_LABEL: &'static str;
    /// The heading of the plain reading.
    const RULE_READING_HEADING: &'static str;
    /// The rule in plain words, as the calculator computes it.
    const RULE_READING: [&'static str; 4];
    /// The heading of the assumptions.
    const ASSUMPTIONS_HEADING: &'static str;
    /// Why the assumptions are listed apart.
    const ASSUMPTIONS_LEAD: &'static str;
    /// The marker before each assumption ("Antagelse:").
    const ASSUMPTION_MARK: &'static str;
    /// What the calculator assumes beyond section 1.1, each with the words it reads.
    const ASSUMPTIONS: [&'static str; 5];
    /// The threshold's rounding up, and why it follows from section 1.1.
    const THRESHOLD_ROUNDING: &'static str;
    /// Which call the rules come from (round one), and that a later call's terms may differ.
    const RULE_ROUND: &'static str;

    // ---- What an applicant needs

    const APPLICANT_HEADING: &'static str;
    /// Each fact: a short title, the sentence, and its source.
    const APPLICANT_FACTS: [(&'static str, &'static str, &'static str); 8];

    // ---- The lessons

    /// That chapter 4 evaluated the network approach only (section 4.1), and step 4.
    const CHAPTER_4_SCOPE: &'static str;

    // ---- The caveats, in full

    /// The caveats beyond the short ones beside the figures.
    const MORE_CAVEATS: [&'static str; 3];

    // ---- Round two (STAR's figures)

    const ROUND_TWO_HEADING: &'static str;
    /// What the figures are and where they come from.
    const ROUND_TWO_LEAD: &'static str;
    /// Each figure: label and value, as STAR states it.
    const ROUND_TWO_FIGURES: [(&'static str, &'static str); 5];
    /// What the figures do not say.
    const ROUND_TWO_NOTE: &'static str;
    /// STAR's news item of 12 April 2023.
    const ROUND_TWO_SOURCE: Link;
    /// STAR's call for round two (20,0 mio. kr.).
    const ROUND_TWO_CALL: &'static str;

    // ---- Words and sources

    const WORDS_HEADING: &'static str;
    /// Each word and what it means, for a small association.
    const WORDS: [(&'static str, &'static str); 6];
    const SOURCES_HEADING: &'static str;
    /// Before a source: "Kilde:".
    const SOURCE_PREFIX: &'static str;
    /// The evaluation report: title, author, client, date.
    const SOURCE_REPORT: &'static str;
    /// Where the report's sections and tables are referred to.
    const SOURCE_REPORT_NOTE: &'static str;
    /// STAR's pages: the call of round one, the call of round two, the news item.
    const SOURCE_LINKS: [Link; 3];
}
