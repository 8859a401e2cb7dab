//! The English suggestion rules, one table row per cue family and per "not" case of
//! tests/fixtures/suggest/GUIDELINES.md: which tags, for which reason, on which cue.

use sentag::core::suggest::{ATTENDEES, COMMITMENTS, Context, Lang, METRICS, suggest};

/// The (tag, reason, cue) suggested for `sentence`, in tag order.
fn found(sentence: &str) -> Vec<(String, &'static str, String)> {
    let context = Context {
        index: 3,
        count: 20,
    };
    suggest(sentence, Lang::En, context)
        .into_iter()
        .map(|s| {
            assert!(
                (0.5..=1.0).contains(&s.confidence),
                "{sentence}: {}",
                s.confidence
            );
            (s.tag, s.reason, sentence[s.cue].to_string())
        })
        .collect()
}

/// A sentence and the (tag, reason, cue) it must get, nothing else.
type Row<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str)]);

/// Checks each row.
fn check(rows: &[Row]) {
    for (sentence, want) in rows {
        let got = found(sentence);
        let got: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|(t, r, c)| (t.as_str(), *r, c.as_str()))
            .collect();
        assert_eq!(&got, want, "{sentence}");
    }
}

const C: &str = COMMITMENTS;
const M: &str = METRICS;
const A: &str = ATTENDEES;

#[test]
fn commitments_from_modals() {
    check(&[
        (
            "The county will repave Orchard Road before the school year starts.",
            &[(C, "future", "will")],
        ),
        (
            "Applicants shall file their plans with the zoning office.",
            &[(C, "obligation", "shall")],
        ),
        (
            "Landlords must register every rental unit with the city.",
            &[(C, "obligation", "must")],
        ),
        (
            "The authority will not raise parking fees this year.",
            &[(C, "pledge", "will not")],
        ),
        (
            "The new branch library will be built on the old depot site.",
            &[(C, "future", "will")],
        ),
        (
            "Director Amos Kerr said the agency would publish the audit in full.",
            &[(C, "future", "would")],
        ),
        (
            "Drivers should not park on the grass verges during the fair.",
            &[(C, "directive", "should")],
        ),
    ]);
}

#[test]
fn commitments_from_plans_pledges_targets_and_motions() {
    check(&[
        (
            "The district plans to hire more bus drivers before winter.",
            &[(C, "plan", "plans to")],
        ),
        (
            "Renovation is scheduled to start after the festival.",
            &[(C, "plan", "scheduled to")],
        ),
        (
            "The mill pledged to keep its night shift running.",
            &[(C, "pledge", "pledged to")],
        ),
        (
            "The trust is committed to reopening the riverside path.",
            &[(C, "pledge", "committed to")],
        ),
        (
            "The port aims to handle all cargo electrically by the end of the decade.",
            &[(C, "target", "aims to")],
        ),
        (
            "We aim to reach zero waste to landfill by the end of the decade.",
            &[(C, "target", "aim to")],
        ),
        (
            "Our goal is to house every family on the waiting list.",
            &[(C, "target", "goal is to")],
        ),
        (
            "Councilmember Iles moved to approve the sidewalk contract.",
            &[(C, "motion", "moved to approve")],
        ),
        (
            "Trustee Banner moved adoption of the revised policy.",
            &[(C, "motion", "moved adoption")],
        ),
        (
            "Resolved: that the council adopts the revised standing orders.",
            &[(C, "decision", "Resolved:")],
        ),
        (
            "The board agreed on Monday to extend library hours.",
            &[(C, "decision", "agreed on Monday to")],
        ),
        (
            "The mayor asked staff to draft a noise ordinance.",
            &[(C, "directive", "asked staff to")],
        ),
        (
            "The permit requires the operator to fence the quarry.",
            &[(C, "obligation", "requires the operator to")],
        ),
        (
            "Open fires are prohibited in the country park.",
            &[(C, "prohibition", "are prohibited")],
        ),
        (
            "Each school is directed to publish its menus online.",
            &[(C, "directive", "is directed to")],
        ),
        (
            "The trust launched a campaign to restore the mill pond.",
            &[(C, "plan", "launched a campaign to")],
        ),
        (
            "Members backed a new roof, which will be fitted in spring.",
            &[(C, "future", "will")],
        ),
    ]);
}

#[test]
fn not_commitments() {
    check(&[
        // forecasts that commit no one
        ("Heating costs will climb again this winter.", &[]),
        ("Water bills are expected to rise next spring.", &[]),
        ("Demand will likely ease after the holidays.", &[]),
        ("Analysts expect the merger will close quietly.", &[]),
        // opinions and evaluations
        ("This is a turning point for the harbour.", &[]),
        ("Opponents argue that the town should sell the land.", &[]),
        // absent plans and refusals
        ("The club has no plans to leave the stadium.", &[]),
        ("The firm does not plan to cut staff.", &[]),
        ("The minister declined to commit to a date.", &[]),
        // conditions, questions, states
        ("The clinic said it would close early if snow falls.", &[]),
        ("Will the county fund the shelter?", &[]),
        ("The new wing will include a rooftop garden.", &[]),
        ("Voters will decide on the bond in spring.", &[]),
        // will as a noun or a name
        ("Residents showed the political will to change.", &[]),
        ("Treasurer Will Oduya read the accounts.", &[]),
        // past deeds
        ("The board voted last month to sell the annex.", &[]),
        ("Crews finished the bridge repairs in June.", &[]),
        // a seconder alone
        ("Commissioner Pike seconded the motion.", &[]),
        // a plan named by others, a finding, a judgement
        ("Neighbours opposed plans to widen the lane.", &[]),
        (
            "The study says the county will run short of landfill space.",
            &[],
        ),
        ("Safety must be our first concern.", &[]),
    ]);
}

