//! The figures module (crates/figures), natively: how it reads a link's query and what the
//! reader typed into the pre-rendered form, and, for many links, that it writes the same
//! texts as the app draws (the app rendered by Yew's server renderer).

use figures::{Figures, Patch, Target};
use proptest::prelude::*;
use puljeberegner::state::{Action, Field};
use puljeberegner::texts::{Page as T, Texts};
use puljeberegner::{App, AppProps};

use crate::support::{render, Doc};

/// The text of the patch for `target`, which must be there once.
fn text(patches: &[Patch], target: Target) -> &str {
    let hits: Vec<&Patch> = patches.iter().filter(|p| p.target == target).collect();
    assert_eq!(hits.len(), 1, "{target:?} in {patches:?}");
    &hits[0].text
}

/// The texts of the figures the module writes, by `data-testid`.
const FIGURES: [&str; 7] = [
    "unit-price",
    "threshold-hires",
    "payout-interim",
    "payout-final",
    "payout-total",
    "own-financing",
    "payout-per-hire",
];

#[test]
fn a_shared_link_is_read_into_the_form_and_the_figures() {
    let figures = Figures::start("?budget=5649208&target=230&approach=network");
    let patches = figures.patches(true);
    assert_eq!(text(&patches, Target::Value(Field::Budget)), "5649208");
    assert_eq!(text(&patches, Target::Value(Field::Target)), "230");
    assert_eq!(text(&patches, Target::Value(Field::Approach)), "network");
    assert_eq!(text(&patches, Target::Value(Field::Hires)), "");
    assert_eq!(
        text(&patches, Target::Figure("figure:unit-price")),
        T::money(puljeberegner::domain::money::Money::from_kroner(24_561))
    );
    assert_eq!(
        text(&patches, Target::Figure("figure:threshold-hires")),
        T::count(115)
    );
    assert_eq!(text(&patches, Target::ResultsMissing), "");
    assert_eq!(text(&patches, Target::Error(Field::Budget)), "");
    // Without `values` (while the reader types) the form is left alone.
    assert!(!figures
        .patches(false)
        .iter()
        .any(|p| matches!(p.target, Target::Value(_))));
}

#[test]
fn what_was_typed_before_it_started_wins_over_the_link() {
    // The page script reads the form's changed fields as typing, then a pause.
    let mut figures = Figures::start("budget=5649208&target=230");
    for (field, value) in [
        (Field::Budget, "1.202.550"),
        (Field::Target, "17"),
        (Field::Approach, "course"),
    ] {
        figures.apply(Action::Set(field, value.into()));
    }
    figures.apply(Action::Paused);
    let patches = figures.patches(false);
    assert_eq!(
        text(&patches, Target::Figure("figure:unit-price")),
        T::money(puljeberegner::domain::money::Money::from_kroner(70_738))
    );
    assert_eq!(figures.state().raw(Field::Approach), "course");
}

#[test]
fn a_message_waits_until_the_reader_is_done_with_the_field() {
    let mut figures = Figures::start("");
    assert_eq!(
        text(&figures.patches(false), Target::ResultsMissing),
        T::RESULTS_MISSING
    );
    figures.apply(Action::Set(Field::Budget, "12x".into()));
    let typing = figures.patches(false);
    assert_eq!(text(&typing, Target::Error(Field::Budget)), "");
    assert_eq!(
        text(&typing, Target::Figure("figure:unit-price")),
        T::WITHHELD
    );
    figures.apply(Action::Paused);
    let message = text(&figures.patches(false), Target::Error(Field::Budget)).to_string();
    assert!(!message.is_empty());
    // A link's bad value shows its message at once, as the app shows it.
    let linked = Figures::start("budget=12x");
    assert_eq!(
        text(&linked.patches(true), Target::Error(Field::Budget)),
        message
    );
}

#[test]
fn the_page_script_reads_each_text_by_its_length() {
    let patches = [
        Patch {
            target: Target::Figure("figure:unit-price"),
            text: "24.561 kr.".into(),
        },
        Patch {
            target: Target::Error(Field::Approach),
            text: "ukendt \n tilgang 😀 æ".into(),
        },
        Patch {
            target: Target::Status,
            text: String::new(),
        },
    ];
    // "😀" is two UTF-16 code units, "æ" one.
    assert_eq!(
        figures::encode(&patches),
        "figure:unit-price\n10\n24.561 kr.error:approach\n21\nukendt \n tilgang 😀 æstatus\n0\n"
    );
}

