//! What the page says and where it says it: the page's reference part (written into each language's
//! page at build time: the rule and the assumptions, facts for applicants, lessons,
//! caveats, round two, words and sources), the labels, the plural sites, and the English
//! pages' numbers. Each statement's test fails when its source section or its assumption
//! marker is lost.

use puljeberegner::domain::round_two;
use puljeberegner::views::reference::Reference;

use crate::support::{render, Doc};

/// The reference part as the build step writes it, in this build's language.
fn reference() -> Doc {
    Doc::parse(&render::<Reference>(()))
}

/// The numbers of `text` written the Danish way: thousands with full stops (`1.348`),
/// decimals with a comma (`0,50`).
pub fn danish_numbers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut run = String::new();
    let mut flush = |run: &mut String| {
        let token = run.trim_end_matches(['.', ',']).to_string();
        run.clear();
        if !token.starts_with(|c: char| c.is_ascii_digit()) {
            return;
        }
        let thousands = token.contains('.')
            && !token.contains(',')
            && token.split('.').skip(1).all(|g| g.len() == 3)
            && token
                .split('.')
                .next()
                .is_some_and(|g| (1..=3).contains(&g.len()));
        let decimals = token
            .rsplit_once(',')
            .is_some_and(|(_, d)| d.len() == 2 && d.chars().all(|c| c.is_ascii_digit()));
        if thousands || decimals {
            found.push(token);
        }
    };
    for c in text.chars() {
        if c.is_ascii_digit() || c == '.' || c == ',' {
            run.push(c);
        } else {
            flush(&mut run);
        }
    }
    flush(&mut run);
    found
}

#[test]
fn the_danish_number_scanner_finds_what_it_should() {
    assert_eq!(
        danish_numbers("1.348 og 13.554 kr. og 0,50"),
        ["1.348", "13.554", "0,50"]
    );
    assert!(
        danish_numbers("1,348 hires, DKK 13,554, section 4.3.2, 14.3 million, 2018–2021.")
            .is_empty()
    );
}

#[test]
fn round_twos_figures_are_starts_own() {
    // Golden: STAR's news item of 12 April 2023, as domain.md gives it.
    assert_eq!(round_two::PERIOD, (2020, 2022));
    assert_eq!(round_two::HIRES, 1_348);
    assert_eq!(round_two::ACHIEVEMENT_PERCENT, 143);
    assert_eq!(
        round_two::UNIT_PRICE_STAR,
        puljeberegner::domain::money::Money::from_kroner(13_554)
    );
    assert_eq!(round_two::PROJECTS_ABOVE_TARGET, (4, 5));
    assert_eq!(round_two::PUBLISHED, "2023-04-12");
    assert_eq!(
        puljeberegner::domain::round_one::POOL_2018_2021,
        puljeberegner::domain::money::Money::from_kroner(45_000_000)
    );
}

#[test]
fn the_reference_part_has_its_sections_in_order() {
    let doc = reference();
    let order: Vec<String> = doc
        .tags("h2")
        .iter()
        .map(|h| h.attr("id").unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        order,
        [
            "rules-heading",
            "applicant-heading",
            "lessons-heading",
            "caveats-heading",
            "round-two-heading",
            "words-heading"
        ]
    );
    // Plain HTML: no form control but the checklist's boxes, no script.
    assert!(doc.tags("script").is_empty());
    assert!(doc
        .tags("input")
        .iter()
        .all(|i| i.attr("type") == Some("checkbox")));
}

#[test]
fn the_sources_are_linked() {
    let doc = reference();
    let links: Vec<&str> = doc
        .all("data-testid", "source-link")
        .iter()
        .filter_map(|a| a.attr("href"))
        .collect();
    assert_eq!(
        links,
        [
            "https://star.dk/puljer/2018/udbredelse-af-virksomheders-sociale-ansvar/",
            "https://star.dk/puljer/2020/pulje-til-udbredelse-af-virksomheders-sociale-ansvar/",
            "https://star.dk/om-styrelsen/nyt/nyheder/2023/04/evaluering-af-anden-runde-af-satspulje-til-udbredelse-af-virksomheders-sociale-ansvar/",
        ]
    );
    let report = doc.text("source-report");
    assert!(report.contains("Deloitte"), "{report}");
    assert!(report.contains("STAR"), "{report}");
    assert!(report.contains("Evaluering af puljen til udbredelse af virksomheders sociale ansvar"));
    assert_eq!(doc.testid("round-two-source").attr("href"), Some(links[2]));
}

