//! The URL contract of `State`: what `from_query` reads, what `to_query` writes, what
//! `parsed` makes of it, and the reducer.

use std::rc::Rc;

use crate::support::kr;
use puljeberegner::domain::amount_input::AmountError;
use puljeberegner::domain::approach::Approach;
use puljeberegner::domain::count_input::CountError;
use puljeberegner::domain::money::Money;
use puljeberegner::domain::payout::{Application, Outcome};
use puljeberegner::state::{percent_decode, Action, ApproachInput, Field, State, MAX_PARAM_CHARS};
use yew::Reducible;

/// A state with the given raw values, set through the reducer's `apply`.
/// The state after typing these values, the reader done with the last field (a link's
/// state, which is never being typed in, equals it).
fn state_with(values: &[(Field, &str)]) -> State {
    let mut s = State::default();
    for (field, value) in values {
        s.apply(Action::Set(*field, (*value).to_string()));
    }
    s.apply(Action::Paused);
    s
}

/// All five raw values.
fn raws(s: &State) -> [String; 5] {
    Field::ALL.map(|f| s.raw(f).to_string())
}

// ---- fields ---------------------------------------------------------------------

#[test]
fn field_names_are_the_url_parameters_in_url_order() {
    let names: Vec<&str> = Field::ALL.iter().map(|f| f.name()).collect();
    assert_eq!(names, ["budget", "target", "approach", "hires", "expenses"]);
}

// ---- from_query: reading ----------------------------------------------------------

#[test]
fn leading_question_mark_is_optional() {
    let with = State::from_query("?budget=5649208&target=230&approach=network");
    let without = State::from_query("budget=5649208&target=230&approach=network");
    assert_eq!(with, without);
    assert_eq!(with.raw(Field::Budget), "5649208");
    assert_eq!(with.raw(Field::Target), "230");
    assert_eq!(with.raw(Field::Approach), "network");
    assert_eq!(with.raw(Field::Hires), "");
    assert_eq!(with.raw(Field::Expenses), "");
}

#[test]
fn only_one_leading_question_mark_is_stripped() {
    // "??budget=1" has the key "?budget", which is no field.
    let s = State::from_query("??budget=1");
    assert_eq!(s, State::default());
}

#[test]
fn empty_query_is_the_default_state() {
    for q in ["", "?", "&", "?&&&", "&&"] {
        let s = State::from_query(q);
        assert_eq!(s, State::default(), "{q:?}");
        for f in Field::ALL {
            assert!(!s.touched(f), "{q:?}: {f:?}");
        }
    }
}

#[cfg(not(feature = "lang-en"))]
#[test]
fn percent_escapes_and_plus_are_decoded() {
    let s = State::from_query("budget=1.234.567%2C50");
    assert_eq!(s.raw(Field::Budget), "1.234.567,50");
    assert_eq!(s.parsed().budget, Ok(Money::from_ore(123_456_750)));

    let s = State::from_query("budget=1+234+567+kr.");
    assert_eq!(s.raw(Field::Budget), "1 234 567 kr.");
    assert_eq!(s.parsed().budget, Ok(kr(1_234_567)));

    // Lower-case hex is accepted as well.
    let s = State::from_query("budget=1.234.567%2c50");
    assert_eq!(s.raw(Field::Budget), "1.234.567,50");

    // %2B is a literal plus, %20 a space.
    let s = State::from_query("approach=a%2Bb%20c+d");
    assert_eq!(s.raw(Field::Approach), "a+b c d");

    // Multi-byte UTF-8, escaped or not.
    let s = State::from_query("approach=netv%C3%A6rk&hires=%C3%A6%C3%B8%C3%A5&expenses=æøå");
    assert_eq!(s.raw(Field::Approach), "netværk");
    assert_eq!(
        s.parsed().approach,
        ApproachInput::Chosen(Approach::Network)
    );
    assert_eq!(s.raw(Field::Hires), "æøå");
    assert_eq!(s.raw(Field::Expenses), "æøå");

    // Encoded '&' and '=' are part of the value, not separators.
    let s = State::from_query("approach=a%26target%3D5&target=7");
    assert_eq!(s.raw(Field::Approach), "a&target=5");
    assert_eq!(s.raw(Field::Target), "7");

    // Only the first '=' splits key from value.
    let s = State::from_query("approach=a=b");
    assert_eq!(s.raw(Field::Approach), "a=b");
}

