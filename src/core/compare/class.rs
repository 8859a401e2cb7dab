//! The class view: students' sheets against a key, per tag, and as CSV.

use crate::core::agreement::Scores;
use crate::core::annotation::{Tag, TagSet};
use crate::core::format::csv::{Separator, neutralise};

use super::Sheet;
use super::figures::{phrase_spans, span_scores};
use super::questions::sentences;

/// One student's scores against the key.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassRow {
    /// The student's sheet's name.
    pub name: String,
    /// Sentences against the key, one entry per tag of [`ClassTable::tags`].
    pub tags: Vec<Scores>,
    /// Phrases against the key, all tags together, by exact span.
    pub phrases: Scores,
}

impl ClassRow {
    /// All tags together: micro-averaged, the counts of every tag summed.
    pub fn overall(&self) -> Scores {
        self.tags.iter().copied().sum()
    }
}

/// Students × tags, each cell the student's scores for the tag against the key.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassTable {
    /// The columns.
    pub tags: Vec<Tag>,
    /// One row per student, in the order given.
    pub rows: Vec<ClassRow>,
}

/// Each student's sheet against `key`, for each tag of `tags`: sentences by their own
/// tags, as in [`super::figures`].
pub fn class_table(key: &Sheet, students: &[Sheet], tags: &TagSet) -> ClassTable {
    let n = sentences(std::slice::from_ref(key)).max(sentences(students));
    let column = |sheet: &Sheet, tag: &str| -> Vec<bool> {
        (0..n)
            .map(|i| sheet.at(i).is_some_and(|m| m.has(tag)))
            .collect()
    };
    let keys: Vec<Vec<bool>> = tags.tags.iter().map(|t| column(key, &t.id)).collect();
    let key_spans: Vec<_> = tags.tags.iter().map(|t| phrase_spans(key, &t.id)).collect();
    let rows = students
        .iter()
        .map(|student| ClassRow {
            name: student.name.clone(),
            tags: tags
                .tags
                .iter()
                .zip(&keys)
                .map(|(t, k)| Scores::of(&column(student, &t.id), k))
                .collect(),
            phrases: tags
                .tags
                .iter()
                .zip(&key_spans)
                .map(|(t, k)| span_scores(&phrase_spans(student, &t.id), k))
                .sum(),
        })
        .collect();
    ClassTable {
        tags: tags.tags.clone(),
        rows,
    }
}

impl ClassTable {
    /// The table as CSV, BOM first as the other CSV exports: `name`, one F1 column per
    /// tag headed by its label, then `precision`, `recall` and `F1` of all tags
    /// together, and `phrase F1`. Figures have three decimals, with a decimal comma
    /// where cells are separated by semicolons (the spreadsheets that expect semicolons
    /// read a decimal comma); a precision or recall that does not exist is an empty
    /// cell. Names and labels are made safe from formula injection as in
    /// [`crate::core::format::csv`].
    pub fn to_csv(&self, separator: Separator) -> Vec<u8> {
        let number = |x: f64| {
            let text = format!("{x:.3}");
            match separator {
                Separator::Comma => text,
                Separator::Semicolon => text.replace('.', ","),
            }
        };
        let maybe = |x: Option<f64>| x.map(number).unwrap_or_default();
        let mut out = b"\xEF\xBB\xBF".to_vec();
        {
            let mut writer = ::csv::WriterBuilder::new()
                .delimiter(separator.byte())
                .from_writer(&mut out);
            let mut header = vec!["name".to_string()];
            header.extend(self.tags.iter().map(|t| neutralise(&t.label).into_owned()));
            header.extend(["precision", "recall", "F1", "phrase F1"].map(String::from));
            writer.write_record(&header).expect("writing to memory");
            for row in &self.rows {
                let all = row.overall();
                let mut cells = vec![neutralise(&row.name).into_owned()];
                cells.extend(row.tags.iter().map(|s| number(s.f1())));
                cells.push(maybe(all.precision()));
                cells.push(maybe(all.recall()));
                cells.push(number(all.f1()));
                cells.push(number(row.phrases.f1()));
                writer.write_record(&cells).expect("writing to memory");
            }
            writer.flush().expect("writing to memory");
        }
        out
    }
}
