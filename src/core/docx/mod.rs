//! Word documents (`.docx`, Office Open XML) to text: the title and the paragraphs.
//! The browser app runs this in its decoder worker only; it links [`is_word`] alone.
//!
//! The text is one paragraph per line with a blank line between paragraphs (see
//! [`crate::core::blocks`]); what counts as a paragraph, and what is left out, is
//! described in `body.rs`, list markers in `numbering.rs`.

mod body;
mod numbering;
mod styles;
mod xml;

use std::io::{Cursor, Read};

use crate::core::blocks::{Block, BlockKind, blocks_to_text, collapse_whitespace};
use xml::{Ns, Part, Step, local, part_text};

/// What a Word document holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Docx {
    /// The title in the document's properties (`dc:title`), else its first paragraph
    /// in the Title style, if any.
    pub title: Option<String>,
    /// Its paragraphs, headings, list items and table cells, in order.
    pub blocks: Vec<Block>,
}

impl Docx {
    /// The text: one paragraph per line, paragraphs separated by a blank line.
    pub fn text(&self) -> String {
        blocks_to_text(&self.blocks)
    }
}

/// Why a file could not be read as a Word document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocxError {
    /// A zip that cannot be unpacked, or a Word document whose XML is broken.
    Damaged,
    /// A zip (or an Office 97 file) that holds no Word document.
    NotWord,
    /// A Word 97–2003 document (`.doc`).
    OldWord,
    /// A document protected by a password: an encrypted package, not a zip.
    Encrypted,
    /// A Word document with no text.
    Empty,
    /// A part that unpacks to more than [`MAX_PART_BYTES`].
    TooLarge,
}

impl DocxError {
    /// The error as a short code, for the decoder worker's reply.
    pub fn code(self) -> &'static str {
        match self {
            DocxError::Damaged => "damaged",
            DocxError::NotWord => "not-word",
            DocxError::OldWord => "old-word",
            DocxError::Encrypted => "encrypted",
            DocxError::Empty => "empty",
            DocxError::TooLarge => "too-large",
        }
    }

    /// Every error, once each.
    pub const ALL: [DocxError; 6] = [
        DocxError::Damaged,
        DocxError::NotWord,
        DocxError::OldWord,
        DocxError::Encrypted,
        DocxError::Empty,
        DocxError::TooLarge,
    ];

    /// The error a [`DocxError::code`] stands for.
    pub fn from_code(code: &str) -> Option<DocxError> {
        DocxError::ALL.into_iter().find(|e| e.code() == code)
    }
}

/// The largest size a part of the zip may unpack to: a zip bomb stops here.
pub const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// A Compound File (OLE), the container of Word 97–2003 files and of encrypted
/// Office Open XML packages.
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Whether a file should be read as a Word document: a Compound File (an old or an
/// encrypted Word file, or another Office file that deserves a clear refusal), or a
/// zip that is named like a Word file or holds `word/document.xml` (zip entry names
/// are stored uncompressed).
pub fn is_word(name: &str, bytes: &[u8]) -> bool {
    let named = name.rsplit_once('.').is_some_and(|(_, ext)| {
        ["docx", "docm", "dotx", "dotm"]
            .iter()
            .any(|e| ext.eq_ignore_ascii_case(e))
    });
    bytes.starts_with(OLE_MAGIC)
        || (bytes.starts_with(ZIP_MAGIC)
            && (named || memchr::memmem::find(bytes, b"word/document.xml").is_some()))
}

/// Reads a Word document: its title and its text (see [`Docx`]).
pub fn docx_text(bytes: &[u8]) -> Result<Docx, DocxError> {
    if bytes.starts_with(OLE_MAGIC) {
        return Err(compound_file_kind(bytes));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| DocxError::Damaged)?;
    let main = main_part(&mut zip)?;
    let document = read_part(&mut zip, &main)?.ok_or(DocxError::NotWord)?;
    let related = relationships(&mut zip, &main)?;
    let target = |kind: &str, default: &str| {
        related
            .iter()
            .find(|(t, _)| t.rsplit('/').next() == Some(kind))
            .map_or_else(|| default.to_string(), |(_, target)| target.clone())
    };
    let styles = match read_part(&mut zip, &target("styles", "word/styles.xml"))? {
        Some(xml) => styles::Styles::parse(&xml)?,
        None => styles::Styles::default(),
    };
    let mut lists = match read_part(&mut zip, &target("numbering", "word/numbering.xml"))? {
        Some(xml) => numbering::Numbering::parse(&xml)?,
        None => numbering::Numbering::default(),
    };
    let blocks = body::blocks(&document, &styles, &mut lists)?;
    if blocks_to_text(&blocks).is_empty() {
        return Err(DocxError::Empty);
    }
    let title = match read_part(&mut zip, "docProps/core.xml")? {
        Some(xml) => core_title(&xml)?,
        None => None,
    }
    .or_else(|| {
        blocks
            .iter()
            .find(|b| b.kind == BlockKind::Heading(0))
            .map(Block::line)
            .filter(|t| !t.is_empty())
    });
    Ok(Docx { title, blocks })
}

type Zip<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// A part's text, `None` if the zip has no such part.
fn read_part(zip: &mut Zip<'_>, name: &str) -> Result<Option<String>, DocxError> {
    let mut file = match zip.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(_) => return Err(DocxError::Damaged),
    };
    let mut bytes = Vec::new();
    (&mut file)
        .take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| DocxError::Damaged)?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(DocxError::TooLarge);
    }
    part_text(&bytes).map(Some)
}

