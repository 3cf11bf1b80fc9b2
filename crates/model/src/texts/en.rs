//! English: every text of the English pages, and how English writes numbers.

use super::da::Da;
use super::Texts;
use crate::chart::PayoutChart;
use crate::domain::amount_input::AmountError;
use crate::domain::approach::Approach;
use crate::domain::count_input::CountError;
use crate::domain::flags::Flag;
use crate::domain::money::{format_count, Money, NumberFormat};
use crate::domain::scenarios::{HireLevelKind, LevelError};
use crate::pages::Lang;

/// The English texts.
#[derive(Debug, Clone, Copy)]
pub struct En;

/// Who counts, under the hires field (section 1.1).
const TARGET_GROUP: &str = "Only people in the target group count: at least one year of continuous unemployment on public support (section 1.1).";

/// A whole number with English thousands separators: `14,297,998`.
pub(super) fn grouped(n: u64) -> String {
    format_count(n, NumberFormat::English)
}

impl Texts for En {
    // ---- The language, and texts of several sections

    const LANG: Lang = Lang::En;
    const SWITCH_LABEL: &'static str = "Dansk";
    const ERROR_SUMMARY_TITLE: &'static str = "There is a problem";
    const QUERY_CUT_MESSAGE: &'static str = "The link was too long (over 32,000 characters); only its beginning was read. Check the fields.";

