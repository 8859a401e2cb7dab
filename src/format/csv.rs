//! CSV for spreadsheets: UTF-8 with a byte-order mark, so that Excel shows Chinese;
//! one row per marked sentence.

use crate::annotation::TagSet;
use crate::editor::Workspace;

/// The CSV file as bytes, BOM first.
pub fn export(workspace: &Workspace) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::Writer::from_writer(&mut out);
        let header = ["index", "paragraph", "start", "end", "text", "tags", "note"];
        writer.write_record(header).expect("writing to memory");
        let doc = &workspace.doc;
        for (index, (s, m)) in doc.sentences.iter().zip(workspace.marks.iter()).enumerate() {
            if m.is_empty() {
                continue;
            }
            let labels: Vec<&str> = m
                .tags
                .iter()
                .filter_map(|id| workspace.tags.get(id))
                .map(|t| TagSet::display_label(t, false))
                .collect();
            writer
                .write_record([
                    (index + 1).to_string(),
                    (s.paragraph + 1).to_string(),
                    s.char_start.to_string(),
                    s.char_end.to_string(),
                    s.text.to_string(),
                    labels.join("; "),
                    m.note.clone(),
                ])
                .expect("writing to memory");
        }
        writer.flush().expect("writing to memory");
    }
    out
}
