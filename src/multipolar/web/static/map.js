// The map view: located events from /api/places on an equirectangular projection, with a table beside it.
import { $, el, api, status, fmt, goldsteinColour, query, formParams, setupSlider } from "./util.js";

const LEVELS = ["place", "country"];
const STEPS = [1, 2, 5, 10, 15, 30, 45];  // graticule spacing in degrees
const LABELS = 12;  // the busiest places get a name beside their circle

// Period rows of /api/places summed into one row per location (Goldstein weighted by events).
export function aggregate(rows, level) {
  const byKey = new Map();
  for (const r of rows) {
    const key = level === "country" ? r.country : `${r.country}|${r.full_name || r.name}|${r.type || ""}`;
    let p = byKey.get(key);
    if (!p) {
      p = { key, level, country: r.country, country_name: r.country_name || r.country, full_name: r.full_name,
        name: level === "country" ? (r.country_name || r.country) : (r.name || r.full_name || r.country),
        type: level === "country" ? "country" : r.type, events: 0, mentions: 0, conflict: 0, gsum: 0, gn: 0,
        lat: null, lon: null, best: 0 };
      byKey.set(key, p);
    }
    p.events += r.events; p.mentions += r.mentions; p.conflict += r.material_conflict;
    if (r.goldstein !== null && r.goldstein !== undefined) { p.gsum += r.goldstein * r.events; p.gn += r.events; }
    if (r.lat !== null && r.lon !== null && r.events > p.best) { p.lat = r.lat; p.lon = r.lon; p.best = r.events; }
  }
  return [...byKey.values()].map((p) => ({ ...p, goldstein: p.gn ? p.gsum / p.gn : null }))
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}

// The lon/lat window that holds every point with a margin, widened to the picture's aspect.
function viewport(points, width, height) {
  const aspect = width / height;
  let west = -180, east = 180, south = -60, north = 80;
  if (points.length) {
    const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat);
    [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    const padLon = Math.max(6, (east - west) * 0.15), padLat = Math.max(4, (north - south) * 0.15);
    west -= padLon; east += padLon; south -= padLat; north += padLat;
  }
  let spanLon = Math.max(east - west, 24), spanLat = Math.max(north - south, 12);
  if (spanLon / spanLat < aspect) spanLon = spanLat * aspect; else spanLat = spanLon / aspect;
  spanLon = Math.min(spanLon, 360); spanLat = Math.min(spanLat, 180);
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  const left = clamp((west + east) / 2 - spanLon / 2, -180, 180 - spanLon);
  const top = clamp((south + north) / 2 + spanLat / 2, -90 + spanLat, 90);
  const k = Math.min(width / spanLon, height / spanLat);
  const ox = (width - spanLon * k) / 2, oy = (height - spanLat * k) / 2;
  return { x: (lon) => ox + (lon - left) * k, y: (lat) => oy + (top - lat) * k, left, top, spanLon, spanLat };
}

function graticule(view, width, height) {
  const step = STEPS.find((s) => view.spanLon / s <= 9) || 60;
  const out = [];
  const label = (d, ns) => `${Math.abs(d)}°${d === 0 ? "" : d > 0 ? ns[0] : ns[1]}`;
  for (let lon = Math.ceil(view.left / step) * step; lon <= view.left + view.spanLon; lon += step) {
    const x = view.x(lon);
    out.push(el("svg:line", { class: "grat", x1: x, x2: x, y1: 0, y2: height }),
      el("svg:text", { class: "grat-label", x: x + 2, y: height - 4 }, label(lon, "EW")));
  }
  for (let lat = Math.ceil((view.top - view.spanLat) / step) * step; lat <= view.top; lat += step) {
    const y = view.y(lat);
    out.push(el("svg:line", { class: lat === 0 ? "grat equator" : "grat", x1: 0, x2: width, y1: y, y2: y }),
      el("svg:text", { class: "grat-label", x: 3, y: y - 2 }, label(lat, "NS")));
  }
  return out;
}

// Where a click on a circle or a row leads: the events table filtered to that country or place.
function eventsLink(p, filters) {
  const place = p.level === "place" && p.full_name ? p.full_name : null;
  return `#events/${query({ country: p.country, place, from: filters.from, to: filters.to, actor: filters.actor }).slice(1)}`;
}

function describe(p) {
  const where = p.level === "country" ? `${p.name} (${p.country})` : `${p.name}, ${p.country_name}${p.type ? ` (${p.type})` : ""}`;
  return `${where}: ${p.events} event${p.events === 1 ? "" : "s"}, mean Goldstein ${fmt(p.goldstein)}`;
}