#[test]
fn keys_are_percent_decoded_too() {
    let s = State::from_query("bud%67et=5&%74arget=2");
    assert_eq!(s.raw(Field::Budget), "5");
    assert_eq!(s.raw(Field::Target), "2");
}

#[test]
fn unknown_parameters_are_ignored() {
    let s =
        State::from_query("foo=1&budget=5&Budget=7&BUDGET=8&Lang=en&utm_source=x&budget%20=9&=3");
    assert_eq!(s.raw(Field::Budget), "5");
    assert_eq!(s, State::from_query("budget=5"));
    assert!(s.touched(Field::Budget));
    for f in [
        Field::Target,
        Field::Approach,
        Field::Hires,
        Field::Expenses,
    ] {
        assert!(!s.touched(f), "{f:?}");
        assert_eq!(s.raw(f), "");
    }
}

#[test]
fn empty_values_are_empty_and_mark_the_field_touched() {
    // `budget=` and a bare `target` both give the field an (empty) value from the URL.
    let s = State::from_query("budget=&target&approach=");
    for f in [Field::Budget, Field::Target, Field::Approach] {
        assert_eq!(s.raw(f), "", "{f:?}");
        assert!(s.touched(f), "{f:?}");
    }
    assert!(!s.touched(Field::Hires));
    assert!(!s.touched(Field::Expenses));
    let p = s.parsed();
    assert_eq!(p.budget, Err(AmountError::Empty));
    assert_eq!(p.target, Err(CountError::Empty));
    assert_eq!(p.approach, ApproachInput::Unset);
    assert_eq!(p.hires, Ok(None));
    assert_eq!(p.expenses, Ok(None));
}

#[test]
fn a_repeated_parameter_keeps_the_last_value() {
    let s = State::from_query("budget=1&budget=2&budget=3");
    assert_eq!(s.raw(Field::Budget), "3");
    let s = State::from_query("budget=1&budget=");
    assert_eq!(s.raw(Field::Budget), "");
    assert!(s.touched(Field::Budget));
}

#[test]
fn bad_values_are_kept_verbatim() {
    let s = State::from_query("budget=12x&target=abc&approach=bogus&hires=-3&expenses=%25");
    assert_eq!(s.raw(Field::Budget), "12x");
    assert_eq!(s.raw(Field::Target), "abc");
    assert_eq!(s.raw(Field::Approach), "bogus");
    assert_eq!(s.raw(Field::Hires), "-3");
    assert_eq!(s.raw(Field::Expenses), "%");
    let p = s.parsed();
    assert_eq!(p.budget, Err(AmountError::Letters));
    assert_eq!(p.target, Err(CountError::Letters));
    assert_eq!(p.approach, ApproachInput::Unknown("bogus".into()));
    assert_eq!(p.hires, Err(CountError::Negative));
    assert_eq!(p.expenses, Err(AmountError::Symbol('%')));
    assert_eq!(p.application(), None);
    assert_eq!(p.outcome(), None);

    // Surrounding whitespace stays in raw(), too.
    let s = State::from_query("budget=+12+&approach=+Network+");
    assert_eq!(s.raw(Field::Budget), " 12 ");
    assert_eq!(s.raw(Field::Approach), " Network ");
    assert_eq!(s.parsed().budget, Ok(kr(12)));
    assert_eq!(
        s.parsed().approach,
        ApproachInput::Chosen(Approach::Network)
    );
    // An unknown approach is reported trimmed.
    let s = State::from_query("approach=+bogus+");
    assert_eq!(s.raw(Field::Approach), " bogus ");
    assert_eq!(s.parsed().approach, ApproachInput::Unknown("bogus".into()));
}

