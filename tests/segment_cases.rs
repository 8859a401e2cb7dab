//! Table-driven segmentation cases: Chinese, English and mixed news text, one rule each.
#![cfg(not(target_arch = "wasm32"))]

use sentag::core::segment::segment;

fn sentences(text: &str) -> Vec<&str> {
    segment(text).iter().map(|s| s.text).collect()
}

fn check(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let got = sentences(text);
        if got != *expected {
            failures.push(format!(
                "{text:?}\n  expected {expected:?}\n  got      {got:?}"
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

#[test]
fn chinese_terminators() {
    check(&[
        ("今天开会。明天出发。", &["今天开会。", "明天出发。"]),
        ("你来吗？我来！", &["你来吗？", "我来！"]),
        (
            "区委书记出席会议并讲话。区长主持会议。",
            &["区委书记出席会议并讲话。", "区长主持会议。"],
        ),
        ("好！好！好！", &["好！", "好！", "好！"]),
        ("这是真的吗？！是的。", &["这是真的吗？！", "是的。"]),
        ("真的吗?!是的。", &["真的吗?!", "是的。"]),
        ("真的吗?我不信!", &["真的吗?", "我不信!"]),
        ("今天开会.明天出发.", &["今天开会.", "明天出发."]),
        (
            "投资3.5亿元。新增就业1.2万人。",
            &["投资3.5亿元。", "新增就业1.2万人。"],
        ),
        (
            "他读了《论语》。她读了《孟子》。",
            &["他读了《论语》。", "她读了《孟子》。"],
        ),
    ]);
}

#[test]
fn chinese_closing_quotes_and_brackets_stay_with_their_sentence() {
    check(&[
        (
            "他说：“我们一定完成任务。”大家都鼓掌。",
            &["他说：“我们一定完成任务。”", "大家都鼓掌。"],
        ),
        (
            "“营商环境是核心竞争力。”近年来企业增多。",
            &["“营商环境是核心竞争力。”", "近年来企业增多。"],
        ),
        (
            "他说：“要实施‘一号工程’。”",
            &["他说：“要实施‘一号工程’。”"],
        ),
        ("（详见附件。）下一句。", &["（详见附件。）", "下一句。"]),
        ("「我會準時到。」", &["「我會準時到。」"]),
        ("他说：“走吧！”“好的。”", &["他说：“走吧！”", "“好的。”"]),
    ]);
}

#[test]
fn chinese_terminator_inside_a_pair_does_not_end_the_outer_sentence() {
    check(&[
        (
            "我们去看《摔跤吧！爸爸》好吗？",
            &["我们去看《摔跤吧！爸爸》好吗？"],
        ),
        (
            "他说：“‘走吧！’是他的口头禅。”大家笑了。",
            &["他说：“‘走吧！’是他的口头禅。”", "大家笑了。"],
        ),
        (
            "会议（预计三小时。含茶歇）下午召开。",
            &["会议（预计三小时。含茶歇）下午召开。"],
        ),
        (
            "电影【你好！李焕英】上映了。",
            &["电影【你好！李焕英】上映了。"],
        ),
        (
            "没有闭合的《书名。后面的句子。",
            &["没有闭合的《书名。", "后面的句子。"],
        ),
    ]);
}

#[test]
fn chinese_opening_bracket_after_terminator_starts_a_sentence() {
    check(&[
        ("会议现场。(杨威 摄)", &["会议现场。", "(杨威 摄)"]),
        (
            "会议现场。（新华社记者 李明 摄）",
            &["会议现场。", "（新华社记者 李明 摄）"],
        ),
        ("记者从会上获悉。（完）", &["记者从会上获悉。", "（完）"]),
        (
            "（一）坚持党的领导。（二）坚持改革开放。",
            &["（一）坚持党的领导。", "（二）坚持改革开放。"],
        ),
        (
            "他说：“我们要‘稳中求进’。”(记者 王五)",
            &["他说：“我们要‘稳中求进’。”", "(记者 王五)"],
        ),
        ("结束了。【编辑：周昂】", &["结束了。", "【编辑：周昂】"]),
        ("完成了。“下一步呢？”", &["完成了。", "“下一步呢？”"]),
    ]);
}

#[test]
fn multi_sentence_quotations_split_with_the_closing_quote_on_the_last() {
    check(&[
        (
            "“做好招商引资、优化营商环境,是高质量发展的不二选择。要深入实施‘一号工程’,奋力推动全区发展。”",
            &[
                "“做好招商引资、优化营商环境,是高质量发展的不二选择。",
                "要深入实施‘一号工程’,奋力推动全区发展。”",
            ],
        ),
        (
            "新区时讯3月2日讯(记者 林川)“项目是发展的生命线。要抓紧开工。”3月2日上午,新区召开项目推进会。",
            &[
                "新区时讯3月2日讯(记者 林川)“项目是发展的生命线。",
                "要抓紧开工。”",
                "3月2日上午,新区召开项目推进会。",
            ],
        ),
        (
            "区长强调：“要稳住预期。要加快审批！要服务到位。”",
            &["区长强调：“要稳住预期。", "要加快审批！", "要服务到位。”"],
        ),
        (
            "「今年任務很重。大家要加油。」",
            &["「今年任務很重。", "大家要加油。」"],
        ),
        (
            "The mayor said, “The budget is balanced. Taxes will not rise.” The council agreed.",
            &[
                "The mayor said, “The budget is balanced.",
                "Taxes will not rise.”",
                "The council agreed.",
            ],
        ),
        (
            "市长说：“We are ready. 我们准备好了。”",
            &["市长说：“We are ready.", "我们准备好了。”"],
        ),
    ]);
}

#[test]
fn quoted_phrases_inside_a_sentence_are_not_broken() {
    check(&[
        (
            "会议要求落实好“大招商”“一把手招商”等制度。",
            &["会议要求落实好“大招商”“一把手招商”等制度。"],
        ),
        (
            "大家喊着“加油！加油！”冲向终点。",
            &["大家喊着“加油！加油！”冲向终点。"],
        ),
        (
            "他说：“‘走吧！’是他的口头禅。”大家笑了。",
            &["他说：“‘走吧！’是他的口头禅。”", "大家笑了。"],
        ),
        // A `。` inside a quotation ends the sentence, even after a word: only `！` and
        // `？` belong to the quotation's own tone.
        (
            "他说“我们一定完成任务。”大家都鼓掌。",
            &["他说“我们一定完成任务。”", "大家都鼓掌。"],
        ),
        (
            "The crowd chanted “Build it! Build it!” outside the hall.",
            &["The crowd chanted “Build it! Build it!” outside the hall."],
        ),
        (
            "The plan, called “Go. Now.” by staff, was approved.",
            &["The plan, called “Go. Now.” by staff, was approved."],
        ),
    ]);
}

#[test]
fn a_short_speech_tail_stays_with_its_quotation() {
    check(&[
        (
            "“我们一定完成任务！”他说。",
            &["“我们一定完成任务！”他说。"],
        ),
        (
            "“这个项目什么时候开工？”她问。",
            &["“这个项目什么时候开工？”她问。"],
        ),
        (
            "“一定要把服务做细。”他强调道。",
            &["“一定要把服务做细。”他强调道。"],
        ),
        ("“审批还要多久？”记者问。", &["“审批还要多久？”记者问。"]),
        (
            "“资金已经到位。”有关负责人表示。",
            &["“资金已经到位。”有关负责人表示。"],
        ),
        (
            "“我们完成了。明天出发！”他说。",
            &["“我们完成了。", "明天出发！”他说。"],
        ),
        (
            "\"We will finish,\" he said.",
            &["\"We will finish,\" he said."],
        ),
        (
            "\"Will it pass?\" she asked.",
            &["\"Will it pass?\" she asked."],
        ),
        (
            "\"Will it pass?\" Mayor Ortiz asked. Nobody answered.",
            &["\"Will it pass?\" Mayor Ortiz asked.", "Nobody answered."],
        ),
        (
            "“The roads are ready!” Mr. Lee told reporters.",
            &["“The roads are ready!” Mr. Lee told reporters."],
        ),
        (
            "\"We are not done yet!\" Governor Hale declared at the rally on Monday night.",
            &["\"We are not done yet!\" Governor Hale declared at the rally on Monday night."],
        ),
        (
            "\"Why now?\" Councillor Reyes asked, before leaving the hall.",
            &["\"Why now?\" Councillor Reyes asked, before leaving the hall."],
        ),
        (
            "\"We are done.\" She closed the file and left the room.",
            &["\"We are done.\"", "She closed the file and left the room."],
        ),
    ]);
}

/// An attribution that runs on into a clause of its own starts a new sentence: the
/// quotation stands alone, and the clause (often long) is a sentence of its own.
#[test]
fn an_attribution_that_runs_on_starts_a_new_sentence() {
    check(&[
        (
            "“抓好招商是迫切需要。”周志军在主持会议时指出，全区上下要紧盯重要契机，持续激发内生动能。",
            &[
                "“抓好招商是迫切需要。”",
                "周志军在主持会议时指出，全区上下要紧盯重要契机，持续激发内生动能。",
            ],
        ),
        (
            "“我们一定完成任务。”他说，“明年还要扩大规模。”",
            &["“我们一定完成任务。”", "他说，“明年还要扩大规模。”"],
        ),
        (
            "“营商环境是生命线。”近年来企业增多。",
            &["“营商环境是生命线。”", "近年来企业增多。"],
        ),
    ]);
}

#[test]
fn titles_in_book_brackets_never_split() {
    check(&[
        (
            "区政府印发《关于进一步优化营商环境。加快项目落地的通知》，要求各部门落实。",
            &["区政府印发《关于进一步优化营商环境。加快项目落地的通知》，要求各部门落实。"],
        ),
        (
            "会议传达了《关于……的通知》精神。",
            &["会议传达了《关于……的通知》精神。"],
        ),
        (
            "大家观看了《营商优无止境！》和《你好？天心》。随后开会。",
            &[
                "大家观看了《营商优无止境！》和《你好？天心》。",
                "随后开会。",
            ],
        ),
        (
            "会议结束。《人民日报》发表评论。",
            &["会议结束。", "《人民日报》发表评论。"],
        ),
        (
            "She read “Notes. On Growth.” on the train.",
            &["She read “Notes. On Growth.” on the train."],
        ),
    ]);
}

#[test]
fn inline_list_markers_begin_their_items() {
    check(&[
        (
            "1.) Open the account 2.) Sign the form",
            &["1.) Open the account", "2.) Sign the form"],
        ),
        (
            "1.) Open the account. 2.) Sign the form.",
            &["1.) Open the account.", "2.) Sign the form."],
        ),
        ("a. Apples b. Pears", &["a. Apples", "b. Pears"]),
        (
            "• 9. Ninth point • 10. Tenth point",
            &["• 9. Ninth point", "• 10. Tenth point"],
        ),
        (
            "(1) Budget review (2) Staff report (3) Other business",
            &[
                "(1) Budget review",
                "(2) Staff report",
                "(3) Other business",
            ],
        ),
        (
            "(1) 规划先行 (2) 项目跟进",
            &["(1) 规划先行", "(2) 项目跟进"],
        ),
        ("①抓招商②优环境③促发展", &["①抓招商", "②优环境", "③促发展"]),
        (
            "一、坚持规划引领二、强化要素保障",
            &["一、坚持规划引领", "二、强化要素保障"],
        ),
        (
            "一、坚持规划引领 二、强化要素保障 三、优化服务",
            &["一、坚持规划引领", "二、强化要素保障", "三、优化服务"],
        ),
        (
            "（一）坚持党的领导（二）坚持改革开放",
            &["（一）坚持党的领导", "（二）坚持改革开放"],
        ),
        (
            "1. Buy 2.5 tonnes 2. Sell them",
            &["1. Buy 2.5 tonnes", "2. Sell them"],
        ),
        ("1.抓招商。2.优环境。", &["1.抓招商。", "2.优环境。"]),
        (
            "The plan is on page 12. 区委随后开会。",
            &["The plan is on page 12.", "区委随后开会。"],
        ),
        (
            "会议部署三项工作。1.抓招商 2.优环境",
            &["会议部署三项工作。", "1.抓招商", "2.优环境"],
        ),
    ]);
}

#[test]
fn list_markers_that_are_not_a_list_leave_the_sentence_alone() {
    check(&[
        (
            "(1) 规划先行；(2) 项目跟进。",
            &["(1) 规划先行；(2) 项目跟进。"],
        ),
        (
            "1) apples, 2) pears and 3) plums are on sale.",
            &["1) apples, 2) pears and 3) plums are on sale."],
        ),
        (
            "要做到三点：①规划先行②项目跟进。",
            &["要做到三点：①规划先行②项目跟进。"],
        ),
        (
            "会议指出：1.要抓招商；2.要优环境。",
            &["会议指出：1.要抓招商；2.要优环境。"],
        ),
        ("一、推进统一、规范的审批", &["一、推进统一、规范的审批"]),
        (
            "A. Smith and B. Jones signed the lease.",
            &["A. Smith and B. Jones signed the lease."],
        ),
        (
            "1. Buy 2.5 tonnes of steel 3. Sell it",
            &["1. Buy 2.5 tonnes of steel 3.", "Sell it"],
        ),
    ]);
}

#[test]
fn a_clock_time_ends_a_sentence_before_a_name_or_a_title() {
    check(&[
        (
            "The hearing closed at 6 P.M. Mr. Smith then went home.",
            &["The hearing closed at 6 P.M.", "Mr. Smith then went home."],
        ),
        (
            "The vote ended at 11:42 p.m. Mayor Ortiz thanked the staff.",
            &[
                "The vote ended at 11:42 p.m.",
                "Mayor Ortiz thanked the staff.",
            ],
        ),
        (
            "At 5 a.m. Mr. Smith opened the office.",
            &["At 5 a.m. Mr. Smith opened the office."],
        ),
        (
            "Shortly after 9 p.m. Councillor Reyes left.",
            &["Shortly after 9 p.m. Councillor Reyes left."],
        ),
        (
            "The vote opens at 6 p.m. on Friday.",
            &["The vote opens at 6 p.m. on Friday."],
        ),
        (
            "Bids close at 5 p.m. EST on March 3.",
            &["Bids close at 5 p.m. EST on March 3."],
        ),
        (
            "Polls close at 8 p.m. Tuesday in most states.",
            &["Polls close at 8 p.m. Tuesday in most states."],
        ),
        (
            "The launch is at 8 p.m. Beijing time.",
            &["The launch is at 8 p.m. Beijing time."],
        ),
        (
            "We met at 10 a.m. The talks lasted an hour.",
            &["We met at 10 a.m.", "The talks lasted an hour."],
        ),
    ]);
}

#[test]
fn english_abbreviations_touching_chinese() {
    check(&[
        ("他在U.S.工作了3年。", &["他在U.S.工作了3年。"]),
        (
            "分析师John Smith Jr.认为市场将回暖。",
            &["分析师John Smith Jr.认为市场将回暖。"],
        ),
        (
            "Dr. Li Wei与Ms. Wang进行了交流。",
            &["Dr. Li Wei与Ms. Wang进行了交流。"],
        ),
        (
            "他拿到了Ph.D.学位。然后回国。",
            &["他拿到了Ph.D.学位。", "然后回国。"],
        ),
        ("今天开会.明天出发.", &["今天开会.", "明天出发."]),
        (
            "The talks were held in the U.S. 会谈取得成功。",
            &["The talks were held in the U.S.", "会谈取得成功。"],
        ),
    ]);
}

#[test]
fn chinese_semicolons_commas_and_ellipses() {
    check(&[
        (
            "要把握机遇；要注重方法；要提振状态。",
            &["要把握机遇；要注重方法；要提振状态。"],
        ),
        (
            "第一，坚持改革；第二，扩大开放。",
            &["第一，坚持改革；第二，扩大开放。"],
        ),
        ("一，二，三", &["一，二，三"]),
        (
            "他沉默了……然后说：“好吧。”",
            &["他沉默了……然后说：“好吧。”"],
        ),
        ("他沉默了……“好吧。”", &["他沉默了……", "“好吧。”"]),
        (
            "会议指出：一是……；二是……。",
            &["会议指出：一是……；二是……。"],
        ),
        ("等等…… Then we left.", &["等等……", "Then we left."]),
    ]);
}

#[test]
fn chinese_numbers_titles_and_addresses() {
    check(&[
        ("经济增长5.2%，高于预期。", &["经济增长5.2%，高于预期。"]),
        (
            "新引进10亿元以上重大项目4个。",
            &["新引进10亿元以上重大项目4个。"],
        ),
        ("增长３．５％。", &["增长３．５％。"]),
        ("GDP同比增长5.2%！", &["GDP同比增长5.2%！"]),
        ("版本v2.0已发布。", &["版本v2.0已发布。"]),
        ("请参阅第3.2节。谢谢。", &["请参阅第3.2节。", "谢谢。"]),
        (
            "详见www.gov.cn。欢迎访问。",
            &["详见www.gov.cn。", "欢迎访问。"],
        ),
        (
            "联系邮箱：news@example.com。",
            &["联系邮箱：news@example.com。"],
        ),
        ("《人民日报》发表评论。", &["《人民日报》发表评论。"]),
    ]);
}

#[test]
fn chinese_lines_and_white_space() {
    check(&[
        ("第一段。\n第二段。", &["第一段。", "第二段。"]),
        ("第一段。\n\n\n第二段。", &["第一段。", "第二段。"]),
        ("第一句。\r\n第二句。", &["第一句。", "第二句。"]),
        ("第一句。\u{2029}第二句。", &["第一句。", "第二句。"]),
        ("  \u{3000}第一段。\u{3000} ", &["第一段。"]),
        ("来源:红网", &["来源:红网"]),
        (
            "作者:彭佩 杨威\n编辑:周昂",
            &["作者:彭佩 杨威", "编辑:周昂"],
        ),
        ("\n\n \t\n", &[]),
    ]);
}

#[test]
fn mixed_chinese_and_english() {
    check(&[
        (
            "苹果公司CEO Tim Cook访问北京。他说：“China is important.”",
            &[
                "苹果公司CEO Tim Cook访问北京。",
                "他说：“China is important.”",
            ],
        ),
        (
            "我们使用Python 3.12开发。Mr. Wang负责测试。",
            &["我们使用Python 3.12开发。", "Mr. Wang负责测试。"],
        ),
        (
            "The U.S. and China agreed. 双方同意。",
            &["The U.S. and China agreed.", "双方同意。"],
        ),
        ("他说OK. 然后走了。", &["他说OK.", "然后走了。"]),
        ("太好了😀。下次见👋🏽！", &["太好了😀。", "下次见👋🏽！"]),
    ]);
}

#[test]
fn english_basic_terminators() {
    check(&[
        (
            "Hello World. My name is Jonas.",
            &["Hello World.", "My name is Jonas."],
        ),
        (
            "What is your name? My name is Jonas.",
            &["What is your name?", "My name is Jonas."],
        ),
        ("There it is! I found it.", &["There it is!", "I found it."]),
        (
            "Hello!! Long time no see.",
            &["Hello!!", "Long time no see."],
        ),
        ("Hello?? Who is there?", &["Hello??", "Who is there?"]),
        ("Hello!? Is that you?", &["Hello!?", "Is that you?"]),
        (
            "He was born in 1990. He moved in 2000.",
            &["He was born in 1990.", "He moved in 2000."],
        ),
        (
            "Version 2.0.1 was released. Upgrade now.",
            &["Version 2.0.1 was released.", "Upgrade now."],
        ),
    ]);
}

#[test]
fn english_abbreviations_and_titles() {
    check(&[
        (
            "Mr. Smith went to Washington.",
            &["Mr. Smith went to Washington."],
        ),
        (
            "Dr. Watson and Prof. Moriarty met at 221B Baker St. in London.",
            &["Dr. Watson and Prof. Moriarty met at 221B Baker St. in London."],
        ),
        (
            "He lives on Main St. He likes it.",
            &["He lives on Main St.", "He likes it."],
        ),
        (
            "I can see Mt. Fuji from here.",
            &["I can see Mt. Fuji from here."],
        ),
        ("Please turn to p. 55.", &["Please turn to p. 55."]),
        // A dateline's short state name goes on into the story.
        (
            "BROOKHAVEN, Ore. (May 4, 2026) – The city opened a library. WASHINGTON, D.C. – Rain fell.",
            &[
                "BROOKHAVEN, Ore. (May 4, 2026) – The city opened a library.",
                "WASHINGTON, D.C. – Rain fell.",
            ],
        ),
        (
            "He moved to Salem, Ore. (It rains there.)",
            &["He moved to Salem, Ore.", "(It rains there.)"],
        ),
        // The number after `No.` is no list item that would hold the full stop after it.
        (
            "The council approved Ordinance No. 12. Motion carried 4-1.",
            &[
                "The council approved Ordinance No. 12.",
                "Motion carried 4-1.",
            ],
        ),
        (
            "See Fig. 3 and Eq. 12 for details.",
            &["See Fig. 3 and Eq. 12 for details."],
        ),
        (
            "No. 10 Downing Street is in London.",
            &["No. 10 Downing Street is in London."],
        ),
        (
            "Were Jane and co. at the party?",
            &["Were Jane and co. at the party?"],
        ),
        (
            "They closed the deal with Pitt, Briggs & Co. at noon.",
            &["They closed the deal with Pitt, Briggs & Co. at noon."],
        ),
        (
            "Let's ask Jane and co. They should know.",
            &["Let's ask Jane and co.", "They should know."],
        ),
        (
            "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
            &[
                "They closed the deal with Pitt, Briggs & Co.",
                "It closed yesterday.",
            ],
        ),
        (
            "Apple Inc. announced results. Shares rose.",
            &["Apple Inc. announced results.", "Shares rose."],
        ),
        ("That is JFK Jr.'s book.", &["That is JFK Jr.'s book."]),
        (
            "The hall was full. Mrs. Lane spoke first.Mr. Ortiz spoke next.",
            &[
                "The hall was full.",
                "Mrs. Lane spoke first.Mr. Ortiz spoke next.",
            ],
        ),
        (
            "Use e.g. Python or i.e. Rust.",
            &["Use e.g. Python or i.e. Rust."],
        ),
        (
            "We sell fruit, vegetables, etc. and more.",
            &["We sell fruit, vegetables, etc. and more."],
        ),
    ]);
}

#[test]
fn english_abbreviations_with_dots_inside() {
    check(&[
        (
            "I visited the U.S.A. last year.",
            &["I visited the U.S.A. last year."],
        ),
        (
            "I live in the E.U. How about you?",
            &["I live in the E.U.", "How about you?"],
        ),
        (
            "I live in the U.S. How about you?",
            &["I live in the U.S.", "How about you?"],
        ),
        (
            "I work for the U.S. Government in Virginia.",
            &["I work for the U.S. Government in Virginia."],
        ),
        (
            "I have lived in the U.S. for 20 years.",
            &["I have lived in the U.S. for 20 years."],
        ),
        (
            "The U.K. and the U.S. signed.",
            &["The U.K. and the U.S. signed."],
        ),
        (
            "The meeting is at 9:30 a.m. on Monday.",
            &["The meeting is at 9:30 a.m. on Monday."],
        ),
        ("It's 5 p.m. Let's go.", &["It's 5 p.m.", "Let's go."]),
        (
            "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
            &[
                "At 5 a.m. Mr. Smith went to the bank.",
                "He left the bank at 6 P.M.",
                "Mr. Smith then went to the store.",
            ],
        ),
    ]);
}

#[test]
fn english_initials() {
    check(&[
        (
            "My name is Jonas E. Smith.",
            &["My name is Jonas E. Smith."],
        ),
        (
            "J. R. R. Tolkien wrote it.",
            &["J. R. R. Tolkien wrote it."],
        ),
        (
            "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
            &[
                "We make a good team, you and I.",
                "Did you see Albert I. Jones yesterday?",
            ],
        ),
        (
            "This is plan B. The rest failed.",
            &["This is plan B.", "The rest failed."],
        ),
        (
            "The award went to my team and I. Have you seen it?",
            &["The award went to my team and I.", "Have you seen it?"],
        ),
        (
            "We met with J. Smith and Helen I. Park today.",
            &["We met with J. Smith and Helen I. Park today."],
        ),
    ]);
}

#[test]
fn english_numbers_money_and_versions() {
    check(&[
        (
            "She has $100.00 in her bag.",
            &["She has $100.00 in her bag."],
        ),
        (
            "She has $100.00. It is in her bag.",
            &["She has $100.00.", "It is in her bag."],
        ),
        (
            "The company reported a loss of $1.2 billion, or 5.2%, in Q3.",
            &["The company reported a loss of $1.2 billion, or 5.2%, in Q3."],
        ),
        (
            "Pi is about 3.14. Everyone knows.",
            &["Pi is about 3.14.", "Everyone knows."],
        ),
        (
            "Five people were injured. 12 were treated at the scene.",
            &["Five people were injured.", "12 were treated at the scene."],
        ),
        (
            "The vote was 5-4. 3 members abstained.",
            &["The vote was 5-4.", "3 members abstained."],
        ),
        (
            "They ordered pears, plums, etc. 40 crates in all.",
            &["They ordered pears, plums, etc. 40 crates in all."],
        ),
        (
            "The office opens Jan. 5 and closes approx. 20 days later.",
            &["The office opens Jan. 5 and closes approx. 20 days later."],
        ),
        (
            "Install v2.0 today. It is faster.",
            &["Install v2.0 today.", "It is faster."],
        ),
    ]);
}

#[test]
fn english_urls_and_email() {
    check(&[
        (
            "Her email is Jane.Doe@example.com. I sent her an email.",
            &["Her email is Jane.Doe@example.com.", "I sent her an email."],
        ),
        (
            "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
            &[
                "The site is: https://www.example.50.com/new-site/awesome_content.html.",
                "Please check it out.",
            ],
        ),
        (
            "Visit example.com/docs. Then sign up.",
            &["Visit example.com/docs.", "Then sign up."],
        ),
        (
            "Write to j.smith@example.co.uk. We reply fast.",
            &["Write to j.smith@example.co.uk.", "We reply fast."],
        ),
    ]);
}

#[test]
fn english_quotes_and_brackets() {
    check(&[
        (
            "She turned to him, 'This is great.' she said.",
            &["She turned to him, 'This is great.' she said."],
        ),
        (
            "She turned to him, \"This is great.\" she said.",
            &["She turned to him, \"This is great.\" she said."],
        ),
        (
            "She turned to him, \"This is great.\" She held the book out to show him.",
            &[
                "She turned to him, \"This is great.\"",
                "She held the book out to show him.",
            ],
        ),
        (
            "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
            &[
                "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
            ],
        ),
        (
            "He said, “I’m done. Really done.” Then he left.",
            &["He said, “I’m done.", "Really done.”", "Then he left."],
        ),
        ("“Where?” he asked.", &["“Where?” he asked."]),
        (
            "She works at Yahoo! in the accounting department.",
            &["She works at Yahoo! in the accounting department."],
        ),
        (
            "He said “Stop.” (Then he left.)",
            &["He said “Stop.”", "(Then he left.)"],
        ),
    ]);
}

#[test]
fn english_ellipses_and_dashes() {
    check(&[
        (
            "I never meant that.... She left the store.",
            &["I never meant that....", "She left the store."],
        ),
        ("Wait... What happened?", &["Wait...", "What happened?"]),
        ("Wait… What happened?", &["Wait…", "What happened?"]),
        ("Wait... what happened?", &["Wait... what happened?"]),
        (
            "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
            // A full stop, then three spaced dots for words left out before the next sentence.
            &[
                "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.",
                ". . . The practice was not abandoned. . . .",
            ],
        ),
        (
            "Mix it, put it in the oven, and -- voila! -- you have cake.",
            &["Mix it, put it in the oven, and -- voila! -- you have cake."],
        ),
    ]);
}

#[test]
fn english_lists() {
    check(&[
        (
            "1. The first item\n2. The second item",
            &["1. The first item", "2. The second item"],
        ),
        ("a. Apples\nb. Pears", &["a. Apples", "b. Pears"]),
        (
            "1) Open the file. 2) Read it.",
            &["1) Open the file.", "2) Read it."],
        ),
        (
            "• First point.\n• Second point.",
            &["• First point.", "• Second point."],
        ),
    ]);
}

#[test]
fn graphemes_are_never_split() {
    check(&[
        (
            "Great job 👩\u{200d}💻. Next task!",
            &["Great job 👩\u{200d}💻.", "Next task!"],
        ),
        (
            "Cafe\u{301} is open. Come in.",
            &["Cafe\u{301} is open.", "Come in."],
        ),
        ("Flags 🇨🇳🇺🇸! Done.", &["Flags 🇨🇳🇺🇸!", "Done."]),
    ]);
}

#[test]
fn offsets_and_paragraphs() {
    let text = "  第一句。第二句。\n\nHe said 😀. Then left.\n";
    let s = segment(text);
    assert_eq!(s.len(), 4);
    assert_eq!(
        (
            s[0].paragraph,
            s[1].paragraph,
            s[2].paragraph,
            s[3].paragraph
        ),
        (0, 0, 1, 1)
    );
    assert_eq!((s[0].char_start, s[0].char_end), (2, 6));
    assert_eq!((s[1].char_start, s[1].char_end), (6, 10));
    assert_eq!((s[2].char_start, s[2].char_end), (12, 22));
    assert_eq!((s[3].char_start, s[3].char_end), (23, 33));
    for sentence in &s {
        assert_eq!(&text[sentence.start..sentence.end], sentence.text);
    }
}

#[test]
fn the_sample_article_splits_where_a_reader_would() {
    let text = sentag::core::samples::SAMPLE_TEXT;
    let got = sentences(text);
    assert_eq!(&got[..2], ["会议现场。", "(杨威 摄)"]);
    assert!(got.contains(&"天心区委书记吴新伟出席会议并讲话。"));
    assert!(got.contains(&"“营商环境是一座城市的核心竞争力,更是招商引资的底气和生命线。”"));
    assert!(got.contains(&"近年来,越来越多的企业选择了天心,越来越多的项目落户在天心。"));
    assert_eq!(
        got.last(),
        Some(&"本文为长沙站原创文章,转载请附上原文出处链接和本声明。")
    );
    let paragraphs = text.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(segment(text).last().unwrap().paragraph + 1, paragraphs);
}
