// Search words at N services in Node (no browser, no DOM): preparing every service's
// search text and word postings once, then each keystroke of a few queries (parse,
// match, rank). Run by benchmarks/finder_words.py:
//   node benchmarks/finder_words.mjs <index.json> <core.js> [rounds]
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

import { parseQuery, prepareLexicon, prepareService, searchWords } from "../build_tools/finder/assets/search_words.js";

const [indexPath, corePath, roundsText = "5"] = process.argv.slice(2);
const { decode } = await import(pathToFileURL(corePath).href);
export const QUERIES = ["dementia lunch club", "lunch clubs", "luncheon club", "alzheimers", "WY6", "demntia"];

const index = JSON.parse(readFileSync(indexPath, "utf8"));
const data = decode(index);
const prepare = [];
const prepareCpu = [];
const times = [];
const cpuTimes = [];
const cpuMs = (since) => { const d = process.cpuUsage(since); return (d.user + d.system) / 1000; };
const counts = {};
let lexicon = null;
for (let round = 0; round < Number(roundsText); round += 1) {
  for (const s of data.services) delete s.wAll;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  lexicon = prepareLexicon(index);
  for (const s of data.services) prepareService(lexicon, s);
  prepare.push(performance.now() - t0);
  prepareCpu.push(cpuMs(c0));
  for (const query of QUERIES) {
    for (let i = 1; i <= query.length; i += 1) {
      const start = performance.now();
      const c1 = process.cpuUsage();
      const results = searchWords(data.services, parseQuery(lexicon, query.slice(0, i)), lexicon);
      times.push(performance.now() - start);
      cpuTimes.push(cpuMs(c1));
      counts[query] = results.length;
    }
  }
}
const sorted = (list) => list.slice().sort((a, b) => a - b);
const at = (list, q) => sorted(list)[Math.min(list.length - 1, Math.floor(q * list.length))];
console.log(JSON.stringify({
  services: data.services.length, words: lexicon.postings.size,
  prepare_ms_min: Math.round(Math.min(...prepare)), prepare_ms_median: Math.round(at(prepare, 0.5)),
  keystrokes: times.length, keystroke_median_ms: +at(times, 0.5).toFixed(2),
  keystroke_p95_ms: +at(times, 0.95).toFixed(2), keystroke_max_ms: +Math.max(...times).toFixed(2),
  prepare_cpu_ms_min: Math.round(Math.min(...prepareCpu)),
  keystroke_cpu_median_ms: +at(cpuTimes, 0.5).toFixed(2), keystroke_cpu_p95_ms: +at(cpuTimes, 0.95).toFixed(2),
  results: counts,
}));
