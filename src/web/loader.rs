//! Turning a source (saved state, the sample, a file, a URL, pasted text) into a document
//! to show, or into annotations to import. Failures become messages; nothing here
//! touches the open document.

use std::rc::Rc;

use yew::Callback;

use crate::core::annotation::TagSet;
use crate::core::blocks::blocks_to_text;
use crate::core::decode::{DecodeError, MAX_FILE_BYTES, Sniffed, sniff};
use crate::core::document::{Document, DocumentBuilder};
use crate::core::docx;
use crate::core::editor::Workspace;
use crate::core::format::{self, Incoming};
use crate::core::html_blocks::article_blocks;
use crate::core::page::{
    PageText, PageView, ReaderThresholds, WebPage, article_title, looks_like_html,
};
use crate::core::pdf_layout::{self, PdfError};
use crate::core::samples::{SAMPLE_TEXT, SAMPLE_TITLE};
use crate::core::session::{DocIdSteps, doc_id, from_saved_json, new_workspace, title_from_text};
use crate::model::i18n::Lang;
use crate::model::state::{Loaded, Notice, PageShown};
use crate::web::decoder::{self, Reply, WordReply};
use crate::web::pdf::{self, Failure};
use crate::web::storage::{self, DocText, RecentEntry};
use crate::web::{io, reader};

/// What a file turned out to be.
pub enum Outcome {
    Open(Loaded),
    Import(Incoming),
}

/// The document that was open last, if `localStorage` holds it, else the sample.
/// A document whose text is in IndexedDB arrives later, through [`reopen_current`], and
/// one asked for with `?src=` through the address; until then an empty placeholder with
/// no id shows, which autosave never writes.
pub fn initial(lang: Lang) -> Loaded {
    let placeholder = || {
        let placeholder = new_workspace("", "", &TagSet::default());
        let notice = Some(Notice::info(lang.strings().loading));
        Loaded {
            notice,
            ..Loaded::new(placeholder, String::new())
        }
    };
    if io::src_parameter().is_some() {
        return placeholder();
    }
    last_or_sample(lang)
}

/// What opens without `?src=`: the last document (a placeholder while IndexedDB reads
/// it), else the sample.
fn last_or_sample(lang: Lang) -> Loaded {
    let Some(id) = storage::current_id() else {
        return fresh(SAMPLE_TITLE, SAMPLE_TEXT, None, None);
    };
    if storage::entry(&id).is_some_and(|e| e.in_idb) {
        let placeholder = new_workspace("", "", &TagSet::default());
        let notice = Some(Notice::info(lang.strings().loading));
        return Loaded {
            notice,
            ..Loaded::new(placeholder, String::new())
        };
    }
    storage::entry(&id)
        .and_then(|entry| storage::load_text_now(&entry).map(|text| (entry, text)))
        .and_then(|(entry, text)| from_parts(&entry, text))
        .or_else(|| from_legacy(&id))
        .unwrap_or_else(|| fresh(SAMPLE_TITLE, SAMPLE_TEXT, None, None))
}

/// What shows when the `?src=` address gave no document: the last one, else the sample.
pub async fn without_src(lang: Lang) -> Loaded {
    match reopen_current().await {
        Some(loaded) => loaded,
        None => last_or_sample(lang),
    }
}

/// The last document, when its text lives in IndexedDB and so could not open at start.
pub async fn reopen_current() -> Option<Loaded> {
    let id = storage::current_id()?;
    if !storage::entry(&id).is_some_and(|e| e.in_idb) {
        return None;
    }
    Some(
        reopen(&id)
            .await
            .unwrap_or_else(|| fresh(SAMPLE_TITLE, SAMPLE_TEXT, None, None)),
    )
}

