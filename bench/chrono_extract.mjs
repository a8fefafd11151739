// chrono_extract.mjs: chrono-node's parse over paragraphs, MB/s as the median of repeated runs.
//
//   node chrono_extract.mjs PARAGRAPHS.jsonl [RUNS]
//
// Input: one JSON object per line, {"ref":"YYYY-MM-DD","text":"…"}, as extract_bench writes
// them. Each paragraph is parsed with chrono.parse(text, ref), ref being local midnight of the
// document date. MB/s counts the UTF-8 bytes of the texts (1 MB = 10^6 bytes). Run by
// chrono_extract.sh, which installs chrono-node next to this file first.
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node chrono_extract.mjs PARAGRAPHS.jsonl [RUNS]");
  process.exit(2);
}
const runs = Math.max(1, Number.parseInt(runsArg ?? "7", 10) || 7);

const items = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.length > 0)
  .map((line) => {
    const { ref, text } = JSON.parse(line);
    const [y, m, d] = ref.split("-").map(Number);
    return { ref: new Date(y, m - 1, d), text };
  });
const bytes = items.reduce((n, it) => n + Buffer.byteLength(it.text, "utf8"), 0);

function pass() {
  let mentions = 0;
  let checksum = 0;
  for (const it of items) {
    const found = chrono.parse(it.text, it.ref);
    mentions += found.length;
    for (const r of found) checksum = (checksum * 31 + r.index + r.text.length + r.start.date().getTime()) % 2 ** 48;
  }
  return { mentions, checksum };
}

const version = JSON.parse(readFileSync(new URL("./node_modules/chrono-node/package.json", import.meta.url), "utf8")).version;
pass(); // warm-up: JIT, not timed
const rates = [];
let last;
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  last = pass();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  rates.push(bytes / s / 1e6);
}
const sorted = [...rates].sort((a, b) => a - b);
const n = sorted.length;
const med = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
console.log(`chrono-node ${version} on node ${process.version}: ${items.length} paragraphs, ${(bytes / 1e6).toFixed(3)} MB, ${runs} runs`);
console.log(`runs MB/s: ${rates.map((x) => x.toFixed(3)).join(" ")}`);
console.log(`mentions ${last.mentions}, checksum ${last.checksum}`);
console.log(`chrono-node MB/s median ${med.toFixed(3)} (min ${sorted[0].toFixed(3)}, max ${sorted[n - 1].toFixed(3)})`);
