use super::furniture::is_page_number;
use super::*;

const RIGHT: f64 = 370.0;
const LEFT: f64 = 50.0;

/// A piece of text whose width is estimated from its characters.
fn item(text: &str, x: f64, y: f64, size: f64) -> Item {
    let ems: f64 = text
        .chars()
        .map(|c| if is_cjk(c) { 1.0 } else { 0.5 })
        .sum();
    Item {
        text: text.into(),
        x,
        y,
        width: ems * size,
        height: size,
    }
}

/// A piece of text that fills the line to the right margin, as justified text does.
fn full(text: &str, x: f64, y: f64, size: f64) -> Item {
    Item {
        width: RIGHT - x,
        ..item(text, x, y, size)
    }
}

fn page(items: Vec<Item>) -> Page {
    Page {
        width: 420.0,
        height: 595.0,
        items,
    }
}

fn text(pages: &[Page]) -> String {
    pdf_text(pages)
}

#[test]
fn wrapped_lines_make_one_paragraph_with_spaces() {
    let p = page(vec![
        full("The committee met on 14 March to review", LEFT, 100.0, 10.0),
        full(
            "the year's figures for buses, ferries and",
            LEFT,
            113.0,
            10.0,
        ),
        item("cycle hire.", LEFT, 126.0, 10.0),
    ]);
    assert_eq!(
        text(&[p]),
        "The committee met on 14 March to review the year's figures for buses, ferries and cycle hire."
    );
}

#[test]
fn a_gap_a_short_line_or_an_indent_starts_a_paragraph() {
    let gap = page(vec![
        full(
            "First paragraph runs to the margin of the",
            LEFT,
            100.0,
            10.0,
        ),
        full(
            "page and ends on a line that is full to the",
            LEFT,
            113.0,
            10.0,
        ),
        full(
            "margin as well, by chance of the justification.",
            LEFT,
            126.0,
            10.0,
        ),
        item("Second paragraph after a gap.", LEFT, 146.0, 10.0),
    ]);
    assert_eq!(
        text(&[gap]),
        "First paragraph runs to the margin of the page and ends on a line that is full to the margin as well, by chance of the justification.\n\nSecond paragraph after a gap."
    );

    let short = page(vec![
        full(
            "The first paragraph fills its first line and",
            LEFT,
            100.0,
            10.0,
        ),
        item("ends early.", LEFT, 113.0, 10.0),
        item("The next one follows at once.", LEFT, 126.0, 10.0),
    ]);
    assert_eq!(
        text(&[short]),
        "The first paragraph fills its first line and ends early.\n\nThe next one follows at once."
    );

    let indented = page(vec![
        full(
            "会议指出，过去一年全区坚持把优化营商环境作为",
            LEFT + 20.0,
            100.0,
            10.0,
        ),
        full(
            "推动高质量发展的重要抓手，新增市场主体一万余",
            LEFT,
            113.0,
            10.0,
        ),
        full(
            "户，企业开办时间压缩至一个工作日以内，服务事",
            LEFT,
            126.0,
            10.0,
        ),
        full("项全部实现网上办理。", LEFT, 139.0, 10.0),
        full(
            "会议强调，各部门要清醒看到当前工作中存在的短",
            LEFT + 20.0,
            152.0,
            10.0,
        ),
        item("板和不足。", LEFT, 165.0, 10.0),
    ]);
    assert_eq!(
        text(&[indented]),
        "会议指出，过去一年全区坚持把优化营商环境作为推动高质量发展的重要抓手，新增市场主体一万余户，企业开办时间压缩至一个工作日以内，服务事项全部实现网上办理。\n\n会议强调，各部门要清醒看到当前工作中存在的短板和不足。"
    );
}

#[test]
fn a_heading_is_its_own_paragraph() {
    let p = page(vec![
        item("2. Bus services", LEFT, 100.0, 13.0),
        full(
            "Three changes shaped the year, each of them",
            LEFT,
            120.0,
            10.0,
        ),
        item("welcomed by passengers.", LEFT, 133.0, 10.0),
    ]);
    assert_eq!(
        text(&[p]),
        "2. Bus services\n\nThree changes shaped the year, each of them welcomed by passengers."
    );
}