/// The main document part, from the package's relationships (`word/document.xml`
/// when they do not say).
fn main_part(zip: &mut Zip<'_>) -> Result<String, DocxError> {
    let main = read_part(zip, "_rels/.rels")?
        .map(|xml| parse_relationships(&xml, ""))
        .transpose()?
        .unwrap_or_default()
        .into_iter()
        .find(|(kind, _)| kind.ends_with("/officeDocument"))
        .map(|(_, target)| target);
    Ok(main.unwrap_or_else(|| "word/document.xml".into()))
}

/// The relationships of part `name`: (type, target part) pairs.
fn relationships(zip: &mut Zip<'_>, name: &str) -> Result<Vec<(String, String)>, DocxError> {
    let (folder, file) = name.rsplit_once('/').unwrap_or(("", name));
    let rels = match folder {
        "" => format!("_rels/{file}.rels"),
        _ => format!("{folder}/_rels/{file}.rels"),
    };
    match read_part(zip, &rels)? {
        Some(xml) => parse_relationships(&xml, folder),
        None => Ok(Vec::new()),
    }
}

/// The `Relationship` elements of a `.rels` part, targets resolved from `folder`.
fn parse_relationships(xml: &str, folder: &str) -> Result<Vec<(String, String)>, DocxError> {
    let mut part = Part::new(xml);
    let mut found = Vec::new();
    loop {
        match part.next()? {
            Step::Start(Ns::Relationships, el) if local(&el) == "Relationship" => {
                let external = xml::attr(&el, "TargetMode").as_deref() == Some("External");
                if let (Some(kind), Some(target), false) =
                    (xml::attr(&el, "Type"), xml::attr(&el, "Target"), external)
                {
                    found.push((kind, resolve(folder, &target)));
                }
            }
            Step::Eof => return Ok(found),
            _ => {}
        }
    }
}

/// A relationship's target as a path in the zip: `/word/x.xml` from the root, else
/// relative to `folder`, `..` allowed.
fn resolve(folder: &str, target: &str) -> String {
    let mut path: Vec<&str> = match target.strip_prefix('/') {
        Some(_) => Vec::new(),
        None => folder.split('/').filter(|s| !s.is_empty()).collect(),
    };
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                path.pop();
            }
            _ => path.push(segment),
        }
    }
    path.join("/")
}

/// The `dc:title` of `docProps/core.xml`, if it has one.
fn core_title(xml: &str) -> Result<Option<String>, DocxError> {
    let mut part = Part::new(xml);
    let mut title: Option<String> = None;
    loop {
        match part.next()? {
            Step::Start(Ns::DublinCore, el) if local(&el) == "title" => title = Some(String::new()),
            Step::Text(text) => {
                if let Some(title) = &mut title {
                    title.push_str(&text);
                }
            }
            Step::End(Ns::DublinCore, name) if name == "title" => break,
            Step::Eof => break,
            _ => {}
        }
    }
    Ok(title
        .map(|t| collapse_whitespace(&t))
        .filter(|t| !t.is_empty()))
}

/// What a Compound File is: an encrypted Office Open XML package has the streams
/// `EncryptionInfo` and `EncryptedPackage`; a Word 97–2003 document has `WordDocument`.
fn compound_file_kind(bytes: &[u8]) -> DocxError {
    if has_stream(bytes, "EncryptionInfo") {
        DocxError::Encrypted
    } else if has_stream(bytes, "WordDocument") {
        DocxError::OldWord
    } else {
        DocxError::NotWord
    }
}

/// Whether a Compound File has a stream called `name`. Its directory entries are 128
/// bytes each, in sectors of 512 or 4096 bytes after a 512-byte header, so each starts
/// at a multiple of 128: the name in UTF-16LE, ended by a NUL, its length in bytes
/// (NUL included) at offset 64, and the entry's type at 66 (2 for a stream)
/// ([MS-CFB] 2.6.1). Looking at every such slot, rather than following the sector
/// chains, is enough to tell the kinds of Office file apart.
fn has_stream(bytes: &[u8], name: &str) -> bool {
    let utf16: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let length = (utf16.len() + 2) as u16;
    bytes.chunks_exact(128).skip(4).any(|entry| {
        entry.starts_with(&utf16)
            && entry[utf16.len()..utf16.len() + 2] == [0, 0]
            && u16::from_le_bytes([entry[64], entry[65]]) == length
            && entry[66] == 2
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_relationship_targets() {
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("", "/word/document2.xml"), "word/document2.xml");
        assert_eq!(resolve("word", "styles.xml"), "word/styles.xml");
        assert_eq!(
            resolve("word", "../customXml/item1.xml"),
            "customXml/item1.xml"
        );
    }

    #[test]
    fn error_codes_round_trip() {
        for error in DocxError::ALL {
            assert_eq!(DocxError::from_code(error.code()), Some(error));
        }
        assert_eq!(DocxError::from_code("binary PNG"), None);
    }
}