#[cfg(not(feature = "lang-en"))]
mod danish {
    use super::*;
    use puljeberegner::domain::approach::Approach;
    use puljeberegner::domain::flags::Flag;
    use puljeberegner::texts::batch::BatchTexts;
    use puljeberegner::texts::reference::ReferenceTexts;
    use puljeberegner::texts::{da::Da, Texts};

    use crate::support::kr;

    #[test]
    fn the_rule_the_quote_and_the_assumptions_apart() {
        let doc = reference();
        let rules = doc.testid("rules").doc();
        assert_eq!(rules.tags("blockquote")[0].text(), Da::RULE_QUOTE);
        assert_eq!(rules.tags("blockquote")[0].attr("lang"), Some("da"));
        assert!(Da::RULE_SOURCE.contains("afsnit 1.1"));
        // No English rendering on the Danish page.
        assert!(!rules.has_testid("rule-rendering"));
        let assumptions: Vec<String> = rules
            .all("data-testid", "assumption")
            .iter()
            .map(|li| li.text())
            .collect();
        assert_eq!(assumptions.len(), 5);
        for a in &assumptions {
            assert!(a.starts_with("Antagelse: "), "{a}");
        }
        // Each assumption quotes the words it reads, and says what the report does not.
        assert!(assumptions[0].contains("»op mod halvdelen«"));
        assert!(assumptions[0].contains("hele halvdelen"));
        assert!(assumptions[0].contains("rapporten nævner ikke tilbagebetaling"));
        assert!(assumptions[1].contains("tilsagn"));
        assert!(assumptions[1].contains("»det ansøgte beløb«"));
        assert!(assumptions[2].contains("i forhold til de afholdte udgifter"));
        assert!(assumptions[3].contains("ud over resultatmålet"));
        assert!(assumptions[3].contains("rapporten har ingen sætning om det"));
        assert!(assumptions[4].contains("»50 procent af projektets målsætning«"));
        // The threshold's rounding up follows from section 1.1 (17 → 9: 8 are 47 %);
        // Table 6's note ** (Ingerfair: 10 → five) cannot show it, 10 / 2 being whole.
        let rounding = rules.text("threshold-rounding");
        assert!(rounding.contains("afsnit 1.1"), "{rounding}");
        assert!(!rounding.contains("tabel 6"), "{rounding}");
        assert!(rounding.contains("8 ansættelser 47 %"), "{rounding}");
        // The key figure's note cites it too.
        assert!(
            Da::THRESHOLD_NOTE.contains("rundet op: 50 % skal være opnået (rapportens afsnit 1.1)")
        );
        // The assumptions are apart from the plain reading.
        assert!(!rules.text("rule-reading").contains("Antagelse"));
    }

    #[test]
    fn every_figure_note_on_an_assumption_says_so() {
        assert!(Da::INTERIM_NOTE_REACHED.contains("»op mod halvdelen«"));
        assert!(Da::INTERIM_NOTE_REACHED.contains("Beregneren antager"));
        let warning = Da::repayment_warning(kr(500_000), kr(400_000), kr(-100_000));
        assert!(
            warning.starts_with("Hvis I har fået fuld første rate"),
            "{warning}"
        );
        assert!(warning.contains("beregnerens antagelse"), "{warning}");
        assert!(
            warning.contains("rapporten nævner ikke tilbagebetaling"),
            "{warning}"
        );
        let final_text = Da::cash_final(kr(-100_000));
        assert!(
            final_text.contains("hvis I har fået fuld første rate"),
            "{final_text}"
        );
        assert!(final_text.contains("100.000 kr."));
        assert!(!final_text.contains('−') && !final_text.contains('-'));
    }