#[test]
fn values_longer_than_the_limit_are_cut() {
    assert_eq!(MAX_PARAM_CHARS, 200);
    let exact = "9".repeat(MAX_PARAM_CHARS);
    let s = State::from_query(&format!("budget={exact}"));
    assert_eq!(s.raw(Field::Budget), exact);

    let long = "9".repeat(MAX_PARAM_CHARS + 50);
    let s = State::from_query(&format!("budget={long}&target=5"));
    assert_eq!(s.raw(Field::Budget), "9".repeat(MAX_PARAM_CHARS));
    assert_eq!(s.raw(Field::Target), "5");

    // The limit counts characters after decoding, not bytes or escapes.
    let escaped = "%C3%A6".repeat(MAX_PARAM_CHARS + 1);
    let s = State::from_query(&format!("approach={escaped}"));
    assert_eq!(s.raw(Field::Approach).chars().count(), MAX_PARAM_CHARS);
    assert_eq!(s.raw(Field::Approach), "æ".repeat(MAX_PARAM_CHARS));

    let spaces = "+".repeat(MAX_PARAM_CHARS * 3);
    let s = State::from_query(&format!("hires={spaces}"));
    assert_eq!(s.raw(Field::Hires), " ".repeat(MAX_PARAM_CHARS));
}

#[test]
fn invalid_percent_escapes_stay_as_typed() {
    let cases = [
        ("budget=%zz", "%zz"),
        ("budget=12%", "12%"),
        ("budget=%", "%"),
        ("budget=%4", "%4"),
        ("budget=%4g", "%4g"),
        ("budget=%%41", "%A"),
        ("budget=%g1%41", "%g1A"),
        ("budget=100%25", "100%"),
        ("budget=%æ", "%æ"),
    ];
    for (q, expected) in cases {
        assert_eq!(State::from_query(q).raw(Field::Budget), expected, "{q:?}");
    }
}

#[test]
fn invalid_utf8_becomes_replacement_characters() {
    let s = State::from_query("budget=%e2%82");
    assert!(
        s.raw(Field::Budget).contains('\u{FFFD}'),
        "{:?}",
        s.raw(Field::Budget)
    );
    assert!(s.parsed().budget.is_err());

    let s = State::from_query("approach=%ff%fe&target=%C3%28");
    assert!(s.raw(Field::Approach).chars().all(|c| c == '\u{FFFD}'));
    assert_eq!(s.raw(Field::Target), "\u{FFFD}(");
    assert!(matches!(s.parsed().approach, ApproachInput::Unknown(_)));

    // The euro sign, whole, still decodes.
    assert_eq!(
        State::from_query("budget=%e2%82%ac").raw(Field::Budget),
        "€"
    );
}

#[test]
fn no_query_made_of_awkward_pieces_panics() {
    // Every string of up to four pieces from an alphabet of troublemakers, as a value, a
    // key and a whole query: from_query and parsed() must never panic.
    let pieces = [
        "%", "2", "e", "z", "+", "&", "=", "æ", "%e2", "%82", "?", "kr.",
    ];
    let mut strings = vec![String::new()];
    let mut frontier = vec![String::new()];
    for _ in 0..4 {
        let mut next = Vec::new();
        for s in &frontier {
            for p in pieces {
                next.push(format!("{s}{p}"));
            }
        }
        strings.extend(next.iter().cloned());
        frontier = next;
    }
    for s in &strings {
        for q in [
            format!("budget={s}"),
            format!("{s}=1"),
            s.clone(),
            format!("?target={s}&expenses={s}&hires={s}&approach={s}"),
        ] {
            let state = State::from_query(&q);
            let _ = state.parsed().outcome();
            for f in Field::ALL {
                assert!(state.raw(f).chars().count() <= MAX_PARAM_CHARS);
            }
            // What it reads, it writes back and reads the same.
            assert_eq!(
                raws(&State::from_query(&state.to_query())),
                raws(&state),
                "{q:?}"
            );
        }
    }
}

