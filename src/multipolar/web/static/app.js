// multipolar dashboard: plain JavaScript and SVG (ES modules), no build step, nothing loaded from elsewhere.
import {
  QUADS, BLOC_COLOURS, $, el, api, status, fail, goldsteinColour, fmt, quadOf, query, formParams, highlighted, setupSlider,
} from "./util.js";
import { mapView } from "./map.js";

// ---------- routing ----------
const views = {};
function route() {
  const [name, ...rest] = (location.hash.replace(/^#/, "") || "graph").split("/").map(decodeURIComponent);
  const view = views[name] ? name : "graph";
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    if (link.dataset.view === view) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
  status("");
  views[view](rest);
}

// ---------- overview, actors ----------
let overview = null;
let overviewLoaded = null;  // the promise of the first load (the graph's slider waits for it)
// documents coded by an older or unknown coder: say so, with the command that updates them
function staleNote(coders) {
  const stale = coders ? coders.documents_other + coders.documents_unknown : 0;
  return stale ? ` · ${stale.toLocaleString()} documents coded by an older coder (multipolar recode updates them)` : "";
}

async function loadOverview() {
  try {
    overview = await api("/api/overview");
    $("#overview").textContent = `${overview.events.toLocaleString()} events · ${overview.documents.toLocaleString()} documents · ` +
      `${overview.actors} actors · ${overview.first_date || "?"} to ${overview.last_date || "?"}` + staleNote(overview.coders);
  } catch (error) { status(error.message, true); }
  return overview;
}

async function loadActors() {
  try {
    const actors = await api("/api/actors");
    $("#actor-list").replaceChildren(...actors.slice(0, 500).map((a) => el("option", { value: a.code }, `${a.name} (${a.events})`)));
  } catch (error) { /* the overview line already shows database errors */ }
}

// ---------- relations graph ----------
function drawGraph(data) {
  const svg = $("#graph");
  const width = svg.clientWidth || 800, height = svg.clientHeight || 500, pad = 42;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const xs = data.nodes.map((n) => n.x), ys = data.nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * pad) / ((maxX - minX) || 1), (height - 2 * pad) / ((maxY - minY) || 1));
  const ox = (width - scale * (maxX - minX)) / 2, oy = (height - scale * (maxY - minY)) / 2;
  const sx = (x) => ox + (x - minX) * scale;
  const sy = (y) => oy + (y - minY) * scale;
  const where = Object.fromEntries(data.nodes.map((n) => [n.id, [sx(n.x), sy(n.y)]]));
  const maxEvents = Math.max(1, ...data.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...data.nodes.map((n) => n.events));
  const edges = data.edges.map((e) => {
    const [x1, y1] = where[e.source], [x2, y2] = where[e.target];
    const label = `${e.source}–${e.target}: ${e.events} events, mean Goldstein ${fmt(e.goldstein_mean)}; open the dyad`;
    const open = () => { location.hash = `#dyad/${e.source}/${e.target}`; };
    return el("svg:line", {
      class: "edge", x1, y1, x2, y2, stroke: goldsteinColour(e.goldstein_mean),
      "stroke-width": 2.5 + 9 * Math.sqrt(e.events / maxEvents), tabindex: 0, role: "link", "aria-label": label,
      "data-pair": `${e.source}-${e.target}`, onclick: open,
      onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(); } },
    }, el("svg:title", {}, label));
  });
  const nodes = data.nodes.map((n) => {
    const [x, y] = where[n.id];
    const r = 5 + 17 * Math.sqrt(n.events / maxNode);
    const colour = n.bloc ? BLOC_COLOURS[(n.bloc - 1) % BLOC_COLOURS.length] : "#9aa3b1";
    return el("svg:g", { class: "node", "data-actor": n.id },
      el("svg:circle", { cx: x, cy: y, r, fill: colour },
        el("svg:title", {}, `${n.name} (${n.id}): ${n.events} events, bloc ${n.bloc || "–"}`)),
      el("svg:text", { x: x + r + 2, y: y + 4 }, n.id));
  });
  svg.replaceChildren(...edges, ...nodes);
  if (!data.nodes.length) svg.append(el("svg:text", { x: 20, y: 30 }, "No relations in this period."));
}

