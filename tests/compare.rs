//! Comparing annotated copies of one document, natively: sheets read from sentag and
//! W3C files (of the same text, of an edited text, of another text), tags matched by id
//! or label, the figures per tag, the differences in text order, combining by choice
//! and by rule, the problems of bad input, and the class table with its CSV; and, for
//! any marks, the properties of combining.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use proptest::prelude::*;
use sentag::core::annotation::{Tag, TagSet};
use sentag::core::compare::{
    Answers, Choice, Decisions, Key, Place, Problem, Rule, Sheet, Subject, align, class_table,
    combine, differences, figures, problems,
};
use sentag::core::document::Document;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::format::csv::Separator;
use sentag::core::format::native::{self, ExportOptions};
use sentag::core::format::w3c;

/// Council minutes, two paragraphs, six sentences:
/// 0 "The district council met on Monday to review the new bus routes."
/// 1 "Councillor Reyes moved that the route 12 trial be extended by six months."
/// 2 "The motion passed with nine votes to two."
/// 3 "Officers will report on passenger numbers by 30 June."
/// 4 "Ticket revenue rose 14% in the first quarter."
/// 5 "The chair thanked residents who attended."
const MINUTES: &str = "The district council met on Monday to review the new bus routes. \
Councillor Reyes moved that the route 12 trial be extended by six months. \
The motion passed with nine votes to two.\n\
Officers will report on passenger numbers by 30 June. \
Ticket revenue rose 14% in the first quarter. \
The chair thanked residents who attended.";

fn open(text: &str) -> Workspace {
    Workspace::new(
        Document::new("Transport committee", text),
        TagSet::default(),
    )
}

fn base() -> Workspace {
    let w = open(MINUTES);
    assert_eq!(w.doc.sentences.len(), 6, "the fixture's sentences");
    w
}

/// The code points of `needle` in the minutes.
fn span(needle: &str) -> Range<usize> {
    let byte = MINUTES.find(needle).expect("in the minutes");
    let start = MINUTES[..byte].chars().count();
    start..start + needle.chars().count()
}

fn tagged(w: &Workspace, tag: &str, sentences: &[usize]) -> Workspace {
    let edit = Edit::ToggleTag {
        tag: tag.into(),
        sentences: sentences.to_vec(),
    };
    w.apply(&edit, 1_000).expect("the tag toggles")
}

fn phrase(w: &Workspace, sentence: usize, needle: &str, tag: &str) -> Workspace {
    let edit = Edit::TogglePhraseTag {
        sentence,
        range: span(needle),
        tag: tag.into(),
    };
    w.apply(&edit, 1_000).expect("a phrase inside its sentence")
}

fn noted(w: &Workspace, sentence: usize, note: &str) -> Workspace {
    let edit = Edit::SetNote {
        sentence,
        note: note.into(),
    };
    w.apply(&edit, 1_000).expect("the note changes")
}

fn sentag_file(w: &Workspace) -> String {
    native::to_json(&native::export(w, &ExportOptions::default()))
}

fn w3c_file(w: &Workspace) -> String {
    w3c::export(w, None, 1_000).to_string()
}

fn own_tags(sheet: &Sheet, sentence: usize) -> Vec<String> {
    sheet.at(sentence).unwrap().tags.clone()
}

/// Ana: commitments on 1 and 3, metrics on 4, the figure "14%" as a metrics phrase.
fn ana() -> Workspace {
    let w = tagged(&base(), "commitments", &[1, 3]);
    let w = tagged(&w, "metrics", &[4]);
    phrase(&w, 4, "14%", "metrics")
}

/// Ben: commitments on 1 only, metrics on 3 and 4, a note on 2, "14%" too.
fn ben() -> Workspace {
    let w = tagged(&base(), "commitments", &[1]);
    let w = tagged(&w, "metrics", &[3, 4]);
    let w = noted(&w, 2, "nine to two: check the vote record");
    phrase(&w, 4, "14%", "metrics")
}

#[test]
fn a_file_of_the_same_text_lands_on_the_same_sentences() {
    let base = base();
    let sheet = Sheet::read("ana.sentag.json", &base, &sentag_file(&ana())).unwrap();
    assert_eq!(sheet.marks.len(), 6);
    assert_eq!(own_tags(&sheet, 1), ["commitments"]);
    assert_eq!(own_tags(&sheet, 4), ["metrics"]);
    assert_eq!(sheet.at(4).unwrap().phrases[0].start, span("14%").start);
    assert_eq!((sheet.report.exact, sheet.report.orphans.len()), (4, 0));
    assert_eq!(sheet.annotations(), 4);
    assert!(sheet.fingerprint.is_some());
    let own = Sheet::of_workspace("me", &ana());
    assert_eq!(own.marks, ana().marks);
    assert_eq!(own.fingerprint, None);
}