#[test]
fn percent_decode_directly() {
    assert_eq!(percent_decode(""), "");
    assert_eq!(percent_decode("a+b"), "a b");
    assert_eq!(percent_decode("%41%42%43"), "ABC");
    assert_eq!(percent_decode("%"), "%");
    assert_eq!(percent_decode("%%"), "%%");
    assert_eq!(percent_decode("%2"), "%2");
    assert_eq!(percent_decode("%2B"), "+");
    assert_eq!(percent_decode("%C3%A6%C3%B8%C3%A5"), "æøå");
}

// ---- to_query: writing ------------------------------------------------------------

#[cfg(not(feature = "lang-en"))]
#[test]
fn to_query_of_the_default_state_is_empty() {
    assert_eq!(State::default().to_query(), "");
    // Whitespace is a value, not an empty field.
    assert_eq!(state_with(&[(Field::Hires, " ")]).to_query(), "hires=%20");
}

#[cfg(not(feature = "lang-en"))]
#[test]
fn to_query_writes_fields_in_url_order_without_question_mark() {
    let s = state_with(&[
        (Field::Expenses, "400000"),
        (Field::Approach, "course"),
        (Field::Budget, "1000000"),
        (Field::Target, "17"),
        (Field::Hires, "9"),
    ]);
    assert_eq!(
        s.to_query(),
        "budget=1000000&target=17&approach=course&hires=9&expenses=400000"
    );
    let s = state_with(&[(Field::Target, "17")]);
    assert_eq!(s.to_query(), "target=17");
}

#[cfg(not(feature = "lang-en"))]
#[test]
fn to_query_keeps_danish_number_punctuation_readable() {
    let s = state_with(&[(Field::Budget, "1.234.567,50"), (Field::Target, "1.000")]);
    assert_eq!(s.to_query(), "budget=1.234.567,50&target=1.000");
}

const TRICKY: [&str; 16] = [
    "1 234 567 kr.",
    "a&b",
    "a=b",
    "x#y",
    "100%",
    "%41",
    "%zz",
    "æøå",
    "1+1",
    "+",
    " leading and trailing ",
    "kr. 5.649.208,-",
    "?budget=5",
    "<script>\"'</script>",
    "tab\tnew\nline",
    "€ 😀 \u{a0}\u{202f}",
];

#[cfg(not(feature = "lang-en"))]
#[test]
fn to_query_escapes_everything_that_means_something_in_a_url() {
    for value in TRICKY {
        let q = state_with(&[(Field::Approach, value)]).to_query();
        let encoded = q.strip_prefix("approach=").expect(&q);
        assert!(
            encoded
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~,%".contains(c)),
            "{value:?} -> {q:?}"
        );
    }
    assert_eq!(
        state_with(&[(Field::Hires, "1+1")]).to_query(),
        "hires=1%2B1"
    );
    assert_eq!(
        state_with(&[(Field::Hires, "a b")]).to_query(),
        "hires=a%20b"
    );
    assert_eq!(
        state_with(&[(Field::Hires, "æ")]).to_query(),
        "hires=%C3%A6"
    );
}

#[test]
fn to_query_round_trips_tricky_values() {
    for value in TRICKY {
        for field in Field::ALL {
            let s = state_with(&[(field, value)]);
            let back = State::from_query(&s.to_query());
            assert_eq!(
                back.raw(field),
                value,
                "{field:?} {value:?} via {:?}",
                s.to_query()
            );
            assert_eq!(back, s, "{field:?} {value:?}");
            // With a leading '?' too, as the browser hands it over.
            assert_eq!(State::from_query(&format!("?{}", s.to_query())), s);
        }
    }
    // All five at once.
    let s = state_with(&[
        (Field::Budget, TRICKY[0]),
        (Field::Target, TRICKY[1]),
        (Field::Approach, TRICKY[3]),
        (Field::Hires, TRICKY[8]),
        (Field::Expenses, TRICKY[7]),
    ]);
    assert_eq!(State::from_query(&s.to_query()), s);
}