    #[test]
    fn the_facts_for_applicants_carry_their_sections() {
        let facts = Da::APPLICANT_FACTS;
        let find = |title: &str| {
            facts
                .iter()
                .find(|(t, _, _)| t.contains(title))
                .unwrap_or_else(|| panic!("no fact {title}"))
        };
        let (_, hire, source) = find("ansættelse");
        for kind in [
            "Ordinære timer",
            "småjob",
            "fleksjob",
            "løntilskud",
            "SU-berettiget uddannelse",
        ] {
            assert!(hire.contains(kind), "{hire}");
        }
        assert!(
            source.contains("afsnit 1.1")
                && source.contains("afsnit 2.1, tabel 1 (afsnit 1.2) og afsnit 4.6")
        );
        let (_, group, source) = find("Målgruppen");
        assert!(group.contains("mindst et års sammenhængende ledighed på offentlig forsørgelse"));
        assert_eq!(*source, "afsnit 1.1");
        let (_, report, source) = find("indrapporteres");
        assert!(report.contains("cpr-numre"));
        assert_eq!(*source, "afsnit 1.1");
        let (_, rejected, source) = find("afvises");
        for reason in [
            "ikke i målgruppen",
            "lønudbetaling",
            "datafejl i projektets indrapportering",
        ] {
            assert!(rejected.contains(reason), "{rejected}");
        }
        assert!(source.contains("afsnit 3.1 efter tabel 7") && source.contains("afsnit 4.5.1"));
        let (_, timing, source) = find("pengene");
        assert!(timing.contains("vælger selv"));
        assert!(timing.contains("intet udbetales, før de er indsendt til og verificeret af STAR"));
        assert!(timing.contains("først, når projektet kan have ret til en udbetaling"));
        assert!(timing.contains("november og december 2019"));
        assert!(
            source.contains("afsnit 1.1")
                && source.contains("tabel 6 note **")
                && source.contains("afsnit 3.1")
        );
        let (_, who, source) = find("søge");
        assert_eq!(*who, "Virksomheder, organisationer og foreninger.");
        assert_eq!(*source, "afsnit 1.1");
        let (_, size, source) = find("størrelse");
        assert!(size.contains("45 mio. kr. for 2018–2021") && size.contains("14,3 mio. kr."));
        assert!(source.contains("kapitel 1"));
        // Rendered, each with its reference.
        let doc = reference();
        let rendered = doc.all("data-testid", "applicant-fact");
        assert_eq!(rendered.len(), 8);
        for f in rendered {
            assert!(
                f.text().contains("(afsnit") || f.text().contains("(kapitel"),
                "{}",
                f.text()
            );
        }
    }

    #[test]
    fn the_target_group_is_next_to_the_hires_field() {
        for target in [None, Some(17)] {
            let hint = Da::hires_hint(target);
            assert!(
                hint.contains(
                    "mindst et års sammenhængende ledighed på offentlig forsørgelse (afsnit 1.1)"
                ),
                "{hint}"
            );
        }
    }

    #[test]
    fn the_caveats_with_their_sources() {
        let c = Da::CAVEATS;
        assert!(c[0].contains("foreløbige") && c[0].contains("afsnit 3.1"));
        // Caveat 2's reason (section 3.1).
        assert!(
            c[1].contains("ISS, AOF Midt og Quick Care")
                && c[1].contains("ikke forpligtet")
                && c[1].contains("afsnit 3.1")
        );
        // Table 6's first note, which the domain computes (`more_reported_not_counted`).
        assert!(c[2].contains("Code of Care, Marselisborg og Randers HK og DISCUS"));
        assert!(c[2].contains("ikke medregnet (tabel 6, note *)"));
        let starred: Vec<&str> = puljeberegner::domain::scenarios::round_one_achievements()
            .iter()
            .filter(|a| a.more_reported_not_counted)
            .filter_map(|a| match a.source {
                puljeberegner::domain::scenarios::AchievementSource::Project(name) => Some(name),
                _ => None,
            })
            .collect();
        for name in &starred {
            assert!(c[2].contains(name), "{name}");
        }
        assert_eq!(starred.len(), 3, "{starred:?}");
        assert!(c[3].contains("Ingerfair") && c[3].contains("tabel 6, note **"));
        // Where the network approach's 109 % comes from.
        assert!(
            c[4].contains("109 %") && c[4].contains("Code of Care") && c[4].contains("afsnit 3.1")
        );
        assert!(c[4].contains("124 ansættelser mod et resultatmål på 230 (54 %"));
        assert!(c[5].contains("afsnit 3.1"));
        // Beside the chart's markers and under the as-if table too.
        assert!(Da::CHART_CAVEAT.contains("foreløbige") && Da::CHART_CAVEAT.contains("tabel 6"));
        assert!(
            Da::AS_IF_CAVEAT.contains("foreløbige") && Da::AS_IF_CAVEAT.contains("tabel 6, note *")
        );
        // The reference part has them under the heading, with the rest.
        let doc = reference();
        let near: Vec<String> = doc
            .testid("round-one-caveats")
            .doc()
            .tags("li")
            .iter()
            .map(|li| li.text())
            .collect();
        assert_eq!(near, c);
        let all = doc.testid("caveats").text();
        for more in Da::MORE_CAVEATS {
            assert!(all.contains(more));
        }
        assert!(
            Da::MORE_CAVEATS[0].contains("Afsnit 1.4")
                && Da::MORE_CAVEATS[0].contains("afsnit 3.1")
        );
    }