function drawPairs(data) {
  const rows = [...data.edges].sort((a, b) => b.events - a.events).slice(0, 25);
  $("#pairs").replaceChildren(
    el("caption", { class: "sr" }, "Pairs of actors by number of events"),
    el("thead", {}, el("tr", {}, el("th", {}, "Pair"), el("th", { class: "num" }, "Events"),
      el("th", { class: "num wide" }, "Cooperation"), el("th", { class: "num wide" }, "Conflict"), el("th", { class: "num" }, "Mean Goldstein"))),
    el("tbody", {}, rows.map((e) => el("tr", {},
      el("td", {}, el("a", { href: `#dyad/${e.source}/${e.target}` }, `${e.source} – ${e.target}`)),
      el("td", { class: "num" }, e.events), el("td", { class: "num wide" }, e.cooperation), el("td", { class: "num wide" }, e.conflict),
      el("td", { class: "num" }, fmt(e.goldstein_mean))))));
}

let graphReady = false;
views.graph = async () => {
  const form = $("#graph-form");
  if (!graphReady) {
    graphReady = true;
    form.addEventListener("submit", (ev) => { ev.preventDefault(); loadGraph(); });
    overviewLoaded.then(() => setupSlider(form, overview));  // the graph itself does not wait for it
  }
  loadGraph();
};

async function loadGraph() {
  const { from, to, min_events } = formParams($("#graph-form"));
  status("Loading the graph…");
  try {
    const data = await api(`/api/graph${query({ from, to, min_events })}`);
    drawGraph(data);
    drawPairs(data);
    status(`${data.nodes.length} actors, ${data.edges.length} pairs`);
  } catch (error) { status(error.message, true); }
}

