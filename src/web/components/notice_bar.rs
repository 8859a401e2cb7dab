//! Messages at the top of the page: results, errors, and the storage warning.

use yew::prelude::*;

use crate::core::sync::StoreError;

use crate::model::i18n::Lang;
use crate::model::state::Notice;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub notice: Option<Notice>,
    pub storage_problem: Option<StoreError>,
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

#[function_component(NoticeBar)]
pub fn notice_bar(props: &NoticeBarProps) -> Html {
    crate::web::render_count::tick("NoticeBar");
    let text = props.lang.strings();
    let storage = props.storage_problem.as_ref().map(|why| {
        html! { <p class="notice error storage-warning" role="alert">{ text.storage_warning(&text.store_error(why)) }</p> }
    });
    let notice = props.notice.as_ref().map(|n| {
        let class = classes!("notice", n.error.then_some("error"));
        html! {
            <p {class} role={if n.error { "alert" } else { "status" }}>
                <span class="notice-text">{ n.text.clone() }</span>
                <button class="ghost" aria-label={text.dismiss}
                    onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>{ "×" }</button>
            </p>
        }
    });
    html! { <div class="notices">{ for storage }{ for notice }</div> }
}
