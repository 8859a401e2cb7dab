//! The side panel: selection, tag counts with the filter, search, the digest and the notes.

use std::ops::Range;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::annotation::TagSet;
use crate::core::document::Document;
use crate::core::editor::{Edit, MarksList};
use crate::core::phrases::text_in;
use crate::model::i18n::Lang;
use crate::model::selection::Selection;
use crate::model::view::Filter;
use crate::model::{Action, Search};

#[derive(Properties)]
pub struct SidePanelProps {
    pub doc: Rc<Document>,
    pub marks: MarksList,
    pub tags: Rc<TagSet>,
    pub selection: Selection,
    pub filter: Filter,
    pub search: Search,
    pub lang: Lang,
    pub on_filter: Callback<Filter>,
    pub on_query: Callback<String>,
    pub on_search_step: Callback<bool>,
    pub on_jump: Callback<usize>,
    /// Whether a phrase is being chosen (always in the cursor sentence).
    pub choosing_phrase: bool,
    /// The chosen stretch, when it is one of the cursor sentence's phrases: a caret
    /// moving elsewhere leaves the panel alone.
    pub chosen_phrase: Option<Range<usize>>,
    /// Chooses a phrase of a sentence (from the list of its phrases).
    pub on_choose: Callback<(usize, Range<usize>)>,
    /// Runs an action (taking a phrase away).
    pub dispatch: Callback<Action>,
    /// Shown after the search: the suggestions.
    #[prop_or_default]
    pub children: Html,
}

/// Cheap: the document and tag set by pointer, the marks by their shared leaves.
impl PartialEq for SidePanelProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && Rc::ptr_eq(&self.tags, &other.tags)
            && self.marks == other.marks
            && self.selection == other.selection
            && self.filter == other.filter
            && self.search == other.search
            && self.lang == other.lang
            && self.on_filter == other.on_filter
            && self.on_query == other.on_query
            && self.on_search_step == other.on_search_step
            && self.on_jump == other.on_jump
            && self.choosing_phrase == other.choosing_phrase
            && self.chosen_phrase == other.chosen_phrase
            && self.on_choose == other.on_choose
            && self.dispatch == other.dispatch
            && self.children == other.children
    }
}

/// At most this many characters of a sentence in a list.
const PREVIEW: usize = 40;

/// At most this many sentences in each list of the panel; each render builds them all.
const LIST_LIMIT: usize = 30;

