//! Reading one XML part of a Word file: elements by namespace and local name, text
//! with its references resolved, whole elements skipped.

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::{NsReader, XmlVersion};

use super::DocxError;

/// The namespaces whose elements the reader looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ns {
    /// WordprocessingML (`w:`), transitional or strict.
    Word,
    /// Markup compatibility (`mc:`): alternative content.
    Compat,
    /// Dublin Core (`dc:`), in the document's properties.
    DublinCore,
    /// Package relationships.
    Relationships,
    /// Anything else.
    Other,
}

fn namespace(uri: &str) -> Ns {
    match uri {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        | "http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::Word,
        "http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Compat,
        "http://purl.org/dc/elements/1.1/" => Ns::DublinCore,
        "http://schemas.openxmlformats.org/package/2006/relationships" => Ns::Relationships,
        _ => Ns::Other,
    }
}

/// One step through a part. An empty element comes as a start and an end.
pub(super) enum Step<'i> {
    /// An element starts.
    Start(Ns, BytesStart<'i>),
    /// An element ends: its namespace and local name.
    End(Ns, String),
    /// Character data.
    Text(String),
    /// The end of the part.
    Eof,
}

/// A reader of one part.
pub(super) struct Part<'i> {
    reader: NsReader<&'i [u8]>,
}

impl<'i> Part<'i> {
    pub(super) fn new(xml: &'i str) -> Self {
        let mut reader = NsReader::from_str(xml);
        reader.config_mut().expand_empty_elements = true;
        Part { reader }
    }

    /// The next step; broken XML is a damaged file.
    pub(super) fn next(&mut self) -> Result<Step<'i>, DocxError> {
        loop {
            let (resolved, event) = self
                .reader
                .read_resolved_event()
                .map_err(|_| DocxError::Damaged)?;
            let ns = match resolved {
                ResolveResult::Bound(uri) => namespace(uri.0),
                _ => Ns::Other,
            };
            return Ok(match event {
                Event::Start(start) => Step::Start(ns, start),
                Event::End(end) => Step::End(ns, end.local_name().as_ref().to_string()),
                Event::Text(text) => Step::Text(text.xml10_content().into_owned()),
                Event::CData(data) => Step::Text(data.xml10_content().into_owned()),
                Event::GeneralRef(reference) => {
                    let resolved = match reference.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        Ok(None) => quick_xml::escape::resolve_predefined_entity(&reference)
                            .ok_or(DocxError::Damaged)?
                            .to_string(),
                        Err(_) => return Err(DocxError::Damaged),
                    };
                    Step::Text(resolved)
                }
                Event::Eof => Step::Eof,
                _ => continue,
            });
        }
    }

    /// Skips the rest of the element `start` (just read), its end included.
    pub(super) fn skip(&mut self, start: &BytesStart<'_>) -> Result<(), DocxError> {
        self.reader
            .read_to_end(start.name())
            .map(|_| ())
            .map_err(|_| DocxError::Damaged)
    }
}

/// The local name of an element.
pub(super) fn local(start: &BytesStart<'_>) -> String {
    start.local_name().as_ref().to_string()
}

/// The value of the attribute with local name `name` (`w:val` is `val`).
pub(super) fn attr(start: &BytesStart<'_>, name: &str) -> Option<String> {
    start
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// Whether an on/off property is on: present, unless its value says off.
pub(super) fn is_on(start: &BytesStart<'_>) -> bool {
    !matches!(
        attr(start, "val").as_deref(),
        Some("0" | "false" | "off" | "none")
    )
}

/// The text of a part that is XML: UTF-8, or UTF-16 by its byte-order mark.
pub(super) fn part_text(bytes: &[u8]) -> Result<String, DocxError> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, malformed) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return match malformed {
            true => Err(DocxError::Damaged),
            false => Ok(text.into_owned()),
        };
    }
    String::from_utf8(bytes.to_vec()).map_err(|_| DocxError::Damaged)
}
