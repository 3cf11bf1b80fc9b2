//! Each sentence the audit against the report corrected (issue 22), pinned: its wording,
//! the section it cites, and where the calculator reads more than the report, the mark
//! that says so. Both languages' texts are read directly; the rendered page (this build's
//! language) shows where each stands, embedded too where it applies.

use puljeberegner::components::batch_view::{BatchView, BatchViewProps};
use puljeberegner::texts::batch::BatchTexts;
use puljeberegner::texts::reference::ReferenceTexts;
use puljeberegner::texts::{da::Da, en::En, Page as T, Texts};
use puljeberegner::views::reference::Reference;
use puljeberegner::{App, AppProps};

use crate::support::{render, Doc};

/// The whole calculator page for a URL query.
fn page(query: &str) -> Doc {
    Doc::parse(&render::<App>(AppProps {
        query: query.to_string().into(),
        ..Default::default()
    }))
}

/// The reference part of this build's language.
fn reference() -> String {
    Doc::parse(&render::<Reference>(())).all_text()
}

/// Every fixed text of the reference part of a language, joined.
fn reference_texts<R: ReferenceTexts>() -> String {
    let mut all = vec![
        R::THRESHOLD_ROUNDING,
        R::RULE_ROUND,
        R::CHAPTER_4_SCOPE,
        R::ROUND_TWO_LEAD,
    ];
    all.extend(R::RULE_READING);
    all.extend(R::ASSUMPTIONS);
    all.extend(R::MORE_CAVEATS);
    for (title, fact, source) in R::APPLICANT_FACTS {
        all.extend([title, fact, source]);
    }
    for (word, meaning) in R::WORDS {
        all.extend([word, meaning]);
    }
    all.join("\n")
}

/// The applicant fact titled `title`: (sentence, source).
fn fact<R: ReferenceTexts>(title: &str) -> (&'static str, &'static str) {
    let (_, fact, source) = R::APPLICANT_FACTS
        .iter()
        .find(|(t, _, _)| *t == title)
        .unwrap_or_else(|| panic!("no fact {title}"));
    (fact, source)
}

/// The word list's meaning of `word`.
fn word<R: ReferenceTexts>(word: &str) -> &'static str {
    R::WORDS.iter().find(|(w, _)| *w == word).unwrap().1
}

// ---- Wrong (items 1-3) ----------------------------------------------------------------

#[test]
fn the_thresholds_rounding_up_follows_from_section_1_1() {
    for (rounding, note) in [
        (Da::THRESHOLD_ROUNDING, Da::THRESHOLD_NOTE),
        (En::THRESHOLD_ROUNDING, En::THRESHOLD_NOTE),
    ] {
        assert!(rounding.contains("1.1"), "{rounding}");
        assert!(rounding.contains("17") && rounding.contains("47") && rounding.contains('9'));
        assert!(note.contains("1.1"), "{note}");
        for text in [rounding, note] {
            assert!(
                !text.contains("**"),
                "note ** cannot show rounding up: {text}"
            );
        }
    }
    assert!(Da::THRESHOLD_ROUNDING.contains("»når 50 procent af projektets målsætning er opnået«"));
    assert!(reference().contains(T::THRESHOLD_ROUNDING));
}

#[test]
fn round_one_ran_to_december_2019_with_extensions() {
    let da = word::<Da>("Første runde");
    assert!(
        da.contains("forlænget") && da.contains("første kvartal 2020") && da.contains("medio 2019")
    );
    let en = word::<En>("Round one");
    assert!(
        en.contains("extended") && en.contains("first quarter of 2020") && en.contains("mid-2019")
    );
    assert!(fact::<Da>("Puljens størrelse").0.contains("forlænget"));
    assert!(fact::<En>("The size of the pool").0.contains("extended"));
    for text in [reference_texts::<Da>(), reference_texts::<En>()] {
        assert!(!text.contains("kørte til december 2019"));
        assert!(!text.contains("ran until December 2019"));
    }
}

