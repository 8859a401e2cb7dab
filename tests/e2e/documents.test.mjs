// Documents other than plain text: Word files (read in the decoder worker) and saved
// web pages (a reader view with Mozilla's Readability, and the whole page one switch
// away), opened through the File menu; Word files that cannot be read, each with its
// message while the open document and its tags stay.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  FIXTURES, chips, openApp, openThroughMenu, option, screenshot, tagByKeys, underStrictCsp, useServedApp,
} from './support/harness.mjs';
const app = useServedApp();

const texts = (page) => page.locator('.article .sentence-text').allTextContents();
const title = (page) => page.locator('.doc-title').textContent();

/** Waits until the document titled `name` shows. */
const opened = (page, name) => page.locator('.doc-title', { hasText: name }).waitFor();

const REPORT = [
  'Riverside District Transport Review',
  'Summary',
  'The transport committee met on 14 March to review bus services, cycling routes and road safety.',
  'It approved three proposals and asked officers to report back in June.',
  'This report was prepared on 17 March 2025 by the planning office.',
  'Decisions',
  '1. Extend bus route 12 to the new hospital.',
  '2. Build 4.5 km of protected cycle lanes on Mill Road.',
  'a) Work starts at the station end.',
  '3. Lower the speed limit near schools to 30 km/h.',
  'Concerns raised',
  '• Residents asked for later evening buses.',
  '• Shop owners worried about deliveries during the works.',
  'Costs',
  'Measure',
  'Cost',
  'Start',
  'Bus route 12',
  '€1.2 million',
  'September',
  'Cycle lanes',
  '€3.4 million',
  'Spring 2026',
  'Contact: planning office Phone 555 0142',
  'The Mill Road-Station Street roundabout stays open throughout.',
  '会议纪要',
  '区交通委员会于3月14日召开会议，审议公交服务、自行车道和道路安全等议题。',
  '会议同意延长12路公交线路，并要求有关部门于6月底前提交进展报告。',
  '一、加快推进公交线路延伸工作。',
  '二、做好施工期间的交通疏导。',
];

const NEWS_ARTICLE = [
  'Council approves bus lanes on Mill Road after two-year debate',
  'Anna Whitfield',
  "RIVERSIDE — The council's transport committee on Thursday approved bus lanes along the length of Mill Road, ending a debate that has divided shop owners, cyclists and commuters since the first plans were published in the spring of 2023.",
  'The scheme, which will cost £4.2 million, gives buses their own lane in both directions between the railway station and the hospital roundabout during the morning and evening peaks.',
  'Officers expect journeys on the number 12 route to become up to eight minutes shorter at the busiest times of day.',
  'Morning traffic on Mill Road, where buses are often held up near the station.',
  'Councillors voted seven to two in favour after a three-hour meeting in which more than twenty residents spoke.',
  'Several traders asked for the work to be split into stages so that deliveries could continue, and the committee agreed to add that condition to the contract.',
  'What changes for drivers',
  'Drivers will still be able to use the lanes outside the peak hours, and loading bays will be kept on the eastern side of the road.',
  'The main changes agreed by the committee are:',
  '• Bus lanes operate from 7am to 10am and from 4pm to 7pm on weekdays.',
  '• The right turn into Station Street is closed to general traffic.',
  '• Two new pedestrian crossings are added near the primary school.',
  '“We have listened to the people who live and work on Mill Road, and the plan is better for it,” said the committee chair, Councillor Ruth Okafor.',
  'Opponents said the money would be better spent on repairing side streets.',
  'A petition against the scheme gathered 1,400 signatures last year, and its organisers said they would ask the full council to review the decision at its April meeting.',
  'Construction is due to begin on 1 September and to finish by the end of November.',
  'The council will publish a map of temporary diversions in August, and bus operators have promised extra services while the work goes on.',
];