#[test]
fn a_file_of_an_edited_text_is_re_anchored() {
    // The file was made on a draft with a longer first sentence: every offset moved.
    let draft = MINUTES.replace("met on Monday", "met in the town hall on Monday");
    let w = open(&draft);
    let w = tagged(&w, "commitments", &[1, 3]);
    let sheet = Sheet::read("draft.json", &base(), &sentag_file(&w)).unwrap();
    assert_eq!(sheet.report.reanchored, 2);
    assert_eq!(own_tags(&sheet, 1), ["commitments"]);
    assert_eq!(own_tags(&sheet, 3), ["commitments"]);
    assert!(problems(&[sheet]).is_empty());
}

#[test]
fn a_file_of_another_text_is_reported() {
    let other = open(
        "The library will open on Sundays from March. Opening hours rise to 62 a week. \
         The board approved the budget.",
    );
    let other = tagged(&other, "commitments", &[0, 2]);
    let other = tagged(&other, "metrics", &[1]);
    let sheet = Sheet::read("library.json", &base(), &sentag_file(&other)).unwrap();
    assert_eq!(
        problems(&[sheet]),
        [
            Problem::OtherText {
                sheet: 0,
                placed: 0,
                orphaned: 3
            },
            Problem::NoAnnotations { sheet: 0 }
        ]
    );
}

#[test]
fn tags_are_matched_by_id_else_by_label() {
    // A file whose own tag set names the metrics tag "figure" but labels it "Metrics".
    let mut tags = TagSet::default();
    tags.tags[1].id = "figure".into();
    tags.tags[1].label = "Metrics".into();
    tags.tags.push(Tag {
        id: "quotes".into(),
        label: "Quotes".into(),
        color: "#4b5563".into(),
        hotkey: None,
        cues: Vec::new(),
    });
    let w = Workspace::new(Document::new("t", MINUTES), tags);
    let w = tagged(&w, "figure", &[4]);
    let w = tagged(&w, "quotes", &[1]);
    let sheet = Sheet::read("renamed.json", &base(), &sentag_file(&w)).unwrap();
    assert_eq!(own_tags(&sheet, 4), ["metrics"]);
    assert_eq!(own_tags(&sheet, 1), ["quotes"]);
    assert!(sheet.tags.get("figure").is_none());

    // A W3C file names tags by label only, in any case.
    let w3c_sheet = Sheet::read("ben.jsonld", &base(), &w3c_file(&ben())).unwrap();
    assert_eq!(own_tags(&w3c_sheet, 3), ["metrics"]);

    // Two files with a tag the document lacks, under different ids: one tag after align.
    let mut other = TagSet::default();
    other.tags.push(Tag {
        id: "q-2".into(),
        label: "QUOTES".into(),
        ..sheet.tags.get("quotes").unwrap().clone()
    });
    let w = Workspace::new(Document::new("t", MINUTES), other);
    let w = tagged(&w, "q-2", &[1, 2]);
    let second = Sheet::read("second.json", &base(), &sentag_file(&w)).unwrap();
    assert_eq!(own_tags(&second, 2), ["q-2"]);
    let (all, sheets) = align(&base().tags, vec![sheet, second]);
    assert_eq!(
        all.tags.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        ["commitments", "metrics", "attendees", "quotes"]
    );
    assert_eq!(own_tags(&sheets[1], 2), ["quotes"]);
    assert_eq!(figures(&sheets, &all, None)[3].counts, [1, 2]);
}