#[test]
fn list_items_stay_apart_and_keep_their_wrapped_lines() {
    let p = page(vec![
        item("Three changes shaped the year:", LEFT, 100.0, 10.0),
        full(
            "• Route 7 now runs every ten minutes",
            LEFT + 17.0,
            113.0,
            10.0,
        ),
        item(
            "between the station and the hospital.",
            LEFT + 17.0,
            126.0,
            10.0,
        ),
        item(
            "• Contactless payment is accepted.",
            LEFT + 17.0,
            139.0,
            10.0,
        ),
    ]);
    assert_eq!(
        text(&[p]),
        "Three changes shaped the year:\n\n• Route 7 now runs every ten minutes between the station and the hospital.\n\n• Contactless payment is accepted."
    );
}

#[test]
fn a_numbered_item_after_a_finished_one_is_a_new_paragraph() {
    // The first item ends near the margin: only its full stop tells it has ended.
    let p = page(vec![
        full(
            "1. 审批服务更加便捷，高频事项实现一次办。",
            LEFT + 11.0,
            100.0,
            10.0,
        ),
        item("2. 涉企收费持续规范。", LEFT + 11.0, 113.0, 10.0),
        full(
            "The grant ends in 2026. The council will look at",
            LEFT,
            140.0,
            10.0,
        ),
        item("2 options.", LEFT, 153.0, 10.0),
    ]);
    assert_eq!(
        text(&[p]),
        "1. 审批服务更加便捷，高频事项实现一次办。\n\n2. 涉企收费持续规范。\n\nThe grant ends in 2026. The council will look at 2 options."
    );
}

#[test]
fn cjk_lines_join_without_spaces_and_latin_with_one() {
    let p = page(vec![
        full(
            "发展的重要抓手，新增市场主体1.26万户，同比增长",
            LEFT,
            100.0,
            10.0,
        ),
        full(
            "14.8%；园区内5G基站实现全覆盖。区长陈立峰出席",
            LEFT,
            113.0,
            10.0,
        ),
        item("会议并讲话。", LEFT, 126.0, 10.0),
    ]);
    assert_eq!(
        text(&[p]),
        "发展的重要抓手，新增市场主体1.26万户，同比增长14.8%；园区内5G基站实现全覆盖。区长陈立峰出席会议并讲话。"
    );
}

#[test]
fn pieces_of_one_line_join_by_their_gaps() {
    // pdf.js splits at ligatures and font changes: no gap, no space; a gap is a space.
    let y = 100.0;
    let p = page(vec![
        Item {
            text: "the".into(),
            x: 50.0,
            y,
            width: 15.0,
            height: 10.0,
        },
        Item {
            text: "fi".into(),
            x: 68.0,
            y,
            width: 5.0,
            height: 10.0,
        },
        Item {
            text: "gures".into(),
            x: 73.0,
            y,
            width: 25.0,
            height: 10.0,
        },
        Item {
            text: " ".into(),
            x: 98.0,
            y,
            width: 9.0,
            height: 10.0,
        },
        Item {
            text: "rose".into(),
            x: 107.0,
            y,
            width: 20.0,
            height: 10.0,
        },
        // Fake bold: the same text again, half a point to the right.
        Item {
            text: "rose".into(),
            x: 107.5,
            y,
            width: 20.0,
            height: 10.0,
        },
        Item {
            text: "again".into(),
            x: 130.0,
            y: y + 0.5,
            width: 25.0,
            height: 10.0,
        },
    ]);
    assert_eq!(text(&[p]), "the figures rose again");
}

#[test]
fn line_break_hyphens_are_repaired_and_real_ones_kept() {
    let lines = |a: &str, b: &str| {
        page(vec![
            full(a, LEFT, 100.0, 10.0),
            item(b, LEFT, 113.0, 10.0),
            item("The international ferry.", LEFT, 140.0, 10.0),
        ])
    };
    let first = |pages: &[Page]| text(pages).split("\n\n").next().unwrap().to_string();
    // pdf.js reports the hyphen a typesetter added at a break as U+2010 or U+00AD.
    assert_eq!(
        first(&[lines("whose re\u{2010}", "organisation.")]),
        "whose reorganisation."
    );
    assert_eq!(
        first(&[lines("whose re\u{AD}", "organisation.")]),
        "whose reorganisation."
    );
    // A plain hyphen: the word without it is elsewhere in the document.
    assert_eq!(
        first(&[lines("the inter-", "national ferry.")]),
        "the international ferry."
    );
    // Otherwise the hyphen is part of the word.
    assert_eq!(
        first(&[lines("a well-", "known example.")]),
        "a well-known example."
    );
    assert_eq!(
        first(&[lines("all council-", "supported routes.")]),
        "all council-supported routes."
    );
    assert_eq!(
        first(&[lines("the COVID-", "19 rules.")]),
        "the COVID-19 rules."
    );
    assert_eq!(
        first(&[lines("the north–", "south route.")]),
        "the north–south route."
    );
    assert_eq!(
        first(&[lines("the plan –", "which failed.")]),
        "the plan – which failed."
    );
}

