//! The whole page: the one reducer, its hooks, and the components around it. Each
//! component gets only what it shows, and callbacks that stay the same across
//! renders, so that a change re-renders only what it touches.

use yew::prelude::*;

use super::article::Article;
use super::dialogs::Dialogs;
use super::header::Header;
use super::notice_bar::NoticeBar;
use super::overview::Overview;
use super::sentence_text::Choosing;
use super::side_panel::SidePanel;
use super::suggestions_panel::SuggestionsPanel;
use super::toolbar::Toolbar;
use std::rc::Rc;

use crate::model::suggested::Suggested;
use crate::model::{Action, AppState};
use crate::web::hooks::{
    SheetAction, use_autosave, use_commands, use_export, use_file_drop, use_loader, use_long_press,
    use_phrase_choice, use_reveal, use_sheet, use_shortcuts, use_suggestions, use_tag_styles,
};
use crate::web::{loader, scroll, storage};

/// A callback that stays the same across renders and dispatches `make(input)`.
#[hook]
fn use_action<T: 'static>(
    dispatcher: UseReducerDispatcher<AppState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    use_callback((), move |input: T, _| dispatcher.dispatch(make(input)))
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let lang = storage::load_lang();
        AppState {
            suggest: storage::load_suggest(),
            author: storage::load_author().into(),
            ..AppState::new(loader::initial(lang), lang)
        }
    });
    // Before autosave: a reopened document's first save then keeps the place it restored.
    use_effect_with((state.doc_id.clone(), state.scroll_to), |(_, to)| {
        scroll::restore(*to)
    });
    let autosave = use_autosave(state.clone());
    let loader = use_loader(state.clone(), autosave.save_now.clone());
    let include_text = use_state(|| true);
    let include_suggestions = use_state(|| false);
    let on_export = use_export(state.clone(), *include_text, *include_suggestions);
    use_suggestions(state.clone());
    use_effect_with(state.suggest, |on| storage::save_suggest(*on));
    use_effect_with(state.author.clone(), |name| storage::save_author(name));
    let no_suggestions = use_memo((), |_| Rc::new(Suggested::default()));
    let shown_suggestions = if state.suggest {
        state.suggested.clone()
    } else {
        (*no_suggestions).clone()
    };
    let pending = {
        let state = state.clone();
        let deps = (
            Rc::as_ptr(&state.suggested) as usize,
            state.workspace().marks.clone(),
            Rc::as_ptr(&state.workspace().tags) as usize,
            state.suggest,
        );
        use_memo(deps, move |_| Rc::new(state.pending_by_tag()))
    };
    let commands = use_commands(state.clone(), on_export, loader.sample.clone());
    use_shortcuts(state.clone(), commands.clone());
    use_tag_styles(state.workspace().tags.clone());
    use_reveal(state.selection.cursor(), state.reveal);
    use_effect_with(state.lang, |lang| {
        storage::save_lang(*lang);
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    let dragging = use_file_drop(loader.open_file.clone());

    let d = state.dispatcher();
    let dispatch = use_action(d.clone(), |action| action);
    let on_lang = use_action(d.clone(), Action::SetLang);
    let on_dismiss = use_action(d.clone(), |_: ()| Action::Notify(None));
    let on_filter = use_action(d.clone(), Action::SetFilter);
    let on_query = use_action(d.clone(), Action::SetQuery);
    let on_search_step = use_action(d.clone(), |forward| Action::SearchStep { forward });
    use_long_press(d.clone());
    let on_jump = use_action(d, Action::JumpTo);
    let sheet = use_sheet();
    let on_panel = sheet.act.reform(|_: ()| SheetAction::Toggle);
    let on_panel = use_memo((), move |_| on_panel);
    // A jump from the panel shows the sentence: on a narrow screen the sheet gives way.
    let on_panel_jump = {
        let on_jump = on_jump.clone();
        let act = sheet.act.clone();
        use_callback((), move |index: usize, _| {
            act.emit(SheetAction::CloseForJump);
            on_jump.emit(index);
        })
    };
    let on_sheet_key = {
        let act = sheet.act.clone();
        let open = sheet.open;
        move |e: KeyboardEvent| {
            if open && e.key() == "Escape" {
                e.prevent_default();
                act.emit(SheetAction::Close);
            }
        }
    };
    let phrase_choice = use_phrase_choice(state.clone());
    let on_click = phrase_choice.on_click.clone();
    let on_include_text = {
        let include_text = include_text.clone();
        use_callback((), move |on: bool, _| include_text.set(on))
    };
    let on_include_suggestions = {
        let include_suggestions = include_suggestions.clone();
        use_callback((), move |on: bool, _| include_suggestions.set(on))
    };

    let workspace = state.workspace();
    let doc = &workspace.doc;
    let text = state.lang.strings();
    let doc_id = AttrValue::from(state.doc_id.clone());
    let query = AttrValue::from(state.search.query.clone());
    let choosing = state.phrase.as_ref().map(|p| {
        let start = p.bounds.start;
        let range = p.range();
        let choosing = Choosing {
            range: range.start - start..range.end - start,
            head: p.head - start,
        };
        (p.sentence, choosing)
    });

    html! {
        <div class={classes!("app", dragging.then_some("dragging"))}>
            <Header title={AttrValue::from(doc.title.clone())} lang={state.lang}
                encoding={state.encoding.clone().map(AttrValue::from)} {on_lang}
                breaks={doc.line_breaks()} line_counts={doc.line_counts()}
                on_command={commands.clone()} on_file={loader.open_file.clone()}
                include_text={*include_text} {on_include_text}
                include_suggestions={*include_suggestions} {on_include_suggestions}
                page_view={state.page.as_ref().filter(|p| p.other().is_some()).map(|p| p.view)}
                on_page_view={loader.show_page.clone()}
                author={AttrValue::from(state.author.clone())} />
            // The one live region for what each action did.
            <div class="visually-hidden" role="status" aria-live="polite" data-live="">
                { state.announcement.text.clone() }
                if state.announcement.n % 2 == 1 { { "\u{200B}" } }
            </div>
            <NoticeBar notice={state.notice.clone()} storage_problem={state.storage_problem.clone()}
                lang={state.lang} {on_dismiss} />
            <Toolbar tags={workspace.tags.clone()} pressed={state.pressed_tags()}
                has_selection={!state.selection.is_empty()} can_merge={state.can_merge()}
                can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                lang={state.lang} on_command={commands.clone()} extending={state.extending}
                panel_open={sheet.open} on_panel={(*on_panel).clone()} />
            <main class="workspace">
                <div class="reading">
                    <Article doc_id={doc_id.clone()} doc={doc.clone()} marks={workspace.marks.clone()}
                        tags={workspace.tags.clone()} selection={state.selection.clone()}
                        filter={state.filter.clone()} query={query} lang={state.lang} {on_click}
                        choosing={choosing}
                        suggested={shown_suggestions} />
                    <Overview doc={doc.clone()} marks={workspace.marks.clone()} tags={workspace.tags.clone()}
                        label={text.overview} on_jump={on_jump.clone()} />
                </div>
                <div id="side-sheet" class={classes!("sheet", sheet.open.then_some("open"))} onkeydown={on_sheet_key}>
                <div class="sheet-head">
                    <button class="ghost sheet-close" aria-label={text.close_panel}
                        onclick={sheet.act.reform(|_: MouseEvent| SheetAction::Close)}>{ "✕" }</button>
                </div>
                <SidePanel doc={doc.clone()} marks={workspace.marks.clone()} tags={workspace.tags.clone()}
                    selection={state.selection.clone()} filter={state.filter.clone()}
                    search={state.search.clone()} lang={state.lang}
                    choosing_phrase={state.phrase.is_some()} chosen_phrase={state.chosen_phrase()}
                    on_choose={phrase_choice.on_choose.clone()}
                    dispatch={dispatch.clone()}
                    {on_filter} {on_query} {on_search_step} on_jump={on_panel_jump.clone()}>
                    <SuggestionsPanel doc={doc.clone()} tags={workspace.tags.clone()}
                        pending={(*pending).clone()} on={state.suggest} busy={state.reading_suggestions()}
                        lang={state.lang}
                        on_command={commands.clone()} dispatch={dispatch.clone()} on_jump={on_panel_jump} />
                </SidePanel>
                </div>
            </main>
            if let Some(dialog) = state.dialog.clone() {
                <Dialogs {dialog} workspace={workspace.clone()} {doc_id} lang={state.lang}
                    {dispatch} loader={loader.clone()} on_resolve={autosave.resolve.clone()}
                    on_command={commands.clone()} pending={(*pending).clone()}
                    author={AttrValue::from(state.author.clone())} compare={state.compare.clone()} />
            }
            if dragging { <div class="drop-hint" aria-hidden="true">{ text.drop_hint }</div> }
        </div>
    }
}
