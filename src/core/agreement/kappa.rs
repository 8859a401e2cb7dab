//! Cohen's kappa (two raters) and Fleiss' kappa (any fixed number of raters per item).

use std::collections::HashMap;
use std::hash::Hash;

use super::{Chance, ratio};

/// Cohen's kappa of two raters who rated the same items, `a[i]` and `b[i]` being their
/// categories for item `i`.
///
/// `p_o` is the share of items on which they agree; `p_e = Σ_k (n_ak / N)(n_bk / N)`,
/// where `n_ak` is how many items rater `a` put in category `k`: each rater's own
/// marginals (Cohen, J. 1960, "A coefficient of agreement for nominal scales",
/// *Educational and Psychological Measurement* 20(1), 37–46).
///
/// `None` when there are no items or the two lists differ in length. Symmetric in `a`
/// and `b`: the sums are of whole counts, divided once.
pub fn cohen_kappa<C: Eq + Hash>(a: &[C], b: &[C]) -> Option<Chance> {
    if a.is_empty() || a.len() != b.len() {
        return None;
    }
    let mut index = HashMap::new();
    let mut counts: Vec<[u64; 2]> = Vec::new();
    let mut agree = 0u64;
    for (x, y) in a.iter().zip(b) {
        for (rater, value) in [x, y].into_iter().enumerate() {
            let k = *index.entry(value).or_insert_with(|| {
                counts.push([0, 0]);
                counts.len() - 1
            });
            counts[k][rater] += 1;
        }
        agree += u64::from(x == y);
    }
    let n = a.len() as u64;
    let chance: u64 = counts.iter().map(|[x, y]| x * y).sum();
    Some(Chance {
        observed: ratio(agree, n),
        expected: ratio(chance, n * n),
    })
}

/// Fleiss' kappa from a table of counts: `table[i][k]` is how many raters put item `i`
/// in category `k`, and every row adds up to the same number of raters `n ≥ 2`.
///
/// `P_i = (Σ_k n_ik² − n) / (n(n − 1))` is the share of agreeing rater pairs on item
/// `i`, and `P̄` their mean; `P̄_e = Σ_k p_k²`, with `p_k` the share of all ratings in
/// category `k`: pooled marginals, as in Scott's pi (Fleiss, J. L. 1971, "Measuring
/// nominal scale agreement among many raters", *Psychological Bulletin* 76(5),
/// 378–382).
///
/// `None` when the table has no rows, the rows' sums differ, or fewer than two raters
/// rated each item.
pub fn fleiss_kappa<R: AsRef<[u64]>>(table: &[R]) -> Option<Chance> {
    let raters: u64 = table.first()?.as_ref().iter().sum();
    if raters < 2
        || table
            .iter()
            .any(|row| row.as_ref().iter().sum::<u64>() != raters)
    {
        return None;
    }
    let items = table.len() as u64;
    let width = table
        .iter()
        .map(|row| row.as_ref().len())
        .max()
        .unwrap_or(0);
    let mut totals = vec![0u64; width];
    let mut squares = 0u64;
    for row in table {
        for (k, &count) in row.as_ref().iter().enumerate() {
            totals[k] += count;
            squares += count * count;
        }
    }
    let all = items * raters;
    Some(Chance {
        observed: ratio(squares - all, all * (raters - 1)),
        expected: ratio(totals.iter().map(|t| t * t).sum(), all * all),
    })
}

/// The table [`fleiss_kappa`] reads, from each rater's categories for the same items
/// (`raters[r][i]`); categories are numbered as they first appear. `None` when the
/// raters rated different numbers of items.
pub fn category_counts<C: Eq + Hash, R: AsRef<[C]>>(raters: &[R]) -> Option<Vec<Vec<u64>>> {
    let items = raters.first()?.as_ref().len();
    if raters.iter().any(|r| r.as_ref().len() != items) {
        return None;
    }
    let mut index = HashMap::new();
    let mut table = vec![Vec::new(); items];
    for rater in raters {
        for (row, value) in table.iter_mut().zip(rater.as_ref()) {
            let next = index.len();
            let k = *index.entry(value).or_insert(next);
            if row.len() <= k {
                row.resize(k + 1, 0);
            }
            row[k] += 1;
        }
    }
    Some(table)
}