#[test]
fn rejected_hires_blame_the_projects_submission() {
    let (da, source) = fact::<Da>("Hvorfor indrapporterede ansættelser afvises");
    assert!(da.contains("datafejl i projektets indrapportering"), "{da}");
    assert!(source.contains("3.1"));
    let (en, _) = fact::<En>("Why reported hires are rejected");
    assert!(
        en.contains("the project's submission contains data errors"),
        "{en}"
    );
    assert!(!en.contains("report contains errors"));
}

// ---- Says more than the report (items 4-6) -----------------------------------------

#[test]
fn round_one_was_granted_not_paid() {
    for text in [
        reference_texts::<Da>(),
        Da::LEAD.to_string(),
        reference_texts::<En>(),
        En::LEAD.to_string(),
    ] {
        for overstated in ["fik penge", "fik ni projekter 14,3", "received", "funded"] {
            assert!(!text.contains(overstated), "{overstated} in {text}");
        }
    }
    assert!(Da::LEAD.contains("fik tilsagn om tilskud"));
    assert!(fact::<Da>("Puljens størrelse")
        .0
        .contains("fik ni projekter tilsagn om i alt 14,3 mio. kr."));
    assert!(En::LEAD.contains("granted"));
    assert!(fact::<En>("The size of the pool")
        .0
        .contains("were granted DKK 14.3 million"));
    assert!(page("").all_text().contains(T::LEAD));
}

#[test]
fn the_network_row_resting_on_code_of_care_is_the_calculators_reading() {
    let da = Da::CAVEATS[4];
    for words in [
        "Af de seks",
        "foreløbige grundlag",
        "afsnit 3.1",
        "Beregnerens læsning af tabel 6",
    ] {
        assert!(da.contains(words), "{words}: {da}");
    }
    let en = En::CAVEATS[4];
    for words in [
        "Of the six",
        "preliminary figures",
        "section 3.1",
        "The calculator's reading of Table 6",
    ] {
        assert!(en.contains(words), "{words}: {en}");
    }
}

#[test]
fn verification_is_against_register_data_not_its_registers() {
    for text in [reference_texts::<En>(), En::THRESHOLD_NOTE.to_string()] {
        assert!(!text.contains("its registers"), "{text}");
    }
    assert!(En::THRESHOLD_NOTE.contains("register data"));
    assert!(Da::THRESHOLD_NOTE.contains("kontrollerer dem op mod registerdata"));
    assert!(word::<Da>("Verificeret").contains("op mod registerdata"));
}

// ---- Assumptions where the figure stands (items 7-8) ------------------------------

#[test]
fn a_repayment_is_marked_as_the_calculators_assumption_at_the_figure() {
    assert!(Da::REPAYMENT_LABEL.contains("beregnerens antagelse"));
    assert!(Da::REPAYMENT_LABEL.contains("rapporten nævner ikke tilbagebetaling"));
    assert!(En::REPAYMENT_LABEL.contains("the calculator's assumption"));
    // Expenses below half the budget: a repayment, on the page and embedded.
    for query in [
        "budget=1000000&target=10&hires=10&expenses=300000",
        "budget=1000000&target=10&hires=10&expenses=300000&embed=1",
    ] {
        let doc = page(query);
        let row = doc.all("data-repayment", "");
        assert_eq!(row.len(), 1, "{query}");
        assert!(row[0].text().contains(T::REPAYMENT_LABEL), "{query}");
    }
}

#[test]
fn the_readers_row_says_its_amount_is_the_amount_applied_for() {
    let doc = page("budget=1202550&target=17&approach=course");
    let row = doc.testid("round-one-user-row");
    assert!(row.text().contains(T::APPLIED_FOR_NOTE));
    assert_eq!(doc.text("user-row-applied"), T::APPLIED_FOR_NOTE);
    assert_eq!(Da::APPLIED_FOR_NOTE, "ansøgt beløb");
    assert_eq!(En::APPLIED_FOR_NOTE, "amount applied for");
}

// ---- Missing where the reader needs it (items 9-18) --------------------------------

