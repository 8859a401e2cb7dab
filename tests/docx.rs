//! Word documents to text: the committed fixture, then small documents written here for
//! one rule each, then the files that are not (or no longer) readable Word documents.

mod wordml;

use sentag::core::blocks::{Block, BlockKind};
use sentag::core::docx::{DocxError, docx_text, is_word};
use wordml::{compound_file, docx, item, p, styled};

const REPORT: &[u8] = include_bytes!("e2e/fixtures/report.docx");

fn text_of(body: &str) -> String {
    docx_text(&docx(body, None))
        .expect("a readable document")
        .text()
}

#[test]
fn the_report_reads_as_its_paragraphs() {
    let report = docx_text(REPORT).unwrap();
    assert_eq!(
        report.title.as_deref(),
        Some("Riverside District Transport Review")
    );
    let expected = [
        "Riverside District Transport Review",
        "Summary",
        "The transport committee met on 14 March to review bus services, cycling routes and road safety. It approved three proposals and asked officers to report back in June.",
        "This report was prepared on 17 March 2025 by the planning office.",
        "Decisions",
        "1. Extend bus route 12 to the new hospital.",
        "2. Build 4.5 km of protected cycle lanes on Mill Road.",
        "a) Work starts at the station end.",
        "3. Lower the speed limit near schools to 30 km/h.",
        "Concerns raised",
        "• Residents asked for later evening buses.",
        "• Shop owners worried about deliveries during the works.",
        "Costs",
        "Measure",
        "Cost",
        "Start",
        "Bus route 12",
        "€1.2 million",
        "September",
        "Cycle lanes",
        "€3.4 million",
        "Spring 2026",
        "Contact: planning office Phone 555 0142",
        "The Mill Road-Station Street roundabout stays open throughout.",
        "会议纪要",
        "区交通委员会于3月14日召开会议，审议公交服务、自行车道和道路安全等议题。会议同意延长12路公交线路，并要求有关部门于6月底前提交进展报告。",
        "一、加快推进公交线路延伸工作。",
        "二、做好施工期间的交通疏导。",
    ];
    assert_eq!(report.text(), expected.join("\n\n"));
    let text = report.text();
    assert!(!text.contains("four"), "a tracked deletion is left out");
    assert!(!text.contains("DATE"), "a field's instruction is left out");
}

#[test]
fn headings_come_from_styles_and_outline_levels() {
    let report = docx_text(REPORT).unwrap();
    let headings: Vec<(&BlockKind, &str)> = report
        .blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Heading(_)))
        .map(|b| (&b.kind, b.text.as_str()))
        .collect();
    assert_eq!(
        headings,
        [
            (
                &BlockKind::Heading(0),
                "Riverside District Transport Review"
            ),
            (&BlockKind::Heading(1), "Summary"),
            (&BlockKind::Heading(2), "Decisions"),
            (&BlockKind::Heading(2), "Concerns raised"),
            (&BlockKind::Heading(2), "Costs"),
            (&BlockKind::Heading(1), "会议纪要"),
        ]
    );

    // A style based on a heading is a heading; an outline level makes one too, and
    // outline level 9 is body text whatever the style.
    let doc = docx_text(&docx(
        &[
            styled("SectionHead", "Based on heading 2"),
            r#"<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>By outline level</w:t></w:r></w:p>"#.into(),
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>Body after all</w:t></w:r></w:p>"#.into(),
            styled("Normal", "Plain"),
        ]
        .concat(),
        None,
    ))
    .unwrap();
    let kinds: Vec<&BlockKind> = doc.blocks.iter().map(|b| &b.kind).collect();
    assert_eq!(
        kinds,
        [
            &BlockKind::Heading(2),
            &BlockKind::Heading(3),
            &BlockKind::Paragraph,
            &BlockKind::Paragraph
        ]
    );
}

#[test]
fn a_heading_style_is_known_by_its_name_in_any_language() {
    // A German Word calls the style "Überschrift 1" on screen, stores the id
    // "berschrift1" and keeps the built-in name "heading 1".
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style></w:styles>"#;
    let document = wordml::document(&styled("berschrift1", "Haushalt 2025"));
    let bytes = wordml::zip(&[
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
    ]);
    let doc = docx_text(&bytes).unwrap();
    assert_eq!(doc.blocks, [Block::heading(1, "Haushalt 2025")]);
    // No package relationships, no core properties: the defaults are used, and the
    // title is unknown.
    assert_eq!(doc.title, None);
}

#[test]
fn lists_are_numbered_in_document_order() {
    let text = text_of(
        &[
            item(2, 0, "First"),
            item(2, 1, "Sub one"),
            item(2, 1, "Sub two"),
            item(2, 0, "Second"),
            item(2, 1, "Sub again from a"),
            p("An ordinary paragraph does not end the list."),
            item(2, 0, "Third"),
            // List 4 shares list 2's definition: it goes on counting.
            item(4, 0, "Fourth, in another list of the same kind"),
            // List 5 sets its own start: it counts anew.
            item(5, 0, "A new list"),
            item(5, 0, "Its second item"),
            item(1, 0, "A bullet"),
            // A list that numbering.xml does not define: no marker.
            item(9, 0, "Undefined list"),
            // numId 0 takes away the numbering the style gives.
            r#"<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Not a bullet</w:t></w:r></w:p>"#.to_string(),
        ]
        .concat(),
    );
    assert_eq!(
        text.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>(),
        [
            "1. First",
            "a) Sub one",
            "b) Sub two",
            "2. Second",
            "a) Sub again from a",
            "An ordinary paragraph does not end the list.",
            "3. Third",
            "4. Fourth, in another list of the same kind",
            "1. A new list",
            "2. Its second item",
            "• A bullet",
            "Undefined list",
            "Not a bullet",
        ]
    );
}

