//! Pieces of text to rows (one baseline across the page), and rows to lines in reading
//! order, two columns where the page has a gutter.

use super::{Item, Page, is_cjk};

/// Pieces of text on one baseline, left to right.
#[derive(Debug)]
pub struct Row<'a> {
    pub items: Vec<&'a Item>,
    /// The baseline, from the top of the page.
    pub y: f64,
    pub text: String,
}

/// Where a line sits: across the page, or in one of two columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Whole,
    Left,
    Right,
}

/// A line of text and the measures that tell where paragraphs end.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    pub page: usize,
    /// Rows that are not split by the gutter end a run of columns.
    pub section: usize,
    pub column: Column,
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub size: f64,
    /// The width of the first word (of the first character, for CJK).
    pub first_word: f64,
    /// The edges of the text block the line belongs to.
    pub left: f64,
    pub right: f64,
}

fn usable(item: &Item) -> bool {
    !item.text.is_empty()
        && [item.x, item.y, item.width, item.height]
            .iter()
            .all(|v| v.is_finite())
        && item.height > 0.0
}

fn solid(item: &Item) -> bool {
    !item.text.trim().is_empty()
}

/// The page's rows, top to bottom.
pub fn rows(page: &Page) -> Vec<Row<'_>> {
    let mut items: Vec<&Item> = page.items.iter().filter(|i| usable(i)).collect();
    items.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut groups: Vec<(f64, f64, Vec<&Item>)> = Vec::new();
    for item in items {
        match groups.last_mut() {
            Some((y, size, group)) if (item.y - *y).abs() <= 0.4 * item.height.max(*size) => {
                *size = size.max(item.height);
                group.push(item);
            }
            _ => groups.push((item.y, item.height, vec![item])),
        }
    }
    groups
        .into_iter()
        .filter(|(_, _, group)| group.iter().any(|i| solid(i)))
        .map(|(_, _, mut group)| {
            group.sort_by(|a, b| a.x.total_cmp(&b.x));
            let y = group.iter().find(|i| solid(i)).map_or(0.0, |i| i.y);
            Row {
                text: join_items(&group),
                items: group,
                y,
            }
        })
        .collect()
}

/// The pieces of one line as text: a space where the gap between two pieces is wider
/// than a narrow space (wider still between CJK, which pdf.js splits at font changes).
fn join_items(items: &[&Item]) -> String {
    let mut text = String::new();
    let mut previous: Option<&Item> = None;
    for item in items {
        if let Some(before) = previous {
            // The same text drawn twice, a little offset, is fake bold.
            if item.text == before.text && (item.x - before.x).abs() < 0.2 * item.height {
                continue;
            }
            let gap = item.x - (before.x + before.width);
            let last = text.chars().last().unwrap_or(' ');
            let first = item.text.chars().next().unwrap_or(' ');
            let narrow = if is_cjk(last) && is_cjk(first) {
                0.8
            } else {
                0.15
            };
            if !last.is_whitespace() && !first.is_whitespace() && gap > narrow * item.height {
                text.push(' ');
            }
        }
        text.push_str(&item.text);
        previous = Some(item);
    }
    // A soft hyphen inside a line is invisible; only one at the end means anything.
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = text.trim_end_matches('\u{AD}').len();
    let (body, tail) = text.split_at(end);
    body.replace('\u{AD}', "") + tail
}

/// A line from some pieces of a row.
fn line(items: &[&Item], page: usize, section: usize, column: Column) -> Option<Line> {
    let solids: Vec<&Item> = items.iter().copied().filter(|i| solid(i)).collect();
    let first = solids.first()?;
    let size = solids
        .iter()
        .max_by_key(|i| i.text.chars().count())
        .map_or(first.height, |i| i.height);
    let text = join_items(items);
    if text.is_empty() {
        return None;
    }
    let chars = first.text.trim_start().chars();
    let count = first.text.chars().count().max(1) as f64;
    let word = match first.text.trim_start().chars().next() {
        Some(c) if is_cjk(c) => 1,
        _ => chars.take_while(|c| !c.is_whitespace()).count(),
    };
    Some(Line {
        text,
        page,
        section,
        column,
        x0: first.x,
        x1: solids
            .iter()
            .map(|i| i.x + i.width)
            .fold(f64::MIN, f64::max),
        y: first.y,
        size,
        first_word: first.width * word as f64 / count,
        left: 0.0,
        right: 0.0,
    })
}

