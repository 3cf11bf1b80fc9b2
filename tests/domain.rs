//! Domain golden tests: the report's tables, the payout rules at their edges, parsing.

use crate::support::kr;
use puljeberegner::domain::amount_input::{
    parse_amount, parse_amount_in, parse_positive_amount, AmountError, MAX_INPUT_CHARS,
};
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::compare::{compare, pooled_unit_price, project_unit_price};
use puljeberegner::domain::count_input::{
    parse_hires_in, parse_target, parse_target_in, CountError,
};
use puljeberegner::domain::money::{Money, NumberFormat};
use puljeberegner::domain::payout::{
    payout, payout_per_hire, percent_rounded, threshold_hires, unit_price, Application, Outcome,
};
use puljeberegner::domain::round_one::*;

fn app(budget_kr: i64, target: u32) -> Application {
    Application {
        budget: kr(budget_kr),
        target,
    }
}

// ---- Table 3 -------------------------------------------------------------------

#[test]
fn table3_every_unit_price_is_reproduced_from_grant_and_target() {
    for p in PROJECTS {
        assert_eq!(project_unit_price(&p), p.unit_price_table3, "{}", p.name);
    }
}

#[test]
fn table3_figures_as_printed() {
    let expected = [
        ("Code of Care", 5_649_208, 230, 24_561),
        ("Marselisborg", 2_324_850, 120, 19_373),
        ("ISS", 1_658_378, 22, 75_380),
        ("AOF Midt", 1_424_930, 80, 17_811),
        ("KHRS", 1_202_550, 17, 70_738),
        ("Randers HK og DISCUS", 797_600, 100, 7_976),
        ("Quick Care", 479_482, 30, 15_982),
        ("SUMAK", 475_000, 21, 22_619),
        ("Ingerfair", 286_000, 10, 28_600),
    ];
    for (p, (name, grant, target, price)) in PROJECTS.iter().zip(expected) {
        assert_eq!(p.name, name);
        assert_eq!(p.grant, kr(grant));
        assert_eq!(p.target, target);
        assert_eq!(
            unit_price(app(grant, target)).format(NumberFormat::Danish),
            Money::from_kroner(price).format(NumberFormat::Danish)
        );
    }
}

#[test]
fn table3_total_row() {
    let grant = PROJECTS.iter().fold(Money::ZERO, |s, p| s + p.grant);
    let target: u32 = PROJECTS.iter().map(|p| p.target).sum();
    assert_eq!(grant, TOTAL_GRANT);
    assert_eq!(target, TOTAL_TARGET);
    assert_eq!(
        unit_price(Application {
            budget: grant,
            target
        }),
        AVERAGE_UNIT_PRICE_TABLE3
    );
    assert_eq!(
        AVERAGE_UNIT_PRICE_TABLE3.format(NumberFormat::Danish),
        "22.695 kr."
    );
}

#[test]
fn quick_care_bilag_a_figure_gives_the_same_unit_price() {
    // Bilag A: 479.482,08 kr.; Table 3 prints 479.482. Both truncate to 15.982.
    let bilag_a = Application {
        budget: Money::from_ore(47_948_208),
        target: 30,
    };
    assert_eq!(unit_price(bilag_a), kr(15_982));
}

// ---- Tables 6 and 7 ------------------------------------------------------------

#[test]
fn table6_achievements_as_the_report_rounds_them() {
    for p in PROJECTS {
        match p.results {
            Results::Verified {
                hires,
                achievement_percent,
            }
            | Results::ReportedNotVerified {
                hires,
                achievement_percent,
            } => {
                assert_eq!(
                    percent_rounded(u64::from(hires), u64::from(p.target)),
                    u64::from(achievement_percent),
                    "{}",
                    p.name
                );
            }
            Results::NotReported => {
                assert!(
                    matches!(p.name, "ISS" | "AOF Midt" | "Quick Care"),
                    "{}",
                    p.name
                )
            }
        }
    }
}