#[test]
fn figures_per_tag_for_two_sheets() {
    let sheets = [
        Sheet::of_workspace("Ana", &ana()),
        Sheet::of_workspace("Ben", &ben()),
    ];
    let f = figures(&sheets, &TagSet::default(), Some(0));
    assert_eq!(f.len(), 3);

    // commitments: Ana {1, 3}, Ben {1}; five sentences of six agree. p_o = 5/6,
    // p_e = (2·1 + 4·5) / 36 = 22/36, κ = (30 − 22) / (36 − 22) = 4/7.
    let c = &f[0];
    assert_eq!(c.counts, [2, 1]);
    let cohen = c.cohen.unwrap();
    assert!((cohen.observed - 5.0 / 6.0).abs() < 1e-12);
    assert!((cohen.corrected().unwrap() - 4.0 / 7.0).abs() < 1e-12);
    assert!(c.fleiss.is_some() && c.alpha.is_some());
    // Ben against Ana: found 1 of 2, no false alarm.
    assert_eq!(c.sentences[1].precision(), Some(1.0));
    assert_eq!(c.sentences[1].recall(), Some(0.5));
    assert_eq!(c.sentences[0].f1(), 1.0, "the reference against itself");

    // metrics: Ana {4}, Ben {3, 4}; both have the phrase "14%".
    let m = &f[1];
    assert_eq!(m.sentences[1].precision(), Some(0.5));
    assert_eq!(m.phrases[1].f1(), 1.0);

    // attendees: nobody tagged it; no coefficient, F1 of 1.
    let a = &f[2];
    assert_eq!(a.cohen.unwrap().corrected(), None);
    assert_eq!(a.sentences[1].f1(), 1.0);

    // Three sheets: no Cohen, Fleiss and alpha instead; no reference, no scores.
    let three = [sheets[0].clone(), sheets[1].clone(), sheets[0].clone()];
    let f = figures(&three, &TagSet::default(), None);
    assert!(f[0].cohen.is_none() && f[0].fleiss.is_some() && f[0].alpha.is_some());
    assert!(f[0].sentences.is_empty() && f[0].phrases.is_empty());
}

#[test]
fn a_phrase_tag_does_not_count_for_its_sentence() {
    let only_phrase = phrase(&base(), 4, "14%", "metrics");
    let only_sentence = tagged(&base(), "metrics", &[4]);
    let sheets = [
        Sheet::of_workspace("phrase", &only_phrase),
        Sheet::of_workspace("sentence", &only_sentence),
    ];
    let f = figures(&sheets, &TagSet::default(), Some(0));
    assert_eq!(f[1].counts, [0, 1]);
    assert_eq!(f[1].phrases[1].false_negatives, 1);
    let d = differences(&sheets);
    let places: Vec<&Place> = d.iter().map(|d| &d.key.place).collect();
    let r = span("14%");
    assert_eq!(
        places,
        [
            &Place::Sentence,
            &Place::Phrase {
                start: r.start,
                end: r.end
            }
        ]
    );
}

#[test]
fn differences_come_in_text_order_with_who_has_what() {
    let ana = phrase(&ana(), 1, "six months", "metrics");
    let sheets = [
        Sheet::of_workspace("Ana", &ana),
        Sheet::of_workspace("Ben", &ben()),
    ];
    let d = differences(&sheets);
    let r = span("six months");
    let summary: Vec<(usize, Place, Subject, Vec<usize>)> = d
        .iter()
        .map(|d| {
            (
                d.key.sentence,
                d.key.place.clone(),
                d.key.subject.clone(),
                d.holders(),
            )
        })
        .collect();
    let tag = |t: &str| Subject::Tag(t.into());
    assert_eq!(
        summary,
        [
            (
                1,
                Place::Phrase {
                    start: r.start,
                    end: r.end
                },
                tag("metrics"),
                vec![0]
            ),
            (2, Place::Sentence, Subject::Note, vec![1]),
            (3, Place::Sentence, tag("commitments"), vec![0]),
            (3, Place::Sentence, tag("metrics"), vec![1]),
        ]
    );
    assert_eq!(
        d[1].answers,
        Answers::Note(vec![
            String::new(),
            "nine to two: check the vote record".into()
        ])
    );
    assert!(
        d.iter().all(|d| d.is_tie()),
        "two sheets: every difference is a tie"
    );
    assert!(differences(&[sheets[0].clone(), sheets[0].clone()]).is_empty());
}

