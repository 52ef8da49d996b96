"""The site's stylesheet and search script: small, local, no fonts or libraries fetched."""

STYLE = """
:root { --ink: #1a1a1a; --muted: #595959; --line: #d0d7de; --accent: #0b5cad; --bg: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--bg); }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 1px solid var(--line); }
.brand { font-weight: bold; margin: .75rem 0 .25rem; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0 0 .75rem; padding: 0; }
nav a[aria-current] { font-weight: bold; text-decoration: none; color: var(--ink); }
a { color: var(--accent); }
a:focus, [tabindex]:focus, input:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; }
h1 { font-size: 1.6rem; line-height: 1.25; }
.facts { color: var(--muted); }
.scroll { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; min-width: 100%; }
caption { text-align: left; font-weight: bold; font-size: 1.15rem; padding: .5rem 0; }
.matrix caption { position: sticky; left: 0; max-width: calc(100vw - 2rem); white-space: normal; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); }
td:first-child { white-space: nowrap; }
.phrases td:first-child { white-space: normal; min-width: 12rem; }
.refs { color: var(--muted); white-space: nowrap; }
figure.synapse { margin: 1rem 0; }
figure.synapse svg { width: 100%; height: auto; border: 1px solid var(--line); }
figcaption { color: var(--muted); font-size: .9rem; }
.on-touch { display: none; }
@media (hover: none) and (pointer: coarse) { .on-touch { display: inline; } .on-hover { display: none; } }
.matrix td, .matrix th { text-align: center; font-family: ui-monospace, monospace; white-space: nowrap; }
.matrix th:first-child, .matrix td:first-child { text-align: left; font-family: inherit; position: sticky; left: 0;
  background: var(--bg); box-shadow: 1px 0 0 var(--line); z-index: 1; }
.scroll-cue { color: var(--muted); font-size: .9rem; margin: 0; }
.heat { display: inline-block; min-width: 3.2em; padding: 0 .2em; border-radius: 2px; }
.heat-high { background: #9b1c1c; color: #fff; font-weight: bold; }
.heat-moderate { background: #f08c3a; color: #000; }
.heat-low { background: #f6dd9a; color: #000; }
.heat-negligible, .heat-none { color: var(--muted); }
ol.references li { margin-bottom: .4rem; }
ol.references li:target { background: #fff3c4; }
#search { font: inherit; padding: .4rem; width: 100%; max-width: 28rem; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) {
  body { font-size: .95rem; }
  h1 { font-size: 1.35rem; }
  .scroll:not(.matrix) thead { position: absolute; left: -9999px; }
  .scroll:not(.matrix) tr { display: block; border-bottom: 1px solid var(--line); padding: .4rem 0; }
  .scroll:not(.matrix) td { display: block; border: none; padding: .1rem 0; white-space: normal; }
  .scroll:not(.matrix) td::before { content: attr(data-label) ": "; font-weight: bold; }
}
"""

# The index is a script (search-index.js), not JSON fetched at run time: browsers refuse fetch() from file://.
SEARCH = """
(function () {
  "use strict";
  var box = document.getElementById("search");
  var out = document.getElementById("results");
  if (!box || !out || !window.ANTIDEP_INDEX) { return; }
  function fold(s) { return s.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, " ").trim(); }
  function show() {
    var q = fold(box.value);
    out.textContent = "";
    if (!q) { return; }
    var words = q.split(" ").filter(function (w) { return w.length > 1; });
    if (!words.length) { return; }
    var hits = [];
    window.ANTIDEP_INDEX.forEach(function (e) {
      var name = fold(e.text), body = fold(e.text + " " + (e.body || ""));
      if (!words.every(function (w) { return body.indexOf(w) !== -1; })) { return; }
      var score = words.filter(function (w) { return name.indexOf(w) !== -1; }).length;
      hits.push({e: e, score: score});
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    hits = hits.slice(0, 30).map(function (h) { return h.e; });
    hits.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.href;
      a.textContent = e.title;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" (" + e.kind + ")"));
      out.appendChild(li);
    });
    var status = document.getElementById("status");
    status.textContent = hits.length ? hits.length + " found" : "Nothing found";
  }
  box.addEventListener("input", show);
  var given = new URLSearchParams(window.location.search).get("q");
  if (given) { box.value = given; }
  show();
})();
"""