#[test]
fn table6_total_row() {
    let reported: Vec<_> = PROJECTS
        .iter()
        .filter(|p| p.results.hires().is_some())
        .collect();
    assert_eq!(reported.len(), 6);
    let target: u32 = reported.iter().map(|p| p.target).sum();
    let hires: u32 = reported.iter().filter_map(|p| p.results.hires()).sum();
    assert_eq!(target, REPORTED_TARGET_TABLE6);
    assert_eq!(hires, REPORTED_HIRES_TABLE6);
    assert_eq!(
        percent_rounded(hires.into(), target.into()),
        u64::from(REPORTED_ACHIEVEMENT_TABLE6)
    );
}

#[test]
fn table7_by_approach_as_printed() {
    for row in TABLE7 {
        let reported = PROJECTS
            .iter()
            .filter(|p| p.approach == row.approach && p.results.hires().is_some());
        let (target, results) = reported.fold((0u32, 0u32), |(t, h), p| {
            (t + p.target, h + p.results.hires().unwrap_or(0))
        });
        assert_eq!(target, row.target, "{:?}", row.approach);
        assert_eq!(results, row.results, "{:?}", row.approach);
        let pct = |a: u32, b: u32| percent_rounded(a.into(), b.into());
        assert_eq!(
            pct(target, REPORTED_TARGET_TABLE6),
            u64::from(row.target_share_percent)
        );
        assert_eq!(
            pct(results, REPORTED_HIRES_TABLE6),
            u64::from(row.results_share_percent)
        );
        assert_eq!(pct(results, target), u64::from(row.achievement_percent));
    }
}

#[test]
fn percent_rounding_half_up() {
    assert_eq!(percent_rounded(60, 120), 50);
    assert_eq!(percent_rounded(10, 21), 48);
    assert_eq!(percent_rounded(1, 200), 1); // 0,5 % → 1 %
    assert_eq!(percent_rounded(1, 201), 0);
}

// ---- The payout model ------------------------------------------------------------

#[test]
fn threshold_is_half_the_target_rounded_up() {
    assert_eq!(threshold_hires(1), 1);
    assert_eq!(threshold_hires(2), 1);
    assert_eq!(threshold_hires(10), 5); // Ingerfair: "krævede fem ansættelser" (Table 6 **)
    assert_eq!(threshold_hires(17), 9);
    assert_eq!(threshold_hires(230), 115);
    assert_eq!(threshold_hires(100_000), 50_000);
}

fn run(
    budget_kr: i64,
    target: u32,
    hires: u32,
    expenses_kr: i64,
) -> puljeberegner::domain::payout::Payout {
    payout(
        app(budget_kr, target),
        Outcome {
            hires,
            expenses: kr(expenses_kr),
        },
    )
}

#[test]
fn odd_target_just_below_and_at_the_threshold() {
    // T = 17: 8 hires is below 50 %, 9 hires reaches it.
    let below = run(1_000_000, 17, 8, 900_000);
    assert!(!below.threshold_reached);
    assert_eq!(below.interim, Money::ZERO);
    assert_eq!(below.total, kr(450_000));
    assert_eq!(below.final_payment, kr(450_000));
    assert_eq!(below.own_financing, kr(450_000));

    let at = run(1_000_000, 17, 9, 900_000);
    assert!(at.threshold_reached);
    assert_eq!(at.interim, kr(500_000));
    assert_eq!(at.total, kr(900_000));
    assert_eq!(at.final_payment, kr(400_000));
    assert_eq!(at.own_financing, Money::ZERO);
}

#[test]
fn even_target_just_below_and_at_the_threshold() {
    let below = run(800_000, 20, 9, 800_000);
    assert!(!below.threshold_reached);
    assert_eq!(below.total, kr(400_000));
    let at = run(800_000, 20, 10, 800_000);
    assert!(at.threshold_reached);
    assert_eq!(at.total, kr(800_000));
}

#[test]
fn expenses_above_the_grant_are_capped_and_carried_by_the_applicant() {
    let p = run(1_000_000, 10, 10, 1_200_000);
    assert_eq!(p.total, kr(1_000_000));
    assert_eq!(p.own_financing, kr(200_000));
    let below = run(1_000_000, 10, 4, 1_200_000);
    assert_eq!(below.total, kr(500_000));
    assert_eq!(below.own_financing, kr(700_000));
}

