//! Table-driven cases for reading line breaks, one rule each, in Chinese, English and
//! mixed text. A case gives the number of lines in each paragraph found (blank lines
//! are in none): `[1, 3]` is a line on its own, then three lines joined.
#![cfg(not(target_arch = "wasm32"))]

use sentag::core::segment::{LineBreaks, paragraphs, segment, segment_with};

#[allow(dead_code)]
#[path = "../examples/segment_eval/labelled.rs"]
mod labelled;

fn line_counts(text: &str, breaks: LineBreaks) -> Vec<usize> {
    let lines = |p: &str| -> usize { p.split("\r\n").map(|l| l.split(['\n', '\r']).count()).sum() };
    paragraphs(text, breaks)
        .into_iter()
        .map(|p| lines(&text[p]))
        .collect()
}

fn check_with(breaks: LineBreaks, cases: &[(&str, &[usize])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got = line_counts(text, breaks);
        if got != *expected {
            failures.push(format!(
                "{text}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

fn check(cases: &[(&str, &[usize])]) {
    check_with(LineBreaks::Auto, cases);
}

#[test]
fn a_blank_line_or_a_paragraph_separator_ends_a_paragraph() {
    check(&[
        (
            "Crews will repave Fourth Avenue between Elm and Oak streets starting\n\
             \n\
             Monday. Drivers should expect delays of up to 15 minutes during the\n\
             morning and evening commutes through the end of the month.",
            &[1, 2],
        ),
        (
            "Crews will repave Fourth Avenue between Elm and Oak streets starting\u{2029}\
             Monday. Drivers should expect delays of up to 15 minutes during the\u{0C}\
             morning and evening commutes through the end of the month.",
            &[1, 1, 1],
        ),
        (
            "会议要求，各街道要对辖区内供水设施开展一次全面排查，及时消除安全隐患，确\n\
             \u{3000}\n\
             保群众冬季用水安全。区水务局要加强水质监测，发现问题立即处置。",
            &[1, 1],
        ),
    ]);
}

#[test]
fn a_lower_case_word_continues_the_line_above() {
    check(&[
        (
            "The Planning Commission held a public hearing on the proposed rezoning\n\
             of the former cannery site on River Road, which the owner wants to turn\n\
             into 140 apartments and a small grocery store.",
            &[3],
        ),
        // Two lines on their own, and after a full stop (`p.m.`) too.
        (
            "Residents who spoke at the hearing were divided, with several raising\n\
             concerns about traffic on River Road during the morning commute.",
            &[2],
        ),
        (
            "The last bus will now leave the downtown transit center at 10:40 p.m.\n\
             instead of 9:10 p.m., starting with the new schedule in November.",
            &[2],
        ),
        // Mixed: an English paragraph quoted in Chinese copy.
        (
            "他在发言中引用了一句英文：Construction could begin in the spring of\n\
             next year if the design is finished on schedule, officials said.",
            &[2],
        ),
    ]);
}

#[test]
fn a_comma_a_hyphen_or_a_word_like_the_continues_the_line_above() {
    check(&[
        (
            "The second reading of the ordinance was postponed at the request of\n\
             Councilmember Banks, who asked for more time to review the fee schedule.",
            &[2],
        ),
        (
            "The council will take up the revised cost estimate for the crosswalk on the\n\
             Thursday after Thanksgiving.",
            &[2],
        ),
        (
            "The district will hold two public meetings on the proposed water-rate\n\
             increase, one at Hawthorne Elementary and one at the Grange Hall on Elm\n\
             Street, before the board votes in December.",
            &[3],
        ),
        (
            "The library will add a bilingual story time in Spanish and in Spanish-\n\
             English on Saturday mornings, starting in November.",
            &[2],
        ),
        (
            "区政府召开专题会议，研究部署今冬明春农村饮水安全保障工作，\n\
             要求各街道及时消除安全隐患。",
            &[2],
        ),
        (
            "会议听取了全区老旧小区改造工作进展情况的汇报，涉及居民1.3万户、\n\
             楼栋420栋。",
            &[2],
        ),
    ]);
}

#[test]
fn ragged_lines_copied_from_a_pdf_join_where_the_sentence_plainly_goes_on() {
    check(&[
        (
            "The district treats river water in four steps. First, alum is added to make fine\n\
             particles clump together so that they settle out in large basins. The water then\n\
             passes through filters of sand and anthracite coal, which remove most of the particles\n\
             that remain. Finally, a small amount of chlorine is added to kill bacteria, and the pH is\n\
             adjusted to keep the pipes in homes from corroding.",
            &[5],
        ),
        // A capitalised word after a line a tenth short: a paragraph may have ended.
        (
            "In 2023 the plant treated an average of 5.8 million gallons a day. On the hottest\n\
             days in August the plant ran close to its limit, wrote Mayor\n\
             Tim Willson in a memo to the council.",
            &[2, 1],
        ),
    ]);
}

#[test]
fn a_short_line_ends_where_its_text_ends() {
    check(&[
        // A heading, a dateline, a signature: each stays, whatever follows.
        (
            "Storm closes Elm Street\n\
             Storm damage closed Elm Street between Third and Fifth avenues for most\n\
             of Tuesday while crews removed a fallen cottonwood from the roadway.",
            &[1, 2],
        ),
        ("Respectfully submitted,\nMia Chen\nCity Clerk", &[1, 1, 1]),
        (
            "Riverton Water District\nPO Box 880\nRiverton, OR 97321",
            &[1, 1, 1],
        ),
        // The last line of a paragraph: the next word would have fitted after it.
        (
            "Please remember that the parking lot behind City Hall will be closed for\n\
             resurfacing from October 21 to October 25.\n\
             Staff should use the garage on Third Street while the work goes on, and\n\
             visitors may park on Fourth Avenue.",
            &[2, 2],
        ),
        (
            "秋夜\n小城灯火暗\n河上起轻烟\n桥头人影散\n月落旧窗前",
            &[1, 1, 1, 1, 1],
        ),
        (
            "全区新开工重点项目38个，完成投资126.7亿元，占年度计划的81.3%。其中，产业\n\
             项目完成投资74.2亿元，同比增长12.5%；基础设施项目完成投资31.6亿元，同比\n\
             增长6.8%。\n\
             据了解，该项目总投资约12亿元，建成后年产值可达30亿元，新增就业岗位800余\n\
             个。",
            &[3, 2],
        ),
    ]);
}

#[test]
fn verse_and_lists_of_short_lines_stay_as_they_are() {
    check(&[
        (
            "the last boat leaves at ten\n\
             its windows full of faces\n\
             a dog asleep beside the rail\n\
             the river black as slate",
            &[1, 1, 1, 1],
        ),
        (
            "Call to order\nApproval of minutes\nTreasurer's report\nold business\nnew business",
            &[1, 1, 1, 1, 1],
        ),
        // Longer lines of a list, capitalised, with no full stops: no sign of a wrap.
        (
            "Approval of the minutes of the regular meeting of September 24, 2024\n\
             Public hearing on the proposed water rate increase for fiscal 2025\n\
             Consideration of Resolution 2024-41 accepting a state playground grant\n\
             Report of the City Manager on the Elm Street water treatment plant",
            &[1, 1, 1, 1],
        ),
    ]);
}

#[test]
fn lines_wider_than_any_wrap_are_paragraphs() {
    let long_english = "The Riverton Public Library will open on Saturdays again starting \
        November 2, the library board announced Monday, after the council voted to restore \
        $120,000 to the library's budget for 2025.";
    let long_chinese = "10月19日上午，云溪区2024年秋季招聘会在区人力资源市场举行，共组织132家企业\
        进场招聘，提供智能制造、电子商务、现代物流等领域就业岗位3600余个，吸引4000余名求职者到场应聘";
    let english = format!("{long_english}\n{long_english}\n{long_english}");
    let chinese = format!("{long_chinese}\n{long_chinese}");
    check(&[(&english, &[1, 1, 1]), (&chinese, &[1, 1])]);
    let sample = sentag::core::samples::SAMPLE_TEXT;
    assert_eq!(segment(sample), segment_with(sample, LineBreaks::Keep));
}

#[test]
fn a_list_item_starts_a_paragraph_and_its_wrapped_lines_join_it() {
    check(&[
        (
            "Decisions:\n\
             - Keep the library's Saturday hours in the 2025 budget, funded by moving\n  \
               $120,000 from the vehicle replacement reserve.\n\
             - Delay the purchase of two new street sweepers until the spring, when\n  \
               the state bid prices are published.",
            &[1, 2, 2],
        ),
        (
            "1. Omar will send the revised revenue forecast by October 18, with the\n   \
                figures for the first quarter.\n\
             2. Elena will bring a cost estimate for the Elm Street crosswalk,\n   \
                including the flashing beacon the neighborhood association asked for.",
            &[2, 2],
        ),
        // Markers with no hanging indent, and the markers of Chinese lists.
        (
            "• The council approved the design contract for the water plant upgrade\n\
             • The council postponed the second reading of the fee ordinance to May\n\
             (a) Minutes of the September 24, 2024 regular meeting, as corrected\n\
             (b) Payment of claims in the amount of $1,284,517.32 for September",
            &[1, 1, 1, 1],
        ),
        (
            "一、“AI+制造”论坛。Siemens中国区负责人Thomas Berger作主旨演讲，介绍了工\n\
             业视觉检测、预测性维护等应用在长三角工厂的落地情况。\n\
             二、数据要素论坛。与会专家围绕公共数据授权运营、数据交易合规等议题展开讨\n\
             论。\n\
             （三）青年创业论坛。15个创业团队进行了项目路演，其中3个团队与投资机构现场\n\
             签约。\n\
             4.加强统筹调度，每周通报重点项目进展情况，对进度滞后的项目及时督促整改，\n\
             确保按期完成。",
            &[2, 2, 2, 2],
        ),
    ]);
}

#[test]
fn roll_call_labels_start_lines_and_hanging_names_join_them() {
    check(&[
        (
            "Present:  Mayor Tim Willson, Council President Ana Ortiz, Councilmembers\n          \
                       Ray Banks, Kim Lee, Joe Hart and Priya Natarajan\n\
             Absent:   Councilmember Dee Park (excused)\n\
             Staff:    City Manager Lou Grant, City Clerk Mia Chen, Finance Director\n          \
                       Omar Haddad, Public Works Director Elena Sousa, City Attorney\n          \
                       Sam Reyes",
            &[2, 1, 3],
        ),
        // After a full stop, a label starts a line even in a wrapped block.
        (
            "MOTION: Councilmember Natarajan moved to authorize the City Manager to\n\
             sign a design contract with Harlow & Finch Engineers for an amount not\n\
             to exceed $2.4 million, and Councilmember Lee seconded the motion.\n\
             VOTE: The motion carried 6-0, with Councilmember Park absent from the\n\
             meeting.",
            &[3, 2],
        ),
        (
            "出席：周海峰　陈立新　刘明　张慧　赵国栋　王建华　李红梅　孙志强　吴晓东\n\
             列席：区直有关部门主要负责同志，各街道党工委书记、办事处主任",
            &[1, 1],
        ),
    ]);
}

#[test]
fn an_indented_line_starts_a_paragraph() {
    check(&[
        (
            "   RIVERTON, Ore. (AP) — City leaders in this river town of 38,000\n\
             voted Tuesday night to rebuild a water treatment plant that has\n\
             served residents since 1987.\n   \
                The City Council voted 6-0 to hire an engineering firm to design\n\
             the upgrade, which is expected to cost $48.2 million.",
            &[3, 2],
        ),
        (
            "\u{3000}\u{3000}会议要求，各街道要对辖区内供水设施开展一次全面排查，及时消除安全隐患，\n\
             确保群众冬季用水安全。区水务局要加强水质监测，发现问题立即处置。\n\
             \u{3000}\u{3000}区直有关部门、各街道主要负责同志参加会议，区水务局、区应急管理局、区\n\
             城市管理局作了表态发言。",
            &[2, 2],
        ),
    ]);
}

#[test]
fn a_full_line_without_a_full_stop_joins_when_the_text_around_is_wrapped() {
    check(&[
        // Chinese wraps anywhere: a full line that stops mid-sentence goes on.
        (
            "区委书记周海峰在调研时强调，要把优化营商环境作为“一把手”工程，持续深化“\n\
             放管服”改革，推动更多政务服务事项“一网通办”。他要求，各部门要主动靠前服\n\
             务，帮助企业解决融资、用地、用工等方面的实际困难，让企业安心发展。",
            &[3],
        ),
        // A capitalised word after a full line: joined as other lines here are wraps.
        (
            "The board reviewed the audit for the fiscal year that ended on June 30.\n\
             The auditors found no material weaknesses in the district's financial\n\
             controls. They recommended that the district update its policy on\n\
             purchasing cards, which was last revised in 2016. The board asked staff\n\
             to bring a revised policy to the November meeting.",
            &[5],
        ),
        // Alone, two lines give no such evidence; next to wrapped paragraphs they do.
        (
            "会议要求，各街道要对辖区内供水设施开展一次全面排查，及时消除安全隐患，确\n\
             保群众冬季用水安全。区水务局要加强水质监测，发现问题立即处置。",
            &[1, 1],
        ),
        (
            "区委书记周海峰在调研时强调，要把优化营商环境作为“一把手”工程，持续深化“\n\
             放管服”改革，推动更多政务服务事项“一网通办”。\n\
             \n\
             会议要求，各街道要对辖区内供水设施开展一次全面排查，及时消除安全隐患，确\n\
             保群众冬季用水安全。区水务局要加强水质监测，发现问题立即处置。",
            &[2, 2],
        ),
        (
            "Thank you for sending the revised cost estimate so quickly, and see you at\n\
             Thursday's meeting.\n\
             \n\
             The county's new emergency alert system sends text messages to residents\n\
             who sign up online, and more than 9,000 people have registered since the\n\
             system went live in July. The Parks and Recreation Advisory Board asked\n\
             Elena Sousa for an update on the restrooms at Riverside Park.",
            &[2, 4],
        ),
    ]);
}

#[test]
fn a_full_line_that_ends_a_sentence_joins_only_inside_one_wrapped_paragraph() {
    check(&[
        // A block between blank lines, wrapped elsewhere: one paragraph.
        (
            "Here is a short summary of what the budget committee agreed on Thursday.\n\
             The full draft will go out with the council packet next week, and I will\n\
             post the spreadsheet to the shared drive tonight.",
            &[3],
        ),
        // Two lines that each end a sentence: one paragraph per line may be meant.
        (
            "MOTION: Councilmember Banks moved to approve the agenda as presented.\n\
             Councilmember Lee seconded the motion and the motion carried 6-0.",
            &[1, 1],
        ),
        // A short line in the block ends a paragraph with no mark: so may a full one.
        (
            "会议听取了全区老旧小区改造工作进展情况的汇报，今年全区计划改造老旧小区。\n\
             会议强调，要把群众满意作为第一标准，改造前充分征求居民意见，改造中加强质\n\
             量安全监管。\n\
             会议研究部署了秋冬季森林防火工作，要求各街道落实网格化管理责任，加强重点\n\
             时段巡查。",
            &[1, 2, 2],
        ),
        // Paragraphs marked by indentation: the short lines are explained.
        (
            "\u{3000}\u{3000}会议听取了全区老旧小区改造工作进展情况的汇报，今年全区计划改造老旧小\n\
             区42个，涉及居民1.3万户，目前已完工29个，其余13个将在年底前全部完工交付。\n\
             会议强调，要把群众满意作为第一标准，改造前充分征求居民意见，改造中加强质\n\
             量安全监管。\n\
             \u{3000}\u{3000}会议研究部署了秋冬季森林防火工作，要求各街道落实网格化管理责任，加强\n\
             重点时段巡查，严格管控野外用火。",
            &[4, 2],
        ),
    ]);
}

#[test]
fn an_upper_case_heading_stays_above_its_text() {
    check(&[(
        "RIVERTON CITY COUNCIL APPROVES DESIGN CONTRACT FOR WATER TREATMENT PLANT\n\
         The Riverton City Council voted 6-0 on Tuesday to hire an engineering\n\
         firm to design the upgrade, which is expected to cost $48.2 million.",
        &[1, 2],
    )]);
}

#[test]
fn join_keeps_only_blank_lines_and_list_items() {
    check_with(
        LineBreaks::Join,
        &[
            ("Respectfully submitted,\nMia Chen\nCity Clerk", &[3]),
            (
                "Decisions:\n- Keep the hours.\n  Fund them.\n\n• Delay the sweepers.\n1. Omar\n二、数据",
                &[1, 2, 1, 1, 1],
            ),
            ("秋夜\r\n小城灯火暗\r河上起轻烟\u{2028}桥头人影散", &[3, 1]),
        ],
    );
    check_with(
        LineBreaks::Keep,
        &[(
            "Residents who spoke at the hearing were divided, with several raising\n\
             concerns about traffic on River Road during the morning commute.",
            &[1, 1],
        )],
    );
}

#[test]
fn joined_sentences_keep_their_line_breaks_and_offsets() {
    let text = "The regular meeting was called to order by Mayor Tim Willson at 6:45\r\n\
                p.m. in the Council Chambers at City Hall, 400 Main Street. Mayor\r\n\
                Willson led the Pledge of Allegiance.\r\n\
                \r\n\
                天心区委书记吴新伟出席会议并讲话。他指出，引领和推动高质量发展，招商引资\r\
                是主线，营商环境是红线。";
    let s = segment_with(text, LineBreaks::Join);
    let texts: Vec<&str> = s.iter().map(|s| s.text).collect();
    assert_eq!(
        texts,
        [
            "The regular meeting was called to order by Mayor Tim Willson at 6:45\r\n\
             p.m. in the Council Chambers at City Hall, 400 Main Street.",
            "Mayor\r\nWillson led the Pledge of Allegiance.",
            "天心区委书记吴新伟出席会议并讲话。",
            "他指出，引领和推动高质量发展，招商引资\r是主线，营商环境是红线。",
        ]
    );
    assert_eq!(
        s.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
        [0, 0, 1, 1]
    );
    for sentence in &s {
        assert_eq!(&text[sentence.start..sentence.end], sentence.text);
        assert_eq!(text[..sentence.start].chars().count(), sentence.char_start);
        assert_eq!(text[..sentence.end].chars().count(), sentence.char_end);
    }
    assert_eq!(segment(text), s);
}

#[test]
fn line_breaks_are_read_and_written_by_name() {
    assert_eq!(LineBreaks::default(), LineBreaks::Auto);
    let names = [
        (LineBreaks::Auto, "\"auto\""),
        (LineBreaks::Keep, "\"keep\""),
        (LineBreaks::Join, "\"join\""),
    ];
    for (breaks, json) in names {
        assert_eq!(serde_json::to_string(&breaks).unwrap(), json);
        assert_eq!(serde_json::from_str::<LineBreaks>(json).unwrap(), breaks);
    }
}

#[test]
fn the_labelled_texts_lose_no_paragraph_end_and_flat_ones_stay_as_they_are() {
    let fixtures = labelled::load_all();
    assert!(fixtures.len() >= 12);
    for fixture in &fixtures {
        let auto = labelled::score(fixture, LineBreaks::Auto);
        assert_eq!(
            auto.joined_paragraphs, 0,
            "{}: paragraphs joined",
            fixture.name
        );
        if !fixture.is_wrapped() {
            let text = &fixture.text;
            assert_eq!(
                segment(text),
                segment_with(text, LineBreaks::Keep),
                "{}",
                fixture.name
            );
        }
    }
}
