// Lost bytes of UTF-8 read as cp1252 (issue 3, mojibake). cp1252 has no character for 0x81, 0x8D,
// 0x8F, 0x90 and 0x9D; a decoder that writes U+FFFD for them loses which byte it was, so about one
// Chinese character in seven comes back as one of up to five candidates (坚 E5 9D 9A or 做 E5 81 9A).
// The 60-character opening of each paragraph of some gov reports and news items is garbled so (with
// iconv-lite's windows-1252, which writes U+FFFD there) and scanned; each repair offered is checked
// against the bytes it covers. "known" repairs (confidence ≥ 0.7) are applied by clean(), "guessed"
// ones only offered. Run after `npm run build`:   node bench/mojibake-lost-bytes.mjs
import iconv from 'iconv-lite';
import { corpus, table } from './lib.mjs';

const { scan } = await import(process.env.DIST ? `${process.env.DIST}/index.js` : '../dist/index.js');

const PRE = '前面的话。\n';

function measure(texts) {
  const tally = { known: 0, knownRight: 0, guessed: 0, guessedRight: 0, lines: 0 };
  for (const { text } of texts) {
    for (const p of text
      .split('\n')
      .filter((l) => l.length > 40)
      .slice(0, 60)) {
      const bytes = Buffer.from(p.slice(0, 60));
      const garbled = iconv.decode(bytes, 'win1252');
      if (!garbled.includes('\ufffd')) continue;
      tally.lines++;
      for (const f of scan(`${PRE}${garbled}\n后面的话。`)) {
        if (f.rule !== 'mojibake' || f.expected === undefined) continue;
        const truth = bytes.subarray(f.start - PRE.length, f.end - PRE.length).toString('utf8');
        const kind = f.confidence >= 0.7 ? 'known' : 'guessed';
        tally[kind]++;
        if (truth === f.expected) tally[`${kind}Right`]++;
      }
    }
  }
  return tally;
}

const sets = [
  [
    'gov work reports 2010–2022 (even years)',
    corpus('gov-work-report').filter((t) => /20(1[02468]|2[02])\.txt$/.test(t.name)),
  ],
  ['news items (新闻联播, 15 days)', corpus('news-sample/cctv-xinwenlianbo')],
  // held out: SURE_MARGIN was chosen on the two sets above
  [
    'gov work reports, odd years (held out)',
    corpus('gov-work-report').filter((t) => /20(09|1[13579]|2[135])\.txt$/.test(t.name)),
  ],
  ['CPC congress reports (held out)', corpus('cpc-congress-report')],
].filter(([, texts]) => texts.length > 0);

const rows = sets.map(([name, texts]) => {
  const t = measure(texts);
  const share = (a, b) => (b === 0 ? '–' : `${a}/${b} (${(a / b).toFixed(3)})`);
  return [name, t.lines, share(t.knownRight, t.known), share(t.guessedRight, t.guessed)];
});
console.log('## Mojibake: lost bytes of UTF-8 read as cp1252\n');
console.log(
  table(['texts', 'garbled lines', 'known repairs right (applied)', 'guessed repairs right (offered)'], rows),
);
