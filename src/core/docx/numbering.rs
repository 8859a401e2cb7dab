//! List numbering (`word/numbering.xml`): each list's levels and their number formats,
//! and the counters that number the paragraphs in document order.
//!
//! A bullet becomes `•`, whatever the character Word draws. A number is the level's
//! `w:lvlText` with each `%n` replaced by level n's counter in that level's `w:numFmt`
//! (`%1.%2.` gives `2.3.`): decimal, zero-padded, Roman, letters, full-width, circled,
//! and Chinese counting; other formats are written as decimal numbers. Lists that share
//! an abstract definition continue one another's numbers, as in Word, unless a list
//! sets its own start (`w:startOverride`): that list then counts on its own.

use super::DocxError;
use super::styles::NumRef;
use super::xml::{Ns, Part, Step, attr, is_on, local};

/// One level of a list.
#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
    legal: bool,
}

/// A list definition (`w:abstractNum`): nine levels, by `w:ilvl`.
type Levels = [Option<Level>; 9];

/// A list (`w:num`): its definition, and the levels it changes.
#[derive(Debug, Default)]
struct List {
    abstract_id: u32,
    start_overrides: [Option<u32>; 9],
    level_overrides: Levels,
}

/// Whose counters a list uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Counter {
    Shared(u32),
    Own(u32),
}

/// The lists of a document, and where their counters stand. (Vectors searched in
/// order: a document has a few dozen lists, and hash maps would make the decoder
/// worker's wasm larger.)
#[derive(Debug, Default)]
pub(super) struct Numbering {
    definitions: Vec<(u32, Levels)>,
    lists: Vec<(u32, List)>,
    counters: Vec<(Counter, [Option<u32>; 9])>,
}

impl Numbering {
    pub(super) fn parse(xml: &str) -> Result<Numbering, DocxError> {
        let mut part = Part::new(xml);
        let mut numbering = Numbering::default();
        // The definition or list being read, and the level being read in it.
        let mut definition: Option<(u32, Levels)> = None;
        let mut list: Option<(u32, List)> = None;
        let mut override_level: Option<u8> = None;
        let mut level: Option<(u8, Level)> = None;
        loop {
            match part.next()? {
                Step::Start(Ns::Word, el) => {
                    let name = local(&el);
                    let number = || attr(&el, "val").and_then(|v| v.parse::<u32>().ok());
                    match name.as_str() {
                        "abstractNum" => {
                            let id = attr(&el, "abstractNumId").and_then(|v| v.parse().ok());
                            definition = Some((id.unwrap_or(u32::MAX), Levels::default()));
                        }
                        "num" => {
                            let id = attr(&el, "numId").and_then(|v| v.parse().ok());
                            list = Some((id.unwrap_or(0), List::default()));
                        }
                        "abstractNumId" => {
                            if let Some((_, list)) = &mut list {
                                list.abstract_id = number().unwrap_or(u32::MAX);
                            }
                        }
                        "lvlOverride" => override_level = ilvl(&el),
                        "startOverride" => {
                            if let (Some((_, list)), Some(at), Some(start)) =
                                (&mut list, override_level, number())
                            {
                                list.start_overrides[usize::from(at)] = Some(start);
                            }
                        }
                        "lvl" => {
                            let start = Level {
                                start: 1,
                                format: "decimal".into(),
                                ..Level::default()
                            };
                            level = ilvl(&el).map(|at| (at, start));
                        }
                        "start" | "numFmt" | "lvlText" | "isLgl" => {
                            if let Some((_, level)) = &mut level {
                                match name.as_str() {
                                    "start" => level.start = number().unwrap_or(1),
                                    "numFmt" => level.format = attr(&el, "val").unwrap_or_default(),
                                    "lvlText" => level.text = attr(&el, "val").unwrap_or_default(),
                                    _ => level.legal = is_on(&el),
                                }
                            }
                        }
                        "pPr" | "rPr" => part.skip(&el)?,
                        _ => {}
                    }
                }
                Step::End(Ns::Word, name) => match name.as_str() {
                    "lvl" => {
                        if let Some((at, done)) = level.take() {
                            match (&mut list, &mut definition) {
                                (Some((_, list)), _) => {
                                    list.level_overrides[usize::from(at)] = Some(done);
                                }
                                (None, Some((_, levels))) => levels[usize::from(at)] = Some(done),
                                _ => {}
                            }
                        }
                    }
                    "lvlOverride" => override_level = None,
                    "abstractNum" => {
                        numbering.definitions.extend(definition.take());
                    }
                    "num" => {
                        numbering.lists.extend(list.take());
                    }
                    _ => {}
                },
                Step::Eof => return Ok(numbering),
                _ => {}
            }
        }
    }

    fn level<'a>(&'a self, list: &'a List, at: u8) -> Option<&'a Level> {
        let at = usize::from(at);
        list.level_overrides[at].as_ref().or_else(|| {
            let (_, levels) = self
                .definitions
                .iter()
                .find(|(id, _)| *id == list.abstract_id)?;
            levels[at].as_ref()
        })
    }