// ---------- dyad ----------
function timeline(rows) {
  const byPeriod = new Map();
  for (const r of rows) {
    const p = byPeriod.get(r.period) || { period: r.period, events: 0, g: 0, quads: [0, 0, 0, 0] };
    p.events += r.events; p.g += r.goldstein_sum;
    QUADS.forEach(([key], i) => { p.quads[i] += r[key]; });
    byPeriod.set(r.period, p);
  }
  const periods = [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
  const width = 720, height = 240, left = 34, right = 34, top = 12, bottom = 26;
  const svg = el("svg:svg", { class: "timeline", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `Events per period by quad class, with the mean Goldstein line (${periods.length} periods)` });
  if (!periods.length) { svg.append(el("svg:text", { x: 20, y: 30 }, "No dated events.")); return svg; }
  const maxN = Math.max(...periods.map((p) => p.events));
  const slot = (width - left - right) / periods.length, bar = Math.max(2, Math.min(40, slot * 0.7));
  const y = (n) => height - bottom - (n / maxN) * (height - top - bottom);
  const gy = (g) => top + ((10 - g) / 20) * (height - top - bottom);
  svg.append(el("svg:line", { x1: left, x2: width - right, y1: gy(0), y2: gy(0), stroke: "#d8dce3", "stroke-dasharray": "4 3" }));
  svg.append(el("svg:text", { x: 2, y: top + 8 }, String(maxN)), el("svg:text", { x: 2, y: height - bottom }, "0"),
    el("svg:text", { x: width - right + 4, y: gy(10) + 8 }, "+10"), el("svg:text", { x: width - right + 4, y: gy(-10) }, "−10"));
  const points = [];
  periods.forEach((p, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    let base = 0;
    p.quads.forEach((n, q) => {
      if (!n) return;
      svg.append(el("svg:rect", { x, y: y(base + n), width: bar, height: y(base) - y(base + n), fill: QUADS[q][3] },
        el("svg:title", {}, `${p.period}: ${n} ${QUADS[q][1]}`)));
      base += n;
    });
    points.push(`${x + bar / 2},${gy(p.g / p.events)}`);
    if (periods.length <= 12 || i % Math.ceil(periods.length / 12) === 0) {
      svg.append(el("svg:text", { x: x, y: height - 8 }, p.period.slice(0, periods.length > 24 ? 4 : 7)));
    }
  });
  svg.append(el("svg:polyline", { points: points.join(" "), fill: "none", stroke: "#1d2330", "stroke-width": 2 }));
  points.forEach((pt, i) => { const [cx, cy] = pt.split(","); svg.append(el("svg:circle", { cx, cy, r: 3, fill: "#1d2330" },
    el("svg:title", {}, `${periods[i].period}: mean Goldstein ${fmt(periods[i].g / periods[i].events)}`))); });
  return svg;
}

function evidenceList(evidence) {
  if (!evidence.length) return el("p", { class: "muted" }, "No evidence.");
  return el("ol", { class: "evidence" }, evidence.map((e) => {
    const s = (e.sentences || [])[0];
    const counts = `${e.num_mentions} report${e.num_mentions === 1 ? "" : "s"}, ${e.num_documents} document${e.num_documents === 1 ? "" : "s"}, ` +
      `${e.num_sources} source${e.num_sources === 1 ? "" : "s"}`;
    const item = el("li", {},
      el("div", { class: "meta" }, `${e.date || "undated"} · ${e.source} → ${e.target} · ${e.cameo} ${e.label || ""} · Goldstein ${fmt(e.goldstein, 1)} · ${counts}`),
      s ? el("p", { class: "sentence" }, highlighted(s.sentence, s.trigger)) : null,
      s ? el("div", { class: "meta" }, "Source document: ", el("a", { href: `#doc/${encodeURIComponent(s.doc_id)}` }, s.doc_id),
        (e.sentences.length > 1 ? ` (+${e.sentences.length - 1} more)` : "")) : null);
    item.style.borderColor = goldsteinColour(e.goldstein);
    return item;
  }));
}

views.dyad = async ([a, b, freqArg]) => {
  const form = $("#dyad-form");
  if (!form.dataset.ready) {
    form.dataset.ready = "1";
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const p = formParams(form);
      location.hash = `#dyad/${p.a.toUpperCase()}/${p.b.toUpperCase()}/${p.freq}`;
    });
  }
  const body = $("#dyad-body");
  if (!a || !b) { body.replaceChildren(el("p", { class: "muted" }, "Choose two actors, or click an edge of the graph.")); return; }
  const freq = ["day", "week", "month", "quarter", "year"].includes(freqArg) ? freqArg : "month";
  form.elements.a.value = a; form.elements.b.value = b; form.elements.freq.value = freq;
  body.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const [dyad, rel] = await Promise.all([
      api(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}?freq=${freq}`),
      api(`/api/relations/${encodeURIComponent(a)}/${encodeURIComponent(b)}?evidence=10&freq=${freq}`),
    ]);
    const dirs = Object.entries(rel.directions).map(([k, v]) => `${k}: ${v.events} (${fmt(v.goldstein_mean)})`).join(" · ");
    body.replaceChildren(
      el("h3", {}, `${rel.a} – ${rel.b}`),
      el("div", { class: "cards" },
        el("div", { class: "card" }, el("b", {}, rel.events), "events"),
        el("div", { class: "card" }, el("b", {}, rel.mentions), "reports"),
        el("div", { class: "card" }, el("b", {}, fmt(rel.goldstein_mean)), "mean Goldstein"),
        ...QUADS.map(([key, name, , colour]) => el("div", { class: "card" }, el("b", {}, rel.quad_counts[key]),
          el("span", { class: "key", "data-colour": colour }), name))),
      el("p", { class: "muted" }, dirs),
      el("h3", {}, `Events per ${freq}`),
      timeline(dyad.periods),
      el("p", { class: "muted" }, QUADS.map(([, name, , colour]) => [el("span", { class: `key k-${name.replace(" ", "-")}` }), name, "  "]),
        "— line: mean Goldstein (−10 … +10)"),
      el("div", { class: "two" },
        el("div", {}, el("h3", {}, "Evidence"), evidenceList(rel.evidence)),
        el("div", {}, el("h3", {}, "Top event types"),
          el("table", { class: "data" }, el("thead", {}, el("tr", {}, el("th", {}, "CAMEO"), el("th", {}, "Type"),
            el("th", { class: "num" }, "Events"), el("th", { class: "num" }, "Goldstein"))),
          el("tbody", {}, rel.top_event_types.map((t) => el("tr", {}, el("td", {},
            el("a", { href: `#events/${query({ dyad: `${rel.a}-${rel.b}`, cameo: t.cameo }).slice(1)}` }, t.cameo)),
            el("td", {}, t.label || ""), el("td", { class: "num" }, t.events), el("td", { class: "num" }, fmt(t.goldstein_mean)))))),
          el("p", {}, el("a", { href: `#events/${query({ dyad: `${rel.a}-${rel.b}` }).slice(1)}` }, "All events of this dyad"))))
    );
    for (const key of body.querySelectorAll(".key[data-colour]")) key.style.background = key.dataset.colour;
    QUADS.forEach(([, name, , colour]) => { for (const k of body.querySelectorAll(`.k-${name.replace(" ", "-")}`)) k.style.background = colour; });
  } catch (error) { fail(body, error); }
};

