//! Table-driven cases for the Chinese suggestion rules: each cue family with the reason it
//! gives, and each "not" case of the labelling guidelines.
#![cfg(not(target_arch = "wasm32"))]

use sentag::core::suggest::{ATTENDEES, COMMITMENTS, Context, Lang, METRICS, Suggestion, suggest};

fn found(sentence: &str, tag: &str) -> Option<Suggestion> {
    suggest(
        sentence,
        Lang::Zh,
        Context {
            index: 3,
            count: 20,
        },
    )
    .into_iter()
    .find(|s| s.tag == tag)
}

/// Each case: the sentence, the cue expected and the reason expected.
fn expect(tag: &str, cases: &[(&str, &str, &str)]) {
    let mut failures = Vec::new();
    for &(sentence, cue, reason) in cases {
        match found(sentence, tag) {
            Some(s) if &sentence[s.cue.clone()] == cue && s.reason == reason => {
                assert!((0.5..=1.0).contains(&s.confidence), "{sentence}: {s:?}");
            }
            other => failures.push(format!(
                "{sentence}\n  expected {tag} [{cue} → {reason}]\n  got {:?}",
                other.map(|s| (sentence[s.cue.clone()].to_string(), s.reason))
            )),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Each sentence must not be given `tag`.
fn reject(tag: &str, cases: &[&str]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|sentence| {
            found(sentence, tag).map(|s| {
                format!(
                    "{sentence}\n  got {tag} [{} → {}]",
                    &sentence[s.cue.clone()],
                    s.reason
                )
            })
        })
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn commitments_cues() {
    expect(
        COMMITMENTS,
        &[
            ("各乡镇要在月底前完成隐患排查。", "要", "directive"),
            ("全区上下要紧盯目标任务不放松。", "要", "directive"),
            ("各地不要搞层层加码。", "不要", "prohibition"),
            ("各单位务必高度重视,抓紧部署。", "务必", "obligation"),
            ("施工人员必须持证上岗。", "必须", "obligation"),
            ("申报材料应当于3月底前提交。", "应当", "obligation"),
            ("各责任单位应按时报送进展情况。", "应", "obligation"),
            ("确保全年目标任务圆满完成。", "确保", "directive"),
            ("力争年底前建成投用。", "力争", "target"),
            ("今年的目标是新增就业岗位2000个。", "目标", "target"),
            ("项目选址坚持节约集约用地的原则。", "坚持", "directive"),
            ("一是加快培育战略性新兴产业。", "加快", "directive"),
            ("二是持续优化营商环境。", "持续", "directive"),
            (
                "(一)着力扩大内需,推动经济持续回升向好。",
                "着力",
                "directive",
            ),
            ("3.坚定不移抓好产业转型升级。", "坚定不移", "directive"),
            (
                "坚持把就业作为最基本的民生,落实落细稳岗扩岗各项政策。",
                "坚持",
                "directive",
            ),
            ("年内新增城镇就业2.5万人。", "年内", "target"),
            (
                "对设备投资超过1000万元的项目给予最高200万元补助。",
                "给予",
                "directive",
            ),
            ("社区将定期召开居民议事会。", "将", "future"),
            ("市交通运输局表示,将总结假期保障经验。", "将", "future"),
            ("公司计划于明年6月投产。", "计划", "plan"),
            ("明年村里计划再建一座冷库。", "计划", "plan"),
            ("该公司拟投资5亿元建设研发中心。", "拟", "plan"),
            ("第二届农博会将于9月在会展中心举行。", "将于", "plan"),
            ("区政府将出台配套扶持政策。", "将", "future"),
            ("明年市市场监管局将全面推行清单制度。", "将", "future"),
            ("主办方表示,将持续提升展会服务水平。", "将", "future"),
            ("公司拟以自有资金回购公司股份。", "拟", "plan"),
            ("今年该行将继续坚守支农支小定位。", "将", "future"),
            ("企业承诺按期交付全部订单。", "承诺", "pledge"),
            ("任何单位不得擅自提高收费标准。", "不得", "prohibition"),
            ("严禁酒后驾驶公务车辆。", "严禁", "prohibition"),
            ("会议要求,各部门抓好贯彻落实。", "要求", "directive"),
            ("会议决定,成立城市更新工作专班。", "决定", "directive"),
            ("全会号召,全县上下团结一心、苦干实干。", "号召", "directive"),
            ("游客请提前在网上预约。", "请", "directive"),
            ("到2027年,全市新能源汽车保有量达到50万辆。", "到", "target"),
            ("各地需加强监测预警。", "需", "obligation"),
            ("对逾期不改的,一律依法处理。", "一律", "directive"),
            ("执法人员当场责令企业限期整改。", "责令", "directive"),
            ("坚决杜绝形式主义。", "杜绝", "prohibition"),
        ],
    );
}

#[test]
fn commitments_not() {
    reject(
        COMMITMENTS,
        &[
            // Past achievements.
            "去年全县完成固定资产投资120亿元。",
            "今年以来,全区新引进项目36个。",
            "深入实施“千企帮扶”行动,为企业减税降费4.6亿元。",
            // Opinions and evaluations.
            "项目建设是经济发展的生命线。",
            "守住底线,是必须完成的硬任务。",
            "“未来的教育,不是要教会学生所有知识,而是要教会学生学习。”",
            // Forecasts that commit no one.
            "预计全年地区生产总值增长5%左右。",
            "业内人士认为,市场需求将持续释放。",
            "据预测,明年房价将小幅回落。",
            "项目建成后,将有效缓解交通拥堵。",
            "二季度全市还将有35个项目具备开工条件。",
            "新学期即将开始。",
            // No plan, or a refusal.
            "公司暂无在海外上市的计划。",
            "公司不打算调整产品价格。",
            // 要 and other markers inside other words.
            "这是一次十分重要的会议。",
            "主要经济指标稳中有升。",
            "只要方向正确,就一定能取得成效。",
            "会议梳理了下半年工作要点。",
            "项目建设符合生态环保要求。",
            "全区出台了三年行动计划。",
            "工作容不得半点马虎。",
            "他申请了一项发明专利。",
            // 将 moving an object, in a past deed.
            "他将奖杯交给了队长。",
            "他将全部积蓄投入到合作社。",
            // A heading verb followed by its results tells a past deed.
            "扎实推进乡村振兴,农村面貌焕然一新。",
            "深入实施创新驱动发展战略,获批国家级创新平台3个。",
            "始终把群众的小事当作政府的大事,民生福祉不断增进。",
            "市场监管部门表示,目前市场供应充足,市民不必囤积。",
            "到去年底,全市已建成充电桩5000个。",
            // Purpose, answers and other words.
            "为确保工程质量,项目部严格把关。",
            "响应党中央号召,青年们踊跃报名参军。",
            "此事的原委至今不得而知。",
            "所需资金由区财政承担。",
            "要想富,先修路。",
            "下一步有什么打算?",
            "去年全年安排资金3亿元用于民生实事。",
        ],
    );
}

#[test]
fn metrics_cues() {
    expect(
        METRICS,
        &[
            ("项目总投资10亿元。", "10亿元", "money"),
            ("全年投入资金三千万元。", "三千万元", "money"),
            ("城镇调查失业率为4.8%。", "4.8%", "percent"),
            ("规模工业增加值同比增长3.5%。", "3.5%", "growth"),
            ("税收占比提高0.6个百分点。", "0.6个百分点", "growth"),
            ("综合能耗降低百分之十。", "百分之十", "percent"),
            ("进出口总额增长1.2倍。", "1.2倍", "growth"),
            ("新引进项目4个。", "4个", "count"),
            ("新增市场主体2.3万家。", "2.3万家", "count"),
            ("共转移群众1.5万余人。", "1.5万余人", "count"),
            ("施工工期18个月。", "18个月", "duration"),
            ("物业公司承诺,一个月内完成施工。", "一个月", "duration"),
            ("开展为期3年的专项行动。", "3年", "duration"),
            ("新建道路12.5公里。", "12.5公里", "quantity"),
            ("年用电量超过500万千瓦时。", "500万千瓦时", "quantity"),
            ("稻谷亩产超过了1200斤。", "1200斤", "quantity"),
            ("会议以21票赞成通过决议。", "21票", "vote"),
            ("公司总股本为8.62亿股。", "8.62亿股", "count"),
        ],
    );
}

#[test]
fn metrics_not() {
    reject(
        METRICS,
        &[
            // Dates, years and clock times.
            "会议于2024年3月5日召开。",
            "10月9日上午,大会在区行政中心举行。",
            "会议于上午9时30分开始。",
            "1—2月全区经济运行平稳。",
            // Ordinals.
            "第一批试点名单已经公布。",
            "区长主持召开区政府第38次常务会议。",
            "中共平阳县委十五届六次全体会议召开。",
            // Numbers in names, titles and slogans.
            "深入实施招商引资“一号工程”。",
            "全面落实“三高四新”美好蓝图。",
            "增强“四个意识”、做到“两个维护”。",
            "全市5G网络实现城区全覆盖。",
            "地铁6号线一期工程完成“轨通”。",
            "区里出台了优化营商环境三年行动计划。",
            "会议审议了《2024年度工作要点》。",
            "今年是实施“十四五”规划的关键一年。",
            "积极引进一批亿元以上项目。",
            "推动企业二次创业。",
            "坚持三位一体推进。",
            "他在比赛中获得前三名。",
            "近三年来,他一直在基层工作。",
            "他现年58岁。",
            // Codes, phone numbers and addresses.
            "咨询电话:0731-84561234。",
            "公司股票代码为688123。",
            "新楼地址为解放大道388号。",
            "市民可拨打12345热线反映诉求。",
        ],
    );
}

#[test]
fn attendees_cues() {
    expect(
        ATTENDEES,
        &[
            ("市委书记张建华出席会议并讲话。", "出席", "attendance"),
            ("区直有关部门主要负责同志参加会议。", "参加", "attendance"),
            ("区人大常委会副主任周文斌列席会议。", "列席", "attendance"),
            ("副区长李明主持会议。", "主持", "chair"),
            ("会议由区委副书记王海主持。", "主持", "chair"),
            ("活动由市文化旅游局主办。", "主办", "host"),
            ("邓振华在开幕式上致辞。", "致辞", "speech"),
            ("县委书记刘伟作工作报告。", "作工作报告", "speech"),
            ("会上,刘正华通报了监测帮扶情况。", "会上", "speech"),
            ("市长孟凡到城北污水处理厂调研。", "调研", "attendance"),
            ("出席:张三、李四、王五。", "出席", "roll-call"),
            ("缺席:赵六。", "缺席", "roll-call"),
            ("主持:刘伟。", "主持", "chair"),
            ("张三、李四参加会议。", "参加", "attendance"),
            ("市委书记刘强会见了客商一行。", "会见", "attendance"),
            (
                "董事长陈国栋在签约仪式上介绍了项目情况。",
                "在签约仪式上",
                "speech",
            ),
        ],
    );
}

#[test]
fn attendees_not() {
    reject(
        ATTENDEES,
        &[
            // Reported speech is not attendance.
            "他强调,要抓好各项工作落实。",
            "刘建平在讲话中指出,审议意见要及时交办。",
            "“营商环境是一座城市的核心竞争力。”",
            "深入学习贯彻习近平总书记重要讲话精神。",
            "新闻发言人表示,相关调查正在进行。",
            "会议听取了区政府工作报告。",
            "双方将在新能源领域开展合作。",
            "据主办方介绍,活动将持续三天。",
            // Crowds that are not named.
            "来自各地的300余名游客参加了活动。",
            "会上,6个县区和8家市直单位作了表态发言。",
            "与会人员实地察看了项目现场。",
            // Invitations, plans and absences.
            "欢迎广大市民踊跃参加。",
            "各承办单位要认真办理代表建议。",
            "区长因公未出席会议。",
            "课题组形成了一份调研报告。",
            "他1990年参加工作。",
            "他主持全面工作。",
        ],
    );
}

#[test]
fn one_suggestion_per_tag_with_its_cue_inside_the_sentence() {
    let sentence = "会议要求,各部门要在3个月内完成整改,副区长李明主持会议。";
    let found = suggest(sentence, Lang::Zh, Context::default());
    let tags: Vec<&str> = found.iter().map(|s| s.tag.as_str()).collect();
    assert_eq!(tags, [COMMITMENTS, METRICS, ATTENDEES]);
    for s in &found {
        assert!(
            sentence.get(s.cue.clone()).is_some_and(|c| !c.is_empty()),
            "{s:?}"
        );
    }
}
