//! The agreement statistics against worked examples from the literature (the expected
//! figures cited with their source), their degenerate cases, and their properties.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sentag::core::agreement::{
    Chance, Scores, category_counts, cohen_kappa, fleiss_kappa, krippendorff_alpha,
};

fn close(actual: f64, expected: f64, places: i32) {
    let tolerance = 0.5 * 10f64.powi(-places);
    assert!(
        (actual - expected).abs() <= tolerance,
        "{actual} is not {expected} to {places} places"
    );
}

/// Two raters' answers from a 2×2 table: `[[yes-yes, yes-no], [no-yes, no-no]]`, rows
/// being rater A's answer.
fn from_table(table: [[usize; 2]; 2]) -> (Vec<bool>, Vec<bool>) {
    let mut a = Vec::new();
    let mut b = Vec::new();
    for (i, row) in table.iter().enumerate() {
        for (j, &count) in row.iter().enumerate() {
            a.extend(std::iter::repeat_n(i == 0, count));
            b.extend(std::iter::repeat_n(j == 0, count));
        }
    }
    (a, b)
}

fn kappa(chance: Option<Chance>) -> f64 {
    chance
        .and_then(|c| c.corrected())
        .expect("a defined coefficient")
}

#[test]
fn cohen_matches_the_fifty_proposals_example() {
    // Wikipedia, "Cohen's kappa", simple example: 50 grant proposals read by A and B;
    // both yes 20, A yes and B no 5, A no and B yes 10, both no 15:
    // p_o = 0.7, p_e = 0.5, κ = 0.4.
    let (a, b) = from_table([[20, 5], [10, 15]]);
    let c = cohen_kappa(&a, &b).unwrap();
    close(c.observed, 0.7, 12);
    close(c.expected, 0.5, 12);
    close(kappa(Some(c)), 0.4, 12);
}

#[test]
fn cohen_tells_apart_tables_with_the_same_agreement() {
    // Wikipedia, "Cohen's kappa", "Same percentages but different numbers": both tables
    // agree on 60 of 100 items, κ = 0.1304 and κ = 0.2593.
    let (a, b) = from_table([[45, 15], [25, 15]]);
    close(kappa(cohen_kappa(&a, &b)), 0.1304, 4);
    let (a, b) = from_table([[25, 35], [5, 35]]);
    close(kappa(cohen_kappa(&a, &b)), 0.2593, 4);
}

#[test]
fn fleiss_matches_the_fourteen_raters_example() {
    // Wikipedia, "Fleiss' kappa", worked example: 14 raters, 10 items, 5 categories;
    // P̄ = 0.378, P̄_e = 0.213, κ = 0.210.
    let table: [[u64; 5]; 10] = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ];
    let c = fleiss_kappa(&table).unwrap();
    close(c.observed, 0.378, 3);
    close(c.expected, 0.213, 3);
    close(kappa(Some(c)), 0.210, 3);
}

/// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
/// observers, twelve units, values 1–5, missing values blank.
fn krippendorff_2011() -> Vec<Vec<Option<u8>>> {
    let rows: [[u8; 12]; 4] = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3],
        [0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0],
    ];
    rows.iter()
        .map(|r| r.iter().map(|&v| (v > 0).then_some(v)).collect())
        .collect()
}

#[test]
fn alpha_matches_krippendorffs_own_example_with_missing_values() {
    // Nominal α = 0.743 (the same paper; 40 pairable values, unit 12 has only one).
    close(kappa(krippendorff_alpha(&krippendorff_2011())), 0.743, 3);
}

