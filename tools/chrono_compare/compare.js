// Runs each expression through chrono-node and annals with one reference time (UTC) and
// reports where the begin of the two results differs. Usage: node compare.js ANNALS LIST REF
'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');
const chrono = require('chrono-node');

const [annals, listPath, refText] = process.argv.slice(2);
const refDate = new Date(refText);
const lines = fs.readFileSync(listPath, 'utf8').split('\n')
  .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

function annalsParse(text) {
  try {
    const out = execFileSync(annals, ['parse', '--ref', refText, '--format', 'json', '--', text],
                             { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out);
  } catch (e) {
    return null;
  }
}

function utcOf(isoWithOffset) {
  const d = new Date(isoWithOffset);
  return isNaN(d) ? null : d;
}

const kinds = {};
const rows = [];
let agree = 0;
let within = 0;  // chrono's instant lies inside annals' interval (a point inside a period)
for (const text of lines) {
  const a = annalsParse(text);
  const results = chrono.parse(text, { instant: refDate, timezone: 0 }, { forwardDate: false });
  const c = results.length ? results[0] : null;
  let kind = null;
  let detail = '';
  const aBegin = a && a.interval ? utcOf(a.interval[0]) : null;
  const aEnd = a && a.interval ? utcOf(a.interval[1]) : null;
  if (!a) kind = 'annals: no parse';
  else if (!aBegin) kind = 'annals: no interval (' + a.type + ' ' + a.value + ')';
  else if (!c) kind = 'chrono: no parse';
  else {
    const cBegin = c.start.date();
    const partial = c.text.length < text.length;
    const hourCertain = c.start.isCertain('hour');
    const aDay = aBegin.toISOString().slice(0, 10);
    const cDay = cBegin.toISOString().slice(0, 10);
    const aMin = aBegin.toISOString().slice(0, 16);
    const cMin = cBegin.toISOString().slice(0, 16);
    // Compare the instant to the minute when chrono is certain of the hour and annals has a
    // clock time; otherwise the day.
    const clock = hourCertain && ['hour', 'minute', 'second'].includes(a.grain);
    const inside = aBegin <= cBegin && cBegin < aEnd;
    if (inside) within++;
    if (clock ? aMin === cMin : aDay === cDay) {
      agree++;
      continue;
    }
    if (partial) kind = 'differ: chrono read part of the text';
    else if (inside) kind = 'differ: chrono a point inside annals\' period';
    else if (aDay === cDay) kind = 'differ: time';
    else kind = 'differ: day';
    detail = `annals ${a.value} [${a.interval[0]}, ${a.interval[1]}) | chrono "${c.text}" ${cBegin.toISOString()}`;
  }
  kinds[kind] = (kinds[kind] || 0) + 1;
  rows.push(`${kind.padEnd(42)} ${text.padEnd(28)} ${detail}`);
}

console.log(`reference ${refText}; ${lines.length} expressions\n`);
for (const r of rows) console.log(r);
console.log('\nkinds of disagreement:');
for (const [k, n] of Object.entries(kinds).sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(3)}  ${k}`);
console.log(`\nagreement (same begin day, or minute for clock times): ${agree}/${lines.length} = ${(100 * agree / lines.length).toFixed(1)}%`);
console.log(`chrono's instant inside annals' interval: ${within}/${lines.length} = ${(100 * within / lines.length).toFixed(1)}%`);