#[test]
fn from_query_then_to_query_is_stable() {
    for q in [
        "budget=1+234+567+kr.&target=100&approach=network",
        "budget=1.234.567%2C50&target=230",
        "budget=%zz&target=%e2%82&approach=bogus",
        "expenses=%&hires=12%&foo=bar",
        "budget=12x&target=10",
    ] {
        let once = State::from_query(q);
        let written = once.to_query();
        let twice = State::from_query(&written);
        assert_eq!(raws(&twice), raws(&once), "{q:?}");
        assert_eq!(twice.to_query(), written, "{q:?}");
    }
}

// ---- parsed(): meaning ------------------------------------------------------------

#[test]
fn parsed_reads_a_complete_application() {
    let p = State::from_query("budget=5649208&target=230&approach=network").parsed();
    assert_eq!(p.budget, Ok(kr(5_649_208)));
    assert_eq!(p.target, Ok(230));
    assert_eq!(p.approach, ApproachInput::Chosen(Approach::Network));
    assert_eq!(
        p.application(),
        Some(Application {
            budget: kr(5_649_208),
            target: 230
        })
    );
}

#[cfg(not(feature = "lang-en"))]
#[test]
fn empty_hires_default_to_the_target_and_empty_expenses_to_the_budget() {
    let p = State::from_query("budget=1000000&target=17").parsed();
    assert_eq!(p.hires, Ok(None));
    assert_eq!(p.expenses, Ok(None));
    assert_eq!(
        p.outcome(),
        Some(Outcome {
            hires: 17,
            expenses: kr(1_000_000)
        })
    );

    // Whitespace only counts as empty.
    let p = State::from_query("budget=1000000&target=17&hires=+++&expenses=%20").parsed();
    assert_eq!(p.hires, Ok(None));
    assert_eq!(p.expenses, Ok(None));
    let o = p.outcome().unwrap();
    assert_eq!(o.hires, 17);
    assert_eq!(o.expenses, kr(1_000_000));

    // The defaults follow the parsed values, not the raw text.
    let p = State::from_query("budget=1.234.567%2C50&target=1.000").parsed();
    assert_eq!(
        p.outcome(),
        Some(Outcome {
            hires: 1000,
            expenses: Money::from_ore(123_456_750)
        })
    );
}

#[test]
fn given_hires_and_expenses_are_used_zero_included() {
    let p = State::from_query("budget=1000000&target=17&hires=9&expenses=400000").parsed();
    assert_eq!(
        p.outcome(),
        Some(Outcome {
            hires: 9,
            expenses: kr(400_000)
        })
    );
    let p = State::from_query("budget=1000000&target=17&hires=0&expenses=0").parsed();
    assert_eq!(p.hires, Ok(Some(0)));
    assert_eq!(p.expenses, Ok(Some(Money::ZERO)));
    assert_eq!(
        p.outcome(),
        Some(Outcome {
            hires: 0,
            expenses: Money::ZERO
        })
    );
}

#[test]
fn outcome_needs_everything_it_uses_to_be_valid() {
    // Invalid budget or target: neither application nor outcome.
    for q in [
        "budget=12x&target=10",
        "budget=0&target=10",
        "budget=10&target=0",
        "target=10",
    ] {
        let p = State::from_query(q).parsed();
        assert_eq!(p.application(), None, "{q}");
        assert_eq!(p.outcome(), None, "{q}");
    }
    // A valid application with a bad scenario: application, but no outcome.
    for q in [
        "budget=10&target=1&hires=x",
        "budget=10&target=1&expenses=-5",
        "budget=10&target=1&hires=1,5",
    ] {
        let p = State::from_query(q).parsed();
        assert!(p.application().is_some(), "{q}");
        assert_eq!(p.outcome(), None, "{q}");
    }
    // The approach does not matter for either.
    let p = State::from_query("budget=10&target=1&approach=bogus").parsed();
    assert!(p.outcome().is_some());
}