#[test]
fn combining_by_rule_and_by_choice() {
    let base = base();
    let sheets = [
        Sheet::of_workspace("Ana", &ana()),
        Sheet::of_workspace("Ben", &ben()),
    ];
    let key = |sentence, tag: &str| Key {
        sentence,
        place: Place::Sentence,
        subject: Subject::Tag(tag.into()),
    };

    let union = combine(&base, &sheets, &Decisions::rule(Rule::Union), 5_000);
    assert_eq!(union.marks[3].tags, ["commitments", "metrics"]);
    assert_eq!(union.marks[2].note, "nine to two: check the vote record");
    assert_eq!(union.marks[3].modified, 5_000);

    // Two sheets: a majority needs both, so only what they share stays.
    let majority = combine(&base, &sheets, &Decisions::rule(Rule::Majority), 5_000);
    assert!(majority.marks[3].tags.is_empty());
    assert_eq!(majority.marks[1].tags, ["commitments"]);
    assert_eq!(majority.marks[4].phrases.len(), 1);
    assert_eq!(majority.marks[2].note, "");

    // Ben's tags win, except that the user keeps Ana's commitment on sentence 3 and
    // drops Ben's note.
    let note = Key {
        sentence: 2,
        place: Place::Sentence,
        subject: Subject::Note,
    };
    let decisions = Decisions::rule(Rule::ReferenceWins(1))
        .with(key(3, "commitments"), Choice::Sheet(0))
        .with(note, Choice::None);
    let chosen = combine(&base, &sheets, &decisions, 5_000);
    assert_eq!(chosen.marks[3].tags, ["commitments", "metrics"]);
    assert_eq!(chosen.marks[2].note, "");
    assert!(chosen.marks[2].is_empty());

    // Combining onto Ana's own workspace keeps her unchanged sentences as they were.
    let ana = ana();
    let onto_ana = combine(&ana, &sheets, &Decisions::rule(Rule::ReferenceWins(0)), 9);
    assert_eq!(onto_ana, ana);
    assert!(std::rc::Rc::ptr_eq(&onto_ana.marks[1], &ana.marks[1]));
    assert!(std::rc::Rc::ptr_eq(&onto_ana.tags, &ana.tags));
}

#[test]
fn combining_credits_each_tag_to_its_author_or_else_to_its_sheet() {
    use sentag::core::credits::NOTE;
    // Ana's file records her name; Ben's does not (an old file): his sheet's name counts.
    let ana = base()
        .apply_as(
            &Edit::ToggleTag {
                tag: "commitments".into(),
                sentences: vec![1, 3],
            },
            1,
            "Ana Ruiz",
        )
        .unwrap();
    let sheets = [
        Sheet::of_workspace("ana.json", &ana),
        Sheet::of_workspace("Ben", &ben()),
    ];
    let union = combine(&base(), &sheets, &Decisions::rule(Rule::Union), 5_000);
    let by = |i: usize, key: &str| union.marks[i].by.by(key).map(String::from);
    assert_eq!(by(3, "commitments").as_deref(), Some("Ana Ruiz"));
    assert_eq!(by(3, "metrics").as_deref(), Some("Ben"));
    assert_eq!(by(2, NOTE).as_deref(), Some("Ben"));
    let phrase = &union.marks[4].phrases[0];
    assert_eq!(phrase.by.by("metrics"), Some("Ben"));
    // A tag the result drops takes its credit with it.
    let bens = combine(
        &base(),
        &sheets,
        &Decisions::rule(Rule::ReferenceWins(1)),
        5_000,
    );
    assert_eq!(bens.marks[3].by.by("commitments"), None);
}

#[test]
fn combining_adds_the_tags_the_sheets_bring() {
    let mut tags = TagSet::default();
    tags.tags.push(Tag {
        id: "quotes".into(),
        label: "Quotes".into(),
        color: "#4b5563".into(),
        hotkey: None,
        cues: Vec::new(),
    });
    let w = Workspace::new(Document::new("t", MINUTES), tags);
    let w = tagged(&w, "quotes", &[1]);
    let sheet = Sheet::read("q.json", &base(), &sentag_file(&w)).unwrap();
    let out = combine(&base(), &[sheet], &Decisions::rule(Rule::Union), 1);
    assert_eq!(out.tags.tags.last().unwrap().id, "quotes");
    assert_eq!(out.marks[1].tags, ["quotes"]);
    let untouched = combine(&base(), &[], &Decisions::rule(Rule::Union), 1);
    assert_eq!(untouched, base());
}