    // ---- The calculator, the rules, the comparison with round one
    const LEAD: &'static str = "Work out the unit price (what one hire costs in your budget) and the payout for the Danish pool for promoting corporate social responsibility (puljen til udbredelse af virksomheders sociale ansvar), and see how your application compares with round one: the nine projects granted support from the pool in 2018–2019, which the evaluation report of February 2020 (Deloitte for STAR) is about.";
    const APPLICATION_HEADING: &'static str = "Your application";
    const BUDGET_HINT: &'static str = "In Danish kroner, e.g. 1,250,000 or 1,250,000.50";
    const TARGET_LABEL: &'static str = "Target (number of hires)";
    const TARGET_HINT: &'static str =
        "The number of hires you promise in the application, as a whole number. The calculator takes 1 to 100,000.";
    const APPROACH_LEGEND: &'static str = "Approach";
    const APPROACH_UNSET: &'static str =
        "Choose an approach to be compared with the projects that took the same approach.";
    const SCENARIO_HEADING: &'static str = "Your scenario at the end of the project";
    const SCENARIO_LEAD: &'static str =
        "What happens to the payout if you get fewer hires or spend less than planned?";
    const HIRES_LABEL: &'static str = "Hires verified by STAR";
    const EXPENSES_LABEL: &'static str = "Actual expenses";
    const EXPENSES_HINT: &'static str =
        "In Danish kroner. If you leave the field empty, the amount applied for is used.";
    const RESULTS_HEADING: &'static str = "Result";
    const RESULTS_MISSING: &'static str =
        "Enter the amount applied for and the target to see the calculation.";
    const DETAILS_MISSING: &'static str =
        "The calculation appears here once the amount applied for and the target are filled in without mistakes.";
    const UNIT_PRICE_LABEL: &'static str = "Estimated unit price";
    const UNIT_PRICE_NOTE: &'static str = "The amount applied for divided by the target, rounded down to whole kroner, as in Table 3 of the evaluation report, which lists the amount, the target and the unit price of each round-one project.";
    const THRESHOLD_LABEL: &'static str = "Hires required for the first payment";
    const THRESHOLD_NOTE: &'static str =
        "50% of the target, rounded up: 50% must be achieved (section 1.1 of the report). The hires must be submitted to STAR and verified: STAR checks them against register data, and only verified hires count.";
    const PAYOUT_HEADING: &'static str = "Payout in your scenario";
    const INTERIM_LABEL: &'static str = "First payment (at most)";
    const INTERIM_NOTE_REACHED: &'static str =
        "The report: \"up to half\" of the amount applied for, once 50% of the target is reached and verified. The calculator assumes the full half is paid.";
    const INTERIM_NOTE_NOT_REACHED: &'static str =
        "Not paid: the scenario does not reach 50% of the target.";
    const FINAL_LABEL: &'static str = "Final settlement";
    const REPAYMENT_LABEL: &'static str =
        "Repayment at the final settlement (the calculator's assumption; the report does not mention repayment)";
    const TOTAL_LABEL: &'static str = "Total payout";
    const OWN_FINANCING_LABEL: &'static str = "Own financing";
    const PER_HIRE_LABEL: &'static str = "Payout per verified hire";
    const PER_HIRE_NOTE: &'static str =
        "Total payout divided by the number of verified hires. Cannot be computed without hires.";
    const WITHHELD: &'static str = "—";
    const RULE_HEADING: &'static str = "How the calculator reads the rules";
    // The report is quoted in Danish.
    const RULE_QUOTE: &'static str = Da::RULE_QUOTE;
    const RULE_SOURCE: &'static str =
        "The evaluation report, section 1.1 Baggrund (quoted in Danish)";
    const COMPARE_HEADING: &'static str = "Compared with round one";
    const AVERAGE_LABEL: &'static str = "All nine projects: total grant / total target (Table 3)";
    const MEDIAN_LABEL: &'static str = "Median of the nine unit prices";
    const MIN_LABEL: &'static str = "Lowest";
    const MAX_LABEL: &'static str = "Highest";
    const TABLE_CAPTION: &'static str =
        "The nine projects of round one and your application, by unit price";
    const COL_GRANT: &'static str = "Amount granted";
    const COL_UNIT_PRICE: &'static str = "Unit price";
    const COL_HIRES: &'static str = "Verified hires";
    const COL_RESULTS: &'static str = "Preliminary results (verified by STAR)";
    const COL_ACHIEVEMENT: &'static str = "Preliminary achievement";
    const YOUR_APPLICATION: &'static str = "Your application";
    const APPLIED_FOR_NOTE: &'static str = "amount applied for";
    const NOT_REPORTED: &'static str = "Not reported";
    const NOT_VERIFIED_MARK: &'static str = "not verified";
    const HYBRID_IN_BILAG_A: &'static str = "hybrid in Annex A";
    const CAVEATS_HEADING: &'static str = "What you should know about the round-one figures";
    const CAVEATS: [&'static str; 6] = [
        "The results are preliminary (STAR, November 2019). Most projects were still running and will report more hires (section 3.1).",
        "Three projects (ISS, AOF Midt and Quick Care) had not yet reported results: at that time they were not yet obliged to (section 3.1).",
        "Code of Care, Marselisborg and Randers HK og DISCUS had reported more hires that STAR had not yet verified. Those are not counted (Table 6, note *).",
        "Ingerfair's one hire was reported but not verified by STAR; the project closed in mid-2019 (section 3.1 and Table 6, note **).",
        "Of the six projects that had reported, Code of Care is, on the preliminary figures, the only one above its target (section 3.1). The calculator's reading of Table 6: the network approach's 109% rests on Code of Care; the other three network projects that had reported reached 124 hires in all against a target of 230 (54%).",
        "The course projects' targets are far smaller than the network projects' (section 3.1).",
    ];
    const TABLE_SOURCE: &'static str = "Source: Deloitte for STAR, Evaluering af puljen til udbredelse af virksomheders sociale ansvar, February 2020, Table 3 (amounts, targets, unit prices) and Table 6 (preliminary results).";
    const ROUND_TWO_COMPARE: &'static str = "Round two (2020–2022), STAR's own figures: 1,348 hires, 143% of the target and \"the unit price per hire\" (enhedsprisen pr. ansættelse) of DKK 13,554 across the projects. See below why it cannot simply be compared with Table 3.";
    const ROUND_TWO_SOURCE_SHORT: &'static str = "STAR, news item, 12 April 2023";
    const S_ROUND_TWO: &'static str =
        "Round two, \"the unit price per hire\" (STAR's figure, news item, 12 April 2023)";
    const W_RULES_LINK: &'static str =
        "The report's wording (section 1.1) and the calculator's assumptions";
    const WORDS_LINK: &'static str = "Words explained, and sources";
    const CHART_CAVEAT: &'static str = "The markers rest on round one's preliminary results (Table 6, November 2019); see the caveats under the round-one table.";
    const FLAGS_HEADING: &'static str = "Worth a closer look";
    const NO_FLAGS: &'static str = "No remarks: the figures lie within what round one showed.";
    // ---- The frame of both pages: header, navigation, shared columns, share link
    const TITLE: &'static str = "Grant calculator";
    const NAV_LABEL: &'static str = "Views";
    const NAV_CALCULATOR: &'static str = "Calculator";
    const NAV_BATCH: &'static str = "For caseworkers: check many applications";
    const COL_PROJECT: &'static str = "Project";
    const BUDGET_LABEL: &'static str = "Amount applied for";
    const COL_TARGET: &'static str = "Target";
    const COL_APPROACH: &'static str = "Approach";
    const LINK_LABEL: &'static str = "Link to this calculation";
    const COPY_LINK: &'static str = "Copy link";
    const COPIED: &'static str = "The link is copied.";
    const COPY_FALLBACK: &'static str = "The link is selected. Copy it with Ctrl+C (⌘+C on a Mac).";
    const DISCLAIMER: &'static str = "The calculation is for guidance only. STAR assesses the application and decides on the grant and the payout.";
    const ERROR_PREFIX: &'static str = "Error:";
    // ---- Scenarios, and what round one teaches
    const SCENARIOS_HEADING: &'static str = "If things go differently than planned";
    const SCENARIOS_LEAD: &'static str = "The payout depends on how many hires STAR verifies and how much money you actually spend. Below 50% of the target the payout drops to half.";
    const LEVELS_LEGEND: &'static str = "Expense levels in the table";
    const LEVELS_HINT: &'static str = "Percent of the amount applied for, 0 to 200";
    const GRID_CAPTION: &'static str = "Total payout, own financing and payout per hire for different numbers of verified hires and expenses";
    const EXPENSES_HEADING: &'static str = "Expenses";
    const YOUR_EXPENSES: &'static str = "your expenses";
    const OWN_MARK: &'static str = " ◀ your scenario";
    const OWN_HIRES: &'static str = "your number";
    const COL_TOTAL: &'static str = "Total payout";
    const COL_OWN_FINANCING: &'static str = "Own financing";
    const COL_PER_HIRE: &'static str = "Per hire";
    const NOT_COMPUTABLE: &'static str = "–";
    const AS_IF_HEADING: &'static str = "If your project does as well as a round-one project did";
    const AS_IF_CAPTION: &'static str = "Round-one achievements applied to your target";
    const COL_SOURCE: &'static str = "Round-one project";
    const COL_AS_IF_ACHIEVEMENT: &'static str = "Preliminary achievement (hires / target)";
    const COL_YOUR_HIRES: &'static str = "Your hires";
    const COL_AS_IF_THRESHOLD: &'static str = "50% threshold";
    const YES_REACHED: &'static str = "Reached";
    const NO_NOT_REACHED: &'static str = "Not reached";
    const NOT_VERIFIED_NOTE: &'static str = "Reported, not verified by STAR";
    const INCLUDES_NOT_VERIFIED_NOTE: &'static str = "Incl. Ingerfair's one unverified hire";
    const AS_IF_CAVEAT: &'static str = "The round-one results are preliminary (STAR, November 2019): most projects were still running and may report more hires, and three of the nine projects had not yet reported (section 3.1). Hires that STAR had not yet verified are not counted (Table 6, note *). Your hires = your target × the project's hires / the project's target, rounded down.";
    const CHART_HEADING: &'static str = "Payout by number of hires";
    const CHART_TITLE: &'static str = "Total payout by number of verified hires";
    const CHART_DATA_SUMMARY: &'static str = "See the figures behind the chart";
    const CHART_DATA_CAPTION: &'static str = "The points of the curve";
    const CHART_ACHIEVEMENTS_CAPTION: &'static str =
        "Round-one achievements applied to your target";
    const CASH_HEADING: &'static str = "When can the money come?";
    const CASH_INTERIM_HEADING: &'static str = "First payment";
    const CASH_FINAL_HEADING: &'static str = "Final settlement";
    const WARNING_HEADING: &'static str = "Note:";
    const WORKINGS_SUMMARY: &'static str = "How it is worked out";
    const W_UNIT_PRICE: &'static str = "Estimated unit price";
    const W_TRUNCATED: &'static str = "rounded down to whole kroner";
    const W_THRESHOLD: &'static str = Self::THRESHOLD_LABEL;
    const W_INTERIM: &'static str = "First payment (at most)";
    const W_ELIGIBLE: &'static str = "Expenses that can be covered";
    const W_TOTAL: &'static str = "Total payout";
    const W_FINAL: &'static str = "Final settlement";
    const W_OWN_FINANCING: &'static str = "Own financing";
    const W_PER_HIRE: &'static str = "Payout per verified hire";
    const W_ROUNDING: &'static str = "All amounts are computed in whole øre. When an amount is divided, it is rounded down to whole øre; the unit price is rounded down to whole kroner, as in Table 3 of the report.";
    const LESSONS_HEADING: &'static str = "Lessons from round one";
    const NETWORK_LESSONS_HEADING: &'static str = "The network approach: a checklist";
    const NETWORK_LESSONS_LEAD: &'static str = "Chapter 4 of the evaluation report points to what drove results in the network projects. It rests on interviews and project visits, chiefly at the three largest network projects (section 4.1), in an evaluation that is descriptive (section 1.2). Beside each point is the report's section. Is it part of your project?";
    const NETWORK_DRIVERS: [(&'static str, &'static str); 7] = [
        ("Do you use the local political system, e.g. the mayor, to engage the companies?", "section 4.3.2"),
        ("Do the dialogue and the activities go from company to company?", "section 4.3.2"),
        ("Do you describe every job opening systematically and uniformly, e.g. with a fixed template?", "section 4.3.2"),
        ("Do you have a dedicated contact person at the jobcentre who receives the job openings?", "section 4.4.2"),
        ("Does the jobcentre take part in the activities themselves, e.g. the network events?", "section 4.4.2"),
        ("Does the jobcentre call the company as soon as the job opening arrives, to pin it down: tasks, hours and skills? (This is what the jobcentre in Randers does.)", "section 4.5.2"),
        ("Can the contact between citizen and company follow the company's needs, e.g. a job interview or a short coffee talk?", "section 4.5.2"),
    ];
    const NETWORK_BARRIERS_LEAD: &'static str = "Barriers the network projects met:";
    const NETWORK_BARRIERS: [(&'static str, &'static str); 6] = [
        ("Too few companies took part in the activities.", "section 4.3.1"),
        ("The companies' needs were not turned into concrete job openings that could be filled.", "section 4.3.1"),
        ("The job openings did not reach the right staff at the jobcentre.", "section 4.4.1"),
        ("Searching and assessing matches was not fast enough.", "section 4.5.1"),
        ("Citizens outside the target group (at least one year of continuous unemployment) were matched, and they do not count.", "sections 4.5.1 and 3.1"),
        ("Follow-up after the hire was not systematic.", "section 4.6.1"),
    ];
    const COURSE_LESSONS_HEADING: &'static str = "The course approach: the round-one results";
    const COURSE_FINDING: &'static str = "The two course projects that had reported results had together reached 58% of their combined target (22 hires against a target of 38), against 109% for the four network projects that had reported (500 hires against a target of 460). Section 3.1 and Table 7.";
    const COURSE_CAVEATS: [&'static str; 3] = [
        "Only two of the four course projects had had results verified (section 3.1).",
        "The course projects' targets are far below the network projects' (section 3.1).",
        "The results are preliminary; the projects could still report more hires (section 3.1).",
    ];
    // ---- Embedding
    const EMBED_HEADING: &'static str = "Embed the calculator";
    const EMBED_LEAD: &'static str = "Paste all of the code into your own page. <iframe> shows the calculator with the figures now in the fields. <script> makes the frame as tall as its content; if your system removes it, the frame scrolls instead.";
    const FULL_PAGE_LINK: &'static str = "See the whole calculation";
    const EMBED_COPY: &'static str = "Copy the code";
    const EMBED_COPIED: &'static str = "The code is copied.";
    const EMBED_COPY_FALLBACK: &'static str =
        "The code is selected. Copy it with Ctrl+C (⌘+C on a Mac).";
    const EMBED_CODE_LABEL: &'static str = "Code for your page";
    const EMBED_IFRAME_TITLE: &'static str = "Grant calculator: unit price and payout for the pool for promoting corporate social responsibility";
    // ---- Numbers

