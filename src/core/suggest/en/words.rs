//! Word lists the English rules share: months, number words, units and small words.

/// Month names and their usual abbreviations (`Sept`, `Aug`), which mark a date.
pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Words a number names rather than measures after (`Route 9`, `page 4`, `No. 269`).
pub(super) const LABELS: &[&str] = &[
    "no",
    "nos",
    "number",
    "route",
    "highway",
    "interstate",
    "exit",
    "item",
    "items",
    "section",
    "sections",
    "chapter",
    "article",
    "paragraph",
    "clause",
    "page",
    "pages",
    "rule",
    "resolution",
    "ordinance",
    "title",
    "amendment",
    "proposition",
    "prop",
    "phase",
    "stage",
    "step",
    "level",
    "grade",
    "grades",
    "class",
    "category",
    "tier",
    "ward",
    "district",
    "precinct",
    "station",
    "room",
    "suite",
    "unit",
    "lot",
    "parcel",
    "exhibit",
    "appendix",
    "figure",
    "version",
    "channel",
    "gate",
    "pier",
    "terminal",
    "platform",
    "alternative",
    "scenario",
    "docket",
    "age",
    "ages",
    "aged",
    "policy",
    "account",
];

/// Units of time, which make a number a duration.
pub(super) const DURATIONS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "night",
    "nights",
    "semester",
    "semesters",
    "weekend",
    "weekends",
];

/// Units a lone "one" or a year-like number can measure in (`one mile`, `1200 feet`).
pub(super) const UNITS: &[&str] = &[
    "mile",
    "miles",
    "foot",
    "feet",
    "acre",
    "acres",
    "square",
    "ton",
    "tons",
    "tonnes",
    "gallon",
    "gallons",
    "pound",
    "pounds",
    "kilometer",
    "kilometers",
    "kilometre",
    "kilometres",
    "meter",
    "meters",
    "metre",
    "metres",
    "megawatt",
    "megawatts",
    "bed",
    "beds",
    "unit",
    "units",
    "cent",
    "percent",
    "dollar",
    "dollars",
];

/// Scale words after a number (`2.8 billion`).
pub(super) const SCALES: &[&str] = &["thousand", "million", "billion", "trillion", "hundred"];

/// Currency names after a number (`40 dollars`).
pub(super) const CURRENCIES: &[&str] = &[
    "dollar", "dollars", "cent", "cents", "euro", "euros", "yuan", "yen", "rupees", "pesos",
];

/// Words that make a percentage a change (`rose 4%`, `up 80 basis points`).
pub(super) const CHANGES: &[&str] = &[
    "up",
    "down",
    "rose",
    "rise",
    "rises",
    "fell",
    "fall",
    "falls",
    "grew",
    "grow",
    "growth",
    "increase",
    "increased",
    "increases",
    "decrease",
    "decreased",
    "declined",
    "decline",
    "dropped",
    "jumped",
    "climbed",
    "gained",
    "lost",
    "widened",
    "narrowed",
    "raise",
    "raises",
    "cut",
    "cuts",
    "by",
];

/// Small words that end a number's phrase: a number before one of them has no unit.
pub(super) const FUNCTION: &[&str] = &[
    "of", "to", "and", "or", "nor", "in", "on", "at", "for", "from", "by", "with", "as", "than",
    "is", "was", "were", "are", "be", "been", "that", "which", "who", "but", "if", "when", "after",
    "before", "into", "over", "under", "through", "since", "until", "while", "during", "about",
    "against", "between", "the", "a", "an", "am", "pm", "each", "apiece", "ago", "times", "so",
    "then", "also", "has", "had", "have", "will", "would", "per", "out",
];

/// Words a sentence may open with before a number (`About 150 parents`).
pub(super) const OPENERS: &[&str] = &[
    "about",
    "some",
    "nearly",
    "more",
    "over",
    "almost",
    "roughly",
    "only",
    "just",
    "in",
    "since",
    "by",
    "of",
    "the",
    "another",
    "at",
    "for",
    "with",
    "from",
    "up",
    "down",
    "approximately",
    "around",
    "under",
    "fewer",
    "less",
    "all",
    "each",
    "exactly",
    "total",
    "its",
    "their",
    "and",
    "but",
];

/// The value of a number word from two to twenty, `thirty` to `ninety`, or `dozen`.
pub(super) fn number_word(w: &str) -> Option<u32> {
    const SMALL: [&str; 19] = [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    const TENS: [&str; 7] = [
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(n) = SMALL.iter().position(|s| w.eq_ignore_ascii_case(s)) {
        return Some(n as u32 + 2);
    }
    if let Some(n) = TENS.iter().position(|s| w.eq_ignore_ascii_case(s)) {
        return Some(n as u32 * 10 + 30);
    }
    (w.eq_ignore_ascii_case("dozen") || w.eq_ignore_ascii_case("one")).then_some(1)
}

/// Whether `w` is among `list` (ASCII case ignored).
pub(super) fn among(w: &str, list: &[&str]) -> bool {
    !w.is_empty() && list.iter().any(|l| w.eq_ignore_ascii_case(l))
}