/// `text` cut to a preview: at most 40 characters, with `…` when it was longer.
pub fn preview(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(PREVIEW).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

#[function_component(SidePanel)]
pub fn side_panel(props: &SidePanelProps) -> Html {
    crate::web::render_count::tick("SidePanel");
    let text = props.lang.strings();
    let doc = &props.doc;
    let marks = &props.marks;
    let tags = &props.tags;
    let selection = &props.selection;

    let selection = match selection.cursor() {
        Some(cursor) if selection.len() <= 1 => {
            let note = &marks[cursor].note;
            html! {
                <>
                    <p class="panel-line">{ text.sentence_of(cursor + 1, doc.sentences.len()) }</p>
                    <blockquote class="selected-quote">{ doc.sentences[cursor].text.to_string() }</blockquote>
                    if !note.is_empty() { <p class="note-text">{ "✎ " }{ note.clone() }</p> }
                    if props.choosing_phrase { <p class="panel-hint phrase-keys">{ text.phrase_keys }</p> }
                    { phrase_list(props, cursor) }
                </>
            }
        }
        Some(_) => {
            html! { <p class="panel-line">{ text.selected_count(selection.len()) }</p> }
        }
        None => html! { <p class="panel-hint">{ text.select_hint }</p> },
    };

    let filter = &props.filter;
    let untagged = marks.iter().filter(|m| m.is_untagged()).count();
    let count_rows = tags
        .tags
        .iter()
        .enumerate()
        .map(|(position, tag)| {
            let id = tag.id.clone();
            let next = filter.toggled_tag(&id);
            let onchange = props.on_filter.reform(move |_: Event| next.clone());
            html! {
                <li class={classes!("count-row", format!("t-{position}"))}>
                    <label>
                        <input type="checkbox" checked={filter.tags.contains(&id)} {onchange} />
                        <span class="swatch" aria-hidden="true"></span>
                        <span class="count-label">{ text.tag_label(tag) }</span>
                        <span class="count" data-tag={id.clone()}>{ marks.iter().filter(|m| m.has_anywhere(&id)).count() }</span>
                    </label>
                </li>
            }
        });
    let untagged_next = Filter {
        untagged: !filter.untagged,
        ..filter.clone()
    };
    let on_untagged = props
        .on_filter
        .reform(move |_: Event| untagged_next.clone());
    let on_clear = props.on_filter.reform(|_: MouseEvent| Filter::default());

    let search = &props.search;
    let oninput = props
        .on_query
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let onkeydown = {
        let step = props.on_search_step.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                step.emit(!e.shift_key());
            }
        }
    };
    let search_status = if search.query.trim().is_empty() {
        String::new()
    } else if search.matches.is_empty() {
        text.no_matches.to_string()
    } else {
        text.match_of(search.current.map(|c| c + 1), search.matches.len())
    };
    let step = |forward: bool| props.on_search_step.reform(move |_: MouseEvent| forward);

    let jump_item = |index: usize, shown: String| {
        let onclick = props.on_jump.reform(move |_: MouseEvent| index);
        html! {
            <li><button class="link" data-index={index.to_string()} {onclick}>
                <span class="sentence-number">{ index + 1 }</span>{ preview(&shown) }
            </button></li>
        }
    };
    // A long list is cut short: the filter shows all of a tag's sentences.
    let show_all_of = |id: String| {
        let filter = Filter {
            tags: [id].into(),
            untagged: false,
        };
        props.on_filter.reform(move |_: MouseEvent| filter.clone())
    };
    let digest = tags.tags.iter().enumerate().map(|(position, tag)| {
        let tagged: Vec<usize> = (0..doc.sentences.len())
            .filter(|&i| marks[i].has_anywhere(&tag.id))
            .collect();
        // A sentence tagged only in a phrase shows that phrase, in quotes.
        let shown = |i: usize| {
            let s = &doc.sentences[i];
            match marks[i].phrases.iter().find(|p| p.has(&tag.id)) {
                Some(p) if !marks[i].has(&tag.id) => format!("“{}”", text_in(s, p.start..p.end)),
                _ => s.text.to_string(),
            }
        };
        html! {
            <section class={classes!("digest-tag", format!("t-{position}"))} data-tag={tag.id.clone()}>
                <h3><span class="swatch" aria-hidden="true"></span>{ text.tag_label(tag) }</h3>
                if tagged.is_empty() {
                    <p class="panel-hint">{ text.digest_empty }</p>
                } else {
                    <ol>{ for tagged.iter().take(LIST_LIMIT).map(|&i| jump_item(i, shown(i))) }</ol>
                    if tagged.len() > LIST_LIMIT {
                        <button class="link more" onclick={show_all_of(tag.id.clone())}>
                            { text.more_with_tag(tagged.len() - LIST_LIMIT) }
                        </button>
                    }
                }
            </section>
        }
    });
    // Sentence notes and phrase notes, in text order.
    let noted = (0..doc.sentences.len()).flat_map(|i| {
        let m = &marks[i];
        let own = (!m.note.is_empty()).then(|| (i, m.note.clone()));
        let phrases = m
            .phrases
            .iter()
            .filter(|p| !p.note.is_empty())
            .map(move |p| {
                let quote = text_in(&doc.sentences[i], p.start..p.end);
                (i, format!("“{quote}” {}", p.note))
            });
        own.into_iter().chain(phrases)
    });
    let notes = noted.take(LIST_LIMIT).map(|(index, note)| {
        let onclick = props.on_jump.reform(move |_: MouseEvent| index);
        html! {
            <li><button class="link" data-index={index.to_string()} {onclick}>
                <span class="sentence-number">{ index + 1 }</span>{ note }
            </button></li>
        }
    });

    html! {
        <aside class="side-panel" aria-label={text.selection}>
            <section class="panel-section">
                <h2>{ text.selection }</h2>
                { selection }
            </section>
            <section class="panel-section" aria-label={text.counts}>
                <h2>{ text.counts }{ " · " }{ text.filter }</h2>
                <ul class="counts">
                    { for count_rows }
                    <li class="count-row untagged">
                        <label>
                            <input type="checkbox" checked={filter.untagged} onchange={on_untagged} />
                            <span class="swatch" aria-hidden="true"></span>
                            <span class="count-label">{ text.untagged }</span>
                            <span class="count" data-tag="untagged">{ untagged }</span>
                        </label>
                    </li>
                </ul>
                if filter.is_active() {
                    <button class="link show-all" onclick={on_clear}>{ text.clear_filter }</button>
                }
            </section>
            <section class="panel-section search" role="search">
                <label for="search-input"><h2>{ text.search }</h2></label>
                <div class="search-row">
                    <input id="search-input" type="search" placeholder={text.search_placeholder}
                        value={search.query.clone()} {oninput} {onkeydown} />
                    <button class="ghost" aria-label={text.previous_match} onclick={step(false)}>{ "↑" }</button>
                    <button class="ghost" aria-label={text.next_match} onclick={step(true)}>{ "↓" }</button>
                </div>
                <p class="panel-line search-status" aria-live="polite">{ search_status }</p>
            </section>
            { props.children.clone() }
            <section class="panel-section digest">
                <h2>{ text.digest }</h2>
                { for digest }
            </section>
            <section class="panel-section notes">
                <h2>{ text.notes }</h2>
                <ol>{ for notes }</ol>
            </section>
        </aside>
    }
}