#[test]
fn the_rules_say_which_call_they_come_from() {
    assert!(Da::RULE_ROUND.contains("første runde (2018–2019)"));
    assert!(
        Da::RULE_ROUND.contains("kommuner og jobcentre") && Da::RULE_ROUND.contains("februar 2020")
    );
    assert!(En::RULE_ROUND.contains("round one's (2018–2019)"));
    assert!(En::RULE_ROUND.contains("municipalities and jobcentres"));
    let rules = Doc::parse(&render::<Reference>(()));
    assert_eq!(rules.text("rule-round"), T::RULE_ROUND);
}

#[test]
fn the_batch_summary_says_round_two_is_not_directly_comparable() {
    let doc = Doc::parse(&render::<BatchView>(BatchViewProps {
        text: "A;1.000.000;10;netværk".into(),
    }));
    assert_eq!(doc.text("summary-round-two-note"), T::S_ROUND_TWO_NOTE);
    assert!(Da::S_ROUND_TWO_NOTE.contains("kan ikke uden videre sammenlignes"));
    assert!(En::S_ROUND_TWO_NOTE.contains("cannot simply be compared"));
}

#[test]
fn chapter_4s_lessons_say_what_they_rest_on() {
    for (lead, words) in [
        (
            Da::NETWORK_LESSONS_LEAD,
            [
                "interview og projektbesøg",
                "afsnit 4.1",
                "beskrivende (afsnit 1.2)",
            ],
        ),
        (
            En::NETWORK_LESSONS_LEAD,
            [
                "interviews and project visits",
                "section 4.1",
                "descriptive (section 1.2)",
            ],
        ),
    ] {
        for w in words {
            assert!(lead.contains(w), "{w}: {lead}");
        }
    }
}

#[test]
fn the_other_targets_are_named_and_only_hires_are_computed() {
    let (da, source) = fact::<Da>("Andre resultatmål");
    assert!(da.contains("udbredelse") && da.contains("færre virksomheder end forventet"));
    assert_eq!(source, "afsnit 1.1 og 3.2");
    let (en, source) = fact::<En>("Other targets");
    assert!(en.contains("fewer companies than expected"));
    assert_eq!(source, "sections 1.1 and 3.2");
    assert!(Da::ASSUMPTIONS.iter().any(|a| a.contains(
        "»50 procent af projektets målsætning« læses som 50 % af resultatmålet for ansættelser"
    )));
    assert!(En::ASSUMPTIONS
        .iter()
        .any(|a| a.contains("is read as 50% of the target for hires")));
}

#[test]
fn the_under_50_settlement_is_marked_as_the_calculators_reading() {
    let da = Da::RULE_READING[2];
    assert!(da.contains("beregnerens læsning") && da.contains("»halvdelen af de udgifter, der er givet tilsagn om, på baggrund af det endelige regnskab«"));
    assert!(En::RULE_READING[2].contains("the calculator's reading"));
    assert!(Da::ASSUMPTIONS
        .iter()
        .any(|a| a.contains("Under 50 % læses")));
}

#[test]
fn table_3s_bottom_line_is_total_grant_over_total_target() {
    assert!(Da::AVERAGE_LABEL.contains("samlet tildelt beløb / samlet resultatmål"));
    assert!(En::AVERAGE_LABEL.contains("total grant / total target"));
    assert!(Da::S_ROUND_ONE.contains("samlet tildelt beløb / samlet resultatmål"));
    assert!(En::S_ROUND_ONE.contains("total grant / total target"));
    for label in [
        Da::AVERAGE_LABEL,
        En::AVERAGE_LABEL,
        Da::S_UNIT_PRICE,
        En::S_UNIT_PRICE,
    ] {
        assert!(
            !label.contains("Gennemsnit") && !label.contains("Average"),
            "{label}"
        );
    }
    let doc = page("budget=1202550&target=17");
    assert!(doc.all_text().contains(T::AVERAGE_LABEL));
}

#[test]
fn the_targets_limit_is_the_calculators() {
    assert!(Da::TARGET_HINT.contains("Beregneren tager 1 til 100.000"));
    assert!(En::TARGET_HINT.contains("The calculator takes 1 to 100,000"));
}

