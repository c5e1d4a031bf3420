// Summarises the test server's coverage reports.
//
//   node tools/report.js BEFORE_DIR AFTER_DIR HITS_FILE
//
// Each folder holds vanilla.json, azure.json and optional.json: GET /report/<category> taken
// before and after the tests. A report is an object {scenarioName: count}. The totals are the
// scenarios the server registered (the keys of the report before the tests); names that only
// appear afterwards were created by a request the server did not expect (some legacy routes
// build the name from the request) and are listed but not counted. Prints the summary line and
// writes one line per scenario, "category<TAB>name<TAB>count", to HITS_FILE.
"use strict";
const fs = require("fs");
const path = require("path");

const [before, after, hitsFile] = process.argv.slice(2);
const categories = ["vanilla", "azure", "optional"];
const read = (dir, c) => JSON.parse(fs.readFileSync(path.join(dir, `${c}.json`), "utf8"));
const lines = [];
const summary = {};
for (const c of categories) {
  const registered = read(before, c);
  const report = read(after, c);
  const names = Object.keys(registered).sort();
  let hit = 0;
  for (const n of names) {
    const count = report[n] ?? 0;
    if (count > 0) hit += 1;
    lines.push(`${c}\t${n}\t${count}`);
  }
  const extra = Object.keys(report).filter((n) => !(n in registered)).sort();
  for (const n of extra) {
    lines.push(`${c}\t${n}\t${report[n]}\tnot registered by the server`);
    console.error(`warning: ${c} report has a name the server did not register: ${n}`);
  }
  summary[c] = `${hit}/${names.length}`;
}
fs.writeFileSync(hitsFile, lines.join("\n") + "\n");
console.log(`conformance: vanilla ${summary.vanilla}, azure ${summary.azure}`);
console.error(`(optional ${summary.optional}; per-scenario hits: ${hitsFile})`);
