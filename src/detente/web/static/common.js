// Helpers shared by the dashboard and the document page. Data only ever reaches the page as
// text nodes (never as HTML), so a sentence or title cannot inject markup.

export async function getJSON(url) {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch { body = null; }
  if (!response.ok) {
    const message = body && body.error ? body.error.message : response.statusText;
    throw new Error(message);
  }
  return body;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// The sentence with the source, target and trigger spans wrapped in <mark>s. Spans that
// overlap an earlier one are left unmarked rather than nested.
export function highlighted(event) {
  const text = event.sentence || "";
  const spans = [
    ["source", event.source_start, event.source_end],
    ["trigger", event.trigger_start, event.trigger_end],
    ["target", event.target_start, event.target_end],
  ].filter(([, s, e]) => Number.isInteger(s) && Number.isInteger(e) && s < e && e <= text.length)
    .sort((x, y) => x[1] - y[1]);
  const out = el("p", { class: "sentence" });
  let at = 0;
  for (const [role, start, end] of spans) {
    if (start < at) continue;
    out.append(text.slice(at, start));
    out.append(el("mark", { class: role, title: role }, text.slice(start, end)));
    at = end;
  }
  out.append(text.slice(at));
  return out;
}

export function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso, days) {
  const date = new Date(iso + "T00:00:00Z");
  date.setUTCDate(date.getUTCDate() + days);
  return isoDate(date);
}

export function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch { return null; }
}