    #[test]
    fn the_labels_say_which_projects_and_that_results_are_preliminary() {
        assert_eq!(
            Da::approach_total_name(Approach::Network),
            "Netværksprojekter med indrapporterede resultater (4 af 5, tabel 7)"
        );
        assert_eq!(
            Da::approach_total_name(Approach::Course),
            "Forløbsprojekter med indrapporterede resultater (2 af 4, tabel 7)"
        );
        assert!(!Da::approach_total_name(Approach::Hybrid).starts_with("Alle"));
        assert_eq!(
            Da::COL_RESULTS,
            "Foreløbige resultater (verificeret af STAR)"
        );
        assert_eq!(Da::COL_ACHIEVEMENT, "Foreløbig resultatopnåelse");
        assert!(Da::COL_AS_IF_ACHIEVEMENT.starts_with("Foreløbig resultatopnåelse"));
    }

    #[test]
    fn the_lessons_cite_their_sections() {
        let (driver6, section) = Da::NETWORK_DRIVERS[5];
        assert!(driver6
            .starts_with("Ringer jobcentret til virksomheden, så snart jobåbningen er modtaget"));
        assert!(driver6.contains("opgaver, timetal og kompetencer"));
        assert_eq!(section, "afsnit 4.5.2");
        assert!(Da::CHAPTER_4_SCOPE.contains("kun netværkstilgangen (afsnit 4.1)"));
        assert!(Da::CHAPTER_4_SCOPE.contains("afsnit 4.6.2"));
        let doc = reference();
        let lessons = doc.testid("lessons-panel").text();
        assert!(lessons.contains(Da::COURSE_FINDING) && lessons.contains(Da::NETWORK_LESSONS_LEAD));
        assert!(Da::COURSE_FINDING.contains("(22 ansættelser mod et resultatmål på 38)"));
    }

    #[test]
    fn round_two_is_starts_figures_with_source_and_date() {
        assert_eq!(
            Da::ROUND_TWO_FIGURES,
            [
                ("Periode", "2020–2022"),
                ("Ansættelser af personer i målgruppen", "1.348"),
                ("Andel af resultatmålet", "143 %"),
                (
                    "»Enhedsprisen pr. ansættelse« på tværs af projekterne",
                    "13.554 kr."
                ),
                ("Projekter over deres eget resultatmål", "fire af fem"),
            ]
        );
        assert_eq!(Da::ROUND_TWO_FIGURES[1].1, Da::count(round_two::HIRES));
        assert_eq!(
            Da::ROUND_TWO_FIGURES[3].1,
            Da::money(round_two::UNIT_PRICE_STAR)
        );
        assert!(Da::ROUND_TWO_NOTE.contains("næsten 68 %"));
        assert!(
            Da::ROUND_TWO_LEAD.contains("12. april 2023")
                && Da::ROUND_TWO_LEAD.contains("STAR's tal")
        );
        assert!(
            Da::ROUND_TWO_COMPARE.contains("1.348") && Da::ROUND_TWO_COMPARE.contains("13.554 kr.")
        );
        assert!(Da::ROUND_TWO_COMPARE.contains("STAR's egne tal"));
        assert!(Da::ROUND_TWO_SOURCE_SHORT.contains("12. april 2023"));
        assert!(Da::S_ROUND_TWO.contains("12. april 2023"));
    }

