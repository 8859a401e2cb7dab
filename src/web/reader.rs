//! Saved web pages: the article alone, as Firefox's Reader View finds it, with
//! Mozilla's Readability, and the whole page. Readability (copied into the build from
//! npm) and `static/reader.js`, which runs it and walks the page's elements, load only
//! when a page is opened; the walks become blocks in `core::html_blocks`.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::blocks::Block;
use crate::core::html_blocks::blocks_of_walk;
use crate::core::page::ReaderThresholds;
use crate::web::io::describe;

/// The scripts, relative to the page, each with a global function it defines.
const SCRIPTS: [(&str, &str); 3] = [
    ("./Readability.js", "Readability"),
    ("./Readability-readerable.js", "isProbablyReaderable"),
    ("./reader.js", "sentagReadPage"),
];

/// A page parsed into an inert document (see `static/reader.js`).
pub struct Page {
    document: JsValue,
    /// Every block of the body.
    pub whole: Vec<Block>,
}

/// The article Readability found.
pub struct Article {
    pub title: String,
    pub byline: Option<String>,
    pub blocks: Vec<Block>,
}

/// Parses the page `html`, loading the scripts first. `Err`: they could not be loaded
/// or run, in the browser's words.
pub async fn read(html: &str) -> Result<Page, String> {
    load().await?;
    let found = call("sentagReadPage", &[html.into()])?;
    Ok(Page {
        whole: blocks(field(&found, "whole")),
        document: field(&found, "page").unwrap_or_default(),
    })
}

impl Page {
    /// The article, if Readability finds one, asking as much text of it as
    /// `thresholds` say.
    pub fn article(&self, thresholds: ReaderThresholds) -> Result<Option<Article>, String> {
        let (paragraph, article) = (thresholds.min_paragraph, thresholds.min_article);
        let found = call(
            "sentagFindArticle",
            &[self.document.clone(), paragraph.into(), article.into()],
        )?;
        if !found.is_object() {
            return Ok(None);
        }
        let text = |key| field(&found, key).and_then(|t| t.as_string());
        let blocks = blocks(field(&found, "walk"));
        Ok((!blocks.is_empty()).then(|| Article {
            title: text("title").unwrap_or_default(),
            byline: text("byline"),
            blocks,
        }))
    }
}

fn field(from: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(from, &key.into()).ok()
}

/// Calls the global function `name` of the scripts.
fn call(name: &str, args: &[JsValue]) -> Result<JsValue, String> {
    let function = global(name).ok_or_else(|| format!("{name} is not defined"))?;
    let args: Array = args.iter().collect();
    function.apply(&JsValue::NULL, &args).map_err(describe)
}

/// The blocks of a walk (an array of steps, see `core::html_blocks::blocks_of_walk`).
fn blocks(walk: Option<JsValue>) -> Vec<Block> {
    let steps: Vec<String> = walk
        .and_then(|w| w.dyn_into::<Array>().ok())
        .map(|w| w.iter().filter_map(|s| s.as_string()).collect())
        .unwrap_or_default();
    blocks_of_walk(steps.iter().map(String::as_str))
}

/// The global function `name` that one of the scripts defines.
fn global(name: &str) -> Option<Function> {
    Reflect::get(&gloo::utils::window(), &name.into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Loads the scripts, once per visit: `<script>` elements from this site, which the
/// strict Content-Security-Policy allows and the service worker caches.
async fn load() -> Result<(), String> {
    let document = gloo::utils::document();
    let head = document.head().ok_or("the app's page has no head")?;
    let mut loading = Vec::new();
    for (src, name) in SCRIPTS {
        if global(name).is_some() {
            continue;
        }
        let script = document.create_element("script").map_err(describe)?;
        script.set_attribute("src", src).map_err(describe)?;
        let loaded = Promise::new(&mut |resolve, reject| {
            let _ = script.add_event_listener_with_callback("load", &resolve);
            let _ = script.add_event_listener_with_callback("error", &reject);
        });
        head.append_child(&script).map_err(describe)?;
        loading.push((src, loaded));
    }
    for (src, loaded) in loading {
        JsFuture::from(loaded)
            .await
            .map_err(|_| format!("{} did not load", src.trim_start_matches("./")))?;
    }
    Ok(())
}