// ---------- events table ----------
let eventsPage = 1;
const EVENT_COLUMNS = [["date", "Date"], ["source", "Source"], ["target", "Target"], ["cameo", "CAMEO"], ["label", "Type", "wide"],
  ["quad", "Quad"], ["goldstein", "Goldstein", "num"], ["num_mentions", "Reports", "num"], ["num_sources", "Sources", "num wide"],
  ["place", "Place", "wide"], ["first_doc_id", "Document"]];

views.events = async ([search]) => {
  const form = $("#events-form");
  if (!form.dataset.ready) {
    form.dataset.ready = "1";
    form.addEventListener("submit", (ev) => { ev.preventDefault(); eventsPage = 1; location.hash = `#events/${query(formParams(form)).slice(1)}`; });
    $("#events-prev").addEventListener("click", () => { eventsPage = Math.max(1, eventsPage - 1); loadEvents(); });
    $("#events-next").addEventListener("click", () => { eventsPage += 1; loadEvents(); });
  }
  const params = new URLSearchParams(search || "");
  for (const input of form.elements) if (input.name) input.value = params.get(input.name) || (input.tagName === "SELECT" ? input.options[0].value : "");
  eventsPage = 1;
  loadEvents();
};

async function loadEvents() {
  const filters = formParams($("#events-form"));
  const table = $("#events-table");
  try {
    const data = await api(`/api/events${query({ ...filters, page: eventsPage, page_size: 50 })}`);
    const pages = Math.max(1, Math.ceil(data.total / data.page_size));
    $("#events-count").textContent = `${data.total.toLocaleString()} events`;
    $("#events-page").textContent = `page ${data.page} of ${pages}`;
    $("#events-prev").disabled = data.page <= 1;
    $("#events-next").disabled = data.page >= pages;
    $("#events-csv").href = `/api/events${query({ ...filters, format: "csv" })}`;
    $("#events-parquet").href = `/api/events${query({ ...filters, format: "parquet" })}`;
    table.replaceChildren(
      el("thead", {}, el("tr", {}, EVENT_COLUMNS.map(([, name, cls]) => el("th", { class: cls }, name)))),
      el("tbody", {}, data.events.map((e) => el("tr", {}, EVENT_COLUMNS.map(([key, , cls]) => {
        if (key === "first_doc_id") return el("td", {}, el("a", { href: `#doc/${encodeURIComponent(e[key])}` }, e[key]));
        if (key === "source" || key === "target") return el("td", {}, e[key] ? el("a", { href: `#events/actor=${e[key]}` }, e[key]) : "–");
        if (key === "quad") return el("td", {}, `${e.quad} ${quadOf(e.quad)[1]}`);
        return el("td", { class: cls }, e[key] === null ? "–" : key === "goldstein" ? fmt(e[key], 1) : e[key]);
      })))));
  } catch (error) { fail(table, error); $("#events-count").textContent = ""; }
}

// ---------- map ----------
views.map = (args) => mapView(args, overviewLoaded);