#[test]
fn expenses_below_half_the_grant_give_a_repayment() {
    let p = run(1_000_000, 17, 9, 400_000);
    assert_eq!(p.interim, kr(500_000));
    assert_eq!(p.total, kr(400_000));
    assert_eq!(p.final_payment, kr(-100_000));
    assert_eq!(p.final_payment.format(NumberFormat::Danish), "-100.000 kr.");
    assert_eq!(p.own_financing, Money::ZERO);
}

#[test]
fn hires_above_the_target_earn_nothing_extra() {
    assert_eq!(
        run(1_000_000, 10, 10, 1_000_000),
        run(1_000_000, 10, 30, 1_000_000)
    );
}

#[test]
fn halving_an_odd_number_of_ore_truncates() {
    let a = Application {
        budget: Money::from_ore(123_456_751),
        target: 10,
    };
    let p = payout(
        a,
        Outcome {
            hires: 10,
            expenses: a.budget,
        },
    );
    assert_eq!(p.interim, Money::from_ore(61_728_375));
    assert_eq!(p.interim + p.final_payment, p.total);
}

#[test]
fn payout_per_hire_is_undefined_without_hires() {
    assert_eq!(payout_per_hire(kr(1_000), 0), None);
    assert_eq!(payout_per_hire(kr(1_000), 3), Some(Money::from_ore(33_333)));
}

// ---- Comparison ----------------------------------------------------------------

#[test]
fn comparison_figures_of_round_one() {
    let c = compare(kr(24_561), Approach::Network);
    assert_eq!(c.average, kr(22_695));
    assert_eq!(c.median, kr(22_619));
    assert_eq!(c.min, (kr(7_976), "Randers HK og DISCUS"));
    assert_eq!(c.max, (kr(75_380), "ISS"));
    // Five projects are cheaper than Code of Care's own price; a tie ranks the user first.
    assert_eq!(c.cheaper_projects, 5);
    assert_eq!(c.rank, 6);
    assert_eq!(c.group, Approach::Network);
    assert_eq!(c.group_average, kr(19_463)); // 9.537.140 / 490
}

#[test]
fn hybrid_is_compared_with_course_as_the_report_files_it() {
    let c = compare(kr(50_000), Approach::Hybrid);
    assert_eq!(c.group, Approach::Course);
    assert_eq!(c.group_average, kr(34_006)); // 4.760.858 / 140
    assert_eq!(
        c.group_average,
        pooled_unit_price(PROJECTS.iter().filter(|p| p.approach == Approach::Course))
    );
}

#[test]
fn rank_extremes() {
    assert_eq!(compare(kr(1), Approach::Course).rank, 1);
    assert_eq!(compare(kr(1_000_000), Approach::Course).rank, 10);
}

// ---- Amount input --------------------------------------------------------------

#[test]
fn danish_amount_forms_are_accepted() {
    let cases = [
        ("5.649.208", 564_920_800),
        ("5649208", 564_920_800),
        ("1.234.567,50", 123_456_750),
        ("1 234 567 kr.", 123_456_700),
        ("kr. 5.649.208,-", 564_920_800),
        ("  479.482,08 ", 47_948_208),
        ("12,5", 1_250),
        ("0", 0),
        ("DKK 1.000", 100_000),
        ("1\u{a0}000\u{a0}kr", 100_000),
        ("1.000.000.000", 100_000_000_000),
        ("123,", 12_300),
    ];
    for (text, ore) in cases {
        assert_eq!(parse_amount(text), Ok(Money::from_ore(ore)), "{text:?}");
    }
}