/// A row's ink as intervals, with gaps narrower than 0.6 of the font size closed.
fn coverage(row: &Row) -> Vec<(f64, f64)> {
    let mut spans: Vec<(f64, f64)> = Vec::new();
    for item in &row.items {
        let (start, end) = (item.x, item.x + item.width.max(0.0));
        match spans.last_mut() {
            Some((_, last)) if start - *last < 0.6 * item.height => *last = last.max(end),
            _ => spans.push((start, end)),
        }
    }
    spans
}

/// The x of a gutter between two columns, if the page has one.
fn gutter(rows: &[Row], width: f64) -> Option<f64> {
    let n = rows.len();
    if n < 6 || width <= 0.0 {
        return None;
    }
    let spans: Vec<Vec<(f64, f64)>> = rows.iter().map(coverage).collect();
    let (from, to) = ((width * 0.3) as usize, (width * 0.7) as usize);
    let mut best: Option<(usize, usize, usize)> = None; // (crossing, run start, run length)
    let mut run: Option<(usize, usize, usize)> = None;
    for x in from..=to {
        let at = x as f64;
        let crossing = spans
            .iter()
            .filter(|s| s.iter().any(|&(a, b)| a < at && at < b))
            .count();
        let left = spans
            .iter()
            .filter(|s| s.iter().any(|&(_, b)| b <= at))
            .count();
        let right = spans
            .iter()
            .filter(|s| s.iter().any(|&(a, _)| a >= at))
            .count();
        let open = crossing * 10 <= n && left * 3 >= n && right * 3 >= n;
        run = match (open, run) {
            (true, Some((c, start, len))) if c == crossing => Some((c, start, len + 1)),
            (true, _) => Some((crossing, x, 1)),
            (false, _) => None,
        };
        if let Some(candidate) = run {
            let better = best.is_none_or(|(c, _, len)| {
                candidate.0 < c || (candidate.0 == c && candidate.2 > len)
            });
            if better {
                best = Some(candidate);
            }
        }
    }
    best.filter(|&(_, _, len)| len >= 4)
        .map(|(_, start, len)| start as f64 + len as f64 / 2.0)
}

/// The page's lines in reading order. Lines in columns get the edges of their column
/// here; lines across the page get theirs from [`settle_edges`].
pub fn order(page: usize, rows: &[Row], width: f64) -> Vec<Line> {
    let gutter = gutter(rows, width);
    let mut lines = Vec::new();
    let (mut left, mut right) = (Vec::new(), Vec::new());
    let mut section = 0;
    for row in rows {
        let spans = coverage(row);
        match gutter.filter(|&g| spans.iter().all(|&(a, b)| !(a < g && g < b))) {
            Some(g) => {
                let (l, r): (Vec<&Item>, Vec<&Item>) =
                    row.items.iter().partition(|i| i.x + i.width / 2.0 < g);
                left.extend(line(&l, page, section, Column::Left));
                right.extend(line(&r, page, section, Column::Right));
            }
            None => {
                if !left.is_empty() || !right.is_empty() {
                    lines.extend(with_edges(std::mem::take(&mut left)));
                    lines.extend(with_edges(std::mem::take(&mut right)));
                    section += 1;
                }
                lines.extend(line(&row.items, page, section, Column::Whole));
            }
        }
    }
    lines.extend(with_edges(left));
    lines.extend(with_edges(right));
    lines
}

/// Gives lines across the page the edges of their page's text, or of the whole
/// document's when their page has too few such lines to tell (a last page of two lines).
pub fn settle_edges(lines: &mut [Line]) {
    let whole = |line: &&mut Line| line.column == Column::Whole;
    let edges = |lines: &[&Line]| {
        let left = lines.iter().map(|l| l.x0).fold(f64::MAX, f64::min);
        let right = lines.iter().map(|l| l.x1).fold(f64::MIN, f64::max);
        (left, right)
    };
    let all: Vec<&Line> = lines.iter().filter(|l| l.column == Column::Whole).collect();
    let document = edges(&all);
    let pages = lines.iter().map(|l| l.page + 1).max().unwrap_or(0);
    let mut per_page = vec![None; pages];
    for (page, slot) in per_page.iter_mut().enumerate() {
        let on_page: Vec<&Line> = all.iter().copied().filter(|l| l.page == page).collect();
        if on_page.len() >= 5 {
            *slot = Some(edges(&on_page));
        }
    }
    for line in lines.iter_mut().filter(whole) {
        (line.left, line.right) = per_page[line.page].unwrap_or(document);
    }
}

fn with_edges(mut lines: Vec<Line>) -> Vec<Line> {
    let left = lines.iter().map(|l| l.x0).fold(f64::MAX, f64::min);
    let right = lines.iter().map(|l| l.x1).fold(f64::MIN, f64::max);
    for line in &mut lines {
        line.left = left;
        line.right = right;
    }
    lines
}