    /// The marker of the next paragraph in list `num`, counting it: `•` for a bullet,
    /// `3.` or `2.1` for a number, empty for a level with no marker or a list that is
    /// not defined.
    pub(super) fn next_marker(&mut self, num: NumRef) -> String {
        let Some((_, list)) = self.lists.iter().find(|(id, _)| *id == num.id) else {
            return String::new();
        };
        let Some(level) = self.level(list, num.level).cloned() else {
            return String::new();
        };
        let key = match list.start_overrides.iter().all(Option::is_none) {
            true => Counter::Shared(list.abstract_id),
            false => Counter::Own(num.id),
        };
        let start_of = |at: u8| {
            list.start_overrides[usize::from(at)]
                .or_else(|| self.level(list, at).map(|l| l.start))
                .unwrap_or(1)
        };
        let starts: Vec<u32> = (0..9).map(start_of).collect();
        let formats: Vec<Option<String>> = (0..9)
            .map(|at| self.level(list, at).map(|l| l.format.clone()))
            .collect();

        let counters = match self.counters.iter().position(|(k, _)| *k == key) {
            Some(at) => &mut self.counters[at].1,
            None => {
                self.counters.push((key, [None; 9]));
                &mut self.counters.last_mut().expect("just pushed").1
            }
        };
        let at = usize::from(num.level);
        counters[at] = Some(counters[at].map_or(starts[at], |n| n + 1));
        counters[at + 1..].fill(None);

        match level.format.as_str() {
            "bullet" => return "•".into(),
            "none" => return String::new(),
            _ => {}
        }
        let mut marker = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            let placeholder = chars
                .peek()
                .and_then(|d| d.to_digit(10))
                .filter(|_| c == '%')
                .filter(|d| (1..=9).contains(d));
            let Some(digit) = placeholder else {
                marker.push(c);
                continue;
            };
            chars.next();
            let of = digit as usize - 1;
            let value = counters[of].unwrap_or(starts[of]);
            let format = match level.legal {
                true => "decimal",
                false => formats[of].as_deref().unwrap_or("decimal"),
            };
            marker.push_str(&format_number(value, format));
        }
        marker
    }
}

fn ilvl(el: &quick_xml::events::BytesStart<'_>) -> Option<u8> {
    attr(el, "ilvl")
        .and_then(|v| v.parse::<u8>().ok())
        .filter(|l| *l < 9)
}

/// `n` written in a `w:numFmt` format.
fn format_number(n: u32, format: &str) -> String {
    match format {
        "decimalZero" if n < 10 => format!("0{n}"),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_ascii_lowercase(),
        "upperLetter" => letters(n),
        "lowerLetter" => letters(n).to_ascii_lowercase(),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|d| char::from_u32(d as u32 - '0' as u32 + 0xFF10).unwrap_or(d))
            .collect(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or(n.to_string(), String::from)
        }
        "ideographTraditional" => heavenly_stem(n),
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "taiwaneseCounting" => chinese(n),
        "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" => n
            .to_string()
            .chars()
            .map(|d| DIGITS[d as usize - '0' as usize])
            .collect(),
        _ => n.to_string(),
    }
}

/// Roman numerals, as Word writes them up to 3999 (decimal beyond).
fn roman(mut n: u32) -> String {
    if !(1..4000).contains(&n) {
        return n.to_string();
    }
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// Word's letters: A to Z, then AA to ZZ, then AAA…
fn letters(n: u32) -> String {
    if n == 0 {
        return "0".into();
    }
    let letter = char::from(b'A' + ((n - 1) % 26) as u8);
    std::iter::repeat_n(letter, ((n - 1) / 26 + 1) as usize).collect()
}

const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Chinese counting, as in 一、二、…十、十一、二十、一百零五 (decimal from 10 000).
fn chinese(n: u32) -> String {
    if n == 0 || n >= 10_000 {
        return n.to_string();
    }
    let places = [(1000, '千'), (100, '百'), (10, '十'), (1, ' ')];
    let mut out = String::new();
    let mut zero = false;
    for (value, unit) in places {
        let digit = (n / value % 10) as usize;
        if digit == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        // 十一, not 一十一, for the teens.
        if !(value == 10 && digit == 1 && out.is_empty()) {
            out.push(DIGITS[digit]);
        }
        if value > 1 {
            out.push(unit);
        }
    }
    out
}

/// The heavenly stems 甲 to 癸 (decimal beyond ten).
fn heavenly_stem(n: u32) -> String {
    const STEMS: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
    match n {
        1..=10 => STEMS[n as usize - 1].to_string(),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_numbers() {
        let cases = [
            (4, "decimal", "4"),
            (7, "decimalZero", "07"),
            (14, "upperRoman", "XIV"),
            (1994, "lowerRoman", "mcmxciv"),
            (3, "lowerLetter", "c"),
            (28, "upperLetter", "BB"),
            (12, "decimalFullWidth", "１２"),
            (5, "decimalEnclosedCircle", "⑤"),
            (1, "chineseCounting", "一"),
            (10, "chineseCounting", "十"),
            (11, "chineseCounting", "十一"),
            (20, "chineseCountingThousand", "二十"),
            (105, "chineseCounting", "一百零五"),
            (1010, "chineseCounting", "一千零一十"),
            (3, "ideographTraditional", "丙"),
            (10, "ideographDigital", "一〇"),
            (6, "ordinalText", "6"),
        ];
        for (n, format, expected) in cases {
            assert_eq!(format_number(n, format), expected, "{n} as {format}");
        }
    }
}