/// A saved document from its text and its state (with the revision it was read at).
fn from_parts(entry: &RecentEntry, text: DocText) -> Option<Loaded> {
    let state = storage::load_state(&entry.id)?;
    let doc = Document::with_fixes(text.title, text.text, &state.fixes);
    let workspace = state.restore(&Rc::new(doc));
    Some(Loaded {
        source: text.source,
        scroll: entry.scroll(),
        rev: Some(state.rev),
        ..Loaded::new(workspace, entry.id.clone())
    })
}

/// A document saved by sentag before revisions; it is stored anew at its first save.
fn from_legacy(id: &str) -> Option<Loaded> {
    let json = storage::load_legacy(id)?;
    let (workspace, source) = from_saved_json(&json, &storage::load_default_tags())?;
    let scroll = storage::entry(id).map(|e| e.scroll()).unwrap_or_default();
    Some(Loaded {
        source,
        scroll,
        ..Loaded::new(workspace, id.to_string())
    })
}

/// A saved document, by id: only one the list still holds, so a deleted one stays deleted.
pub async fn reopen(id: &str) -> Option<Loaded> {
    let entry = storage::entry(id)?;
    match storage::load_text(&entry).await {
        Some(text) => from_parts(&entry, text),
        None => from_legacy(id),
    }
}

fn fresh(title: &str, text: &str, source: Option<String>, encoding: Option<String>) -> Loaded {
    let workspace = new_workspace(title, text, &storage::load_default_tags());
    Loaded {
        source,
        encoding,
        ..Loaded::new(workspace, doc_id(text))
    }
}

/// Texts longer than this are split into sentences in steps, with progress shown.
const STEP_BYTES: usize = 256 * 1024;

/// New text; if this very text was saved before, the saved work opens instead,
/// so that opening an article again never overwrites the work on it. A long text
/// is segmented in steps that yield to the browser, reporting through `progress`.
pub async fn open_text(
    title: &str,
    text: &str,
    source: Option<String>,
    encoding: Option<String>,
    lang: Lang,
    progress: &Callback<Notice>,
) -> Loaded {
    let id = sliced_doc_id(text).await;
    if let Some(saved) = reopen(&id).await {
        let notice = Some(Notice::info(lang.strings().reopened));
        return Loaded {
            encoding,
            notice,
            ..saved
        };
    }
    if text.len() <= STEP_BYTES {
        let workspace = new_workspace(title, text, &storage::load_default_tags());
        return Loaded {
            source,
            encoding,
            ..Loaded::new(workspace, id)
        };
    }
    let strings = lang.strings();
    let mut builder = DocumentBuilder::new(title, text);
    while !builder.step(STEP_BYTES) {
        progress.emit(Notice::info(strings.splitting(builder.progress())));
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
    let workspace = Workspace::new(builder.finish(), storage::load_default_tags());
    Loaded {
        source,
        encoding,
        ..Loaded::new(workspace, id)
    }
}

/// The text's [`doc_id`], read in steps that yield to the browser.
async fn sliced_doc_id(text: &str) -> String {
    let mut steps = DocIdSteps::new(text);
    loop {
        if let Some(id) = steps.step(STEP_BYTES) {
            return id;
        }
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
}

fn is_annotation_file(name: &str) -> bool {
    has_extension(name, &["json", "jsonld"])
}

fn is_html(name: &str) -> bool {
    has_extension(name, &["html", "htm"])
}

fn has_extension(name: &str, extensions: &[&str]) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| extensions.iter().any(|e| ext.eq_ignore_ascii_case(e)))
}

/// The file's name without its extension, for a title.
fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

/// Reads a file: annotations (`.json`, `.jsonld`) to import, a PDF's text, anything
/// else as text.
pub async fn open_file(
    file: web_sys::File,
    lang: Lang,
    progress: &Callback<Notice>,
) -> Result<Outcome, Notice> {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        let error = DecodeError::TooLarge {
            size,
            limit: MAX_FILE_BYTES,
        };
        return Err(Notice::error(format!(
            "{name}: {}",
            lang.strings().decode_error(&error)
        )));
    }
    let bytes = io::read_file(&file)
        .await
        .map_err(|e| Notice::error(format!("{name}: {e}")))?;
    outcome(&name, &bytes, None, lang, progress).await
}

