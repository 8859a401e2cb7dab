//! Writes the Word files of the end-to-end tests into `tests/e2e/fixtures/`:
//! `report.docx` (a committee report with a title, headings, English and Chinese
//! paragraphs, a bulleted and a numbered list, a table, a tracked deletion and a
//! field), and the bad ones: `empty.docx`, `not-word.docx` (a zip of something else),
//! `old-word.doc` (Word 97–2003) and `encrypted.docx` (password-protected).
//!
//! ```sh
//! cargo run --example make_docx
//! ```
//!
//! The output is the same at every run; the files are committed.

#[path = "../tests/wordml/mod.rs"]
mod wordml;

use std::path::Path;

use wordml::{docx, item, p, styled, table};

/// The report: every sentence written for sentag's tests.
fn report() -> String {
    [
        styled("Title", "Riverside District Transport Review"),
        styled("Heading1", "Summary"),
        // A tracked change: "four" deleted, "three" inserted.
        r#"<w:p><w:r><w:t xml:space="preserve">The transport committee met on 14 March to review bus services, cycling routes and road safety. It approved </w:t></w:r><w:del w:id="1" w:author="J. Okafor" w:date="2025-03-15T10:00:00Z"><w:r><w:delText>four</w:delText></w:r></w:del><w:ins w:id="2" w:author="J. Okafor" w:date="2025-03-15T10:00:00Z"><w:r><w:t>three</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> proposals and asked officers to report back in June.</w:t></w:r></w:p>"#.to_string(),
        // A field: its instruction left out, its result kept.
        r#"<w:p><w:r><w:t xml:space="preserve">This report was prepared on </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>17 March 2025</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> by the planning office.</w:t></w:r></w:p>"#.to_string(),
        styled("Heading2", "Decisions"),
        item(2, 0, "Extend bus route 12 to the new hospital."),
        item(2, 0, "Build 4.5 km of protected cycle lanes on Mill Road."),
        item(2, 1, "Work starts at the station end."),
        item(2, 0, "Lower the speed limit near schools to 30 km/h."),
        styled("Heading2", "Concerns raised"),
        styled("ListBullet", "Residents asked for later evening buses."),
        styled("ListBullet", "Shop owners worried about deliveries during the works."),
        styled("Heading2", "Costs"),
        table(&[
            &["Measure", "Cost", "Start"],
            &["Bus route 12", "€1.2 million", "September"],
            &["Cycle lanes", "€3.4 million", "Spring 2026"],
        ]),
        // A line break and a tab inside a paragraph; non-breaking and soft hyphens.
        r#"<w:p><w:r><w:t>Contact: planning office</w:t></w:r><w:r><w:br/><w:t>Phone</w:t><w:tab/><w:t>555 0142</w:t></w:r></w:p>"#.to_string(),
        r#"<w:p><w:r><w:t>The Mill Road</w:t><w:noBreakHyphen/><w:t>Station Street round</w:t><w:softHyphen/><w:t>about stays open throughout.</w:t></w:r></w:p>"#.to_string(),
        styled("Heading1", "会议纪要"),
        p("区交通委员会于3月14日召开会议，审议公交服务、自行车道和道路安全等议题。会议同意延长12路公交线路，并要求有关部门于6月底前提交进展报告。"),
        item(3, 0, "加快推进公交线路延伸工作。"),
        item(3, 0, "做好施工期间的交通疏导。"),
    ]
    .concat()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(dir.join(name), bytes)?;
    println!("wrote {name} ({} bytes)", bytes.len());
    Ok(())
}

fn main() -> std::io::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/fixtures");
    write(
        &dir,
        "report.docx",
        &docx(&report(), Some("Riverside District Transport Review")),
    )?;
    write(&dir, "empty.docx", &docx(&p(" "), None))?;
    let spreadsheet = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"#;
    write(
        &dir,
        "not-word.docx",
        &wordml::zip(&[("xl/workbook.xml", spreadsheet.as_bytes())]),
    )?;
    write(
        &dir,
        "old-word.doc",
        &wordml::compound_file(&["WordDocument", "1Table"]),
    )?;
    write(
        &dir,
        "encrypted.docx",
        &wordml::compound_file(&["EncryptionInfo", "EncryptedPackage"]),
    )
}