/// The phrases of sentence `index`: each with its labels and note, a button that
/// chooses it (its tags then toggle from the tag keys) and one that takes it away.
fn phrase_list(props: &SidePanelProps, index: usize) -> Html {
    let marks = &props.marks[index];
    if marks.phrases.is_empty() {
        return html! {};
    }
    let text = props.lang.strings();
    let sentence = &props.doc.sentences[index];
    let chosen = &props.chosen_phrase;
    let items = marks.phrases.iter().map(|p| {
        let range = p.start..p.end;
        let labels: Vec<&str> = p
            .tags
            .iter()
            .filter_map(|t| props.tags.get(t))
            .map(|t| text.tag_label(t))
            .collect();
        let choose = {
            let range = range.clone();
            props.on_choose.reform(move |_: MouseEvent| (index, range.clone()))
        };
        let remove = {
            let range = range.clone();
            props.dispatch.reform(move |_: MouseEvent| Action::Edit {
                edit: Edit::RemovePhrase {
                    sentence: index,
                    range: range.clone(),
                },
                now: js_sys::Date::now() as i64,
            })
        };
        let quote = text_in(sentence, range.clone());
        html! {
            <li class={classes!("phrase-item", (chosen.as_ref() == Some(&range)).then_some("chosen"))}
                data-phrase={format!("{}-{}", p.start, p.end)}>
                <button class="link" onclick={choose} aria-pressed={(chosen.as_ref() == Some(&range)).to_string()}>
                    { format!("“{quote}”") }
                </button>
                { " " }<span class="phrase-tags">{ labels.join(" · ") }</span>
                if !p.note.is_empty() { <span class="note-text">{ " ✎ " }{ p.note.clone() }</span> }
                <button class="ghost remove-phrase" aria-label={format!("{}: {quote}", text.remove_phrase)}
                    title={text.remove_phrase} onclick={remove}>{ "✕" }</button>
            </li>
        }
    });
    html! {
        <>
            <h3 class="phrases-heading">{ text.phrases }</h3>
            <ul class="phrase-list">{ for items }</ul>
        </>
    }
}