/// Fetches `url` and opens what it holds.
pub async fn open_url(
    url: &str,
    lang: Lang,
    progress: &Callback<Notice>,
) -> Result<Outcome, Notice> {
    let bytes = io::fetch_bytes(url)
        .await
        .map_err(|why| Notice::error(lang.strings().fetch_failed(url, &why)))?;
    let name = url
        .rsplit('/')
        .next()
        .unwrap_or(url)
        .split(['?', '#'])
        .next()
        .unwrap_or(url);
    outcome(name, &bytes, Some(url.to_string()), lang, progress).await
}

async fn outcome(
    name: &str,
    bytes: &[u8],
    source: Option<String>,
    lang: Lang,
    progress: &Callback<Notice>,
) -> Result<Outcome, Notice> {
    if docx::is_word(name, bytes) {
        return open_word(name, bytes, source, lang, progress).await;
    }
    let strings = lang.strings();
    let refuse = |message: String| Notice::error(format!("{name}: {message}"));
    if pdf_layout::is_pdf(name, bytes) {
        let (title, text) = pdf_text(bytes, lang).await.map_err(refuse)?;
        let title = title.unwrap_or_else(|| stem(name).to_string());
        return Ok(Outcome::Open(
            opened(name, &title, &text, source, "PDF", lang, progress).await,
        ));
    }
    let (text, encoding) = match sniff(bytes).map_err(|e| refuse(strings.decode_error(&e)))? {
        Sniffed::Utf8(text) => (text.to_string(), "UTF-8".to_string()),
        Sniffed::Other => match decoder::decode(bytes).await {
            Ok(Reply::Text { text, encoding }) => (text, encoding),
            Ok(Reply::Refused(error)) => return Err(refuse(strings.decode_error(&error))),
            Err(why) => return Err(refuse(lang.strings().decoder_failed(&why))),
        },
    };
    if is_annotation_file(name) {
        return format::parse(&text)
            .map(Outcome::Import)
            .map_err(|e| refuse(strings.import_error(&e)));
    }
    if is_html(name) || (source.is_some() && looks_like_html(&text)) {
        return open_page(name, &text, source, encoding, lang, progress).await;
    }
    if text.trim().is_empty() {
        return Err(refuse(strings.decode_error(&DecodeError::Empty)));
    }
    let title = if stem(name).trim().is_empty() {
        title_from_text(&text, lang.strings().untitled)
    } else {
        stem(name).to_string()
    };
    Ok(Outcome::Open(
        opened(name, &title, &text, source, &encoding, lang, progress).await,
    ))
}

/// Opens the text of a file, saying so unless its saved work reopened instead.
async fn opened(
    name: &str,
    title: &str,
    text: &str,
    source: Option<String>,
    encoding: &str,
    lang: Lang,
    progress: &Callback<Notice>,
) -> Loaded {
    let mut loaded = open_text(
        title,
        text,
        source,
        Some(encoding.to_string()),
        lang,
        progress,
    )
    .await;
    if loaded.notice.is_none() {
        loaded.notice = Some(Notice::info(lang.strings().opened_file(name, encoding)));
    }
    loaded
}

/// A PDF's text, and its metadata title if that names the document: pdf.js reads the
/// pages in the PDF worker, the decoder worker lays them out. `Err` is the message to show.
async fn pdf_text(bytes: &[u8], lang: Lang) -> Result<(Option<String>, String), String> {
    let strings = lang.strings();
    let extracted = pdf::read(bytes).await.map_err(|failure| match failure {
        Failure::Refused(error) => strings.pdf_error(&error),
        Failure::Worker(why) => strings.pdf_reader_failed(&why),
    })?;
    let (text, title) = decoder::pdf_text(&extracted.pages, &extracted.title)
        .await
        .map_err(|why| strings.pdf_reader_failed(&why))?;
    if text.trim().is_empty() {
        return Err(strings.pdf_error(&PdfError::NoText));
    }
    Ok((title, text))
}