/** What the news page has around its article: menus, header, footer, related links… */
const NEWS_AROUND = [
  'Skip to content',
  '• Politics',
  '1. Home',
  'Subscribe from £1 a week',
  'Share on Social Email Copy link',
  'Related articles',
  '• Station car park to close for six weeks of repairs',
  'About time.',
  'Get the Courier Briefing',
  '• Privacy policy',
  '© 2025 The Riverside Courier Ltd.',
];

const ZH_ARTICLE = [
  '云溪区召开2025年安全生产工作会议',
  '3月14日下午，云溪区召开2025年安全生产工作会议，总结2024年全区安全生产工作，分析当前面临的形势和任务，部署今年重点工作。',
  '区委副书记、区长周明远出席会议并讲话，副区长林晓芸主持会议，各街道、区直各有关部门主要负责同志参加会议。',
  '会议指出，过去一年，全区上下认真落实安全生产责任制，深入开展重大事故隐患专项排查整治行动，共排查整改各类隐患3200余项，全区生产安全事故起数和死亡人数实现“双下降”，安全生产形势总体平稳。',
  '会议现场（区融媒体中心 摄）',
  '会议强调，各级各部门要清醒认识安全生产工作的长期性、艰巨性和复杂性，坚持人民至上、生命至上，以更高标准、更严要求、更实举措抓好今年各项工作。',
  '一是压紧压实责任，严格落实党政领导责任、部门监管责任和企业主体责任；二是突出重点领域，持续抓好城镇燃气、道路交通、建筑施工、消防等领域专项整治；三是提升应急能力，加强应急队伍建设和物资储备，开展常态化应急演练。',
  '会上，区安委会与各街道、重点部门签订了2025年安全生产目标责任书。',
  '区应急管理局、区住房和城乡建设局、区交通运输局主要负责同志作了交流发言。',
  '会议要求，各单位要立即行动，于3月底前完成本辖区、本行业隐患排查工作，及时报送排查整改台账，确保各项措施落到实处，为全区经济社会高质量发展营造安全稳定的环境。',
];

const ZH_AROUND = [
  '欢迎访问云溪区人民政府门户网站！',
  '• 政务公开',
  '当前位置：首页 > 政务公开 > 政务要闻',
  '发布时间：2025-03-14 17:20 来源：区应急管理局 字号：大 中 小 打印本页',
  '分享到：微信 微博 QQ空间 【关闭窗口】',
  '相关链接',
  '版权所有：云溪区人民政府 网站标识码：0000000000 某ICP备00000000号',
];

