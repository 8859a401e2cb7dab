//! Browser storage for preferences: the UI language and the user's default tag set.

use gloo::storage::{LocalStorage, Storage};

use crate::annotation::TagSet;
use crate::i18n::Lang;

const LANG_KEY: &str = "sentag.lang";
const DEFAULT_TAGS_KEY: &str = "sentag.default-tags";

/// The stored language, else the browser's.
pub fn load_lang() -> Lang {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .or_else(|| gloo::utils::window().navigator().language())
        .map_or(Lang::En, |code| Lang::from_code(&code))
}

pub fn save_lang(lang: Lang) {
    // A preference that cannot be stored (private mode) is not worth a warning.
    let _ = LocalStorage::set(LANG_KEY, lang.code());
}

pub fn load_default_tags() -> TagSet {
    LocalStorage::get(DEFAULT_TAGS_KEY).unwrap_or_default()
}

pub fn save_default_tags(tags: &TagSet) -> Result<(), String> {
    LocalStorage::set(DEFAULT_TAGS_KEY, tags).map_err(|e| e.to_string())
}
