// Catalog of the test server's scenarios: which Swagger file and operation exercises each name of
// the vanilla, azure and optional reports, and what the server expects and answers.
//
//   node tools/catalog.js > SCENARIOS.md        (from tests/conformance, after npm ci)
//
// Nothing is started. The server's own registration code runs with recording stand-ins:
// - new routes (dist/test-routes): `app.get(uri, name, handler)` names each scenario: exact;
// - legacy routes (legacy/routes, mounted by dist/legacy): express routers whose handlers bump
//   `coverage["name"]`; a name written literally in one handler is exact, a name the handler builds
//   from the request (e.g. "UrlQueries" + type + value) is matched to the handler whose literals and
//   path share most of its words: marked "≈".
// The scenario universe is what the server's coverage service holds after registration, as
// GET /report/<category> shows it. Each route is matched to Swagger operations by method and path
// (express `:param` / swagger `{param}` match any segment); where a route serves several
// operations, the scenario goes to the one whose operationId and path share most of its words
// ("≈" again).
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const Module = require("module");

const here = path.resolve(__dirname, "..");
const pkg = path.join(here, "node_modules/@microsoft.azure/autorest.testserver");
const CATEGORIES = ["vanilla", "azure", "optional"];
const METHODS = ["get", "put", "post", "patch", "delete", "head", "options"];

// ---- recording stand-ins -------------------------------------------------------------------

// express.Router() as the legacy files see it: records (method, path, handler source).
const express = require(require.resolve("express", { paths: [path.join(pkg, "legacy/routes")] }));
function recordingRouter() {
  const file = (new Error().stack.match(/\(?([^\s()]*legacy\/routes\/[^:]+):\d+/) ?? [])[1];
  const r = { recorded: [] };
  const add = (method, p, handlers) => {
    r.recorded.push({ method, path: String(p), src: handlers.map((h) => String(h)).join("\n"), file });
  };
  for (const m of [...METHODS, "all"]) r[m] = (p, ...hs) => (add(m, p, hs), r);
  r.route = (p) => {
    const o = {};
    for (const m of [...METHODS, "all"]) o[m] = (...hs) => (add(m, p, hs), o);
    return o;
  };
  r.use = () => r;
  r.param = () => r;
  return r;
}
express.Router = recordingRouter;

const quiet = console.log;
console.log = () => {}; // some route files log while loading
const logger = require(path.join(pkg, "dist/logger")).logger;
logger.silent = true;
const { coverageService } = require(path.join(pkg, "dist/services"));
coverageService.init(fs.mkdtempSync(path.join(os.tmpdir(), "conf-catalog-")));
const api = require(path.join(pkg, "dist/api"));
const newRoutes = [];
const request = api.app.request.bind(api.app);
api.app.request = function (method, uri, name, func) {
  newRoutes.push({ kind: "new", category: this.currentCategory, method, path: uri, name, src: String(func), file: currentFile });
  return request(method, uri, name, func);
};
const walk = (d) =>
  fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith(".js") ? [path.join(d, e.name)] : [],
  );
let currentFile;
for (const f of walk(path.join(pkg, "dist/test-routes")).sort()) {
  currentFile = f;
  require(f);
}

const legacyRoutes = [];
const fakeApp = {
  use(prefix, router) {
    for (const r of router.recorded ?? []) {
      const full = (prefix === "/" ? "" : prefix) + (r.path === "/" && prefix !== "/" ? "" : r.path);
      legacyRoutes.push({ kind: "legacy", method: r.method, path: full, src: r.src, file: r.file });
    }
  },
};
require(path.join(pkg, "dist/legacy")).registerLegacyRoutes(fakeApp);
console.log = quiet;

const universe = {};
for (const c of CATEGORIES) universe[c] = Object.keys(coverageService.getAllForCategory(c)).sort();
const categoryOf = new Map();
for (const c of CATEGORIES) for (const n of universe[c]) categoryOf.set(n, c);

// ---- words, for the approximate matches -----------------------------------------------------