#[test]
fn zero_budget_and_zero_target_are_errors() {
    let p = State::from_query("budget=0&target=0").parsed();
    assert_eq!(p.budget, Err(AmountError::Zero));
    assert_eq!(p.target, Err(CountError::TooSmall { min: 1 }));
}

#[test]
fn approach_values() {
    let cases = [
        ("", ApproachInput::Unset),
        ("approach=", ApproachInput::Unset),
        ("approach=+", ApproachInput::Unset),
        ("approach=network", ApproachInput::Chosen(Approach::Network)),
        ("approach=NETWORK", ApproachInput::Chosen(Approach::Network)),
        ("approach=course", ApproachInput::Chosen(Approach::Course)),
        (
            "approach=forl%C3%B8b",
            ApproachInput::Chosen(Approach::Course),
        ),
        ("approach=hybrid", ApproachInput::Chosen(Approach::Hybrid)),
        ("approach=bogus", ApproachInput::Unknown("bogus".into())),
    ];
    for (q, expected) in cases {
        assert_eq!(State::from_query(q).parsed().approach, expected, "{q:?}");
    }
}

// ---- touched() ------------------------------------------------------------------

#[test]
fn touched_marks_exactly_the_fields_given_a_value() {
    let s = State::default();
    for f in Field::ALL {
        assert!(!s.touched(f));
    }
    let s = State::from_query("target=5&expenses=x");
    assert!(!s.touched(Field::Budget));
    assert!(s.touched(Field::Target));
    assert!(!s.touched(Field::Approach));
    assert!(!s.touched(Field::Hires));
    assert!(s.touched(Field::Expenses));
}

#[test]
fn touched_stays_after_the_user_clears_the_field() {
    let mut s = State::default();
    s.apply(Action::Set(Field::Budget, "12".into()));
    assert!(s.touched(Field::Budget));
    s.apply(Action::Set(Field::Budget, String::new()));
    assert!(s.touched(Field::Budget));
    assert_eq!(s.raw(Field::Budget), "");
    assert_eq!(s.parsed().budget, Err(AmountError::Empty));
    // The other fields are not affected.
    assert!(!s.touched(Field::Target));
}

#[test]
fn untouched_and_touched_empty_parse_the_same() {
    let untouched = State::default().parsed();
    let touched = state_with(&[(Field::Budget, ""), (Field::Target, "")]).parsed();
    assert_eq!(untouched, touched);
}

// ---- the reducer ----------------------------------------------------------------

#[cfg(not(feature = "lang-en"))]
#[test]
fn reduce_sets_one_field_and_leaves_the_old_state_alone() {
    let before = Rc::new(State::from_query("budget=5649208&target=230"));
    let after = before
        .clone()
        .reduce(Action::Set(Field::Approach, "network".into()));
    assert_eq!(after.raw(Field::Approach), "network");
    assert!(after.touched(Field::Approach));
    assert_eq!(after.raw(Field::Budget), "5649208");
    assert_eq!(after.raw(Field::Target), "230");
    // The old state is unchanged.
    assert_eq!(before.raw(Field::Approach), "");
    assert!(!before.touched(Field::Approach));
    assert_eq!(*before, State::from_query("budget=5649208&target=230"));
    assert_eq!(
        after.to_query(),
        "budget=5649208&target=230&approach=network"
    );
}

#[test]
fn reduce_keeps_exactly_what_was_typed() {
    let mut s = Rc::new(State::default());
    for value in ["1", "12", "12x", "12", " 1 234 567 kr. ", ""] {
        s = s.reduce(Action::Set(Field::Budget, value.into()));
        assert_eq!(s.raw(Field::Budget), value);
        assert!(s.touched(Field::Budget));
    }
    // No cut for typed values; the cut belongs to reading a URL.
    let long = "1".repeat(MAX_PARAM_CHARS + 10);
    let s = Rc::new(State::default()).reduce(Action::Set(Field::Hires, long.clone()));
    assert_eq!(s.raw(Field::Hires), long);
}