    #[test]
    fn the_words_are_explained() {
        let words: Vec<&str> = Da::WORDS.iter().map(|(w, _)| *w).collect();
        for w in [
            "Enhedspris",
            "Resultatmål",
            "Verificeret",
            "Første runde",
            "Tabel 3",
            "Afsnit 4.3.2",
        ] {
            assert!(words.iter().any(|x| x.starts_with(w)), "{w}");
        }
        assert!(Da::WORDS_LINK.contains("Ordforklaring"));
    }

    #[test]
    fn every_flag_names_its_source_and_never_a_decision() {
        let all = [
            Flag::UnitPriceAboveRoundOne {
                unit_price: kr(81_000),
                highest: kr(75_380),
                project: "ISS",
            },
            Flag::UnitPriceBelowRoundOne {
                unit_price: kr(7_000),
                lowest: kr(7_976),
                project: "Randers HK og DISCUS",
            },
            Flag::UnitPriceAboveTwiceGroupAverage {
                unit_price: kr(40_000),
                group_average: kr(19_463),
                group: Approach::Network,
            },
            Flag::UnitPriceBelowHalfGroupAverage {
                unit_price: kr(9_000),
                group_average: kr(19_463),
                group: Approach::Network,
            },
            Flag::TargetAboveGroup {
                target: 1,
                largest: 0,
                project: "X",
                group: Approach::Network,
            },
            Flag::BudgetAboveRoundOne {
                budget: kr(6_000_000),
                largest: kr(5_649_208),
                project: "Code of Care",
            },
            Flag::BudgetAbovePool {
                budget: kr(50_000_000),
                pool: kr(45_000_000),
            },
        ];
        for f in &all {
            let s = Da::flag(f);
            assert!(s.contains("tabel 3") || s.contains("kapitel 1"), "{s}");
            assert!(
                !s.contains("afslå") && !s.contains("vil STAR") && !s.contains("får afslag"),
                "{s}"
            );
        }
    }

    /// No "1 ansættelser", no "0 ansættelse": the plural words after a count.
    fn plural_ok(s: &str, n: u32) -> bool {
        let wrong_plural = [
            " ansættelser",
            " verificerede ansættelser",
            " ansøgninger",
            " flere",
            " har en lavere",
        ];
        let wrong_singular = [" ansættelse", " verificeret ansættelse", " ansøgning"];
        let n = Da::count(n);
        if n == "1" {
            !wrong_plural
                .iter()
                .any(|w| s.contains(&format!(" 1{w}")) && !s.contains(&format!(" 1{w} har")))
                && !s.starts_with(&format!("1{}", wrong_plural[0]))
        } else {
            !wrong_singular.iter().any(|w| {
                let bad = format!("{n}{w}");
                s.match_indices(&bad).any(|(i, _)| {
                    let after = &s[i + bad.len()..];
                    !after.starts_with(['r', 's', 'e'])
                })
            })
        }
    }

