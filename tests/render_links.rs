//! The ways through the long calculator page, in both page languages: the links under the
//! result to the further answers and each answer's way back; the link from the top to the
//! embed code; embedded, every link leads to something in the frame or to the whole page.

use puljeberegner::texts::links::LinkTexts;
use puljeberegner::texts::reference::ReferenceTexts;
use puljeberegner::texts::{Page as T, Texts};
use puljeberegner::views::embed_snippet::embed_section;
use puljeberegner::views::reference::Reference;
use puljeberegner::{App, AppProps};

use crate::support::{render, render_fn, Doc, Element};

/// The whole page for a URL query (in this build's language), drawn in full; and the static
/// parts the build writes beside it: the reference part and the embed section.
fn page(query: &str) -> (Doc, Doc) {
    let app = render::<App>(AppProps {
        query: query.to_string().into(),
        ..Default::default()
    });
    let statics = format!(
        "{}{}",
        render::<Reference>(()),
        render_fn(|_: &()| embed_section(), ())
    );
    (Doc::parse(&app), Doc::parse(&statics))
}

const QUERY: &str = "budget=1202550&target=17&approach=course&hires=12";

/// The ids of every element of `doc`.
fn ids(doc: &Doc) -> Vec<String> {
    doc.all_elements()
        .iter()
        .filter_map(|e| e.attr("id").map(String::from))
        .collect()
}

/// The element with this id and everything inside it, from either part of the page.
fn section_of<'a>(docs: &'a [&'a Doc], heading: &str) -> &'a Element {
    // The section labelled by the heading, or the element carrying the id itself.
    docs.iter()
        .flat_map(|d| d.all_elements())
        .find(|e| e.attr("aria-labelledby") == Some(heading))
        .or_else(|| {
            docs.iter()
                .flat_map(|d| d.all_elements())
                .find(|e| e.attr("id") == Some(heading))
        })
        .unwrap_or_else(|| panic!("no section for #{heading}"))
}

#[test]
fn the_result_leads_to_the_four_further_answers_and_each_leads_back() {
    let (app, statics) = page(QUERY);
    let nav = app.testid("answer-links");
    assert_eq!(nav.name, "nav");
    assert_eq!(nav.attr("aria-labelledby"), Some("answers-heading"));
    assert_eq!(app.id("answers-heading").text(), T::ANSWERS_HEADING);
    let links: Vec<(String, String)> = nav
        .doc()
        .tags("a")
        .iter()
        .map(|a| (a.attr("href").unwrap().to_string(), a.text()))
        .collect();
    assert_eq!(
        links,
        [
            ("#cash-heading".to_string(), T::CASH_HEADING.to_string()),
            ("#compare-heading".into(), T::COMPARE_HEADING.into()),
            ("#hire-fact".into(), T::APPLICANT_FACTS[0].0.into()),
            ("#rules-heading".into(), T::W_RULES_LINK.into()),
        ]
    );
    // What counts as a hire: the fact it leads to is that one.
    let fact = statics.id("hire-fact");
    assert_eq!(fact.doc().tags("dt")[0].text(), T::APPLICANT_FACTS[0].0);
    let all_ids: Vec<String> = [&app, &statics].iter().flat_map(|d| ids(d)).collect();
    for (href, _) in &links {
        assert!(
            all_ids.contains(&href[1..].to_string()),
            "{href} leads nowhere"
        );
    }
    // Each answer's section has a way back to the result: the comparison's at its end,
    // in round one's caveats, which the page's script puts under its table.
    assert!(all_ids.contains(&"results-heading".to_string()));
    let both = [&app, &statics];
    for heading in [
        "scenarios-heading",
        "round-one-caveats",
        "applicant-heading",
        "rules-heading",
    ] {
        let section = section_of(&both, heading);
        let back = section.doc();
        let back = back.testid("back-to-result");
        assert_eq!(back.attr("href"), Some("#results-heading"), "{heading}");
        assert_eq!(back.text(), T::BACK_LINK);
    }
    // The cash flow's heading is the one the link names.
    assert_eq!(app.id("cash-heading").text(), T::CASH_HEADING);
}

#[test]
fn the_links_come_right_after_the_result() {
    // In the page's order: the result, the links on, the payout, the scenario's fields, the
    // workings (in one column the style sheet shows the fields above the payout; side by
    // side, the links under the payout).
    let (app, _) = page(QUERY);
    let order: Vec<String> = app
        .all_elements()
        .iter()
        .filter_map(|e| match (e.attr("data-testid"), e.attr("name")) {
            (Some(t @ ("unit-price" | "payout-total" | "workings" | "answer-links")), _) => {
                Some(t.to_string())
            }
            (_, Some(n @ ("hires" | "expenses"))) => Some(n.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(
        order,
        [
            "unit-price",
            "answer-links",
            "payout-total",
            "hires",
            "expenses",
            "workings"
        ]
    );
}

#[test]
fn the_top_of_the_page_leads_to_the_embed_code() {
    let (app, statics) = page("");
    let lead = app.one("class", "lead");
    let hrefs: Vec<String> = lead
        .doc()
        .tags("a")
        .iter()
        .map(|a| a.attr("href").unwrap().to_string())
        .collect();
    assert_eq!(hrefs, ["#words-heading", "#embed-heading"]);
    assert_eq!(statics.id("embed-heading").text(), T::EMBED_HEADING);
    assert!(lead
        .doc()
        .tags("a")
        .iter()
        .all(|a| a.attr("target").is_none()));
}

#[test]
fn embedded_every_link_leads_into_the_frame_or_to_the_whole_page() {
    let (app, _) = page(&format!("{QUERY}&embed=1"));
    assert!(!app.has_testid("answer-links"));
    let in_frame = ids(&app);
    let links = app.tags("a");
    assert!(links.len() >= 2, "{}", app.all_text());
    for a in links {
        let href = a.attr("href").unwrap();
        match href.strip_prefix('#') {
            Some(id) => assert!(
                in_frame.contains(&id.to_string()),
                "{href}: not in the frame"
            ),
            None if a.attr("target") == Some("_top") => {
                // The whole page, with the inputs and without embed=1.
                assert!(
                    href.contains("budget=") && !href.contains("embed"),
                    "{href}"
                );
            }
            // The language switch: the same frame in the other language.
            None => assert!(
                a.attr("hreflang") == Some(T::LANG.other().code()) && href.contains("embed=1"),
                "{href}"
            ),
        }
    }
    // The words and the embed code are not in the frame: the lead leads to neither.
    assert!(app.one("class", "lead").doc().tags("a").is_empty());
}
