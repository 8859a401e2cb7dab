//! Scores the suggestion rules against the labelled sets in `tests/fixtures/suggest/`:
//! precision, recall and F1 per tag and language, and macro-F1 per language, for the
//! texts the rules were tuned on (`dev/`) and the texts held out (`heldout/`, and
//! `heldout2/` by a second author); then the
//! time to suggest for 10,000 sentences.
//!
//! `cargo run --release --example suggest_eval [-- --misses dev|heldout]` also lists each
//! wrong or missed suggestion of that set.
//!
//! For scale it also scores a baseline: a dozen marker words per tag and language, a
//! sentence tagged when it holds one (`--baseline`).
//!
//! A labelled file is JSON Lines, one document per line:
//! `{"lang": "zh", "name": "...", "sentences": [{"text": "...", "tags": ["metrics"]}]}`.

use std::collections::BTreeMap;
use std::time::Instant;

#[path = "support/labelled.rs"]
mod labelled;

use labelled::{Doc, read_set};
use sentag::core::suggest::{ATTENDEES, COMMITMENTS, Context, Lang, METRICS, suggest};

const TAGS: [&str; 3] = [COMMITMENTS, METRICS, ATTENDEES];

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// A dozen marker words per tag and language: the baseline the issue measures against.
const MARKERS: [(&str, &str, &[&str]); 6] = [
    (
        COMMITMENTS,
        "zh",
        &[
            "要",
            "将",
            "务必",
            "确保",
            "力争",
            "必须",
            "坚持",
            "加快",
            "推进",
            "全力",
            "着力",
            "进一步",
        ],
    ),
    (
        COMMITMENTS,
        "en",
        &[
            "will",
            "shall",
            "must",
            "plans to",
            "pledged",
            "aims to",
            "committed",
            "agreed to",
            "intends",
            "motion to",
            "going to",
            "should",
        ],
    ),
    (
        METRICS,
        "zh",
        &[
            "%", "亿", "万", "个", "项", "家", "增长", "下降", "同比", "元", "人次", "吨",
        ],
    ),
    (
        METRICS,
        "en",
        &[
            "%", "$", "percent", "million", "billion", "vote", "increase", "decrease", "grew",
            "rose", "fell", "total",
        ],
    ),
    (
        ATTENDEES,
        "zh",
        &[
            "出席",
            "参加",
            "主持",
            "讲话",
            "致辞",
            "参会",
            "列席",
            "会议由",
            "调研",
            "陪同",
            "作报告",
            "发言",
        ],
    ),
    (
        ATTENDEES,
        "en",
        &[
            "present",
            "attended",
            "attending",
            "absent",
            "chaired",
            "presided",
            "called to order",
            "roll call",
            "spoke",
            "addressed",
            "hosted",
            "members",
        ],
    ),
];

/// The baseline's tags for a sentence.
fn by_markers(sentence: &str, lang: &str) -> Vec<&'static str> {
    let lower = sentence.to_lowercase();
    MARKERS
        .iter()
        .filter(|(_, l, words)| *l == lang && words.iter().any(|w| lower.contains(w)))
        .map(|(tag, _, _)| *tag)
        .collect()
}

/// Scores one set; prints its table and, if asked, its errors.
fn score(name: &str, docs: &[Doc], misses: bool, baseline: bool) {
    let mut counts: BTreeMap<(&str, &str), Counts> = BTreeMap::new();
    let mut sentences: BTreeMap<&str, usize> = BTreeMap::new();
    for doc in docs {
        let lang = Lang::from_code(&doc.lang);
        let lang_name = if lang == Lang::Zh { "zh" } else { "en" };
        *sentences.entry(lang_name).or_default() += doc.sentences.len();
        let count = doc.sentences.len();
        for (index, s) in doc.sentences.iter().enumerate() {
            let found = if baseline {
                by_markers(&s.text, lang_name)
                    .into_iter()
                    .map(|tag| sentag::core::suggest::Suggestion {
                        tag: tag.to_string(),
                        cue: 0..0,
                        reason: "marker",
                        confidence: 1.0,
                    })
                    .collect()
            } else {
                suggest(&s.text, lang, Context { index, count })
            };
            for tag in TAGS {
                let hit = found.iter().find(|f| f.tag == tag);
                let gold = s.tags.iter().any(|t| t == tag);
                let c = counts.entry((lang_name, tag)).or_default();
                match (hit, gold) {
                    (Some(_), true) => c.tp += 1,
                    (Some(h), false) => {
                        c.fp += 1;
                        if misses {
                            let cue = &s.text[h.cue.clone()];
                            println!(
                                "  FP {tag} [{}: {cue} → {}] {}: {}",
                                lang_name, h.reason, doc.name, s.text
                            );
                        }
                    }
                    (None, true) => {
                        c.fn_ += 1;
                        if misses {
                            println!("  FN {tag} [{lang_name}] {}: {}", doc.name, s.text);
                        }
                    }
                    (None, false) => {}
                }
            }
        }
    }
    println!("\n{name}: {:?} sentences", sentences);
    println!("| lang | tag | P | R | F1 | labelled |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for lang in ["zh", "en"] {
        let mut f1s = Vec::new();
        for tag in TAGS {
            let Some(&c) = counts.get(&(lang, tag)) else {
                continue;
            };
            f1s.push(c.f1());
            println!(
                "| {lang} | {tag} | {:.3} | {:.3} | {:.3} | {} |",
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp + c.fn_
            );
        }
        if !f1s.is_empty() {
            let macro_f1 = f1s.iter().sum::<f64>() / f1s.len() as f64;
            println!("| {lang} | macro-F1 | | | **{macro_f1:.3}** | |");
        }
    }
}

fn throughput(docs: &[Doc]) {
    let all: Vec<(Lang, &str)> = docs
        .iter()
        .flat_map(|d| {
            d.sentences
                .iter()
                .map(move |s| (Lang::from_code(&d.lang), s.text.as_str()))
        })
        .collect();
    if all.is_empty() {
        return;
    }
    let sample: Vec<(Lang, &str)> = all.iter().cycle().take(10_000).copied().collect();
    let mut best = f64::MAX;
    let mut found = 0;
    for _ in 0..5 {
        let start = Instant::now();
        found = sample
            .iter()
            .enumerate()
            .map(|(index, (lang, s))| {
                suggest(
                    s,
                    *lang,
                    Context {
                        index,
                        count: 10_000,
                    },
                )
                .len()
            })
            .sum::<usize>();
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "\nsuggestions for 10,000 sentences: {:.1} ms (best of 5; {found} suggestions)",
        best * 1000.0
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let baseline = args.iter().any(|a| a == "--baseline");
    let misses = match args.as_slice() {
        [flag, set, ..] if flag == "--misses" => Some(set.clone()),
        _ => None,
    };
    let dev = read_set("dev");
    let heldout = read_set("heldout");
    let heldout2 = read_set("heldout2");
    let shows_misses = |set: &str| misses.as_deref() == Some(set);
    score("dev (tuned on)", &dev, shows_misses("dev"), false);
    score(
        "heldout (not tuned on)",
        &heldout,
        shows_misses("heldout"),
        false,
    );
    if !heldout2.is_empty() {
        let name = "heldout2 (a second author, not tuned on)";
        score(name, &heldout2, shows_misses("heldout2"), false);
    }
    if baseline {
        score("baseline, dev", &dev, false, true);
        score("baseline, heldout", &heldout, false, true);
        score("baseline, heldout2", &heldout2, false, true);
    }
    let all: Vec<Doc> = dev.into_iter().chain(heldout).chain(heldout2).collect();
    throughput(&all);
}