    #[test]
    fn every_plural_site_at_zero_one_and_two() {
        for n in 0..=2u32 {
            let one = n.max(1);
            let sites = [
                Da::hires_phrase(n, false),
                Da::hires_phrase(n, true),
                Da::scenario_marker_label(n, kr(1_000), false),
                Da::as_if_lead(one * 2, n, kr(1_000)),
                Da::cash_interim(n, kr(1_000), true),
                Da::cash_interim(n, kr(1_000), false),
                Da::w_interim_not_reached(n, 1),
                Da::threshold_status(n, 1, false),
                Da::flag(&Flag::TargetAboveGroup {
                    target: n,
                    largest: 0,
                    project: "X",
                    group: Approach::Network,
                }),
                Da::rows_shown(n as usize, n as usize),
                Da::show_more(n as usize),
                Da::problems_announcement(&vec!["Ansøgt beløb".to_string(); n as usize]),
                Da::rank_sentence(n as usize + 1, n as usize),
            ];
            for s in &sites {
                assert!(plural_ok(s, n), "n = {n}: {s}");
            }
        }
        assert_eq!(Da::hires_phrase(1, false), "1 ansættelse");
        assert_eq!(Da::hires_phrase(0, true), "0 verificerede ansættelser");
        assert_eq!(
            Da::scenario_marker_label(1, kr(5), false),
            "Jeres scenarie: 1 ansættelse, 5 kr."
        );
        assert_eq!(Da::rows_shown(1, 1), "Viser 1 af 1 ansøgning.");
        assert_eq!(Da::rows_shown(2, 2), "Viser 2 af 2 ansøgninger.");
        assert_eq!(Da::show_more(1), "Vis 1 mere");
        assert_eq!(Da::show_more(2), "Vis 2 flere");
        assert!(Da::rank_sentence(1, 0).contains("ingen af de ni projekter"));
        assert!(Da::as_if_lead(2, 1, kr(5)).contains("skal 1 ansættelse verificeres"));
        assert!(Da::cash_interim(1, kr(5), false).contains("det kræver 1 verificeret ansættelse."));
        assert!(Da::w_interim_not_reached(1, 2).starts_with("1 ansættelse er under 2"));
    }

    #[test]
    fn one_minus_sign_and_repayments_as_positive_amounts() {
        assert_eq!(Da::money(kr(-100_000)), "−100.000 kr.");
        assert!(!Da::money(kr(-1)).contains('-'));
        assert_eq!(
            Da::REPAYMENT_LABEL,
            "Tilbagebetaling ved slutafregning (beregnerens antagelse; rapporten nævner ikke tilbagebetaling)"
        );
    }

    #[test]
    fn the_wording_as_a_danish_agency_writes() {
        assert_eq!(
            Da::THRESHOLD_LABEL,
            "Ansættelser, der kræves for første rate"
        );
        assert_eq!(Da::W_THRESHOLD, Da::THRESHOLD_LABEL);
        assert_eq!(Da::BATCH_COL_THRESHOLD, Da::THRESHOLD_LABEL);
        assert_eq!(Da::LESSONS_HEADING, "Erfaringer fra første runde");
        assert!(Da::NETWORK_LESSONS_LEAD.ends_with("Indgår det i jeres projekt?"));
        assert!(
            Da::EXPENSES_HINT.contains("Lader I feltet stå tomt, regnes der med det ansøgte beløb")
        );
        assert!(Da::PER_HIRE_NOTE.contains("divideret med antallet af verificerede ansættelser. Kan ikke beregnes uden ansættelser."));
        assert!(Da::UNIT_PRICE_NOTE.contains("rundet ned til hele kroner"));
        assert_eq!(
            Da::S_UNIT_PRICE,
            "Enhedspris: samlet ansøgt beløb / samlet resultatmål"
        );
        assert_eq!(Da::NAV_BATCH, "For sagsbehandlere: tjek mange ansøgninger");
        assert!(Da::CSV_HEADER
            .contains(&"Placering blandt første runde (1 = laveste enhedspris af 10)"));
        assert!(Da::rank_sentence(6, 5)
            .starts_with("Jeres enhedspris er nr. 6 af 10, regnet fra den laveste"));
        let f = Da::flag(&Flag::UnitPriceAboveRoundOne {
            unit_price: kr(81_000),
            highest: kr(75_380),
            project: "ISS",
        });
        assert!(f.starts_with("Enhedsprisen på 81.000 kr. er højere end i alle ni projekter"));
        let f = Da::flag(&Flag::BudgetAboveRoundOne {
            budget: kr(6_000_000),
            largest: kr(5_649_208),
            project: "Code of Care",
        });
        assert!(f.contains("større end alle tildelte beløb i første runde"));
        assert!(<Da as ReferenceTexts>::RULE_READING[2]
            .starts_with("Er mindre end 50 % af resultatmålet nået"));
    }
}

