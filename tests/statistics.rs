use cornered::model::stats::{bound_text, percent_text, wilson};

#[test]
fn wilson_96_of_100_is_90_2_to_98_4() {
    let i = wilson(96, 100).unwrap();
    assert_eq!(
        (bound_text(i.low), bound_text(i.high)),
        ("90.2%".into(), "98.4%".into())
    );
}

#[test]
fn wilson_known_values() {
    // Reference values from the closed-form Wilson score interval (z = 1.96).
    let check = |k, n, low: &str, high: &str| {
        let i = wilson(k, n).unwrap();
        assert_eq!(
            (bound_text(i.low), bound_text(i.high)),
            (low.to_string(), high.to_string()),
            "{k}/{n}"
        );
    };
    check(0, 100, "0.0%", "3.7%");
    check(100, 100, "96.3%", "100.0%");
    check(50, 100, "40.4%", "59.6%");
    check(69, 500, "11.1%", "17.1%");
}

#[test]
fn wilson_stays_inside_zero_and_one_and_contains_the_rate() {
    for n in [1, 7, 100, 500] {
        for k in 0..=n {
            let i = wilson(k, n).unwrap();
            let p = f64::from(k) / f64::from(n);
            assert!(0.0 <= i.low && i.low <= p + 1e-12 && p <= i.high + 1e-12 && i.high <= 1.0);
        }
    }
}

#[test]
fn wilson_refuses_impossible_counts() {
    assert!(wilson(1, 0).is_none());
    assert!(wilson(5, 4).is_none());
}

#[test]
fn percentages_keep_the_studys_digits() {
    for (text, shown) in [
        ("0.96", "96%"),
        ("0.00", "0%"),
        ("1.00", "100%"),
        ("0.138", "13.8%"),
        ("0.065", "6.5%"),
        ("0.551", "55.1%"),
        ("0.5", "50%"),
        ("0.01", "1%"),
    ] {
        assert_eq!(percent_text(text), shown, "{text}");
    }
}