/// A title from a file's name, else from its text.
fn file_title(name: &str, text: &str, lang: Lang) -> String {
    match stem(name).trim() {
        "" => title_from_text(text, lang.strings().untitled),
        stem => stem.to_string(),
    }
}

/// A Word file, read in the decoder worker.
async fn open_word(
    name: &str,
    bytes: &[u8],
    source: Option<String>,
    lang: Lang,
    progress: &Callback<Notice>,
) -> Result<Outcome, Notice> {
    let strings = lang.strings();
    let refuse = |message: String| Notice::error(format!("{name}: {message}"));
    let (text, title) = match decoder::docx(bytes).await {
        Ok(WordReply::Text { text, title }) => (text, title),
        Ok(WordReply::Refused(error)) => return Err(refuse(strings.docx_error(&error))),
        Err(why) => return Err(refuse(strings.word_reader_failed(&why))),
    };
    let title = title.unwrap_or_else(|| file_title(name, &text, lang));
    let mut loaded = open_text(&title, &text, source, None, lang, progress).await;
    if loaded.notice.is_none() {
        loaded.notice = Some(Notice::info(strings.opened_file(name, "Word")));
    }
    Ok(Outcome::Open(loaded))
}

/// A web page: its article alone (a reader view) when one is found, else the whole
/// page; the other version can be asked for afterwards ([`open_page_view`]).
async fn open_page(
    name: &str,
    html: &str,
    source: Option<String>,
    encoding: String,
    lang: Lang,
    progress: &Callback<Notice>,
) -> Result<Outcome, Notice> {
    let strings = lang.strings();
    let page = reader::read(html)
        .await
        .map_err(|why| Notice::error(format!("{name}: {}", strings.reader_failed(&why))))?;
    let whole = blocks_to_text(&page.whole);
    let found = page
        .article(ReaderThresholds::for_text(&whole))
        .map_err(|why| Notice::error(format!("{name}: {}", strings.reader_failed(&why))))?;
    let article = found.map(|article| {
        let title = article_title(&article.title);
        let blocks = article_blocks(&title, article.byline.as_deref(), article.blocks);
        let text = blocks_to_text(&blocks);
        let title = match title.is_empty() {
            true => file_title(name, &text, lang),
            false => title,
        };
        PageText { title, text }
    });
    let whole = PageText {
        title: article
            .as_ref()
            .map_or_else(|| file_title(name, &whole, lang), |a| a.title.clone()),
        text: whole,
    };
    let page = WebPage {
        name: name.to_string(),
        source,
        encoding,
        article,
        whole,
    };
    let view = page.first_view();
    let mut loaded = open_page_view(Rc::new(page), view, lang, progress).await?;
    if loaded.notice.is_none() {
        loaded.notice = Some(Notice::info(match view {
            PageView::Article => strings.opened_article(name),
            PageView::Whole => strings.no_article(name),
        }));
    }
    Ok(Outcome::Open(loaded))
}

/// Version `view` of a web page opened earlier, as a document (the saved work on it,
/// if this very text was saved before).
pub async fn open_page_view(
    page: Rc<WebPage>,
    view: PageView,
    lang: Lang,
    progress: &Callback<Notice>,
) -> Result<Loaded, Notice> {
    let empty = || {
        let why = lang.strings().decode_error(&DecodeError::Empty);
        Notice::error(format!("{}: {why}", page.name))
    };
    let version = page
        .version(view)
        .filter(|v| !v.text.trim().is_empty())
        .ok_or_else(empty)?;
    let mut loaded = open_text(
        &version.title,
        &version.text,
        page.source.clone(),
        Some(page.encoding.clone()),
        lang,
        progress,
    )
    .await;
    loaded.page = Some(PageShown { page, view });
    Ok(loaded)
}