#[test]
fn duplicates_and_empty_files_are_reported() {
    let base = base();
    let file = sentag_file(&ana());
    let sheets = [
        Sheet::read("ana.json", &base, &file).unwrap(),
        Sheet::read("ana copy.json", &base, &file).unwrap(),
        Sheet::read("ana.jsonld", &base, &w3c_file(&ana())).unwrap(),
        Sheet::read("ben.jsonld", &base, &w3c_file(&ben())).unwrap(),
        Sheet::read("blank.json", &base, &sentag_file(&base)).unwrap(),
    ];
    // The W3C copy of Ana's work (phrases included) is the same content as her sentag
    // file; a sentag file of her work without the phrase is not.
    let mut no_phrase = ana();
    no_phrase = no_phrase
        .apply(
            &Edit::RemovePhrase {
                sentence: 4,
                range: span("14%"),
            },
            1,
        )
        .unwrap();
    let plain = Sheet::read("plain.json", &base, &sentag_file(&no_phrase)).unwrap();
    let mut all = sheets.to_vec();
    all.push(plain);
    assert_eq!(
        problems(&all),
        [
            Problem::Duplicate {
                sheet: 1,
                of: 0,
                same_file: true
            },
            Problem::Duplicate {
                sheet: 2,
                of: 0,
                same_file: false
            },
            Problem::NoAnnotations { sheet: 4 },
        ]
    );
}

#[test]
fn the_class_table_and_its_csv() {
    let key = Sheet::of_workspace("key", &ana());
    let students = [
        Sheet::of_workspace("=Ben", &ben()),
        Sheet::of_workspace("Cai", &tagged(&base(), "commitments", &[1, 3])),
    ];
    let table = class_table(&key, &students, &TagSet::default());
    assert_eq!(table.rows.len(), 2);
    let ben = &table.rows[0];
    assert_eq!(ben.tags[0].f1(), 2.0 / 3.0);
    // Ben: commitments TP 1, FN 1; metrics TP 1, FP 1: micro P = R = F1 = 2/3.
    assert_eq!(ben.overall().f1(), 2.0 / 3.0);
    assert_eq!(ben.phrases.f1(), 1.0);
    assert_eq!(table.rows[1].phrases.recall(), Some(0.0));
    let csv = String::from_utf8(table.to_csv(Separator::Comma)).unwrap();
    assert_eq!(
        csv,
        "\u{feff}name,commitments,metrics,attendees,precision,recall,F1,phrase F1\n\
         '=Ben,0.667,0.667,1.000,0.667,0.667,0.667,1.000\n\
         Cai,1.000,0.000,1.000,1.000,0.667,0.800,0.000\n"
    );
    let semicolons = String::from_utf8(table.to_csv(Separator::Semicolon)).unwrap();
    assert!(semicolons.contains("'=Ben;0,667;0,667;1,000;0,667;0,667;0,667;1,000\n"));
}

// Properties, over random marks on the minutes.

/// One sentence's marks: tags (bits of the three default tags), a note (one of three),
/// and tags of two possible phrases (the sentence's first three and next five
/// characters).
type SentenceMarks = (u8, u8, u8, u8);

fn marks() -> impl Strategy<Value = Vec<SentenceMarks>> {
    prop::collection::vec((0u8..8, 0u8..3, 0u8..8, 0u8..8), 6)
}

const TAGS: [&str; 3] = ["commitments", "metrics", "attendees"];
const NOTES: [&str; 3] = ["", "check the figure", "ask the clerk"];

fn ids(bits: u8) -> impl Iterator<Item = &'static str> {
    (0..3)
        .filter(move |b| bits & (1 << b) != 0)
        .map(|b| TAGS[b])
}

fn build(plan: &[SentenceMarks]) -> Workspace {
    let mut w = base();
    for (i, &(own, note, first, second)) in plan.iter().enumerate() {
        for tag in ids(own) {
            w = tagged(&w, tag, &[i]);
        }
        if note > 0 {
            w = noted(&w, i, NOTES[note as usize]);
        }
        let start = w.doc.sentences[i].char_start;
        for (range, bits) in [(start..start + 3, first), (start + 4..start + 9, second)] {
            for tag in ids(bits) {
                let edit = Edit::TogglePhraseTag {
                    sentence: i,
                    range: range.clone(),
                    tag: tag.into(),
                };
                w = w.apply(&edit, 1_000).unwrap();
            }
        }
    }
    w
}

type Content = (
    BTreeSet<String>,
    String,
    BTreeMap<(usize, usize), BTreeSet<String>>,
);

/// What a sentence carries, orders and times aside.
fn content(w: &Workspace, i: usize) -> Content {
    let m = &w.marks[i];
    let phrases = m
        .phrases
        .iter()
        .map(|p| ((p.start, p.end), p.tags.iter().cloned().collect()))
        .collect();
    (m.tags.iter().cloned().collect(), m.note.clone(), phrases)
}

