//! Property tests of the domain: payout bounds and monotonicity, parse/format round trip.

use proptest::prelude::*;
use puljeberegner::domain::amount_input::{parse_amount, MAX_AMOUNT};
use puljeberegner::domain::count_input::parse_target;
use puljeberegner::domain::money::{Money, NumberFormat};
use puljeberegner::domain::payout::{payout, unit_price, Application, Outcome};

fn application() -> impl Strategy<Value = Application> {
    (1..=MAX_AMOUNT.ore(), 1u32..=100_000).prop_map(|(ore, target)| Application {
        budget: Money::from_ore(ore),
        target,
    })
}

proptest! {
    #[test]
    fn small_sort_equals_the_standard_stable_sort(items in proptest::collection::vec((0u8..5, any::<u16>()), 0..30)) {
        // Sorting on the first field only: equal keys must keep their order (stable).
        let mut ours = items.clone();
        puljeberegner::domain::small_sort::sort_small_by_key(&mut ours, |p| p.0);
        let mut std_sorted = items;
        std_sorted.sort_by_key(|p| p.0);
        prop_assert_eq!(ours, std_sorted);
    }

    #[test]
    fn payout_is_never_above_the_grant(app in application(), hires in 0u32..300_000, e in 0..=MAX_AMOUNT.ore()) {
        let p = payout(app, Outcome { hires, expenses: Money::from_ore(e) });
        prop_assert!(p.total <= app.budget);
        prop_assert!(p.total >= Money::ZERO);
        prop_assert!(p.interim <= app.budget.half());
        prop_assert_eq!(p.interim + p.final_payment, p.total);
        prop_assert_eq!(p.total + p.own_financing, Money::from_ore(e));
    }

    #[test]
    fn total_payout_never_decreases_in_hires(app in application(), h in 0u32..200_000, e in 0..=MAX_AMOUNT.ore()) {
        let expenses = Money::from_ore(e);
        let a = payout(app, Outcome { hires: h, expenses });
        let b = payout(app, Outcome { hires: h + 1, expenses });
        prop_assert!(b.total >= a.total);
    }

    #[test]
    fn total_payout_never_decreases_in_expenses(app in application(), hires in 0u32..200_000, e in 0..MAX_AMOUNT.ore(), more in 1i64..1_000_000) {
        let a = payout(app, Outcome { hires, expenses: Money::from_ore(e) });
        let b = payout(app, Outcome { hires, expenses: Money::from_ore(e + more) });
        prop_assert!(b.total >= a.total);
    }

    #[test]
    fn parse_of_format_is_identity(ore in 0..=MAX_AMOUNT.ore()) {
        let m = Money::from_ore(ore);
        prop_assert_eq!(parse_amount(&m.format(NumberFormat::Danish)), Ok(m));
        prop_assert_eq!(parse_amount(&m.to_number(NumberFormat::Danish)), Ok(m));
    }

    #[test]
    fn unit_price_times_target_never_exceeds_the_budget(app in application()) {
        let price = unit_price(app);
        prop_assert!(price.ore() * i64::from(app.target) <= app.budget.ore());
        prop_assert_eq!(price.ore() % 100, 0);
        // And it is the largest whole-krone price that does so.
        prop_assert!((price.ore() + 100) * i64::from(app.target) > app.budget.ore());
    }

    #[test]
    fn parsers_never_panic(s in "\\PC{0,40}") {
        let _ = parse_amount(&s);
        let _ = parse_target(&s);
    }

    #[test]
    fn parsers_never_panic_on_amount_like_text(s in "[0-9 .,\\-kr]{0,30}") {
        let _ = parse_amount(&s);
        let _ = parse_target(&s);
    }
}
