//! Commitments in a Chinese sentence: a directive (`要`, `确保`, `坚持……原则`, a heading
//! such as `一是加快……`), an obligation (`必须`, `务必`, `应当`), a prohibition (`不得`,
//! `严禁`, `不要`), a target (`力争`, `目标是`), a plan (`计划于`, `拟`, `将于`), a pledge
//! (`承诺`) or an actor's future action (`公司将……`); not a forecast (`预计将增长`), a past
//! deed or `要` inside another word (`重要`, `主要`, `只要`).

mod decisions;
mod duties;
mod future;
mod heading;
mod markers;
mod plans;

use super::Hit;
use super::better;

/// The surest commitment cue in `s`; `has_metric` tells whether `s` holds a measure (a
/// bare heading verb with a figure is usually a past deed).
pub(super) fn find(s: &str, has_metric: bool) -> Option<Hit> {
    let mut best = None;
    for hit in markers::all(s)
        .into_iter()
        .chain(future::find(s))
        .chain(heading::find(s, has_metric))
    {
        best = better(best, hit);
    }
    best
}
