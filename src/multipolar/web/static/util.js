// Shared helpers of the dashboard's views (ES module).

export const SVGNS = "http://www.w3.org/2000/svg";
export const QUADS = [
  ["verbal_cooperation", "verbal cooperation", "var(--q1)", "#7fb3e6"],
  ["material_cooperation", "material cooperation", "var(--q2)", "#1f5fbf"],
  ["verbal_conflict", "verbal conflict", "var(--q3)", "#f0a35e"],
  ["material_conflict", "material conflict", "var(--q4)", "#c7352b"],
];
export const BLOC_COLOURS = ["#1f5fbf", "#c7352b", "#2e8b57", "#8e44ad", "#d4880f", "#16a2b8", "#b5487c", "#6b7a2a"];
export const $ = (sel, root = document) => root.querySelector(sel);

// ---------- small helpers ----------
export function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.setAttribute("class", value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) throw new Error((body && body.detail) || `${response.status} ${response.statusText}`);
  return body;
}

export function status(text, isError = false) {
  const node = $("#status");
  node.textContent = text || "";
  node.className = isError ? "error" : "muted";
}

export function fail(container, error) {
  container.replaceChildren(el("p", { class: "error", role: "alert" }, error.message || String(error)));
}

export function goldsteinColour(g) {
  // red (-10) .. grey (0) .. green (+10)
  const t = Math.max(-1, Math.min(1, (g || 0) / 6));
  const grey = [154, 163, 177], neg = [199, 53, 43], pos = [31, 122, 77];
  const end = t < 0 ? neg : pos, f = Math.abs(t);
  const mix = grey.map((c, i) => Math.round(c + (end[i] - c) * f));
  return `rgb(${mix.join(",")})`;
}

export const fmt = (x, digits = 2) => (x === null || x === undefined ? "–" : Number(x).toFixed(digits));
export const quadOf = (q) => QUADS[(q || 1) - 1];

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== "" && value !== null && value !== undefined) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function formParams(form) {
  return Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v).trim()]));
}

// A sentence with one span marked (document offsets relative to the sentence start), else the trigger word.
export function highlighted(sentence, trigger, start, end) {
  const text = sentence || "";
  let at = start, stop = end;
  if (!(at >= 0 && stop <= text.length && stop > at && text.slice(at, stop) === trigger)) {
    at = trigger ? text.indexOf(trigger) : -1;
    stop = at + (trigger || "").length;
  }
  if (at < 0) return [text];
  return [text.slice(0, at), el("mark", {}, text.slice(at, stop)), text.slice(stop)];
}


export function monthList(first, last) {
  const out = [];
  if (!first || !last) return out;
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) { out.push(`${y}-${String(m).padStart(2, "0")}`); m += 1; if (m > 12) { m = 1; y += 1; } }
  return out;
}

export function lastDay(month) {
  const [y, m] = month.split("-").map(Number);
  return `${month}-${String(new Date(y, m, 0).getDate()).padStart(2, "0")}`;
}

// A two-handle month slider filling a form's from/to dates (form fields: from, to, start, end, span).
export function setupSlider(form, overview) {
  const months = monthList(overview && overview.first_date, overview && overview.last_date);
  const { start, end, span } = form.elements;
  for (const input of [start, end]) { input.max = Math.max(0, months.length - 1); }
  end.value = end.max;
  const sync = (changed) => {
    if (Number(start.value) > Number(end.value)) (changed === start ? end : start).value = changed.value;
    if (!months.length) return;
    form.elements.from.value = `${months[start.value]}-01`;
    form.elements.to.value = lastDay(months[end.value]);
    span.value = `${months[start.value]} – ${months[end.value]}`;
  };
  start.addEventListener("input", () => sync(start));
  end.addEventListener("input", () => sync(end));
  start.addEventListener("change", () => form.requestSubmit());
  end.addEventListener("change", () => form.requestSubmit());
  if (months.length) span.value = `${months[0]} – ${months[months.length - 1]}`;
}
