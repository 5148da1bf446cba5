// Scores the same texts with the lexicon sentiment packages from npm, for `sl bench`.
// Usage: node peers.mjs MODULES_DIR INPUT.json OUTPUT.json
//   MODULES_DIR holds node_modules with vader-sentiment, sentiment (AFINN) and multilang-sentiment;
//   INPUT.json is {"en": [texts], "fr": [texts]}; OUTPUT.json receives one entry per (package, language) with the
//   predicted classes (0 negative, 1 neutral, 2 positive), the wall and CPU seconds of scoring, and the rule used.
// Mapping to three classes uses each package's documented convention, not a band tuned on our labels:
//   vader-sentiment: compound >= 0.05 positive, <= -0.05 negative, else neutral (the VADER authors' thresholds);
//   sentiment (AFINN) and multilang-sentiment: score > 0 positive, < 0 negative, 0 neutral (sign of the AFINN sum).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [modulesDir, inputPath, outputPath] = process.argv.slice(2);
const require = createRequire(join(modulesDir, 'package.json'));
const input = JSON.parse(readFileSync(inputPath, 'utf8'));

const vader = require('vader-sentiment');
const Afinn = require('sentiment');
const multilang = require('multilang-sentiment');
const afinn = new Afinn();

const bySign = (score) => (score > 0 ? 2 : score < 0 ? 0 : 1);
const peers = [
  {
    name: 'vader-sentiment', lang: 'en', rule: 'compound >= 0.05 positive, <= -0.05 negative',
    score: (t) => {
      const c = vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;
      return c >= 0.05 ? 2 : c <= -0.05 ? 0 : 1;
    },
  },
  { name: 'sentiment (AFINN)', lang: 'en', rule: 'sign of the AFINN score', score: (t) => bySign(afinn.analyze(t).score) },
  { name: 'multilang-sentiment', lang: 'fr', rule: 'sign of the AFINN-fr score', score: (t) => bySign(multilang(t, 'fr').score) },
];

const results = [];
for (const peer of peers) {
  const texts = input[peer.lang] ?? [];
  // Warm-up: the first 200 texts, then on round the texts until one second has passed (the same as ours in
  // sl bench), so both sides are measured with their compilers done rather than while they still optimise.
  const w0 = process.hrtime.bigint();
  for (const t of texts.slice(0, 200)) peer.score(t);
  for (let i = 0; Number(process.hrtime.bigint() - w0) / 1e9 < 1 && texts.length > 0; i++) peer.score(texts[i % texts.length]);
  // Repeat the texts until at least two seconds of scoring, so the rate is not a timer artefact.
  let predictions = [];
  let docs = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  do {
    const round = texts.map(peer.score);
    if (predictions.length === 0) predictions = round;
    docs += texts.length;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  } while (elapsed < 2 && texts.length > 0);
  const cpu = process.cpuUsage(cpu0);
  results.push({
    peer: peer.name, lang: peer.lang, rule: peer.rule, docs,
    seconds: elapsed, cpu_seconds: (cpu.user + cpu.system) / 1e6, predictions,
  });
}
writeFileSync(outputPath, JSON.stringify(results));