#[test]
fn a_paragraph_continues_across_a_page_break() {
    let one = page(vec![
        full(
            "Councillor Amir Okafor asked how the evening",
            LEFT,
            480.0,
            10.0,
        ),
        full(
            "timetable would be paid for. Members asked",
            LEFT,
            493.0,
            10.0,
        ),
        item("Page 1 of 2", 300.0, 570.0, 7.0),
    ]);
    let two = page(vec![
        item("officers to set out both options.", LEFT, 80.0, 10.0),
        full(
            "The committee agreed three recommendations in",
            LEFT,
            100.0,
            10.0,
        ),
        item("the end.", LEFT, 113.0, 10.0),
        item("Page 2 of 2", 300.0, 570.0, 7.0),
    ]);
    assert_eq!(
        text(&[one, two]),
        "Councillor Amir Okafor asked how the evening timetable would be paid for. Members asked officers to set out both options.\n\nThe committee agreed three recommendations in the end."
    );

    // A sentence that ends a full last line, and a capital on the next page: a new paragraph.
    let one = page(vec![
        full(
            "The meeting closed at 8.40 pm and members",
            LEFT,
            480.0,
            10.0,
        ),
        full("thanked the officers for the report.", LEFT, 493.0, 10.0),
    ]);
    let two = page(vec![
        full(
            "The next meeting of the committee will be held",
            LEFT,
            80.0,
            10.0,
        ),
        item("on 9 May.", LEFT, 93.0, 10.0),
    ]);
    assert_eq!(
        text(&[one, two]),
        "The meeting closed at 8.40 pm and members thanked the officers for the report.\n\nThe next meeting of the committee will be held on 9 May."
    );
}

#[test]
fn running_headers_footers_and_page_numbers_go() {
    let body = |n: usize| {
        vec![
            item("Harbour District Council", LEFT, 20.0, 7.0),
            item(
                &format!("Transport Committee, meeting {n}"),
                250.0,
                20.0,
                7.0,
            ),
            full(
                &format!("Body text of page {n} runs over the line and"),
                LEFT,
                200.0,
                10.0,
            ),
            item("ends.", LEFT, 213.0, 10.0),
            item(&format!("— {n} —"), 200.0, 580.0, 7.0),
        ]
    };
    let pages = [page(body(1)), page(body(2)), page(body(3))];
    assert_eq!(
        text(&pages),
        "Body text of page 1 runs over the line and ends.\n\nBody text of page 2 runs over the line and ends.\n\nBody text of page 3 runs over the line and ends."
    );

    // On a single page, the title at the top stays; a lone page number goes.
    let single = page(vec![
        item("Annual Report on Public Transport", LEFT, 40.0, 15.0),
        item("The report in brief.", LEFT, 200.0, 10.0),
        item("1", 200.0, 580.0, 7.0),
    ]);
    assert_eq!(
        text(&[single]),
        "Annual Report on Public Transport\n\nThe report in brief."
    );
}

#[test]
fn page_numbers_in_their_usual_forms() {
    for number in [
        "3",
        "- 3 -",
        "— 12 —",
        "(3)",
        "Page 3",
        "Page 3 of 9",
        "page 3/9",
        "p. 3",
        "3 / 9",
        "3 of 9",
        "第3页",
        "第 3 页 共 9 页",
        "第3頁",
        "iv",
        "XII",
        "［3］",
        "３",
    ] {
        assert!(is_page_number(number), "{number}");
    }
    for text in [
        "Page three",
        "Chapter 3",
        "3 buses",
        "会议",
        "Council",
        "civil",
    ] {
        assert!(!is_page_number(text), "{text}");
    }
}