#[test]
fn reduce_matches_apply_and_from_query() {
    let mut applied = State::default();
    applied.apply(Action::Set(Field::Budget, "1000000".into()));
    applied.apply(Action::Set(Field::Target, "17".into()));
    let reduced = Rc::new(State::default())
        .reduce(Action::Set(Field::Budget, "1000000".into()))
        .reduce(Action::Set(Field::Target, "17".into()));
    assert_eq!(*reduced, applied);
    // Typing in the target: its problem waits; a pause ends that.
    assert!(!applied.done_with(Field::Target) && applied.done_with(Field::Budget));
    applied.apply(Action::Paused);
    assert_eq!(applied, State::from_query("budget=1000000&target=17"));
    // Leaving a control takes the inputs as they are then for the error summary.
    assert_eq!(applied.as_left(), None);
    applied.apply(Action::Set(Field::Target, "0".into()));
    applied.apply(Action::Left);
    assert!(applied.done_with(Field::Target));
    let left = applied.as_left().expect("focus has left a control");
    assert_eq!(left.raw(Field::Target), "0");
    applied.apply(Action::Set(Field::Target, "17".into()));
    assert_eq!(applied.as_left(), Some(left));
}

#[test]
fn to_query_round_trips_a_cleared_field() {
    // The user typed a budget and cleared it: touched, empty, shown as an error.
    let s = state_with(&[
        (Field::Budget, "5"),
        (Field::Budget, ""),
        (Field::Target, "10"),
    ]);
    assert!(s.touched(Field::Budget));
    let back = State::from_query(&s.to_query());
    assert_eq!(
        back.touched(Field::Budget),
        s.touched(Field::Budget),
        "via {:?}",
        s.to_query()
    );
    assert_eq!(back, s);
}

// ---- the pre-rendered page -------------------------------------------------------------

#[test]
fn what_was_typed_before_the_app_arrived_wins_over_the_url() {
    let typed = [
        ("budget".to_string(), "1.202.550".to_string()),
        ("approach".to_string(), "course".to_string()),
        ("level2".to_string(), "80".to_string()),
        ("unknown".to_string(), "x".to_string()),
    ];
    let state = State::from_query("?budget=5&target=17&lang=en").with_typed(&typed);
    assert_eq!(state.raw(Field::Budget), "1.202.550");
    assert_eq!(state.raw(Field::Target), "17");
    assert_eq!(state.raw(Field::Approach), "course");
    assert_eq!(state.expense_levels()[1], "80");
    assert_eq!(
        state.to_query(),
        "budget=1.202.550&target=17&approach=course&level2=80&lang=en"
    );
    // Nothing typed: the state is the URL's.
    let url = State::from_query("?budget=5&target=17");
    assert_eq!(url.clone().with_typed(&[]).to_query(), url.to_query());
}

