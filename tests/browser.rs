//! The app in headless Chromium: rendering, selecting, keyboard tagging, cheap re-renders.
#![cfg(target_arch = "wasm32")]

mod common;

use std::rc::Rc;

use common::{mount, press_key, query, query_all};
use sentag::core::annotation::TagSet;
use sentag::core::editor::{Edit, Workspace};
use sentag::core::samples::sample_document;
use sentag::core::suggest::Suggestion;
use sentag::model::i18n::Lang;
use sentag::model::suggested::Suggested;
use sentag::model::view::{self, Filter};
use sentag::web::components::article_view::ArticleView;
use sentag::web::components::block::BlockProps;
use sentag::web::components::sentence::SentenceClick;
use sentag::web::{App, render_count};
use wasm_bindgen_test::*;
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn shows_the_sample_as_paragraphs_of_sentences() {
    let root = mount::<App>();
    yew::scheduler::flush().await;

    let doc = sample_document();
    let sentences = query_all(&root, "[role=option] .sentence-text");
    assert_eq!(sentences.len(), doc.sentences.len());
    assert_eq!(query_all(&root, ".paragraph").len(), doc.paragraphs.len());
    assert_eq!(sentences[0].text_content().unwrap(), "会议现场。");
    assert_eq!(sentences[1].text_content().unwrap(), "(杨威 摄)");
    assert_eq!(
        query(&root, ".article").get_attribute("lang").unwrap(),
        "zh"
    );
    assert_eq!(
        query(&root, ".doc-title").text_content().unwrap(),
        doc.title
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_sentence_selects_it_and_only_it() {
    let root = mount::<App>();
    yew::scheduler::flush().await;
    assert!(query_all(&root, "[aria-selected=true]").is_empty());

    let sentences = query_all(&root, "[role=option]");
    sentences[4].click();
    yew::scheduler::flush().await;

    let selected = query_all(&root, "[aria-selected=true]");
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0].get_attribute("data-index").unwrap(), "4");
    assert!(selected[0].class_list().contains("selected"));
    assert_eq!(selected[0].get_attribute("tabindex").unwrap(), "0");
    let quote = query(&root, ".selected-quote").text_content().unwrap();
    assert_eq!(
        quote,
        query(&sentences[4], ".sentence-text")
            .text_content()
            .unwrap()
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn keys_move_the_selection_and_toggle_tags() {
    let root = mount::<App>();
    yew::scheduler::flush().await;
    query_all(&root, "[role=option]")[2].click();
    yew::scheduler::flush().await;

    press_key("j");
    yew::scheduler::flush().await;
    let selected = query(&root, "[aria-selected=true]");
    assert_eq!(selected.get_attribute("data-index").unwrap(), "3");

    press_key("1");
    yew::scheduler::flush().await;
    let chip = query(&root, "[data-index=\"3\"] .chip");
    assert_eq!(chip.text_content().unwrap(), "commitments");
    assert_eq!(
        query(&root, ".count[data-tag=commitments]")
            .text_content()
            .unwrap(),
        "1"
    );
    let button = query(&root, ".tag-button[aria-pressed=true]");
    assert!(button.text_content().unwrap().contains("commitments"));

    press_key("u");
    yew::scheduler::flush().await;
    assert!(query_all(&root, "[data-index=\"3\"] .chip").is_empty());
    root.remove();
}

/// The props the article gives block `index` (of blocks of two sentences or more).
fn block_props(
    workspace: &Workspace,
    index: usize,
    on_click: &Callback<SentenceClick>,
) -> BlockProps {
    block_props_with(workspace, index, on_click, Rc::default())
}

fn block_props_with(
    workspace: &Workspace,
    index: usize,
    on_click: &Callback<SentenceClick>,
    suggested: Rc<Suggested>,
) -> BlockProps {
    let paragraphs = view::blocks(&workspace.doc.paragraphs, 2)[index].clone();
    let view = Rc::new(ArticleView {
        doc: workspace.doc.clone(),
        marks: workspace.marks.clone(),
        tags: workspace.tags.clone(),
        filter: Filter::default(),
        query: AttrValue::default(),
        lang: Lang::En,
        on_click: on_click.clone(),
        suggested,
    });
    BlockProps {
        view,
        index,
        paragraphs,
        selected: Vec::new(),
        tab_stop: None,
        choosing: None,
        full: true,
    }
}

#[wasm_bindgen_test]
fn a_tag_toggle_changes_the_props_of_one_block_only() {
    let before = Workspace::new(sample_document(), TagSet::default());
    let blocks = view::blocks(&before.doc.paragraphs, 2);
    assert!(blocks.len() > 5, "{} blocks", blocks.len());
    let target = before.doc.paragraphs[blocks[5].start].start;
    let edit = Edit::ToggleTag {
        tag: "metrics".into(),
        sentences: vec![target],
    };
    let after = before.apply(&edit, 0).unwrap();
    assert!(Rc::ptr_eq(&before.doc, &after.doc));
    let on_click = Callback::noop();
    for index in 0..blocks.len() {
        let old = block_props(&before, index, &on_click);
        let new = block_props(&after, index, &on_click);
        assert_eq!(old == new, index != 5, "block {index}");
    }
}

#[wasm_bindgen_test]
fn suggestions_found_for_one_sentence_change_the_props_of_its_block_only() {
    let workspace = Workspace::new(sample_document(), TagSet::default());
    let blocks = view::blocks(&workspace.doc.paragraphs, 2);
    let target = workspace.doc.paragraphs[blocks[3].start].start;
    let none = Rc::new(Suggested::default());
    let key = Suggested::key_for(&workspace.tags);
    let found = Rc::from(vec![Suggestion {
        tag: "metrics".into(),
        cue: 0..3,
        reason: "count",
        confidence: 0.9,
    }]);
    let sentence = &workspace.doc.sentences[target];
    let some = Rc::new(none.with(key, vec![(Suggested::sentence_key(sentence), found)]));
    let on_click = Callback::noop();
    for index in 0..blocks.len() {
        let old = block_props_with(&workspace, index, &on_click, none.clone());
        let new = block_props_with(&workspace, index, &on_click, some.clone());
        assert_eq!(old == new, index != 3, "block {index}");
    }
}

#[wasm_bindgen_test]
async fn a_suggestion_is_outlined_with_its_reason_and_is_no_tag() {
    use sentag::web::components::sentence::{Sentence, SentenceProps};
    let found: Rc<[Suggestion]> = Rc::from(vec![Suggestion {
        tag: "metrics".into(),
        cue: 12..20,
        reason: "money",
        confidence: 0.9,
    }]);
    let props = SentenceProps {
        index: 0,
        text: AttrValue::from("全年投资10亿元。"),
        char_start: 0,
        choosing: None,
        space_before: false,
        selected: false,
        tab_stop: true,
        marks: Rc::default(),
        tags: Rc::new(TagSet::default()),
        lang: Lang::En,
        query: AttrValue::default(),
        on_click: Callback::noop(),
        suggested: Some(found),
    };
    let root = common::mount_with::<Sentence>(props);
    yew::scheduler::flush().await;
    let chip = query(&root, ".suggestion-chip");
    assert_eq!(chip.get_attribute("data-tag").unwrap(), "metrics");
    assert_eq!(
        chip.get_attribute("title").unwrap(),
        "suggested: metrics (10亿元 → money)"
    );
    assert!(
        query_all(&root, ".chip").is_empty(),
        "a suggestion is no tag chip"
    );
    assert!(
        query(&root, "[role=option]")
            .class_list()
            .contains("suggested")
    );
    root.remove();
}

/// Renders of each component since the last reset, as `(name, count)`.
fn renders(names: &[&'static str]) -> Vec<(&'static str, u32)> {
    names
        .iter()
        .map(|n| (*n, render_count::renders(n)))
        .collect()
}

/// Waits until the suggestions found after the first draw are shown, so that their
/// arrival does not count as a re-render of what a test does next.
async fn suggestions_shown(root: &web_sys::Element) {
    for _ in 0..200 {
        if !query_all(root, ".sentence.suggested").is_empty() {
            return;
        }
        gloo::timers::future::TimeoutFuture::new(10).await;
        yew::scheduler::flush().await;
    }
    panic!("no suggestion was shown");
}

#[wasm_bindgen_test]
async fn a_change_re_renders_only_what_shows_it() {
    let root = mount::<App>();
    yew::scheduler::flush().await;
    suggestions_shown(&root).await;
    query_all(&root, "[role=option]")[4].click();
    yew::scheduler::flush().await;

    // A tag toggle: one sentence, its paragraph and block, the toolbar, the panel.
    render_count::reset();
    press_key("1");
    yew::scheduler::flush().await;
    assert_eq!(
        renders(&["Sentence", "Paragraph", "Block", "Dialogs", "Header"]),
        [
            ("Sentence", 1),
            ("Paragraph", 1),
            ("Block", 1),
            ("Dialogs", 0),
            ("Header", 0)
        ]
    );
    assert_eq!(render_count::renders("SidePanel"), 1, "its counts changed");

    // Moving the selection: the sentence left and the sentence reached.
    render_count::reset();
    press_key("j");
    yew::scheduler::flush().await;
    assert_eq!(
        renders(&["Sentence", "Dialogs", "Header", "Overview"]),
        [
            ("Sentence", 2),
            ("Dialogs", 0),
            ("Header", 0),
            ("Overview", 0)
        ]
    );

    // A dialog: nothing of the article or the panel draws again, open or closed.
    render_count::reset();
    press_key("?");
    yew::scheduler::flush().await;
    assert!(!query_all(&root, ".modal").is_empty(), "help is open");
    press_key("Escape");
    yew::scheduler::flush().await;
    assert!(query_all(&root, ".modal").is_empty(), "help is closed");
    assert_eq!(
        renders(&[
            "Article",
            "Sentence",
            "SidePanel",
            "Toolbar",
            "Overview",
            "Header"
        ]),
        [
            ("Article", 0),
            ("Sentence", 0),
            ("SidePanel", 0),
            ("Toolbar", 0),
            ("Overview", 0),
            ("Header", 0)
        ]
    );
    assert!(render_count::renders("Dialogs") >= 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn phrases_are_underlined_in_lanes_with_labels_and_the_text_stays_whole() {
    use sentag::core::annotation::{Marks, Phrase};
    use sentag::web::components::sentence::{Sentence, SentenceProps};
    use sentag::web::components::sentence_text::Choosing;
    // The sentence starts at code point 100; 𠮷 is one code point, two UTF-16 units.
    let text = "𠮷田说：全年投资10亿元，新增岗位300个。";
    let phrase = |start: usize, end: usize, tag: &str, note: &str| Phrase {
        start: 100 + start,
        end: 100 + end,
        tags: vec![tag.into()],
        note: note.into(),
        by: Default::default(),
    };
    let marks = Marks {
        phrases: vec![
            phrase(4, 13, "commitments", ""),
            phrase(8, 12, "metrics", "a sum of money"),
        ],
        ..Marks::default()
    };
    let props = SentenceProps {
        index: 0,
        text: AttrValue::from(text),
        char_start: 100,
        choosing: Some(Choosing {
            range: 17..21,
            head: 21,
        }),
        space_before: false,
        selected: true,
        tab_stop: true,
        marks: Rc::new(marks),
        tags: Rc::new(TagSet::default()),
        lang: Lang::En,
        query: AttrValue::from("亿"),
        on_click: Callback::noop(),
        suggested: None,
    };
    let root = common::mount_with::<Sentence>(props);
    yew::scheduler::flush().await;
    let sentence_text = query(&root, ".sentence-text");
    assert_eq!(
        sentence_text.text_content().unwrap(),
        text,
        "pieces join to the text"
    );
    let outer = query_all(&root, "[data-phrase=\"104-113\"]");
    let inner = query_all(&root, "[data-phrase=\"108-112\"]");
    assert!(!outer.is_empty() && !inner.is_empty());
    assert!(outer.iter().all(|e| e.class_list().contains("lane-0")));
    assert!(inner.iter().all(|e| e.class_list().contains("lane-1")));
    let labelled: Vec<String> = query_all(&root, "[data-label]")
        .iter()
        .map(|e| e.get_attribute("data-label").unwrap())
        .collect();
    assert_eq!(
        labelled,
        ["metrics", "commitments"],
        "a label where each phrase ends"
    );
    assert_eq!(
        inner[0].get_attribute("title").unwrap(),
        "metrics — a sum of money"
    );
    assert_eq!(query(&root, "mark").text_content().unwrap(), "亿");
    assert_eq!(
        query(&root, ".phrase-choice").text_content().unwrap(),
        "300个"
    );
}