#[test]
fn two_columns_are_read_one_after_the_other() {
    let mut items = vec![item("Council news", LEFT, 60.0, 16.0)];
    let left = [
        "Left column starts here",
        "and continues down the",
        "page for some lines of",
        "text about the ferry,",
        "which carried more than",
        "a million people.",
    ];
    let right = [
        "Right column starts at",
        "the top of the page as",
        "well and reads after the",
        "left one, to its end,",
        "whatever the number of",
        "its lines.",
    ];
    for (i, (l, r)) in left.iter().zip(right).enumerate() {
        // Justified, but for each column's last line.
        let y = 100.0 + 13.0 * i as f64;
        let last = i == left.len() - 1;
        let (lw, rw) = if last { (90.0, 50.0) } else { (150.0, 150.0) };
        items.push(Item {
            width: lw,
            ..item(l, LEFT, y, 10.0)
        });
        items.push(Item {
            width: rw,
            ..item(r, 220.0, y, 10.0)
        });
    }
    let p = page(items);
    assert_eq!(
        text(&[p]),
        "Council news\n\nLeft column starts here and continues down the page for some lines of text about the ferry, which carried more than a million people.\n\nRight column starts at the top of the page as well and reads after the left one, to its end, whatever the number of its lines."
    );
}

#[test]
fn reading_order_does_not_depend_on_the_order_of_the_pieces() {
    let mut items = vec![
        full("The committee met on 14 March to review", LEFT, 100.0, 10.0),
        full(
            "the year's figures for buses, ferries and",
            LEFT,
            113.0,
            10.0,
        ),
        item("cycle hire.", LEFT, 126.0, 10.0),
    ];
    items.reverse();
    assert_eq!(
        text(&[page(items)]),
        "The committee met on 14 March to review the year's figures for buses, ferries and cycle hire."
    );
}

#[test]
fn no_text_is_empty() {
    assert_eq!(text(&[]), "");
    let only_furniture = [
        page(vec![item("Scanned by the council", LEFT, 585.0, 7.0)]),
        page(vec![item("Scanned by the council", LEFT, 585.0, 7.0)]),
    ];
    assert_eq!(text(&only_furniture), "");
    let odd = page(vec![Item {
        text: "x".into(),
        x: f64::NAN,
        y: 1.0,
        width: 1.0,
        height: 1.0,
    }]);
    assert_eq!(text(&[odd]), "");
}

#[test]
fn pages_read_from_the_workers_json() {
    let json = r#"[{"width":420,"height":595,"items":[{"str":"Minutes","x":50,"y":100,"width":40,"height":10}]}]"#;
    let pages: Vec<Page> = serde_json::from_str(json).unwrap();
    assert_eq!(pdf_text(&pages), "Minutes");
}

#[test]
fn titles_from_metadata_when_they_name_the_document() {
    assert_eq!(
        sensible_title("  Annual Report on Public Transport 2024 ").as_deref(),
        Some("Annual Report on Public Transport 2024")
    );
    assert_eq!(
        sensible_title("Microsoft Word - Council minutes").as_deref(),
        Some("Council minutes")
    );
    assert_eq!(
        sensible_title("高新区召开优化营商环境工作推进会").as_deref(),
        Some("高新区召开优化营商环境工作推进会")
    );
    for bad in [
        "",
        "   ",
        "report_final_v3.docx",
        "Microsoft Word - minutes.doc",
        "untitled",
        "https://example.org/a.pdf",
        "about:blank",
        "C:\\Users\\clerk\\minutes",
        "/tmp/x",
        "---",
    ] {
        assert_eq!(sensible_title(bad), None, "{bad}");
    }
}

#[test]
fn pdfs_are_recognised_by_header_or_name() {
    assert!(is_pdf("minutes", b"%PDF-1.7\n..."));
    assert!(is_pdf("minutes", b"\xEF\xBB\xBF  %PDF-1.4"));
    assert!(is_pdf("broken.PDF", b"garbage"));
    assert!(!is_pdf("notes.txt", b"The PDF-1 form is attached."));
    assert_eq!(PdfError::from_code("password"), Some(PdfError::Encrypted));
    assert_eq!(PdfError::from_code("corrupt"), Some(PdfError::Corrupt));
    assert_eq!(PdfError::from_code("other"), None);
}