describe('Word files', () => {
  test('a report opens as its paragraphs: headings, lists, table cells, Chinese text', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await openThroughMenu(page, 'report.docx');
    await opened(page, 'Riverside District Transport Review');
    assert.deepEqual(await texts(page), REPORT);
    const all = (await texts(page)).join(' ');
    assert.doesNotMatch(all, /four/, 'the tracked deletion is left out');
    assert.doesNotMatch(all, /DATE|MMMM/, "the field's instruction is left out");
    assert.match(await page.locator('.notice').textContent(), /Opened report\.docx \(Word\)\./);
    assert.equal(await page.locator('.encoding').count(), 0, 'a Word file has no text encoding to show');
    await screenshot(page, 'docx-report');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('files that are not readable Word documents say what to do, and the work stays', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await tagByKeys(page, 2, [['1'], ['2']]);
    const count = await page.locator('.article [role=option]').count();
    const report = await readFile(path.join(FIXTURES, 'report.docx'));
    const cases = [
      [{ name: 'damaged.docx', buffer: report.subarray(0, report.length / 2) }, /damaged\.docx: This Word file is damaged: it could not be unpacked\. Open it in Word/],
      ['not-word.docx', /not-word\.docx: This file is not a Word document/],
      ['old-word.doc', /old-word\.doc: This is the old Word format \(\.doc, Word 97–2003\).*save it as \.docx or PDF/],
      ['encrypted.docx', /encrypted\.docx: This Word file is protected by a password\. Open it in Word, remove the password/],
      ['empty.docx', /empty\.docx: This Word document has no text\./],
    ];
    for (const [file, message] of cases) {
      await openThroughMenu(page, file);
      const notice = page.locator('.notice.error');
      await notice.waitFor();
      assert.match(await notice.textContent(), message);
      assert.equal(await page.locator('.article [role=option]').count(), count);
      assert.deepEqual(await chips(page, 2), ['commitments']);
      assert.deepEqual(await chips(page, 3), ['metrics']);
      if (file === 'old-word.doc') await screenshot(page, 'docx-old-word');
      await page.locator('.notice.error button').click();
    }
    // In Chinese too.
    await page.locator('.topbar-actions button', { hasText: '中文' }).click();
    await openThroughMenu(page, 'old-word.doc');
    await page.locator('.notice.error', { hasText: '旧版 Word 格式' }).waitFor();
    assert.match(await page.locator('.notice.error').textContent(), /另存为 \.docx 或 PDF/);
    assert.deepEqual(await chips(page, 2), ['承诺']);
    assert.equal(await page.locator('.article [role=option]').count(), count);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('saved web pages', () => {
  test('a news page opens as its article; the whole page is one switch away, and back', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await openThroughMenu(page, 'news-page.html');
    await opened(page, 'Council approves bus lanes on Mill Road after two-year debate');
    assert.deepEqual(await texts(page), NEWS_ARTICLE);
    const article = (await texts(page)).join('\n');
    for (const around of NEWS_AROUND) assert.ok(!article.includes(around), `${around} is left out`);
    assert.match(await page.locator('.notice').textContent(), /Opened news-page\.html in reader view/);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, "the page's scripts never run");
    const toggle = page.locator('.page-view');
    assert.equal(await toggle.getAttribute('role'), 'group');
    assert.equal(await toggle.locator('[data-view=article]').getAttribute('aria-pressed'), 'true');
    await screenshot(page, 'page-article');

    // A tag on the article, to find again when coming back.
    await tagByKeys(page, 2, [['1']]);
    // The whole page, by the keyboard.
    await toggle.locator('[data-view=whole]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.page-view [data-view=whole][aria-pressed=true]').waitFor();
    const whole = await texts(page);
    for (const around of NEWS_AROUND) assert.ok(whole.includes(around), `${around} shows in the whole page`);
    assert.ok(whole.includes('Council approves bus lanes on Mill Road after two-year debate'));
    assert.ok(whole.includes('Work will start in September, with the busiest section finished before the winter timetable.'));
    assert.ok(!whole.some((t) => /dataLayer|querySelectorAll|ad-slot/.test(t)), 'scripts and styles are dropped');
    assert.equal(await title(page), 'Council approves bus lanes on Mill Road after two-year debate');
    await screenshot(page, 'page-whole');

    // And back, with the tag where it was.
    await page.locator('.page-view [data-view=article]').click();
    await page.locator('.page-view [data-view=article][aria-pressed=true]').waitFor();
    assert.deepEqual(await texts(page), NEWS_ARTICLE);
    assert.deepEqual(await chips(page, 2), ['commitments']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a Chinese government page opens as its article, and whole on request', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await openThroughMenu(page, 'news-page-zh.html');
    await opened(page, '云溪区召开2025年安全生产工作会议');
    assert.equal(await title(page), '云溪区召开2025年安全生产工作会议');
    assert.deepEqual(await texts(page), ZH_ARTICLE);
    const article = (await texts(page)).join('\n');
    for (const around of ZH_AROUND) assert.ok(!article.includes(around), `${around} is left out`);
    await screenshot(page, 'page-zh-article');
    await page.locator('.page-view [data-view=whole]').click();
    await page.locator('.page-view [data-view=whole][aria-pressed=true]').waitFor();
    const whole = await texts(page);
    for (const around of ZH_AROUND) assert.ok(whole.includes(around), `${around} shows in the whole page`);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('a page with no article opens whole, says so, and offers no switch', async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    await openThroughMenu(page, 'page.html');
    await opened(page, 'page');
    assert.deepEqual(await texts(page), ['Policy headline', 'First paragraph.', 'It has two sentences.', 'Second <script> paragraph.']);
    assert.match(await page.locator('.notice').textContent(), /No article found in page\.html: showing the whole page\./);
    assert.equal(await page.locator('.page-view').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('after a reload the version shown reopens, with no switch (the page itself is not kept)', async () => {
    const { context, page } = await openApp(app.browser, app.url);
    await openThroughMenu(page, 'news-page.html');
    await opened(page, 'Council approves bus lanes');
    await tagByKeys(page, 3, [['2']]);
    await page.reload();
    await opened(page, 'Council approves bus lanes');
    await option(page, 3).locator('.chip').waitFor();
    assert.deepEqual(await texts(page), NEWS_ARTICLE);
    assert.deepEqual(await chips(page, 3), ['metrics']);
    assert.equal(await page.locator('.page-view').count(), 0);
    await context.close();
  });

  test('an address that returns HTML, whatever its name, opens in the reader view', async () => {
    const html = await readFile(path.join(FIXTURES, 'news-page.html'));
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/stories/12345', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    const page = await context.newPage();
    await page.goto(`${app.url}?src=${encodeURIComponent(`${app.url}stories/12345`)}`);
    await opened(page, 'Council approves bus lanes on Mill Road after two-year debate');
    assert.deepEqual(await texts(page), NEWS_ARTICLE);
    await page.locator('.page-view [data-view=whole]').click();
    await page.locator('.article .sentence-text', { hasText: 'Related articles' }).waitFor();
    await context.close();
  });
});

describe('on demand', () => {
  test('neither the reader view nor the decoder worker is fetched at start; each loads when needed', async () => {
    // No service worker: it would fetch every file ahead, for offline use.
    const { context, page, errors } = await openApp(app.browser, app.url, { serviceWorkers: 'block' });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const reader = () => fetched.filter((p) => /Readability|reader\.js/.test(p)).sort();
    const decoder = () => fetched.filter((p) => /\/decoder/.test(p)).sort();
    // A reload counts what the start fetches.
    await page.reload();
    await page.locator('[role=option]').first().waitFor();
    assert.deepEqual([...reader(), ...decoder()], [], 'nothing at start');

    await openThroughMenu(page, 'report.docx');
    await opened(page, 'Riverside District Transport Review');
    assert.deepEqual(decoder(), ['/decoder.js', '/decoder_bg.wasm', '/decoder_loader.js']);
    assert.deepEqual(reader(), []);

    await openThroughMenu(page, 'news-page.html');
    await opened(page, 'Council approves bus lanes');
    assert.deepEqual(reader(), ['/Readability-readerable.js', '/Readability.js', '/reader.js']);
    // Once loaded, the scripts serve every page after.
    await openThroughMenu(page, 'news-page-zh.html');
    await opened(page, '云溪区召开');
    assert.equal(reader().length, 3);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('strict CSP', () => {
  test('the reader view and the Word reader run under the policy make dist prints, on a sub-path', async () => {
    await underStrictCsp(async (page) => {
      await openThroughMenu(page, 'news-page.html');
      await opened(page, 'Council approves bus lanes');
      assert.deepEqual(await texts(page), NEWS_ARTICLE);
      await page.locator('.page-view [data-view=whole]').click();
      await page.locator('.page-view [data-view=whole][aria-pressed=true]').waitFor();
      await openThroughMenu(page, 'news-page-zh.html');
      await opened(page, '云溪区召开');
      await openThroughMenu(page, 'report.docx');
      await opened(page, 'Riverside District Transport Review');
    });
  });
});