#[test]
fn alpha_matches_the_three_coders_example() {
    // Wikipedia, "Krippendorff's alpha", computational example: three coders, fifteen
    // units, many missing; nominal α = 0.691.
    let rows: [[u8; 15]; 3] = [
        [0, 0, 0, 0, 0, 3, 4, 1, 2, 1, 1, 3, 3, 0, 3],
        [1, 0, 2, 1, 3, 3, 4, 3, 0, 0, 0, 0, 0, 0, 0],
        [0, 0, 2, 1, 3, 4, 4, 0, 2, 1, 1, 3, 3, 0, 4],
    ];
    let rows: Vec<Vec<Option<u8>>> = rows
        .iter()
        .map(|r| r.iter().map(|&v| (v > 0).then_some(v)).collect())
        .collect();
    close(kappa(krippendorff_alpha(&rows)), 0.691, 3);
}

#[test]
fn the_counts_table_is_built_from_raters_rows() {
    let raters = [vec!['x', 'y', 'x'], vec!['x', 'x', 'z']];
    assert_eq!(
        category_counts(&raters).unwrap(),
        [vec![2], vec![1, 1], vec![1, 0, 1]]
    );
    assert_eq!(category_counts(&[vec![1], vec![1, 2]]), None);
    let table = category_counts(&raters).unwrap();
    assert!(fleiss_kappa(&table).is_some());
}

#[test]
fn one_category_everywhere_has_no_coefficient_and_does_not_panic() {
    let all_no = vec![false; 12];
    let c = cohen_kappa(&all_no, &all_no).unwrap();
    assert_eq!((c.observed, c.expected, c.corrected()), (1.0, 1.0, None));
    let table = category_counts(&[all_no.clone(), all_no.clone(), all_no.clone()]).unwrap();
    assert_eq!(fleiss_kappa(&table).unwrap().corrected(), None);
    let rows: Vec<Vec<Option<bool>>> = vec![vec![Some(true); 5], vec![Some(true); 5]];
    assert_eq!(krippendorff_alpha(&rows).unwrap().corrected(), None);
}

#[test]
fn nothing_to_measure_is_none() {
    assert_eq!(cohen_kappa::<bool>(&[], &[]), None);
    assert_eq!(cohen_kappa(&[true], &[true, false]), None);
    assert_eq!(fleiss_kappa::<[u64; 2]>(&[]), None);
    assert_eq!(fleiss_kappa(&[[1, 0]]), None, "one rater");
    assert_eq!(fleiss_kappa(&[vec![1, 1], vec![3]]), None, "rows differ");
    let lonely: Vec<Vec<Option<u8>>> = vec![vec![Some(1), None], vec![None, Some(2)]];
    assert_eq!(krippendorff_alpha(&lonely), None, "no unit has two values");
    assert_eq!(krippendorff_alpha::<u8, Vec<Option<u8>>>(&[]), None);
}

#[test]
fn scores_count_hits_misses_and_false_alarms() {
    let found = [true, true, false, false, true];
    let key = [true, false, true, false, true];
    let s = Scores::of(&found, &key);
    assert_eq!(
        (s.true_positives, s.false_positives, s.false_negatives),
        (2, 1, 1)
    );
    close(s.precision().unwrap(), 2.0 / 3.0, 12);
    close(s.recall().unwrap(), 2.0 / 3.0, 12);
    close(s.f1(), 2.0 / 3.0, 12);
}

#[test]
fn scores_with_nothing_to_find() {
    let none = Scores::of(&[false; 4], &[false; 4]);
    assert_eq!(
        (none.precision(), none.recall(), none.f1()),
        (None, None, 1.0)
    );
    let false_alarm = Scores::of(&[true, false], &[false, false]);
    assert_eq!(false_alarm.precision(), Some(0.0));
    assert_eq!((false_alarm.recall(), false_alarm.f1()), (None, 0.0));
    let missed = Scores::of(&[false, false], &[false, true]);
    assert_eq!((missed.precision(), missed.recall()), (None, Some(0.0)));
    assert_eq!(missed.f1(), 0.0);
    assert_eq!(Scores::of(&[true], &[]), Scores::one(true, false));
}

fn two_categories(items: &[bool]) -> bool {
    items.contains(&true) && items.contains(&false)
}

fn ratings() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..3, 1..40)
}