const words = (s) =>
  String(s)
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
const overlap = (a, b) => {
  const B = new Set(b);
  return [...new Set(a)].filter((w) => B.has(w)).length;
};
// String literals, and the text of template literals before their first `${`.
function commonRun(a, b) {
  let best = 0;
  const prev = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best) best = prev[j];
      diag = keep;
    }
  }
  return best;
}
const literals = (src) =>
  [...src.matchAll(/["'`]([^"'`\n\\]{1,200})["'`]/g)].map((m) => m[1]).flatMap((l) => (l.includes("${") ? [l, l.split("${")[0]] : [l]));

// ---- scenario -> route ----------------------------------------------------------------------

const byName = new Map(); // name -> { routes, approx }
const note = (name, route, approx) => {
  if (!byName.has(name)) byName.set(name, { routes: [], approx });
  const e = byName.get(name);
  if (!e.routes.includes(route)) e.routes.push(route);
};
for (const r of newRoutes) if (r.name) note(r.name, r, false);
const legacyLiterals = legacyRoutes.map((r) => literals(r.src));
for (const [i, r] of legacyRoutes.entries()) {
  for (const l of legacyLiterals[i]) if (categoryOf.has(l) && !(byName.get(l)?.routes[0]?.kind === "new")) note(l, r, false);
}
// Names a route builds: the routes of the source files that spell the name, or else its longest
// prefix, scored by the words their path and literals share with the name.
const allRoutes = [...legacyRoutes, ...newRoutes.filter((r) => !r.name)];
const fileLiterals = new Map();
for (const f of uniq(allRoutes.map((r) => r.file).filter(Boolean))) fileLiterals.set(f, literals(fs.readFileSync(f, "utf8")));
for (const name of categoryOf.keys()) {
  if (byName.has(name)) continue;
  let files = [...fileLiterals.keys()].filter((f) => fileLiterals.get(f).includes(name));
  if (files.length === 0) {
    const prefix = (f) => Math.max(0, ...fileLiterals.get(f).filter((l) => l.length >= 3 && /^[A-Za-z]/.test(l) && name.startsWith(l)).map((l) => l.length));
    const longest = Math.max(0, ...[...fileLiterals.keys()].map(prefix));
    files = longest > 0 ? [...fileLiterals.keys()].filter((f) => prefix(f) === longest) : [];
  }
  // Every route of those files: the operation is chosen below by the words of the name.
  for (const r of allRoutes.filter((r) => files.includes(r.file))) note(name, r, true);
}
function uniq(xs) {
  return [...new Set(xs)];
}

// ---- route -> swagger operations ------------------------------------------------------------

const swaggerDir = path.join(pkg, "swagger");
const swaggerFiles = fs
  .readdirSync(swaggerDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const operations = [];
for (const file of swaggerFiles) {
  const doc = JSON.parse(fs.readFileSync(path.join(swaggerDir, file), "utf8").replace(/^\uFEFF/, ""));
  // x-ms-parameterized-host: the path part of the host template (`{Endpoint}/multiapiCustomBaseUrl/v1`).
  const hostPath = (doc["x-ms-parameterized-host"]?.hostTemplate ?? "").replace(/^[^/]*(\/\/[^/]*)?/, "");
  const base = (hostPath + (doc.basePath ?? "")).replace(/\/+/g, "/").replace(/\/$/, "");
  for (const key of ["paths", "x-ms-paths"]) {
    for (const [p, item] of Object.entries(doc[key] ?? {})) {
      for (const m of METHODS) {
        if (!item[m]) continue;
        operations.push({ file, method: m, path: base + p.split("?")[0], operationId: item[m].operationId ?? "" });
      }
    }
  }
}
const segs = (p) => p.replace(/\/+$/, "").split("/").slice(1);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Express path strings escape some characters (`\\-`, `[:]`).
const unescapeRoute = (p) => p.replace(/\[(.)\]/g, "$1").replace(/\\(.)/g, "$1");
function pathsMatch(route, swagger) {
  const r = segs(unescapeRoute(route).toLowerCase()).map((x) => (x.startsWith(":") && route.includes("[:]") ? x : x));
  const s = segs(swagger.toLowerCase());
  const star = r.indexOf("*");
  if (star < 0 && r.length !== s.length) return false;
  for (let i = 0; i < s.length; i++) {
    const a = r[i];
    if (a === undefined) return false;
    if (a === "*") return true;
    const b = s[i];
    if (a.startsWith(":")) continue;
    if (b.includes("{")) {
      const re = new RegExp("^" + b.split(/\{[^}]*\}/).map(escape).join(".*") + "$");
      if (re.test(a)) continue;
      return false;
    }
    if (a.replace(/\(.*\)\??$/, "") !== b && decodeURIComponent(a) !== b) return false;
  }
  return star >= 0 || r.length === s.length;
}
const methodMatches = (route, op) => route.method === "all" || route.method === op.method;
const routeOps = new Map();
const opsFor = (route) => {
  if (!routeOps.has(route)) routeOps.set(route, operations.filter((o) => methodMatches(route, o) && pathsMatch(route.path, o.path)));
  return routeOps.get(route);
};

// ---- what a handler checks and answers ------------------------------------------------------

const squash = (s, n = 90) => {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
};
function describe(route) {
  const src = route.src;
  const expects = [];
  const returns = [];
  if (route.kind === "new") {
    for (const m of src.matchAll(/req\.expect\.(\w+)\(([^;]*?)\);/g)) expects.push(`${m[1]}(${squash(m[2], 60)})`);
    for (const m of src.matchAll(/req\.(?:headers\[["']([^"']+)["']\]|query\[["']([^"']+)["']\]|query\.(\w+))/g))
      expects.push(m[1] ? `header ${m[1]}` : `query ${m[2] ?? m[3]}`);
    for (const m of src.matchAll(/status:\s*(\d{3})/g)) returns.push(m[1]);
    for (const m of src.matchAll(/body:\s*([^\n]*)/g)) returns.push("body " + squash(m[1].replace(/,?\s*$/, ""), 60));
    for (const m of src.matchAll(/headers:\s*\{([^}]*)\}/g)) returns.push("headers {" + squash(m[1], 60) + "}");
  } else {
    for (const m of src.matchAll(/req\.(?:get|header)\(\s*["']([^"']+)["']/g)) expects.push(`header ${m[1]}`);
    for (const m of src.matchAll(/req\.headers\[\s*["']([^"']+)["']\s*\]/g)) expects.push(`header ${m[1]}`);
    for (const m of src.matchAll(/req\.query(?:\.(\w+)|\[\s*["']([^"']+)["']\s*\])/g)) expects.push(`query ${m[1] ?? m[2]}`);
    if (/req\.body|req\.rawBody|bodyEquals|_body/.test(src)) expects.push("body");
    for (const m of src.matchAll(/\.status\((\d{3})\)/g)) returns.push(m[1]);
    for (const m of src.matchAll(/send400|send\.?4\d\d/g)) returns.push("400 on mismatch");
    for (const m of src.matchAll(/\.set(?:Header)?\(\s*["']([^"']+)["']/g)) returns.push(`header ${m[1]}`);
    for (const m of src.matchAll(/\.(?:send|json|end)\(\s*([^)\s][^;]{0,200})\)/g)) returns.push("body " + squash(m[1], 50));
  }
  return { expects: uniq(expects).slice(0, 6), returns: uniq(returns).slice(0, 6) };
}

// ---- the tables -----------------------------------------------------------------------------

const rows = new Map(); // file -> rows
const unmatched = [];
const keyOf = (o) => `${o.method} ${o.path}`;
const firstSegment = (p) => segs(unescapeRoute(p).toLowerCase())[0];
for (const name of categoryOf.keys()) {
  const hit = byName.get(name);
  const category = categoryOf.get(name);
  if (!hit) {
    unmatched.push({ name, category, why: "no route found" });
    continue;
  }
  let approx = hit.approx;
  let ops = uniq(hit.routes.flatMap(opsFor));
  let route = hit.routes.find((r) => opsFor(r).length > 0) ?? hit.routes[0];
  if (ops.length === 0) {
    // Counted by a route no operation has (an LRO's status monitor, a paging link): the
    // operations under the same first path segment, by the words of the name.
    const prefixes = new Set(hit.routes.map((r) => firstSegment(r.path)));
    ops = operations.filter((o) => prefixes.has(firstSegment(o.path)));
    approx = true;
  }
  if (ops.length === 0) {
    unmatched.push({ name, category, why: `route ${route.method.toUpperCase()} ${route.path}: no Swagger operation` });
    continue;
  }
  // Several operations behind the route(s) (e.g. /queries/bool/:value): the best-named method and
  // path, with every file that has it.
  // Words in common, then the longest run of letters the name shares with the operationId.
  const score = (o) =>
    overlap(words(name), [...words(o.operationId), ...words(o.path)]) * 100 +
    commonRun(name.toLowerCase(), o.operationId.toLowerCase());
  const byKey = new Map();
  for (const o of ops) byKey.set(keyOf(o), Math.max(byKey.get(keyOf(o)) ?? 0, score(o)));
  const top = Math.max(...byKey.values());
  const keys = [...byKey.keys()].filter((k) => byKey.get(k) === top);
  if (byKey.size > 1) approx = true;
  if (approx && top < 100 && byKey.size > 3) {
    unmatched.push({ name, category, why: `route ${route.method.toUpperCase()} ${route.path}: no operation's name matches` });
    continue;
  }
  const d = describe(route);
  for (const o of ops.filter((o) => keys.includes(keyOf(o)))) {
    if (!rows.has(o.file)) rows.set(o.file, []);
    const serving = hit.routes.find((r) => opsFor(r).includes(o)) ?? route;
    rows.get(o.file).push({ name, category, approx, op: o, route: serving, ...(serving === route ? d : describe(serving)) });
  }
}

const cell = (s) => String(s).replace(/\|/g, "\\|").replace(/\n/g, " ");
const out = [];
const total = {};
for (const c of CATEGORIES) total[c] = universe[c].length;
out.push("# AutoRest test server scenarios");
out.push("");
out.push(
  "Generated by `node tools/catalog.js > SCENARIOS.md` from `@microsoft.azure/autorest.testserver` " +
    `${require(path.join(pkg, "package.json")).version} (do not edit by hand). ` +
    `Scenarios registered: vanilla ${total.vanilla}, azure ${total.azure}, optional ${total.optional}.`,
);
out.push("");
out.push(
  "One table per Swagger file of the package's `swagger/` folder: the scenario names (report category in " +
    "brackets when not vanilla), the operation, the server route that counts it, what the route reads from " +
    "the request and what it answers (status codes, headers, body; `400 on mismatch` means it rejects a " +
    "request that differs). **≈** marks an approximate mapping: the route builds the name from the request, " +
    "or serves several operations and the operation was chosen by the words of the names. A scenario served " +
    "by an operation present in several files (e.g. the `.quirks` variants, multiapi versions) is listed " +
    "under each. The route's handler is the authority: `node_modules/@microsoft.azure/autorest.testserver/" +
    "dist/test-routes` (new) and `legacy/routes` (legacy).",
);
out.push("");
const fileNames = [...rows.keys()].sort();
const uncovered = swaggerFiles.filter((f) => !rows.has(f));
out.push("| Swagger file | vanilla | azure | optional |");
out.push("| --- | ---: | ---: | ---: |");
for (const f of fileNames) {
  const n = (c) => uniq(rows.get(f).filter((r) => r.category === c).map((r) => r.name)).length;
  out.push(`| [${f}](#${f.replace(/[^a-z0-9-]/gi, "").toLowerCase()}) | ${n("vanilla")} | ${n("azure")} | ${n("optional")} |`);
}
for (const f of uncovered) out.push(`| ${f} | – | – | – |`);
out.push("");
for (const f of fileNames) {
  out.push(`## ${f}`);
  out.push("");
  out.push("| Scenario | Operation | Route | Reads | Answers |");
  out.push("| --- | --- | --- | --- | --- |");
  const rs = rows.get(f).sort((a, b) => a.op.path.localeCompare(b.op.path) || a.name.localeCompare(b.name));
  for (const r of rs) {
    const name = (r.approx ? "≈ " : "") + "`" + r.name + "`" + (r.category === "vanilla" ? "" : ` [${r.category}]`);
    const op = `${r.op.operationId ? "`" + r.op.operationId + "` " : ""}${r.op.method.toUpperCase()} \`${r.op.path}\``;
    const route = `${r.route.kind} ${r.route.method.toUpperCase()} \`${r.route.path}\``;
    out.push(`| ${cell(name)} | ${cell(op)} | ${cell(route)} | ${cell(r.expects.join("; ") || "–")} | ${cell(r.returns.join("; ") || "–")} |`);
  }
  out.push("");
}
out.push("## Not mapped");
out.push("");
if (uncovered.length) out.push(`Swagger files no scenario maps to: ${uncovered.map((f) => "`" + f + "`").join(", ")}.`, "");
out.push("| Scenario | Category | Why |");
out.push("| --- | --- | --- |");
for (const u of unmatched) out.push(`| \`${u.name}\` | ${u.category} | ${cell(u.why)} |`);
out.push("");
process.stdout.write(out.join("\n"));
const mapped = new Set([...rows.values()].flat().map((r) => r.name));
const approx = new Set([...rows.values()].flat().filter((r) => r.approx).map((r) => r.name));
process.stderr.write(
  `catalog: ${mapped.size} of ${categoryOf.size} scenarios mapped (${approx.size} approximately), ${unmatched.length} not; ` +
    CATEGORIES.map((c) => `${c} ${total[c]}`).join(", ") +
    "\n",
);