/// Whether `tag` is at `place` (`None`: the sentence itself) of sentence `i`.
fn has(w: &Workspace, i: usize, place: Option<(usize, usize)>, tag: &str) -> bool {
    let m = &w.marks[i];
    match place {
        None => m.has(tag),
        Some((s, e)) => m
            .phrases
            .iter()
            .any(|p| (p.start, p.end) == (s, e) && p.has(tag)),
    }
}

/// Every place of sentence `i` in any of the workspaces.
fn places(ws: &[&Workspace], i: usize) -> Vec<Option<(usize, usize)>> {
    let mut out = vec![None];
    for w in ws {
        out.extend(w.marks[i].phrases.iter().map(|p| Some((p.start, p.end))));
    }
    out.sort();
    out.dedup();
    out
}

fn sheets_of(ws: &[&Workspace]) -> Vec<Sheet> {
    ws.iter()
        .enumerate()
        .map(|(i, w)| Sheet::of_workspace(format!("s{i}"), w))
        .collect()
}

fn rules() -> impl Strategy<Value = Rule> {
    prop_oneof![
        Just(Rule::Majority),
        Just(Rule::Union),
        (0usize..2).prop_map(Rule::ReferenceWins)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn combining_a_sheet_with_itself_changes_nothing(plan in marks(), rule in rules()) {
        let w = build(&plan);
        let sheets = sheets_of(&[&w, &w]);
        prop_assert!(differences(&sheets).is_empty());
        prop_assert_eq!(combine(&w, &sheets, &Decisions::rule(rule), 9_999), w);
    }

    #[test]
    fn union_is_the_union_of_the_sheets(a in marks(), b in marks()) {
        let (a, b) = (build(&a), build(&b));
        let out = combine(&base(), &sheets_of(&[&a, &b]), &Decisions::rule(Rule::Union), 9);
        for i in 0..6 {
            for place in places(&[&a, &b], i) {
                for tag in TAGS {
                    prop_assert_eq!(
                        has(&out, i, place, tag),
                        has(&a, i, place, tag) || has(&b, i, place, tag)
                    );
                }
            }
        }
    }

    #[test]
    fn the_reference_wins_everything(a in marks(), b in marks(), r in 0usize..2) {
        let ws = [build(&a), build(&b)];
        let out = combine(&base(), &sheets_of(&[&ws[0], &ws[1]]), &Decisions::rule(Rule::ReferenceWins(r)), 9);
        for i in 0..6 {
            prop_assert_eq!(content(&out, i), content(&ws[r], i));
        }
    }

    #[test]
    fn majority_of_three_is_the_majority_per_tag(a in marks(), b in marks(), c in marks()) {
        let ws = [build(&a), build(&b), build(&c)];
        let refs = [&ws[0], &ws[1], &ws[2]];
        let sheets = sheets_of(&refs);
        let out = combine(&base(), &sheets, &Decisions::rule(Rule::Majority), 9);
        for i in 0..6 {
            for place in places(&refs, i) {
                for tag in TAGS {
                    let votes = refs.iter().filter(|w| has(w, i, place, tag)).count();
                    prop_assert_eq!(has(&out, i, place, tag), votes >= 2);
                }
            }
        }
        prop_assert!(differences(&sheets).iter().filter(|d| matches!(d.answers, Answers::Tag(_))).all(|d| !d.is_tie()));
    }

    #[test]
    fn choosing_a_sheet_everywhere_is_that_sheet_winning(a in marks(), b in marks()) {
        let (a, b) = (build(&a), build(&b));
        let sheets = sheets_of(&[&a, &b]);
        let mut decisions = Decisions::rule(Rule::Union);
        for d in differences(&sheets) {
            decisions = decisions.with(d.key, Choice::Sheet(1));
        }
        let chosen = combine(&base(), &sheets, &decisions, 9);
        let wins = combine(&base(), &sheets, &Decisions::rule(Rule::ReferenceWins(1)), 9);
        prop_assert_eq!(chosen, wins);
    }

    #[test]
    fn a_sheet_read_from_its_own_file_is_the_same_sheet(plan in marks()) {
        let w = build(&plan);
        let read = Sheet::read("f.json", &base(), &sentag_file(&w)).unwrap();
        prop_assert!(differences(&[Sheet::of_workspace("w", &w), read]).is_empty());
    }
}
