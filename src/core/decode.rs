//! Bytes of a file to text: refuse what is not text, find the encoding, decode.

use encoding_rs::{Encoding, UTF_8};

/// The largest file sentag opens.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// A file's text, with the encoding it was decoded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text, without a byte-order mark.
    pub text: String,
    /// The encoding's WHATWG name, such as `UTF-8`, `GBK` or `UTF-16LE`.
    pub encoding: &'static str,
}

/// Why a file cannot be opened as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The file has no bytes.
    Empty,
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        size: usize,
        /// The largest size accepted, in bytes.
        limit: usize,
    },
    /// A known binary format, by its first bytes.
    Binary(&'static str),
    /// NUL bytes, or text that decodes mostly to replacement characters and control codes.
    NotText,
}

impl DecodeError {
    /// The error as a short code, for the decoder worker's reply.
    pub fn code(&self) -> String {
        match self {
            DecodeError::Empty => "empty".into(),
            DecodeError::TooLarge { size, limit } => format!("too-large {size} {limit}"),
            DecodeError::Binary(kind) => format!("binary {kind}"),
            DecodeError::NotText => "not-text".into(),
        }
    }

    /// The error a [`DecodeError::code`] stands for.
    pub fn from_code(code: &str) -> Option<DecodeError> {
        let mut words = code.splitn(2, ' ');
        let (head, rest) = (words.next()?, words.next().unwrap_or(""));
        Some(match head {
            "empty" => DecodeError::Empty,
            "not-text" => DecodeError::NotText,
            "binary" => DecodeError::Binary(
                MAGIC
                    .iter()
                    .map(|(_, kind)| *kind)
                    .find(|kind| *kind == rest)
                    .unwrap_or("binary"),
            ),
            "too-large" => {
                let (size, limit) = rest.split_once(' ')?;
                DecodeError::TooLarge {
                    size: size.parse().ok()?,
                    limit: limit.parse().ok()?,
                }
            }
            _ => return None,
        })
    }
}

const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "PNG"),
    (b"\xFF\xD8\xFF", "JPEG"),
    (b"GIF8", "GIF"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x1F\x8B", "gzip"),
    (b"\0asm", "WebAssembly"),
    (b"\xD0\xCF\x11\xE0", "Office 97"),
];

/// What the first look at a file's bytes finds, with no encoding tables: the
/// browser app decodes UTF-8 itself and hands anything else to the decoder worker,
/// which runs [`decode`].
#[derive(Debug, PartialEq, Eq)]
pub enum Sniffed<'a> {
    /// UTF-8, without its byte-order mark if it had one.
    Utf8(&'a str),
    /// Another encoding (or UTF-16 by its byte-order mark): needs [`decode`].
    Other,
}

/// Refuses what cannot be text (empty, too large, a known binary format, NUL bytes)
/// and recognises UTF-8.
pub fn sniff(bytes: &[u8]) -> Result<Sniffed<'_>, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge {
            size: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(DecodeError::Binary(kind));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(Sniffed::Utf8)
            .or(Ok(Sniffed::Other));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Ok(Sniffed::Other);
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(DecodeError::NotText);
    }
    Ok(std::str::from_utf8(bytes).map_or(Sniffed::Other, Sniffed::Utf8))
}

/// Decodes a text file: a byte-order mark wins, then valid UTF-8, then the
/// encoding `chardetng` guesses (GBK/GB18030 and Big5 are common for Chinese).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Sniffed::Utf8(text) = sniff(bytes)? {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: UTF_8.name(),
        });
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return checked(text.into_owned(), encoding);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    checked(text.into_owned(), encoding)
}

/// Refuses text that is mostly replacement characters or control codes.
fn checked(text: String, encoding: &'static Encoding) -> Result<Decoded, DecodeError> {
    let total = text.chars().count().max(1);
    let bad = text
        .chars()
        .filter(|&c| c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace()))
        .count();
    if bad * 20 > total {
        return Err(DecodeError::NotText);
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHINESE: &str = "会议现场。天心区召开招商引资工作动员大会，新引进10亿元以上重大项目4个。";

    #[test]
    fn utf8_gbk_and_utf16_decode() {
        let utf8 = decode(CHINESE.as_bytes()).unwrap();
        assert_eq!((utf8.text.as_str(), utf8.encoding), (CHINESE, "UTF-8"));

        let (gbk, _, _) = encoding_rs::GBK.encode(CHINESE);
        let decoded = decode(&gbk).unwrap();
        assert_eq!(decoded.text, CHINESE);
        assert!(
            ["GBK", "gb18030"].contains(&decoded.encoding),
            "{}",
            decoded.encoding
        );

        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(CHINESE.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            decode(&utf16).unwrap(),
            Decoded {
                text: CHINESE.into(),
                encoding: "UTF-16LE"
            }
        );

        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend(CHINESE.as_bytes());
        assert_eq!(decode(&with_bom).unwrap().text, CHINESE);
    }

    #[test]
    fn sniff_finds_utf8_and_leaves_the_rest_to_decode() {
        assert_eq!(sniff(CHINESE.as_bytes()), Ok(Sniffed::Utf8(CHINESE)));
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), CHINESE.as_bytes()].concat();
        assert_eq!(sniff(&with_bom), Ok(Sniffed::Utf8(CHINESE)));
        let (gbk, _, _) = encoding_rs::GBK.encode(CHINESE);
        assert_eq!(sniff(&gbk), Ok(Sniffed::Other));
        // UTF-16 has NUL bytes: its byte-order mark is seen before the NUL check.
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(b"a\0b\0".iter().copied())
            .collect();
        assert_eq!(sniff(&utf16), Ok(Sniffed::Other));
        assert_eq!(sniff(b"ab\0cd"), Err(DecodeError::NotText));
    }

    #[test]
    fn refuses_what_is_not_text() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n...."),
            Err(DecodeError::Binary("PNG"))
        );
        assert_eq!(decode(b"PK\x03\x04rest"), Err(DecodeError::Binary("ZIP")));
        assert_eq!(decode(b"ab\0\0\x01\x02cd"), Err(DecodeError::NotText));
        let huge = vec![b'a'; MAX_FILE_BYTES + 1];
        assert!(matches!(decode(&huge), Err(DecodeError::TooLarge { .. })));
        for error in [
            DecodeError::Empty,
            DecodeError::NotText,
            DecodeError::Binary("PDF"),
            DecodeError::TooLarge {
                size: 23_500_000,
                limit: MAX_FILE_BYTES,
            },
        ] {
            assert_eq!(DecodeError::from_code(&error.code()), Some(error));
        }
    }
}