#[test]
fn the_prerendered_view_goes_into_the_one_empty_slot() {
    use puljeberegner::prerender::{inject, PRERENDER_SLOT};
    let page = format!(r#"<body>{PRERENDER_SLOT}<script>x</script></body>"#);
    assert_eq!(
        inject(&page, "<h1>Puljeberegner</h1>").unwrap(),
        r#"<body><div id="app" data-prerendered=""><h1>Puljeberegner</h1></div><script>x</script></body>"#
    );
    // Twice is an error, not a page with two calculators; so is a page without the slot.
    let once = inject(&page, "<p>a</p>").unwrap();
    assert!(inject(&once, "<p>a</p>").is_err());
    assert!(inject("<body></body>", "<p>a</p>").is_err());
    assert!(inject(&format!("{PRERENDER_SLOT}{PRERENDER_SLOT}"), "<p>a</p>").is_err());
    // The reference part's place gets a link to its own file, the label as text.
    use puljeberegner::prerender::{fill_slot, reference_link, reference_page, REFERENCE_SLOT};
    let page = format!("<div id=\"app\"></div>{REFERENCE_SLOT}");
    assert_eq!(
        fill_slot(&page, REFERENCE_SLOT, &reference_link("Regler & <kilder>")).unwrap(),
        r#"<div id="app"></div><p class="container no-print" id="reference-src"><a href="reference.html">Regler &amp; &lt;kilder&gt;</a></p>"#
    );
    let file = reference_page(
        "da",
        "Regler – Puljeberegner",
        "<div id=\"reference\"></div>",
    );
    assert!(file.starts_with(r#"<!doctype html><html lang="da">"#));
    assert!(file.contains("<title>Regler – Puljeberegner</title>"));
    assert!(file.ends_with(r#"<body><div id="reference"></div></body></html>"#));
}

#[test]
fn the_page_guard_marks_an_embed_link_as_the_app_reads_it() {
    // index.html's guard script marks <html class="embedded"> before the wasm is there,
    // by its own reading of `embed`; it must accept exactly what the State does.
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let start = page.find("[?&]embed=(").expect("the guard's embed pattern") + "[?&]embed=(".len();
    let values: Vec<&str> = page[start..][..page[start..].find(')').unwrap()]
        .split('|')
        .collect();
    for value in &values {
        assert!(
            State::from_query(&format!("embed={value}")).embed(),
            "embed={value}"
        );
    }
    for value in ["0", "false", "nej", "no", "", "1x"] {
        assert_eq!(
            State::from_query(&format!("embed={value}")).embed(),
            values.contains(&value),
            "embed={value}"
        );
    }
}

#[test]
fn the_english_batch_page_gets_an_english_head() {
    use puljeberegner::prerender::{localize, EN_BATCH_HEAD};
    let batch = std::fs::read_to_string("batch.html").expect("batch.html");
    let english = localize(&batch, &EN_BATCH_HEAD).expect("every part of the head is found");
    assert!(english.contains(r#"<html lang="en">"#));
    assert!(english.contains("<title>Check many applications – Grant calculator</title>"));
    assert!(english.contains(EN_BATCH_HEAD.description));
    assert!(english.contains(EN_BATCH_HEAD.noscript));
    for danish in ["Tjek mange", "kræver JavaScript", r#"lang="da""#] {
        assert!(!english.contains(danish), "{danish} is left");
    }
}

#[test]
fn the_english_page_gets_an_english_head() {
    use puljeberegner::prerender::{localize, EN_HEAD};
    let index = std::fs::read_to_string("index.html").expect("index.html");
    let english = localize(&index, &EN_HEAD).expect("every part of the head is found");
    assert!(english.contains(r#"<html lang="en">"#));
    assert!(english.contains(&format!("<title>{}</title>", EN_HEAD.title)));
    assert!(english.contains(EN_HEAD.description));
    assert!(english.contains(EN_HEAD.noscript));
    for danish in ["Beregn enhedspris", "kræver JavaScript", r#"lang="da""#] {
        assert!(!english.contains(danish), "{danish} is left");
    }
    // Anything else of the page is unchanged.
    assert_eq!(
        english.lines().count(),
        index.lines().count(),
        "only text inside lines changes"
    );
    assert!(localize("<html><head></head></html>", &EN_HEAD).is_err());
}

#[test]
fn only_what_differs_from_the_link_counts_as_typed_before_the_app() {
    let state = State::from_query("budget=5649208&target=230&approach=network&level2=80");
    let pairs = |p: &[(&str, &str)]| -> Vec<(String, String)> {
        p.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    };
    // The figures module wrote the link's values into the form: nothing typed.
    let written = pairs(&[
        ("budget", "5649208"),
        ("target", "230"),
        ("approach", "network"),
        ("level2", "80"),
    ]);
    assert!(state.typed_changes(&written).is_empty());
    // The reader changed the target and a level, and filled in the hires.
    let typed = pairs(&[
        ("budget", "5649208"),
        ("target", "200"),
        ("hires", "12"),
        ("level2", "75"),
    ]);
    assert_eq!(
        state.typed_changes(&typed),
        pairs(&[("target", "200"), ("hires", "12"), ("level2", "75")])
    );
}