#[test]
fn hidden_text_fallbacks_ruby_and_old_formatting_are_left_out() {
    let text = text_of(concat!(
        // Hidden text.
        r#"<w:p><w:r><w:t xml:space="preserve">Shown </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden </w:t></w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>and shown.</w:t></w:r></w:p>"#,
        // A text box: its paragraphs come before the one it is anchored in, once.
        r#"<w:p><w:r><w:t xml:space="preserve">Anchor paragraph.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box text.</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#,
        // Ruby: the base text only.
        r#"<w:p><w:r><w:ruby><w:rt><w:r><w:t>huì yì</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>会议</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:t>开始。</w:t></w:r></w:p>"#,
        // A formatting change keeps the old properties, which are not the paragraph's.
        r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pPrChange w:id="3" w:author="A"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t>Now a heading</w:t></w:r></w:p>"#,
        // Moved text: kept where it went, not where it was.
        r#"<w:p><w:moveFrom w:id="4" w:author="A"><w:r><w:t>Moved away.</w:t></w:r></w:moveFrom><w:moveTo w:id="5" w:author="A"><w:r><w:t>Moved here.</w:t></w:r></w:moveTo></w:p>"#,
        // A deleted paragraph, mark and all, is gone.
        r#"<w:p><w:pPr><w:rPr><w:del w:id="6" w:author="A"/></w:rPr></w:pPr><w:del w:id="7" w:author="A"><w:r><w:delText>Deleted paragraph.</w:delText></w:r></w:del></w:p>"#,
        // References, an entity and a character reference.
        r#"<w:p><w:r><w:t>R&amp;D spending rose by 5&#x25;.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#,
        // A simple field keeps its result; a nested complex field hides its instruction.
        r#"<w:p><w:r><w:t xml:space="preserve">See page </w:t></w:r><w:fldSimple w:instr=" PAGEREF budget \h "><w:r><w:t>4</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> and </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText xml:space="preserve"> > 1 "annex" "" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the annex</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>"#,
    ));
    assert_eq!(
        text,
        [
            "Shown and shown.",
            "Box text.",
            "Anchor paragraph.",
            "会议开始。",
            "Now a heading",
            "Moved here.",
            "R&D spending rose by 5%.",
            "See page 4 and the annex.",
        ]
        .join("\n\n")
    );
}

#[test]
fn the_title_falls_back_to_the_title_style() {
    let doc = docx_text(&docx(
        &[styled("Title", "Annual  report"), p("Text.")].concat(),
        None,
    ))
    .unwrap();
    assert_eq!(doc.title.as_deref(), Some("Annual report"));
    let doc = docx_text(&docx(&p("Text."), Some("  "))).unwrap();
    assert_eq!(doc.title, None);
}

#[test]
fn files_that_are_not_readable_word_documents_say_why() {
    let half = &REPORT[..REPORT.len() / 2];
    assert_eq!(docx_text(half), Err(DocxError::Damaged));
    assert_eq!(
        docx_text(b"PK\x03\x04 not really a zip"),
        Err(DocxError::Damaged)
    );

    let spreadsheet = wordml::zip(&[("xl/workbook.xml", b"<workbook/>".as_slice())]);
    assert_eq!(docx_text(&spreadsheet), Err(DocxError::NotWord));

    assert_eq!(
        docx_text(&compound_file(&["WordDocument", "1Table"])),
        Err(DocxError::OldWord)
    );
    assert_eq!(
        docx_text(&compound_file(&["EncryptionInfo", "EncryptedPackage"])),
        Err(DocxError::Encrypted)
    );
    assert_eq!(
        docx_text(&compound_file(&["Workbook"])),
        Err(DocxError::NotWord)
    );

    assert_eq!(docx_text(&docx(&p("  "), None)), Err(DocxError::Empty));
    assert_eq!(docx_text(&docx("", None)), Err(DocxError::Empty));

    let broken = wordml::zip(&[(
        "word/document.xml",
        b"<w:document><w:body></w:document>".as_slice(),
    )]);
    assert_eq!(docx_text(&broken), Err(DocxError::Damaged));
    let latin1 = wordml::zip(&[("word/document.xml", b"<a>caf\xe9</a>".as_slice())]);
    assert_eq!(docx_text(&latin1), Err(DocxError::Damaged));
}

#[test]
fn a_utf16_part_is_read() {
    let document = wordml::document(&p("Sitzung des Stadtrats."));
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        document
            .replace("UTF-8", "UTF-16")
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let bytes = wordml::zip(&[("word/document.xml", utf16.as_slice())]);
    assert_eq!(docx_text(&bytes).unwrap().text(), "Sitzung des Stadtrats.");
}

#[test]
fn word_files_are_told_from_other_files() {
    assert!(is_word("report.docx", REPORT));
    assert!(
        is_word("download", REPORT),
        "a zip holding word/document.xml"
    );
    assert!(is_word("report.DOCX", b"PK\x03\x04broken"));
    assert!(is_word("old.doc", &compound_file(&["WordDocument"])));
    assert!(is_word("figures.xls", &compound_file(&["Workbook"])));
    assert!(!is_word(
        "archive.zip",
        &wordml::zip(&[("notes.txt", b"x".as_slice())])
    ));
    assert!(!is_word(
        "notes.docx",
        b"Plain text saved with the wrong name."
    ));
}