#[cfg(feature = "lang-en")]
mod english {
    use super::*;
    use puljeberegner::domain::approach::Approach;
    use puljeberegner::domain::flags::Flag;
    use puljeberegner::texts::batch::BatchTexts;
    use puljeberegner::texts::reference::ReferenceTexts;
    use puljeberegner::texts::{da::Da, en::En, Texts};
    use puljeberegner::{App, AppProps};

    use crate::support::kr;

    #[test]
    fn the_english_page_renders_the_quote_in_english_beside_the_danish() {
        let doc = reference();
        let rules = doc.testid("rules").doc();
        let quote = &rules.tags("blockquote")[0];
        assert_eq!(quote.attr("lang"), Some("da"));
        assert_eq!(quote.text(), Da::RULE_QUOTE);
        let rendering = rules.text("rule-rendering");
        assert!(
            rendering.contains("up to half of the amount applied for"),
            "{rendering}"
        );
        assert!(rendering.contains("verified by STAR"), "{rendering}");
        for a in rules.all("data-testid", "assumption") {
            assert!(a.text().starts_with("Assumption: "), "{}", a.text());
        }
        assert!(rules.text("threshold-rounding").contains("section 1.1"));
        assert!(En::approach_explanation(Approach::Course).contains("with a view to hiring"));
    }

    #[test]
    fn the_english_pages_write_no_danish_number_outside_the_danish_quote() {
        let strip = |text: String| text.replace(Da::RULE_QUOTE, "");
        let reference_text = strip(reference().all_text());
        assert_eq!(danish_numbers(&reference_text), Vec::<String>::new());
        assert!(!reference_text.contains(" kr."), "{reference_text}");
        for query in [
            "lang=en",
            "lang=en&budget=1000000&target=17&approach=network&hires=9&expenses=400000",
            "lang=en&budget=50000000&target=1&approach=course",
            "lang=en&budget=1&target=1&expenses=0",
        ] {
            let doc = Doc::parse(&render::<App>(AppProps {
                query: query.to_string().into(),
                ..Default::default()
            }));
            let text = strip(doc.all_text());
            assert_eq!(danish_numbers(&text), Vec::<String>::new(), "{query}");
        }
    }

    #[test]
    fn round_two_in_english_numbers() {
        assert_eq!(En::ROUND_TWO_FIGURES[1].1, En::count(round_two::HIRES));
        assert_eq!(
            En::ROUND_TWO_FIGURES[3].1,
            En::money(round_two::UNIT_PRICE_STAR)
        );
        assert!(
            En::ROUND_TWO_COMPARE.contains("1,348") && En::ROUND_TWO_COMPARE.contains("DKK 13,554")
        );
        assert!(En::ROUND_TWO_LEAD.contains("12 April 2023"));
    }

    #[test]
    fn the_english_labels_and_plurals() {
        assert_eq!(
            En::approach_total_name(Approach::Network),
            "Network projects that had reported results (4 of 5, Table 7)"
        );
        assert!(!En::approach_total_name(Approach::Course).starts_with("All"));
        assert_eq!(En::COL_RESULTS, "Preliminary results (verified by STAR)");
        for (n, verb) in [(0, "has"), (1, "has"), (2, "have")] {
            let s = En::rank_sentence(n + 1, n);
            assert!(
                s.contains(&format!("round-one projects {verb} a lower")),
                "{s}"
            );
        }
        assert!(!En::rank_sentence(2, 1).contains("1 of the nine round-one projects have"));
        for n in 0..=2u32 {
            let marker = En::scenario_marker_label(n, kr(5), false);
            let expected = if n == 1 { "1 hire," } else { "hires," };
            assert!(marker.contains(expected), "{marker}");
            let rows = En::rows_shown(n as usize, n as usize);
            assert_eq!(rows.ends_with(" application."), n == 1, "{rows}");
            let f = En::flag(&Flag::TargetAboveGroup {
                target: n,
                largest: 0,
                project: "X",
                group: Approach::Network,
            });
            assert!(
                !f.contains("1 hires") && !f.contains("0 hire ") && !f.contains("2 hire "),
                "{f}"
            );
        }
        assert_eq!(En::money(kr(-100_000)), "DKK −100,000");
        assert_eq!(<En as ReferenceTexts>::ASSUMPTION_MARK, "Assumption:");
    }
}
