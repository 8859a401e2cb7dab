//! The app in headless Chromium: rendering the sample and selecting sentences.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{mount, query, query_all};
use sentag::app::App;
use sentag::samples::sample_document;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn shows_the_sample_as_paragraphs_of_sentences() {
    let root = mount::<App>();
    yew::scheduler::flush().await;

    let doc = sample_document();
    let sentences = query_all(&root, "[role=option]");
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
    assert_eq!(quote, sentences[4].text_content().unwrap());

    sentences[7].click();
    yew::scheduler::flush().await;
    let selected = query_all(&root, "[aria-selected=true]");
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0].get_attribute("data-index").unwrap(), "7");
}
