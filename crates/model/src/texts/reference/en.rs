//! English: the reference part of the English page. Numbers in English form; the report's
//! own Danish sentence is quoted as it stands, beside an English rendering.

use super::da::{STAR_ROUND_ONE, STAR_ROUND_TWO_CALL, STAR_ROUND_TWO_NEWS};
use super::{Link, ReferenceTexts};
use crate::texts::en::En;

impl ReferenceTexts for En {
    const REFERENCE_LABEL: &'static str = "Rules, assumptions and sources";

    const RULE_REPORT_HEADING: &'static str = "What the report says (section 1.1)";
    const RULE_QUOTE_RENDERING: Option<&'static str> = Some("\"The grant model for the projects has thus been that up to half of the amount applied for is paid out when 50 per cent of the project's objective has been achieved. If 50 per cent or more of the objective has been achieved at the end of the project, the remaining amount is paid out in relation to the expenses incurred. If less than 50 per cent of the objective has been achieved at the end of the project, half of the expenses for which a commitment was given is paid out, on the basis of the final accounts. […] the projects could not have the grant paid out before the results had been submitted to and verified by STAR.\"");
    const RULE_QUOTE_RENDERING_LABEL: &'static str =
        "In English (our rendering; the Danish text above is the source):";
    const RULE_READING_HEADING: &'static str = "How the calculator computes";
    const RULE_READING: [&'static str; 4] = [
        "First payment: once hires amounting to at least half of the target (rounded up) have been submitted to and verified by STAR, half of the amount applied for is paid (see the assumptions below).",
        "If 50% or more of the target is reached at the end: your actual expenses are covered, up to the amount applied for. The first payment is deducted.",
        "If less than 50% of the target is reached at the end: half of the actual expenses is covered, up to half of the amount applied for. This is the calculator's reading; the report says \"half of the expenses for which a commitment was given, on the basis of the final accounts\" (see the assumptions).",
        "The rest of the expenses is your own financing.",
    ];
    const ASSUMPTIONS_HEADING: &'static str =
        "What the calculator assumes – not stated in the report";
    const ASSUMPTIONS_LEAD: &'static str = "Section 1.1 is the report's only description of the payout model. To compute, the calculator needs more, and that is assumption, not rule. STAR may administer the pool differently.";
    const ASSUMPTION_MARK: &'static str = "Assumption:";
    const ASSUMPTIONS: [&'static str; 5] = [
        "The report says \"up to half\" (op mod halvdelen) of the amount applied for is paid as the first payment. The calculator assumes the full half. So it also assumes that a first payment larger than the covered expenses is paid back at the final settlement – the report does not mention repayment.",
        "The first payment is tied to \"the amount applied for\" (det ansøgte beløb), and below 50% half of \"the expenses for which a commitment was given\" (de udgifter, der er givet tilsagn om) is paid; round one's tables show the amounts granted. The calculator assumes the commitment equals the amount applied for.",
        "\"The remaining amount is paid out in relation to the expenses incurred\" is read as: the documented expenses are covered, up to the amount applied for. Below 50%, \"half of the expenses for which a commitment was given, on the basis of the final accounts\" is read as half of the actual expenses, up to half of the commitment.",
        "Hires above the target earn nothing extra. This is the calculator's reading; the report has no sentence on it.",
        "\"50 per cent of the project's objective\" (50 procent af projektets målsætning) is read as 50% of the target for hires. The projects also had other targets, for example for spreading the approach (section 1.1); they play no part in the calculation.",
    ];
    const THRESHOLD_ROUNDING: &'static str = "That 50% of the target is rounded up to a whole number of hires follows from section 1.1: payment comes \"when 50 per cent of the project's objective has been achieved\". With a target of 17, 8 hires are 47%, so 9 are needed.";
    const RULE_ROUND: &'static str = "These rules are round one's (2018–2019), which the report describes. A later call may have other terms: in round two, for example, municipalities and jobcentres could not apply, and the applicant had to cooperate with a jobcentre (STAR's questions and answers, February 2020).";

    const APPLICANT_HEADING: &'static str = "What you need to know as an applicant";
    const APPLICANT_FACTS: [(&'static str, &'static str, &'static str); 8] = [
        (
            "What counts as a hire",
            "Ordinary hours (e.g. small jobs, småjob), flexi-jobs (fleksjob), wage subsidy (løntilskud) and education that qualifies for the state education grant (SU-berettiget uddannelse). The pool has no separate requirement that the person stays in the job.",
            "section 1.1, section 2.1, Table 1 (section 1.2) and section 4.6",
        ),
        (
            "The target group",
            "Unemployed people with at least one year of continuous unemployment on public support behind them. Only hires of people in the target group count.",
            "section 1.1",
        ),
        (
            "How hires are reported",
            "The projects document their hires by sending lists of CPR numbers to STAR, which verifies them against register data.",
            "section 1.1",
        ),
        (
            "Why reported hires are rejected",
            "The person is outside the target group (at least one year of continuous unemployment), no wage payment can be seen in the registers for the reported month, or the project's submission contains data errors.",
            "section 3.1 after Table 7, and section 4.5.1",
        ),
        (
            "When money can come",
            "The project chooses when to submit its results, but nothing is paid before they are submitted to and verified by STAR. STAR verifies only once the project may be entitled to a payout. Register data lag: in round one, November and December 2019 could not yet be checked.",
            "section 1.1, Table 6 note ** and section 3.1",
        ),
        (
            "Who could apply",
            "Companies, organisations and associations.",
            "section 1.1",
        ),
        (
            "The size of the pool",
            "DKK 45 million for 2018–2021. In round one (2018–2019), nine projects were granted DKK 14.3 million in all. The project period ran from late June 2018 to December 2019; a few projects had it extended.",
            "chapter 1, section 1.1 and chapter 2",
        ),
        (
            "Other targets",
            "The projects also set and documented other targets, for example for spreading the approach and for specific activities. The spreading activities reached fewer companies than expected.",
            "sections 1.1 and 3.2",
        ),
    ];

    const CHAPTER_4_SCOPE: &'static str = "Chapter 4 of the evaluation examined the network approach only (section 4.1); there is no such checklist for the course approach. For step 4, retention, the evaluation found no drivers (section 4.6.2).";

    const MORE_CAVEATS: [&'static str; 3] = [
        "Section 1.4 counts five projects that had submitted results, section 3.1 six: the sixth is Ingerfair's one hire, reported but not verified.",
        "Table 7 covers the six projects that had reported: four of the five network projects (not Quick Care) and two of the four course projects (neither ISS nor AOF Midt).",
        "The report files AOF Midt's hybrid project under the course approach (section 2.2); Annex A calls it a hybrid approach.",
    ];

    const ROUND_TWO_HEADING: &'static str = "After round one: round two";
    const ROUND_TWO_LEAD: &'static str = "The evaluation report covers round one only. For round two, STAR published these figures itself, in a news item of 12 April 2023. They are STAR's figures, not the calculator's: STAR does not say how its unit price was computed, so it cannot simply be compared with the unit prices of Table 3, and the calculator computes nothing further from the figures.";
    const ROUND_TWO_FIGURES: [(&'static str, &'static str); 5] = [
        ("Period", "2020–2022"),
        ("Hires of people in the target group", "1,348"),
        ("Share of the target", "143%"),
        (
            "\"Unit price per hire\" (enhedsprisen pr. ansættelse) across the projects",
            "DKK 13,554",
        ),
        ("Projects above their own target", "four of five"),
    ];
    const ROUND_TWO_NOTE: &'static str = "According to STAR, Code of Care accounts for almost 68% of the results and also had the largest grant. The evaluation of round two is descriptive, without a control group.";
    const ROUND_TWO_SOURCE: Link = (
        "STAR: \"Evaluering af anden runde af 'Satspulje til udbredelse af virksomheders sociale ansvar'\" (the evaluation of round two), news item, 12 April 2023, in Danish",
        STAR_ROUND_TWO_NEWS,
    );
    const ROUND_TWO_CALL: &'static str = "STAR's call for round two (deadline 5 March 2020) had DKK 20.0 million for 2020–2021. According to STAR's questions and answers (February 2020), municipalities and jobcentres could not apply, and the applicant had to cooperate with one or more jobcentres.";

    const WORDS_HEADING: &'static str = "Words on this page";
    const WORDS: [(&'static str, &'static str); 6] = [
        ("Unit price", "The amount applied for divided by the target: what one hire costs in your budget. The report calls it the \"estimated unit price\" (estimeret enhedspris)."),
        ("Target", "The number of hires you promise in the application (resultatmål)."),
        ("Verified", "STAR has checked a reported hire against register data. Only verified hires count."),
        ("Round one", "The nine projects granted support from the pool in its first round (2018–2019). The project period ran from late June 2018 to December 2019, but a few projects had it extended: Code of Care to the end of the first quarter of 2020. Ingerfair closed in mid-2019. The evaluation report is about them."),
        ("Table 3, Table 6, Table 7", "Tables in the evaluation report: Table 3 shows amounts, targets and unit prices, Table 6 the preliminary results per project, Table 7 the same results per approach."),
        ("Section 4.3.2 etc.", "A section of the evaluation report. The reference shows where to read more."),
    ];
    const SOURCES_HEADING: &'static str = "Sources";
    const SOURCE_PREFIX: &'static str = "Source:";
    const SOURCE_REPORT: &'static str = "Deloitte for the Danish Agency for Labour Market and Recruitment (STAR): \"Evaluering af puljen til udbredelse af virksomheders sociale ansvar\" (evaluation of the pool for promoting corporate social responsibility), February 2020, in Danish.";
    const SOURCE_REPORT_NOTE: &'static str =
        "Every figure and section on round one comes from this report.";
    const SOURCE_LINKS: [Link; 3] = [
        ("STAR: the pool's page for round one (2018), in Danish", STAR_ROUND_ONE),
        ("STAR: \"Opslag: Pulje til udbredelse af virksomheders sociale ansvar\" (the call for round two, 2020), in Danish", STAR_ROUND_TWO_CALL),
        Self::ROUND_TWO_SOURCE,
    ];
}