// ---------- document ----------
function markedText(doc) {
  const text = doc.text;
  if (!text) return null;
  const marks = new Array(text.length + 1).fill(null).map(() => []);
  const add = (span, tag) => { if (!span || span[0] === null) return; for (let i = Math.max(0, span[0]); i < Math.min(text.length, span[1]); i++) marks[i].push(tag); };
  doc.mentions.forEach((m, i) => { add(m.source_span, "a"); add(m.target_span, "a"); add(m.trigger_span, `t${i}`); });
  const out = [];
  let i = 0;
  while (i < text.length) {
    const key = marks[i].join(" ");
    let j = i + 1;
    while (j < text.length && marks[j].join(" ") === key) j++;
    const piece = text.slice(i, j);
    const trigger = marks[i].find((t) => t.startsWith("t"));
    if (trigger) {
      const m = doc.mentions[Number(trigger.slice(1))];
      out.push(el("mark", { class: m.counted ? null : "uncounted", title: `${m.source || "–"} → ${m.target || "–"} ${m.cameo} ${m.label || ""} (Goldstein ${m.goldstein})` }, piece));
    } else if (marks[i].includes("a")) out.push(el("span", { class: "actor" }, piece));
    else out.push(piece);
    i = j;
  }
  return el("div", { class: "doctext", tabindex: 0, "aria-label": "Document text with events highlighted" }, out);
}

views.doc = async ([id]) => {
  const form = $("#doc-form");
  if (!form.dataset.ready) {
    form.dataset.ready = "1";
    form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = `#doc/${encodeURIComponent(form.elements.id.value.trim())}`; });
  }
  const body = $("#doc-body");
  if (!id) { body.replaceChildren(el("p", { class: "muted" }, "Open a document from the evidence or the events table.")); return; }
  form.elements.id.value = id;
  try {
    const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
    body.replaceChildren(
      el("h3", {}, doc.title || doc.doc_id),
      el("p", { class: "muted" }, [doc.date, doc.publisher, `${doc.num_events} event mentions`].filter(Boolean).join(" · "), " ",
        doc.url && /^https?:/.test(doc.url) ? el("a", { href: doc.url, rel: "noopener noreferrer" }, "original") : null),
      markedText(doc) || el("p", { class: "muted" }, "This database keeps no document text; the event sentences follow."),
      el("h3", {}, "Events in this document"),
      el("ol", { class: "evidence" }, doc.mentions.map((m) => el("li", { class: `q${m.quad}` },
        el("div", { class: "meta" }, `${m.source || "–"} → ${m.target || "–"} · ${m.cameo} ${m.label || ""} · Goldstein ${fmt(m.goldstein, 1)}` +
          (m.counted ? "" : ` · not counted (${m.modality || "negated"})`)),
        el("p", {}, highlighted(m.sentence, m.trigger, m.trigger_span[0] - m.sentence_start, m.trigger_span[1] - m.sentence_start))))));
  } catch (error) { fail(body, error); }
};

// ---------- try it ----------
views.try = () => {
  const form = $("#try-form");
  if (form.dataset.ready) return;
  form.dataset.ready = "1";
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = $("#try-body");
    const { text, date } = formParams(form);
    body.replaceChildren(el("p", { class: "muted" }, "Coding…"));
    try {
      const result = await api("/api/code", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text, date: date || null, explain: true }) });
      body.replaceChildren(
        el("h3", {}, `${result.events.length} event${result.events.length === 1 ? "" : "s"}`),
        el("div", { class: "scroll" }, el("table", { class: "data", id: "try-events" },
          el("thead", {}, el("tr", {}, ["Source", "Target", "CAMEO", "Type", "PLOVER", "Goldstein", "Trigger", "Sentence"].map((h) => el("th", {}, h)))),
          el("tbody", {}, result.events.map((e) => el("tr", {}, el("td", {}, e.source || "–"), el("td", {}, e.target || "–"),
            el("td", {}, e.cameo), el("td", {}, e.label || ""), el("td", {}, e.plover || "–"), el("td", { class: "num" }, fmt(e.goldstein, 1)),
            el("td", {}, e.trigger), el("td", {}, highlighted(e.sentence, e.trigger, e.char_start - e.sentence_start, e.char_end - e.sentence_start))))))),
        el("h3", {}, "Explain"),
        el("pre", {}, (result.explain || []).join("\n")));
    } catch (error) { fail(body, error); }
  });
};

// ---------- start ----------
window.addEventListener("hashchange", route);
document.addEventListener("DOMContentLoaded", () => {
  overviewLoaded = loadOverview();
  loadActors();
  route();
});
