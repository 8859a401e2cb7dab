//! Krippendorff's alpha for nominal data, with missing values.

use std::collections::HashMap;
use std::hash::Hash;

use super::{Chance, ratio};

/// Krippendorff's alpha, nominal, from the reliability data matrix: `raters[r][u]` is
/// rater `r`'s value for unit `u`, `None` where the rater did not rate it (a shorter
/// row is missing its last units).
///
/// Only units with at least two values are pairable. With `n_uc` the number of values
/// `c` in unit `u`, `m_u` the unit's number of values and `n = Σ m_u` (over pairable
/// units), `n_c` the total of value `c`:
///
/// - observed agreement `A_o = (1/n) Σ_u Σ_c n_uc (n_uc − 1) / (m_u − 1)` (the diagonal
///   of the coincidence matrix), so `D_o = 1 − A_o`;
/// - expected agreement `A_e = Σ_c n_c (n_c − 1) / (n (n − 1))`, so `D_e = 1 − A_e`;
/// - `α = 1 − D_o / D_e = (A_o − A_e) / (1 − A_e)`.
///
/// (Krippendorff, K. 2011, "Computing Krippendorff's Alpha-Reliability", Annenberg
/// School for Communication, University of Pennsylvania, sections A–C.) `None` when no
/// unit is pairable.
pub fn krippendorff_alpha<C: Eq + Hash, R: AsRef<[Option<C>]>>(raters: &[R]) -> Option<Chance> {
    let units = raters.iter().map(|r| r.as_ref().len()).max()?;
    let mut index = HashMap::new();
    let mut totals: Vec<u64> = Vec::new();
    let mut diagonal = 0.0;
    let mut pairable = 0u64;
    let mut in_unit: Vec<u64> = Vec::new();
    for u in 0..units {
        in_unit.iter_mut().for_each(|n| *n = 0);
        let values = raters.iter().filter_map(|r| r.as_ref().get(u)?.as_ref());
        for value in values {
            let next = index.len();
            let c = *index.entry(value).or_insert(next);
            if in_unit.len() <= c {
                in_unit.resize(c + 1, 0);
            }
            in_unit[c] += 1;
        }
        let m: u64 = in_unit.iter().sum();
        if m < 2 {
            continue;
        }
        pairable += m;
        let same: u64 = in_unit.iter().map(|n| n * n.saturating_sub(1)).sum();
        diagonal += ratio(same, m - 1);
        totals.resize(in_unit.len(), 0);
        for (total, n) in totals.iter_mut().zip(&in_unit) {
            *total += n;
        }
    }
    if pairable == 0 {
        return None;
    }
    let chance: u64 = totals.iter().map(|n| n * n.saturating_sub(1)).sum();
    Some(Chance {
        observed: diagonal / pairable as f64,
        expected: ratio(chance, pairable * (pairable - 1)),
    })
}