fn raters(count: std::ops::Range<usize>) -> impl Strategy<Value = Vec<Vec<bool>>> {
    (1usize..30, count).prop_flat_map(|(items, n)| {
        prop::collection::vec(prop::collection::vec(any::<bool>(), items), n)
    })
}

proptest! {
    #[test]
    fn a_rater_agrees_fully_with_itself(a in prop::collection::vec(any::<bool>(), 1..40)) {
        let c = cohen_kappa(&a, &a).unwrap();
        prop_assert_eq!(c.observed, 1.0);
        if two_categories(&a) {
            prop_assert_eq!(c.corrected(), Some(1.0));
        } else {
            prop_assert_eq!(c.corrected(), None);
        }
    }

    #[test]
    fn cohen_is_symmetric_and_within_bounds((a, b) in (1usize..40).prop_flat_map(|n| (
        prop::collection::vec(0u8..3, n), prop::collection::vec(0u8..3, n)))) {
        let ab = cohen_kappa(&a, &b).unwrap();
        prop_assert_eq!(ab, cohen_kappa(&b, &a).unwrap());
        if let Some(k) = ab.corrected() {
            prop_assert!((-1.0..=1.0).contains(&k), "κ = {}", k);
        }
    }

    #[test]
    fn fleiss_is_one_for_identical_raters_and_within_bounds(rows in raters(2..6), a in ratings()) {
        let same = vec![a.clone(); rows.len()];
        let k = fleiss_kappa(&category_counts(&same).unwrap()).unwrap().corrected();
        let varied = a.iter().any(|v| *v != a[0]);
        prop_assert_eq!(k, varied.then_some(1.0));
        let n = rows.len() as f64;
        if let Some(k) = fleiss_kappa(&category_counts(&rows).unwrap()).unwrap().corrected() {
            prop_assert!(k <= 1.0 + 1e-12 && k >= -1.0 / (n - 1.0) - 1e-12, "κ = {}", k);
        }
    }

    #[test]
    fn alpha_stays_within_its_bounds(rows in prop::collection::vec(
        prop::collection::vec(prop::option::of(0u8..4), 0..25), 2..6)) {
        if let Some(a) = krippendorff_alpha(&rows).and_then(|c| c.corrected()) {
            prop_assert!((-1.0 - 1e-12..=1.0 + 1e-12).contains(&a), "α = {}", a);
        }
    }

    #[test]
    fn alpha_is_one_when_raters_agree_wherever_both_rated(
        truth in prop::collection::vec(0u8..3, 2..25),
        holes in prop::collection::vec(prop::collection::vec(any::<bool>(), 25), 2..5),
    ) {
        let rows: Vec<Vec<Option<u8>>> = holes
            .iter()
            .map(|h| truth.iter().zip(h).map(|(v, keep)| keep.then_some(*v)).collect())
            .collect();
        if let Some(c) = krippendorff_alpha(&rows) {
            prop_assert_eq!(c.observed, 1.0);
            prop_assert!(c.corrected().is_none_or(|a| (a - 1.0).abs() < 1e-12));
        }
    }

    #[test]
    fn the_reference_scores_one_against_itself(key in prop::collection::vec(any::<bool>(), 0..40)) {
        let s = Scores::of(&key, &key);
        prop_assert_eq!(s.f1(), 1.0);
        prop_assert_eq!(s.false_positives + s.false_negatives, 0);
    }

    #[test]
    fn scores_add_up_over_parts(found in prop::collection::vec(any::<bool>(), 0..40),
                                key in prop::collection::vec(any::<bool>(), 0..40)) {
        let whole = Scores::of(&found, &key);
        let parts: Scores = (0..found.len().max(key.len()))
            .map(|i| Scores::one(found.get(i) == Some(&true), key.get(i) == Some(&true)))
            .sum();
        prop_assert_eq!(whole, parts);
        let f1 = whole.f1();
        prop_assert!((0.0..=1.0).contains(&f1));
    }
}
