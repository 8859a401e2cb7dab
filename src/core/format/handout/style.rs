//! The handout's one stylesheet, for the screen and for print.

/// The CSS of every handout: tagged pages, worksheet pages and the answer key.
pub(super) const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, Georgia, serif;
  color: #1f2328; background: #fff; max-width: 42rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.9; }
h1 { font-size: 1.5rem; line-height: 1.4; margin: 0 0 .25rem; }
.date { color: #57606a; margin: 0 0 1.25rem; font-size: .9rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; padding: .6rem .8rem; border: 1px solid #d0d7de;
  border-radius: 6px; margin-bottom: 1.5rem; font-family: system-ui, sans-serif; font-size: .85rem; }
.legend .chip { margin: 0; }
p { margin: 0 0 1em; }
.numbered { padding-left: 2.25rem; }
.numbered p { position: relative; }
.pn { position: absolute; left: -2.25rem; width: 1.6rem; text-align: right; color: #57606a;
  font-family: system-ui, sans-serif; font-size: .8rem; font-variant-numeric: tabular-nums; }
mark { background: transparent; color: inherit; padding: 0 .05em; border-bottom: 3px solid;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.chip { display: inline-block; font-family: system-ui, sans-serif; font-size: .7rem; font-weight: 700;
  line-height: 1.35; padding: 0 .35rem; border-radius: 999px; margin-left: .15rem; vertical-align: .2em;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.chip::before { content: "["; } .chip::after { content: "]"; }
sup a { color: #0b5cad; text-decoration: none; font-family: system-ui, sans-serif; font-size: .75rem; }
.notes { border-top: 1px solid #d0d7de; margin-top: 2rem; padding-top: .75rem; font-size: .9rem;
  break-before: avoid; orphans: 2; widows: 2; }
.notes li { margin-bottom: .4rem; break-inside: avoid; }
.who { display: flex; gap: 2rem; margin: 0 0 1.25rem; font-family: system-ui, sans-serif; }
.who span { flex: 1; display: flex; gap: .5rem; }
.who span::after { content: ""; flex: 1; border-bottom: 1px solid #57606a; margin-bottom: .45em; }
.tasks { margin: 0 0 1.5rem; padding: .6rem .8rem .6rem 2.2rem; border: 1px solid #d0d7de; border-radius: 6px;
  font-family: system-ui, sans-serif; font-size: .95rem; }
.tasks li { break-inside: avoid; }
.lines { margin-top: 1.5rem; break-inside: avoid; }
.lines div { height: 2.1rem; border-bottom: 1px solid #8c959f; }
.key { margin-top: 3rem; padding-top: 1.5rem; border-top: 2px dashed #8c959f; break-before: page; }
.key-heading { font-family: system-ui, sans-serif; font-size: .95rem; text-transform: uppercase;
  letter-spacing: .06em; color: #57606a; margin: 0 0 .5rem; }
.phrase { border-bottom: 2px solid #57606a; -webkit-box-decoration-break: clone; box-decoration-break: clone;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.vocabulary { margin-top: 2rem; border-top: 1px solid #d0d7de; padding-top: .75rem; break-inside: avoid-page; }
.vocabulary h2 { font-family: system-ui, sans-serif; font-size: 1rem; margin: 0 0 .5rem; }
.vocabulary dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.25rem; margin: 0; }
.vocabulary dt { font-weight: 700; }
.vocabulary dd { margin: 0; }
@page { margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  mark, .chip { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  p { orphans: 3; widows: 3; }
  .notes a.back { display: none; }
  .key { margin-top: 0; padding-top: 0; border-top: 0; }
}
"#;