#[test]
fn metrics_by_kind() {
    check(&[
        (
            "The county set aside $3.2 million for road salt.",
            &[(M, "money", "$3.2 million")],
        ),
        (
            "The town's precept rose to £52,400.",
            &[(M, "money", "£52,400")],
        ),
        ("Turnout was 41% across the ward.", &[(M, "percent", "41%")]),
        (
            "Membership rose 6 per cent over the summer.",
            &[(M, "growth", "6 per cent")],
        ),
        (
            "The index fell 35 basis points in a week.",
            &[(M, "growth", "35 basis points")],
        ),
        (
            "Inspectors visited 48 restaurants in the spring.",
            &[(M, "count", "48 restaurants")],
        ),
        (
            "Nine volunteers cleared the canal path.",
            &[(M, "count", "Nine volunteers")],
        ),
        (
            "The lease runs for 15 years.",
            &[(M, "duration", "15 years")],
        ),
        (
            "Officials opened a 60-day comment period.",
            &[(M, "duration", "60-day")],
        ),
        ("The measure passed on a 7-2 vote.", &[(M, "vote", "7-2")]),
        ("Motion carried 5-0.", &[(M, "vote", "5-0")]),
        (
            "More than 200 residents attended the hearing.",
            &[(M, "count", "200 residents")],
        ),
        (
            "The fair drew a crowd of about 900.",
            &[(M, "count", "about 900")],
        ),
    ]);
}

#[test]
fn not_metrics() {
    check(&[
        ("The hearing was held on March 5, 2024.", &[]),
        ("The session began at 6:30 p.m. in Room 2.", &[]),
        ("The session began at 7 p.m. sharp.", &[]),
        ("Ordinance No. 269 amends the sign code.", &[]),
        ("Route 9 was closed near the quarry.", &[]),
        ("COVID-19 changed how the clinic works.", &[]),
        ("The third phase ends in fiscal 2026.", &[]),
        ("This is the 40th annual parade.", &[]),
        ("See section 4 of the report for details.", &[]),
        ("Call 555-0172 for a collection.", &[]),
        ("The office is at 210 Market Street.", &[]),
        ("The mural dates from the 1930s.", &[]),
        ("No one spoke against the item.", &[]),
        ("The party issued a ten-point plan on housing.", &[]),
    ]);
}

#[test]
fn attendees_by_kind() {
    check(&[
        (
            "Present: Mayor Ruiz, Councilmembers Obi, Lang and Ferris.",
            &[(A, "roll-call", "Present")],
        ),
        ("Absent: Councilmember Toft.", &[(A, "roll-call", "Absent")]),
        (
            "Also present were City Engineer Dora Platt and Clerk Ken Ames.",
            &[(A, "roll-call", "Also present were")],
        ),
        (
            "Mayor Ines Duarte called the meeting to order at 7 p.m.",
            &[(A, "chair", "called the meeting to order")],
        ),
        (
            "Board president Lyle Grant presided.",
            &[(A, "chair", "presided")],
        ),
        (
            "Senator Joan Pike and Mayor Tom Ashe attended the ribbon cutting.",
            &[(A, "attendance", "attended")],
        ),
        (
            "The ceremony was hosted by the Harbor Rotary Club.",
            &[(A, "host", "hosted")],
        ),
        (
            "Principal Nadia Olsen delivered the opening remarks.",
            &[(A, "speech", "delivered the opening remarks")],
        ),
        (
            "Resident Paula Grimes addressed the council about parking.",
            &[(A, "speech", "addressed the council")],
        ),
        (
            "Auditor Sam Reyes presented the annual audit.",
            &[(A, "speech", "presented the annual audit")],
        ),
        (
            "The minister was joined by Councillor Ada Lin.",
            &[(A, "attendance", "joined by")],
        ),
        (
            "Guest speaker Dr. Omar Hale spoke on flood insurance.",
            &[(A, "speech", "spoke on")],
        ),
        (
            "Among those who spoke was Ruth Ames of the tenants' union.",
            &[(A, "attendance", "spoke was")],
        ),
    ]);
}

#[test]
fn not_attendees() {
    check(&[
        // a quote or reported speech
        ("\"We are not going anywhere,\" said CEO Lena Brandt.", &[]),
        ("Councilmember Obi said the plan was too costly.", &[]),
        // an unnamed crowd is a metric, not attendees
        ("Dozens of residents attended the hearing.", &[]),
        ("Several parents spoke at the meeting.", &[]),
        // an award presented, a future host
        ("The guild presented its craft award to Ana Voss.", &[]),
        ("The meeting was called to order at 7 p.m.", &[]),
        // a school attended, a city that hosted visitors
        ("Councilmember Obi attended Brandeis University.", &[]),
        ("Portland hosted record crowds in July.", &[]),
    ]);
}

#[test]
fn a_list_of_titles_counts_only_near_the_start() {
    let list = "Mayor Rosa Penn, Councilmembers Abe Lund and Iris Cole, City Clerk Tom Weir.";
    let at = |index| {
        suggest(list, Lang::En, Context { index, count: 40 })
            .iter()
            .map(|s| (s.tag.clone(), s.reason))
            .collect::<Vec<_>>()
    };
    assert_eq!(at(1), [(A.to_string(), "roll-call")]);
    assert!(at(30).is_empty());
}

#[test]
fn one_sentence_can_carry_all_three() {
    check(&[(
        "Mayor Kerr, who chaired the session, said the city will spend $4 million.",
        &[
            (C, "future", "will"),
            (M, "money", "$4 million"),
            (A, "chair", "chaired"),
        ],
    )]);
}