#[test]
fn each_bad_amount_gets_its_own_reason() {
    let cases = [
        ("", AmountError::Empty),
        ("   ", AmountError::Empty),
        ("kr.", AmountError::Empty),
        ("abc", AmountError::Letters),
        ("12x", AmountError::Letters),
        ("-5.000", AmountError::Negative),
        ("\u{2212}5", AmountError::Negative),
        ("12,345", AmountError::TooManyDecimals),
        ("5.64.208", AmountError::MalformedGrouping),
        ("5.6492.08", AmountError::MalformedGrouping),
        ("1..000", AmountError::MalformedGrouping),
        (".500", AmountError::MalformedGrouping),
        ("1,234,567.50", AmountError::MalformedDecimals),
        ("1.000.000.001", AmountError::TooLarge),
        ("99999999999999999999999", AmountError::TooLarge),
        ("50%", AmountError::Symbol('%')),
    ];
    for (text, err) in cases {
        assert_eq!(parse_amount(text), Err(err), "{text:?}");
    }
    assert_eq!(parse_positive_amount("0"), Err(AmountError::Zero));
    assert_eq!(parse_positive_amount("0,00 kr."), Err(AmountError::Zero));
}

#[test]
fn groups_of_three_after_a_first_of_one_to_three_and_at_most_fifteen_digits() {
    assert_eq!(parse_amount("123.456"), Ok(kr(123_456)));
    assert_eq!(parse_amount("12.345"), Ok(kr(12_345)));
    assert_eq!(
        parse_amount("1234.567"),
        Err(AmountError::MalformedGrouping)
    );
    assert_eq!(
        parse_amount("1.23.456"),
        Err(AmountError::MalformedGrouping)
    );
    assert_eq!(parse_amount("1.2345"), Err(AmountError::MalformedGrouping));
    // Fifteen digits are read (here, leading zeros), sixteen are too many.
    assert_eq!(parse_amount(&format!("{:015}", 7)), Ok(kr(7)));
    assert_eq!(
        parse_amount(&format!("{:016}", 7)),
        Err(AmountError::TooLarge)
    );
    assert_eq!(parse_amount("000.000.000.000.007"), Ok(kr(7)));
    assert_eq!(
        parse_amount("0.000.000.000.000.007"),
        Err(AmountError::TooLarge)
    );
}

#[test]
fn a_field_holds_forty_characters() {
    for format in [NumberFormat::Danish, NumberFormat::English] {
        // The number and spaces after it: exactly the most a field holds, then one more.
        let at_most = format!("{:<MAX_INPUT_CHARS$}", "1");
        let over = format!("{at_most} ");
        assert_eq!(parse_amount_in(&at_most, format), Ok(kr(1)), "{format:?}");
        assert_eq!(
            parse_amount_in(&over, format),
            Err(AmountError::TooLong),
            "{format:?}"
        );
        assert_eq!(parse_target_in(&at_most, format), Ok(1), "{format:?}");
        assert_eq!(
            parse_target_in(&over, format),
            Err(CountError::TooLong),
            "{format:?}"
        );
    }
}

#[test]
fn millions_are_read_as_people_say_them_on_both_pages() {
    let cases = [
        ("1,2 mio", 1_200_000),
        ("1,2 mio. kr.", 1_200_000),
        ("2 mio", 2_000_000),
        ("2mio.", 2_000_000),
        ("kr. 1,25 Mio", 1_250_000),
        ("DKK 1.5 million", 1_500_000),
        ("1,234567 mio", 1_234_567),
        ("45 millioner kr.", 45_000_000),
    ];
    for format in [NumberFormat::Danish, NumberFormat::English] {
        for (text, kroner) in cases {
            assert_eq!(
                parse_amount_in(text, format),
                Ok(kr(kroner)),
                "{text:?} {format:?}"
            );
        }
    }
    // The page's own decimal mark, and the other one only where it cannot group thousands.
    assert_eq!(
        parse_amount_in("1.250 mio", NumberFormat::English),
        Ok(kr(1_250_000))
    );
    assert_eq!(parse_amount("1,250 mio"), Ok(kr(1_250_000)));
    assert_eq!(parse_amount("1.000 mio"), Ok(kr(1_000_000_000)));
    let bad = [
        ("mio", AmountError::Empty),
        ("-1 mio", AmountError::Negative),
        ("1,2345678 mio", AmountError::TooManyDecimals),
        ("1.001 mio", AmountError::TooLarge),
        ("1,2x mio", AmountError::Letters),
        ("1,2 % mio", AmountError::Symbol('%')),
    ];
    for (text, err) in bad {
        assert_eq!(parse_amount(text), Err(err), "{text:?}");
    }
}