#[test]
fn a_link_for_another_page_is_left_to_the_app() {
    let other = if cfg!(feature = "lang-en") {
        "lang=da"
    } else {
        "lang=en"
    };
    assert!(Figures::start(&format!("budget=1000000&target=17&{other}"))
        .patches(true)
        .is_empty());
    assert!(Figures::start("view=batch").patches(true).is_empty());
}

/// What a page shows: (place, text) pairs.
type Shown = Vec<(String, String)>;

/// The figures, messages and status the app draws for `query`, and the module's.
fn both(query: &str) -> (Shown, Shown) {
    let doc = Doc::parse(&render::<App>(AppProps {
        query: query.to_string().into(),
        ..Default::default()
    }));
    let patches = Figures::start(query).patches(true);
    let mut app = Vec::new();
    let mut module = Vec::new();
    for testid in FIGURES {
        app.push((testid.to_string(), doc.text(testid)));
        let target = Target::Figure(Box::leak(format!("figure:{testid}").into_boxed_str()));
        module.push((testid.to_string(), text(&patches, target).to_string()));
    }
    for (testid, target) in [
        ("threshold-status", Target::Status),
        ("results-missing", Target::ResultsMissing),
    ] {
        let drawn = if doc.has_testid(testid) {
            doc.text(testid)
        } else {
            String::new()
        };
        app.push((testid.to_string(), drawn));
        module.push((testid.to_string(), text(&patches, target).to_string()));
    }
    let prefix = format!("{} ", T::ERROR_PREFIX);
    for field in Field::ALL {
        let id = format!("field-{}-error", field.name());
        let drawn = doc
            .all("id", &id)
            .first()
            .map(|e| e.text())
            .unwrap_or_default();
        app.push((id.clone(), drawn));
        let message = text(&patches, Target::Error(field));
        module.push((
            id,
            if message.is_empty() {
                String::new()
            } else {
                format!("{prefix}{message}")
            },
        ));
    }
    app.push(("hires-hint".into(), doc.id("field-hires-hint").text()));
    module.push((
        "hires-hint".into(),
        text(&patches, Target::Text("text:field-hires-hint")).to_string(),
    ));
    (app, module)
}

#[test]
fn the_module_writes_what_the_app_draws_for_round_one_and_bad_links() {
    for query in [
        "",
        "budget=5649208&target=230&approach=network",
        "budget=1202550&target=17&approach=course&hires=12",
        "budget=1000000&target=17&hires=5&expenses=900000",
        "budget=1000000&target=17&hires=20&expenses=1200000",
        "budget=1000000&target=17&hires=0",
        "budget=12x&target=0&approach=walking&hires=-1&expenses=abc",
        "budget=&target=",
        "budget=1.234.567,50&target=1.000",
    ] {
        let (app, module) = both(query);
        assert_eq!(app, module, "{query}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn the_module_writes_what_the_app_draws(
        budget in prop_oneof![Just(String::new()), (1u64..20_000_000).prop_map(|k| k.to_string()), "[0-9.,kr -]{0,12}"],
        target in prop_oneof![Just(String::new()), (0u32..400).prop_map(|t| t.to_string()), "[0-9.a]{0,5}"],
        approach in prop_oneof![Just(""), Just("network"), Just("course"), Just("hybrid"), Just("x")],
        hires in prop_oneof![Just(String::new()), (0u32..500).prop_map(|h| h.to_string())],
        expenses in prop_oneof![Just(String::new()), (0u64..25_000_000).prop_map(|k| k.to_string())],
    ) {
        let mut query = String::new();
        for (name, value) in [("budget", budget.as_str()), ("target", &target), ("approach", approach), ("hires", &hires), ("expenses", &expenses)] {
            if !value.is_empty() {
                puljeberegner::query::push_pair(&mut query, name, value);
            }
        }
        let (app, module) = both(&query);
        prop_assert_eq!(app, module, "{}", query);
    }
}