#[test]
fn no_separate_retention_requirement_where_a_hire_is_defined() {
    let (da, source) = fact::<Da>("Hvad tæller som en ansættelse");
    assert!(da.contains("ikke et særskilt resultatkrav") && source.contains("afsnit 4.6"));
    let (en, source) = fact::<En>("What counts as a hire");
    assert!(en.contains("no separate requirement") && source.contains("section 4.6"));
}

#[test]
fn the_flags_stand_beside_the_unit_price() {
    // 50 mio. kr.: above the whole pool.
    let doc = page("budget=50000000&target=100");
    let results = doc.testid("results");
    assert!(
        results
            .doc()
            .testid("flags")
            .text()
            .contains("45.000.000 kr.")
            || results
                .doc()
                .testid("flags")
                .text()
                .contains("DKK 45,000,000")
    );
    assert!(results
        .doc()
        .text("unit-price")
        .chars()
        .any(|c| c.is_ascii_digit()));
}

#[test]
fn a_mistake_names_the_field_to_correct() {
    let doc = page("budget=12x&target=17");
    assert_eq!(doc.text("results-missing"), T::results_fix(true, false));
    let doc = page("budget=1000000&target=0");
    assert_eq!(doc.text("results-missing"), T::results_fix(false, true));
    let doc = page("budget=12x&target=x");
    assert_eq!(doc.text("results-missing"), T::results_fix(true, true));
    assert_eq!(page("").text("results-missing"), T::RESULTS_MISSING);
    assert_eq!(
        Da::results_fix(true, false),
        "Ret det ansøgte beløb for at se beregningen."
    );
    assert_eq!(
        En::results_fix(false, true),
        "Correct the target to see the calculation."
    );
}

// ---- Language (items 19-20) ----------------------------------------------------------

#[test]
fn danish_as_a_danish_agency_writes_it() {
    assert!(Da::NETWORK_LESSONS_LEAD.contains("Ved hvert punkt står afsnittet i rapporten"));
    assert!(Da::COURSE_FINDING.contains("tilsammen") && !Da::COURSE_FINDING.contains("til sammen"));
    assert!(
        Da::cash_interim(9, puljeberegner::domain::money::Money::ZERO, false)
            .starts_with("Udbetales ikke i jeres scenarie")
    );
    assert_eq!(
        Da::problems_announcement(&["a".into(), "b".into(), "c".into()]),
        "Der er 3 problemer i felterne a, b og c."
    );
    assert!(Da::DISCLAIMER.starts_with("Beregningen er vejledende."));
    assert!(Da::MORE_CAVEATS[1].contains("hverken ISS eller AOF Midt"));
    assert!(Da::ROUND_TWO_COMPARE.contains("»enhedsprisen pr. ansættelse«"));
    assert!(
        Da::RULE_READING[0].contains("ansættelser svarende til mindst halvdelen af resultatmålet")
    );
    assert!(!Da::PASTE_HINT.contains("i vilkårlig rækkefølge med overskrift"));
}

#[test]
fn english_as_an_english_reader_expects_it() {
    let texts = [
        reference_texts::<En>(),
        En::THRESHOLD_NOTE.into(),
        En::INTERIM_NOTE_REACHED.into(),
        En::SCENARIOS_LEAD.into(),
        En::CAVEATS.join(" "),
        En::COURSE_FINDING.into(),
        En::threshold_status(3, 9, false),
        En::percent(50),
    ];
    for text in &texts {
        assert!(!text.contains(" %"), "a space before % in English: {text}");
    }
    assert_eq!(En::HYBRID_IN_BILAG_A, "hybrid in Annex A");
    assert!(En::AS_IF_HEADING.contains("does as well as a round-one project did"));
    assert_eq!(En::CASH_HEADING, "When can the money come?");
    assert!(
        En::cash_interim(9, puljeberegner::domain::money::Money::ZERO, false)
            .starts_with("Not paid in your scenario")
    );
    assert!(!En::own_financing_warning(
        puljeberegner::domain::money::Money::ZERO,
        puljeberegner::domain::money::Money::ZERO
    )
    .contains("yourselves"));
    assert!(En::LEAD.contains("promoting corporate social responsibility"));
}