// A spot for each name (right, left, above or below its circle) that covers no circle and no other name.
function labelPlaces(busiest, all, width, height) {
  const boxes = all.map(({ p, x, y, r }) => ({ key: p.key, box: [x - r, y - r, x + r, y + r] }));
  const hits = (b, key) => b[0] < 0 || b[2] > width || b[1] < 0 || b[3] > height ||
    boxes.some(({ key: k, box: o }) => k !== key && b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
  const out = new Map();
  for (const { p, x, y, r } of busiest) {
    const text = p.level === "country" ? p.country : p.name, w = 7 * text.length, h = 14;
    const spots = [[x + r + 3, y + 4, "start", [x + r + 3, y - h / 2, x + r + 3 + w, y + h / 2]],
      [x - r - 3, y + 4, "end", [x - r - 3 - w, y - h / 2, x - r - 3, y + h / 2]],
      [x, y - r - 4, "middle", [x - w / 2, y - r - 4 - h, x + w / 2, y - r - 4]],
      [x, y + r + 13, "middle", [x - w / 2, y + r + 1, x + w / 2, y + r + 1 + h]]];
    const spot = spots.find((s) => !hits(s[3], p.key));
    if (!spot) continue;
    out.set(p.key, { x: spot[0], y: spot[1], anchor: spot[2], text });
    boxes.push({ key: null, box: spot[3] });
  }
  return out;
}

function highlight(key, on) {
  for (const node of document.querySelectorAll(`#view-map [data-key="${CSS.escape(key)}"]`)) node.classList.toggle("hot", on);
}

function drawMap(places, filters) {
  const svg = $("#map");
  const width = svg.clientWidth || 800, height = svg.clientHeight || 420;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const points = places.filter((p) => p.lat !== null && p.lon !== null);
  const view = viewport(points, width, height);
  const maxEvents = Math.max(1, ...points.map((p) => p.events));
  const maxRadius = Math.min(24, width / 16);
  const radius = (p) => 4 + (maxRadius - 4) * Math.sqrt(p.events / maxEvents);
  // busiest first: the small circles are drawn last, on top of the big ones
  const placed = points.map((p) => ({ p, x: view.x(p.lon), y: view.y(p.lat), r: radius(p) }))
    .sort((a, b) => b.p.events - a.p.events);
  const labels = labelPlaces(placed.slice(0, LABELS), placed, width, height);
  const circles = placed.map(({ p, x, y, r }) => {
    const href = eventsLink(p, filters);
    const open = () => { location.hash = href; };
    const label = labels.get(p.key);
    return el("svg:g", { class: "place", "data-key": p.key, "data-country": p.country, tabindex: 0, role: "link",
      "aria-label": `${describe(p)}; list its events`, onclick: open,
      onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(); } },
      onfocus: () => highlight(p.key, true), onblur: () => highlight(p.key, false),
      onmouseenter: () => highlight(p.key, true), onmouseleave: () => highlight(p.key, false) },
    el("svg:circle", { cx: x, cy: y, r, fill: goldsteinColour(p.goldstein) }, el("svg:title", {}, describe(p))),
    label ? el("svg:text", { x: label.x, y: label.y, "text-anchor": label.anchor }, label.text) : null);
  });
  svg.replaceChildren(el("svg:rect", { class: "sea", x: 0, y: 0, width, height }), ...graticule(view, width, height), ...circles);
  if (!points.length) svg.append(el("svg:text", { class: "empty", x: 20, y: 30 }, "No located events in this period."));
}

function drawTable(places, filters) {
  const table = $("#map-table");
  const rowKeys = (ev) => {
    if (ev.key !== "ArrowDown" && ev.key !== "ArrowUp") return;
    const links = [...table.querySelectorAll("tbody a")];
    const at = links.indexOf(document.activeElement);
    const next = links[at + (ev.key === "ArrowDown" ? 1 : -1)];
    if (next) { ev.preventDefault(); next.focus(); }
  };
  table.replaceChildren(
    el("caption", { class: "sr" }, "Located events by place: arrow keys move between rows, Enter lists a place's events"),
    el("thead", {}, el("tr", {}, el("th", {}, "Place"), el("th", {}, "Country"), el("th", { class: "wide" }, "Type"),
      el("th", { class: "num" }, "Events"), el("th", { class: "num wide" }, "Material conflict"), el("th", { class: "num" }, "Mean Goldstein"))),
    el("tbody", { onkeydown: rowKeys }, places.map((p) => {
      const swatch = el("span", { class: "key" });
      swatch.style.background = goldsteinColour(p.goldstein);
      return el("tr", { "data-key": p.key, onmouseenter: () => highlight(p.key, true), onmouseleave: () => highlight(p.key, false) },
        el("td", {}, el("a", { href: eventsLink(p, filters), onfocus: () => highlight(p.key, true), onblur: () => highlight(p.key, false) },
          p.name)),
        el("td", {}, p.level === "country" ? p.country : `${p.country_name} (${p.country})`), el("td", { class: "wide" }, p.type || "–"),
        el("td", { class: "num" }, p.events), el("td", { class: "num wide" }, p.conflict),
        el("td", { class: "num" }, swatch, fmt(p.goldstein)));
    })));
}

let loading = 0;  // the latest request; an older answer arriving late is dropped
async function loadMap() {
  const ticket = ++loading;
  const form = $("#map-form");
  const { level, from, to, actor } = formParams(form);
  const filters = { level: LEVELS.includes(level) ? level : "place", from, to, actor: actor.toUpperCase() };
  status("Loading the map…");
  try {
    const rows = await api(`/api/places${query({ ...filters, freq: "year" })}`);
    if (ticket !== loading) return;
    const places = aggregate(rows, filters.level);
    drawMap(places, filters);
    drawTable(places, filters);
    const total = places.reduce((n, p) => n + p.events, 0);
    $("#map-note").textContent = `${places.length} ${filters.level === "country" ? "countries" : "places"}, ` +
      `${total.toLocaleString()} located events (events without a location are not shown).`;
    status("");
  } catch (error) { status(error.message, true); }
}

// #map or #map/level=country&from=…&to=…&actor=…
export function mapView([search], overviewLoaded) {
  const form = $("#map-form");
  if (!form.dataset.ready) {
    form.dataset.ready = "1";
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const { level, from, to, actor } = formParams(form);
      const hash = `#map/${query({ level, from, to, actor }).slice(1)}`;
      if (location.hash === hash) loadMap(); else location.hash = hash;
    });
    for (const radio of form.elements.level) radio.addEventListener("change", () => form.requestSubmit());
    overviewLoaded.then((overview) => setupSlider(form, overview));
  }
  const params = new URLSearchParams(search || "");
  form.elements.level.value = LEVELS.includes(params.get("level")) ? params.get("level") : "place";
  for (const name of ["from", "to", "actor"]) form.elements[name].value = params.get(name) || "";
  loadMap();
}