    /// `DKK 24,561`, `DKK 1,234,567.50`.
    fn money(m: Money) -> String {
        // One minus sign for a negative amount: U+2212, as in the workings.
        m.format(NumberFormat::English).replacen('-', "−", 1)
    }

    fn count(n: u32) -> String {
        grouped(u64::from(n))
    }

    fn field_amount(m: Money) -> String {
        m.to_number(NumberFormat::English)
    }

    fn field_count(n: u32) -> String {
        n.to_string()
    }

    fn hires_phrase(n: u32, verified: bool) -> String {
        match (n == 1, verified) {
            (true, true) => "1 verified hire".into(),
            (true, false) => "1 hire".into(),
            (false, true) => format!("{} verified hires", Self::count(n)),
            (false, false) => format!("{} hires", Self::count(n)),
        }
    }

    fn printed_on(date: &str) -> String {
        format!("Printed {date}. The calculation can be reproduced with the link:")
    }

    // ---- The calculator

    fn approach_name(a: Approach) -> &'static str {
        match a {
            Approach::Network => "Network approach",
            Approach::Course => "Course approach",
            Approach::Hybrid => "Hybrid approach",
        }
    }

    fn approach_short(a: Approach) -> &'static str {
        match a {
            Approach::Network => "Network",
            Approach::Course => "Course",
            Approach::Hybrid => "Hybrid",
        }
    }

    fn approach_explanation(a: Approach) -> &'static str {
        match a {
            Approach::Network => "You get other companies to hire people from the target group, e.g. through company networks.",
            Approach::Course => "You run work-placement or upskilling courses for the citizens yourselves, with a view to hiring them in your own company.",
            Approach::Hybrid => "Both. The report files AOF Midt's hybrid project under the course approach, so you are compared with the course projects.",
        }
    }

    fn amount_error(e: &AmountError) -> String {
        match e {
            AmountError::TooLong => "The field holds at most 40 characters. Enter just the amount, e.g. 1,250,000.".into(),
            AmountError::Empty => "Enter an amount in kroner, e.g. 1,250,000.".into(),
            AmountError::Letters => "The amount may only hold digits and perhaps \"DKK\" or \"million\". Enter e.g. 1,250,000 or 1.25 million.".into(),
            AmountError::Negative => "The amount cannot be negative. Enter e.g. 1,250,000.".into(),
            AmountError::Symbol(c) => format!("The character \"{c}\" does not belong in an amount. Use digits, commas between thousands and a point before the decimal part, e.g. 1,250,000.50."),
            AmountError::TooManyDecimals => "At most two decimals after the point. Thousands are separated by commas: 12,345 – the decimal part by a point: 12,345.50.".into(),
            AmountError::MalformedGrouping => "Commas or spaces must separate groups of three digits. Enter e.g. 5,649,208 or 5649208.".into(),
            AmountError::MalformedDecimals => "Use one point, only before the decimal part. Enter e.g. 1,234,567.50.".into(),
            AmountError::TooLarge => "The amount is above DKK 1,000,000,000 (the whole pool is DKK 45 million). Enter at most DKK 1,000,000,000.".into(),
            AmountError::Zero => "The amount applied for must be above DKK 0. Enter e.g. 1,250,000.".into(),
        }
    }

    fn count_error(e: &CountError) -> String {
        match e {
            CountError::TooLong => {
                "The field holds at most 40 characters. Enter just the number, e.g. 17.".into()
            }
            CountError::Empty => "Enter a whole number of hires, e.g. 17.".into(),
            CountError::Letters => "Enter the number in digits, e.g. 17.".into(),
            CountError::Negative => "The number cannot be negative. Enter e.g. 17.".into(),
            CountError::NotWhole => {
                "Hires are whole people. Enter a whole number without a decimal point, e.g. 17."
                    .into()
            }
            CountError::Malformed => "Enter a whole number in digits, e.g. 17 or 1,000.".into(),
            CountError::TooSmall { min } => {
                format!("The number must be at least {min}. Enter e.g. 17.")
            }
            CountError::TooLarge { max } => format!(
                "At most {} hires. Enter a smaller number.",
                Self::count(*max)
            ),
        }
    }

    fn approach_error(value: &str) -> String {
        format!("\"{value}\" is not an approach. Choose the network, course or hybrid approach.")
    }

    fn results_fix(budget: bool, target: bool) -> &'static str {
        match (budget, target) {
            (true, true) => "Correct the amount applied for and the target to see the calculation.",
            (true, false) => "Correct the amount applied for to see the calculation.",
            _ => "Correct the target to see the calculation.",
        }
    }

    fn hires_hint(target: Option<u32>) -> String {
        match target {
            Some(t) => format!(
                "A whole number. If you leave the field empty, the target ({}) is used. {}",
                Self::count(t),
                TARGET_GROUP
            ),
            None => format!(
                "A whole number. If you leave the field empty, the target is used. {TARGET_GROUP}"
            ),
        }
    }

    fn threshold_status(hires: u32, needed: u32, reached: bool) -> String {
        let (hires, needed) = (Self::hires_phrase(hires, true), Self::count(needed));
        if reached {
            format!("With {hires} the 50% threshold ({needed}) is reached.")
        } else {
            format!("With {hires} the 50% threshold ({needed}) is not reached: only half your expenses are covered.")
        }
    }

    fn problems_announcement(fields: &[String]) -> String {
        match fields {
            [one] => format!("There is a problem in the field {one}."),
            [first @ .., last] => format!(
                "There are {} problems in the fields {} and {last}.",
                fields.len(),
                first.join(", ")
            ),
            [] => String::new(),
        }
    }

    fn results_announcement(unit_price: Money, total: Option<Money>) -> String {
        match total {
            Some(total) => format!(
                "Unit price {}. Total payout {}",
                Self::money(unit_price),
                Self::money(total)
            ),
            None => format!("Unit price {}", Self::money(unit_price)),
        }
    }

    // ---- Rules, comparison, flags

    fn rank_sentence(rank: usize, cheaper: usize) -> String {
        match cheaper {
            0 => format!("Your unit price is no. {rank} of 10, counted from the lowest: none of the nine round-one projects has a lower unit price."),
            1 => format!("Your unit price is no. {rank} of 10, counted from the lowest: 1 of the nine round-one projects has a lower unit price."),
            n => format!("Your unit price is no. {rank} of 10, counted from the lowest: {n} of the nine round-one projects have a lower unit price."),
        }
    }

    fn group_average_label(group: Approach) -> &'static str {
        match group {
            Approach::Network => "Network projects: total grant / total target",
            _ => "Course projects incl. AOF Midt's hybrid: total grant / total target",
        }
    }

    fn flag(f: &Flag) -> String {
        let m = Self::money;
        match *f {
            Flag::UnitPriceAboveRoundOne { unit_price, highest, project } => format!(
                "The unit price of {} is higher than in all nine projects of round one (highest: {}, {project}; Table 3).",
                m(unit_price),
                m(highest)
            ),
            Flag::UnitPriceBelowRoundOne { unit_price, lowest, project } => format!(
                "The unit price of {} is lower than in all nine projects of round one (lowest: {}, {project}; Table 3).",
                m(unit_price),
                m(lowest)
            ),
            Flag::UnitPriceAboveTwiceGroupAverage { unit_price, group_average, group } => format!(
                "The unit price of {} is more than twice the average of the {} in round one ({}; total grant / total target, Table 3).",
                m(unit_price),
                Self::group_projects(group),
                m(group_average)
            ),
            Flag::UnitPriceBelowHalfGroupAverage { unit_price, group_average, group } => format!(
                "The unit price of {} is below half the average of the {} in round one ({}; total grant / total target, Table 3).",
                m(unit_price),
                Self::group_projects(group),
                m(group_average)
            ),
            Flag::TargetAboveGroup { target, largest, project, group } => format!(
                "The target of {} is larger than that of all {} in round one (largest: {}, {project}; Table 3).",
                Self::hires_phrase(target, false),
                Self::group_projects(group),
                Self::count(largest)
            ),
            Flag::BudgetAboveRoundOne { budget, largest, project } => format!(
                "The amount applied for, {}, is larger than every amount granted in round one (largest: {}, {project}; Table 3).",
                m(budget),
                m(largest)
            ),
            Flag::BudgetAbovePool { budget, pool } => format!(
                "The amount applied for, {}, is larger than the whole pool of {} for 2018–2021 (the report's chapter 1).",
                m(budget),
                m(pool)
            ),
        }
    }

    fn group_projects(group: Approach) -> &'static str {
        match group {
            Approach::Network => "network projects",
            _ => "course projects (incl. AOF Midt's hybrid)",
        }
    }

    // ---- Scenarios

    fn level_label(n: usize) -> String {
        format!("Level {n} (%)")
    }

    fn level_error(e: &LevelError) -> String {
        match e {
            LevelError::Empty => "Enter a percentage, e.g. 90.".into(),
            LevelError::NotANumber => "Enter a whole percentage in digits, e.g. 90.".into(),
            LevelError::OutOfRange => "Enter a percentage from 0 to 200.".into(),
        }
    }

    fn percent(p: u32) -> String {
        format!("{p}%")
    }

    fn hire_level_kind(kind: &HireLevelKind, coinciding: &[u32]) -> String {
        let mut out = match kind {
            HireLevelKind::Percent(p) => format!("{p}% of the target"),
            HireLevelKind::BelowThreshold => "one below the 50% threshold".to_string(),
            HireLevelKind::Threshold => "the 50% threshold".to_string(),
        };
        if !coinciding.is_empty() {
            let list: Vec<String> = coinciding.iter().map(|p| Self::percent(*p)).collect();
            out.push_str(&format!(" (= {})", list.join(", ")));
        }
        out
    }

    fn approach_total_name(approach: Approach) -> &'static str {
        match approach {
            Approach::Network => "Network projects that had reported results (4 of 5, Table 7)",
            _ => "Course projects that had reported results (2 of 4, Table 7)",
        }
    }

    fn as_if_lead(target: u32, threshold: u32, expenses: Money) -> String {
        format!(
            "With a target of {}, {} must be verified to reach the 50% threshold. The payout is computed with expenses of {}.",
            Self::count(target),
            Self::hires_phrase(threshold, false),
            Self::money(expenses)
        )
    }

    fn chart_description(c: &PayoutChart) -> String {
        format!(
            "The curve shows the total payout from 0 to {}. Below {} it is {}; at {} or more the payout jumps to {}. Your scenario: {} gives {}.",
            Self::hires_phrase(c.x_max, true),
            Self::hires_phrase(c.threshold, false),
            Self::money(c.jump.low),
            Self::count(c.threshold),
            Self::money(c.jump.high),
            Self::hires_phrase(c.scenario.hires, false),
            Self::money(c.scenario.payout)
        )
    }

    fn achievement_label(
        name: &str,
        percent: u32,
        hires: u32,
        clamped: bool,
        unverified: bool,
    ) -> String {
        format!(
            "{name} {}: {}{}{}",
            Self::percent(percent),
            Self::count(hires),
            if clamped { " →" } else { "" },
            if unverified { " (not verified)" } else { "" }
        )
    }

    fn scenario_marker_label(hires: u32, payout: Money, clamped: bool) -> String {
        format!(
            "Your scenario: {}, {}{}",
            Self::hires_phrase(hires, false),
            Self::money(payout),
            if clamped { " →" } else { "" }
        )
    }

    fn cash_interim(needed: u32, interim: Money, reached: bool) -> String {
        if reached {
            format!(
                "Once {} are submitted to and verified by STAR, you can be paid up to {}. Nothing is paid before the results are verified.",
                Self::hires_phrase(needed, false),
                Self::money(interim)
            )
        } else {
            format!(
                "Not paid in your scenario: it takes {}. Until the project ends, all expenses are your own financing.",
                Self::hires_phrase(needed, true)
            )
        }
    }

    fn cash_final(final_payment: Money) -> String {
        if final_payment.is_negative() {
            format!(
                "After the project ends, once the final accounts are submitted: if you received the full first payment, the calculator assumes you pay back {}.",
                Self::money(Money::ZERO - final_payment)
            )
        } else {
            format!(
                "After the project ends, once the final accounts are submitted: {}.",
                Self::money(final_payment)
            )
        }
    }

    fn repayment_warning(interim: Money, total: Money, final_payment: Money) -> String {
        format!(
            "If you received the full first payment ({}), it is larger than the total payout ({}), because the expenses are below half the amount applied for. The calculator then assumes you pay back {} at the final settlement (the report does not mention repayment).",
            Self::money(interim),
            Self::money(total),
            Self::money(Money::ZERO - final_payment)
        )
    }

    fn own_financing_warning(own: Money, expenses: Money) -> String {
        format!(
            "Your own financing is {} of the expenses of {}. Check that you can afford it if it turns out this way.",
            Self::money(own),
            Self::money(expenses)
        )
    }

    fn w_threshold(target: u32, needed: u32) -> String {
        if target.is_multiple_of(2) {
            format!("{} / 2 = {}", Self::count(target), Self::count(needed))
        } else {
            format!(
                "{} / 2 = {}.5 → rounded up: {}",
                Self::count(target),
                Self::count(target / 2),
                Self::count(needed)
            )
        }
    }

    fn w_interim_not_reached(hires: u32, needed: u32) -> String {
        format!(
            "{} is below {}: no first payment (DKK 0)",
            Self::hires_phrase(hires, false),
            Self::count(needed)
        )
    }

    fn w_eligible(expenses: Money, budget: Money, eligible: Money) -> String {
        format!(
            "the smaller of actual expenses ({}) and the amount applied for ({}) = {}",
            Self::money(expenses),
            Self::money(budget),
            Self::money(eligible)
        )
    }
}