#[test]
fn the_english_page_reads_an_amount_only_danish_can_mean() {
    let english = |text| parse_amount_in(text, NumberFormat::English);
    // Two or more points, each before three digits: Danish thousands.
    assert_eq!(english("1.200.000"), Ok(kr(1_200_000)));
    assert_eq!(english("1.200.000 kr."), Ok(kr(1_200_000)));
    assert_eq!(english("1.234.567,50"), Ok(Money::from_ore(123_456_750)));
    // One point is the English decimal point; English grouping as before.
    assert_eq!(english("1.5"), Ok(Money::from_ore(150)));
    assert_eq!(english("1,200,000"), Ok(kr(1_200_000)));
    // One point before three digits too: the English page does not read it as Danish.
    assert_eq!(english("1.500"), Err(AmountError::TooManyDecimals));
    // Not Danish either: the English reason.
    assert_eq!(english("1.2.3"), Err(AmountError::MalformedDecimals));
    // The Danish page keeps its reading of English-looking text.
    assert_eq!(
        parse_amount("1,234,567.50"),
        Err(AmountError::MalformedDecimals)
    );
}

// ---- Counts --------------------------------------------------------------------

#[test]
fn targets_are_whole_numbers_from_1_to_100000() {
    assert_eq!(parse_target("17"), Ok(17));
    assert_eq!(parse_target(" 1.000 "), Ok(1_000));
    assert_eq!(parse_target("100.000"), Ok(100_000));
    assert_eq!(parse_target("17 ansættelser"), Ok(17));
    assert_eq!(parse_target("17 Ansættelser"), Ok(17));
    assert_eq!(parse_target("17 STK."), Ok(17));
    assert_eq!(parse_target("ansættelser"), Err(CountError::Empty));
    assert_eq!(parse_target("17 ansættelse"), Err(CountError::Letters));
    assert_eq!(parse_target(""), Err(CountError::Empty));
    assert_eq!(parse_target("0"), Err(CountError::TooSmall { min: 1 }));
    assert_eq!(
        parse_target("100001"),
        Err(CountError::TooLarge { max: 100_000 })
    );
    assert_eq!(parse_target("2,5"), Err(CountError::NotWhole));
    assert_eq!(parse_target("-3"), Err(CountError::Negative));
    assert_eq!(parse_target("tyve"), Err(CountError::Letters));
    assert_eq!(parse_target("1.5"), Err(CountError::Malformed));
    assert_eq!(parse_target("17!"), Err(CountError::Malformed));
    assert_eq!(
        parse_target("9".repeat(40).as_str()),
        Err(CountError::TooLarge { max: 100_000 })
    );
    assert_eq!(parse_hires_in("0", NumberFormat::Danish), Ok(0));
}

#[test]
fn approach_codes_in_danish_and_english_any_case() {
    for (code, approach) in [
        ("network", Approach::Network),
        ("Netværk", Approach::Network),
        ("netvaerkstilgang", Approach::Network),
        ("course", Approach::Course),
        ("FORLØB", Approach::Course),
        ("forloebstilgang", Approach::Course),
        (" hybrid ", Approach::Hybrid),
    ] {
        assert_eq!(Approach::from_code(code), Some(approach), "{code:?}");
    }
    assert_eq!(Approach::from_code("kursus"), None);
}

#[test]
fn letters_agree_with_unicode_for_latin() {
    use puljeberegner::domain::letters::{is_letter, lower, lowercase};
    for c in '\0'..='\u{24f}' {
        assert_eq!(is_letter(c), c.is_alphabetic(), "is_letter({c:?})");
    }
    for c in '\0'..='\u{ff}' {
        let mut unicode = c.to_lowercase();
        if unicode.len() == 1 && c != 'İ' {
            assert_eq!(lower(c), unicode.next().unwrap(), "lower({c:?})");
        }
    }
    assert_eq!(lowercase("ÆBLE Øl Å ÉTÉ"), "æble øl å été");
    // Greek and Cyrillic count as letters (for the message) but keep their case.
    assert!(is_letter('ж') && is_letter('Ω'));
    assert!(!is_letter('€') && !is_letter('1') && !is_letter('-'));
}
