// The dashboard: a dyad's timeline, the signed network of the window, cross-pressures and
// alerts, and an event table. Charts come from aggregate endpoints; only the table asks for
// events, one page at a time.
import { addDays, el, getJSON, highlighted, safeUrl, svg } from "./common.js";

const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const $ = (id) => document.getElementById(id);
const state = {
  since: null, until: null, a: null, b: null, grain: "week", filter: {}, label: "", cursor: null,
  request: 0, // only the latest table request may fill the table
};

function query(params) {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") out.set(key, value);
  }
  return out.toString();
}

function showError(error) {
  const box = $("message");
  box.textContent = error.message || String(error);
  box.hidden = false;
}

function windowParams() {
  return { since: state.since, until: state.until };
}

// -- timeline -----------------------------------------------------------------------------
async function drawTimeline() {
  const chart = $("timeline");
  chart.replaceChildren();
  if (!state.a || !state.b) return;
  const url = `/api/dyads/${encodeURIComponent(state.a)}/${encodeURIComponent(state.b)}/series?`
    + query({ ...windowParams(), grain: state.grain });
  const series = await getJSON(url);
  $("timeline-title").textContent = `${series.a_name} and ${series.b_name}, by ${series.grain}`;
  const buckets = series.buckets;
  const W = 720, H = 260, left = 40, right = 40, mid = H / 2;
  chart.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!buckets.length) {
    chart.append(svg("text", { x: W / 2, y: mid, "text-anchor": "middle", class: "empty" },
      "no events between them in this window"));
    return;
  }
  const maxUp = Math.max(1, ...buckets.map((b) => b.verbal_cooperation + b.material_cooperation));
  const maxDown = Math.max(1, ...buckets.map((b) => b.verbal_conflict + b.material_conflict));
  const top = Math.max(maxUp, maxDown);
  const scale = (mid - 16) / top;
  const maxGold = Math.max(1, ...buckets.map((b) => Math.abs(b.goldstein_sum)));
  const goldScale = (mid - 16) / maxGold;
  const step = (W - left - right) / buckets.length;
  const barW = Math.max(2, step * 0.7);
  chart.append(svg("line", { x1: left, x2: W - right, y1: mid, y2: mid, class: "axis" }));
  chart.append(svg("text", { x: 4, y: 20, class: "tick" }, `${top} events`));
  chart.append(svg("text", { x: 4, y: H - 16, class: "tick" }, `${top} events`));
  chart.append(svg("text", { x: W - right + 4, y: 20, class: "tick gold" }, `+${maxGold.toFixed(0)}`));
  chart.append(svg("text", { x: W - right + 4, y: H - 16, class: "tick gold" }, `-${maxGold.toFixed(0)}`));
  const points = [];
  buckets.forEach((bucket, i) => {
    const x = left + i * step + (step - barW) / 2;
    const group = svg("g", {
      class: "bucket", "data-start": bucket.start, "data-end": bucket.end,
      "data-events": bucket.events, tabindex: 0, role: "button",
      onclick: () => selectBucket(bucket, group),
      onkeydown: (e) => { if (e.key === "Enter") selectBucket(bucket, group); },
    });
    group.append(svg("title", {}, `${bucket.start} to ${bucket.end}: ${bucket.events} events, `
      + `net cooperation ${bucket.net_cooperation}, Goldstein ${bucket.goldstein_sum.toFixed(1)}`));
    group.append(svg("rect", { x: left + i * step, y: 0, width: step, height: H, class: "hit" }));
    let up = mid, down = mid;
    QUADS.forEach((name, q) => {
      const h = bucket[name] * scale;
      if (!h) return;
      if (q < 2) { up -= h; group.append(svg("rect", { x, y: up, width: barW, height: h, class: `q${q + 1}` })); }
      else { group.append(svg("rect", { x, y: down, width: barW, height: h, class: `q${q + 1}` })); down += h; }
    });
    chart.append(group);
    points.push([left + i * step + step / 2, mid - bucket.goldstein_sum * goldScale, bucket]);
  });
  chart.append(svg("polyline", { points: points.map(([x, y]) => `${x},${y}`).join(" "), class: "gold" }));
  for (const [x, y, bucket] of points) {
    chart.append(svg("circle", { cx: x, cy: y, r: 3.5, class: "gold-point",
      onclick: () => selectBucket(bucket, chart.querySelector(`g.bucket[data-start="${bucket.start}"]`)) }));
  }
  const labelEvery = Math.ceil(buckets.length / 8);
  buckets.forEach((bucket, i) => {
    if (i % labelEvery) return;
    chart.append(svg("text", { x: left + i * step + 2, y: H - 4, class: "tick" }, bucket.start.slice(5)));
  });
}

function selectBucket(bucket, group) {
  document.querySelectorAll("#timeline g.bucket.selected").forEach((g) => g.classList.remove("selected"));
  if (group) group.classList.add("selected");
  setFilter({ dyad: `${state.a},${state.b}`, since: bucket.start, until: bucket.end, counted: true },
    `${state.a} and ${state.b}, ${bucket.start} to ${bucket.end}`);
}

// -- network ------------------------------------------------------------------------------
async function drawNetwork() {
  const chart = $("network");
  chart.replaceChildren();
  const net = await getJSON("/api/network?" + query(windowParams()));
  const W = 460, H = 360, cx = W / 2, cy = H / 2, radius = Math.min(W, H) / 2 - 40;
  chart.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!net.nodes.length) {
    chart.append(svg("text", { x: cx, y: cy, "text-anchor": "middle", class: "empty" },
      "no relation has enough events in this window"));
    return;
  }
  const where = {};
  net.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / net.nodes.length - Math.PI / 2;
    where[node.code] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
  const inTriad = new Set();
  for (const triad of net.unbalanced_triads) {
    const [p, q, r] = triad.actors.map((code) => where[code]);
    chart.append(svg("polygon", { points: [p, q, r].map((pt) => pt.join(",")).join(" "),
      class: "triad", "data-actors": triad.actors.join(",") },
      svg("title", {}, `unbalanced (${triad.kind})` + (triad.pivot ? `: ${triad.pivot} cross-pressured` : ""))));
    const [a, b, c] = triad.actors;
    [[a, b], [b, c], [a, c]].forEach((pair) => inTriad.add(pair.sort().join(",")));
  }
  const maxWeight = Math.max(1, ...net.edges.map((e) => e.weight));
  for (const edge of net.edges) {
    const [x1, y1] = where[edge.a], [x2, y2] = where[edge.b];
    const kind = edge.sign > 0 ? "pos" : edge.sign < 0 ? "neg" : "amb";
    const key = [edge.a, edge.b].sort().join(",");
    const group = svg("g", { class: `edge ${kind}${inTriad.has(key) ? " unbalanced" : ""}`,
      "data-a": edge.a, "data-b": edge.b, onclick: () => selectEdge(edge) });
    group.append(svg("title", {}, `${edge.a_name} and ${edge.b_name}: ${edge.cooperation} cooperative, `
      + `${edge.conflict} hostile events`));
    group.append(svg("line", { x1, y1, x2, y2, class: "stroke",
      "stroke-width": 1.5 + (4 * edge.weight) / maxWeight }));
    group.append(svg("line", { x1, y1, x2, y2, class: "hit" }));
    chart.append(group);
  }
  for (const node of net.nodes) {
    const [x, y] = where[node.code];
    chart.append(svg("g", { class: "node" }, svg("circle", { cx: x, cy: y, r: 16 }),
      svg("text", { x, y: y + 4, "text-anchor": "middle" }, node.code),
      svg("title", {}, node.name)));
  }
}

function selectEdge(edge) {
  setFilter({ dyad: `${edge.a},${edge.b}`, ...windowParams(), counted: true },
    `${edge.a} and ${edge.b}, ${state.since} to ${state.until}`);
}

// -- lists --------------------------------------------------------------------------------
async function drawLists() {
  const [tensions, alerts] = await Promise.all([
    getJSON("/api/tensions?" + query(windowParams())),
    getJSON("/api/alerts?" + query({ ...windowParams(), grain: state.grain })),
  ]);
  $("tensions").replaceChildren(...(tensions.tensions.length ? tensions.tensions.map((t) =>
    el("li", { onclick: () => setFilter({ actor: t.pivot || t.actors[0], ...windowParams(), counted: true },
      `${t.pivot || t.actors[0]}, ${state.since} to ${state.until}`) }, t.sentence,
      el("span", { class: "muted" }, ` (weight ${t.weight})`)))
    : [el("li", { class: "muted" }, "none in this window")]));
  $("alerts").replaceChildren(...(alerts.alerts.length ? alerts.alerts.map((a) =>
    el("li", { onclick: () => chooseDyad(a.a, a.b) }, a.sentence))
    : [el("li", { class: "muted" }, "none in this window")]));
}

// -- event table --------------------------------------------------------------------------
function setFilter(filter, label) {
  state.filter = filter;
  state.label = label || "";
  $("filter-label").textContent = label ? `: ${label}` : "";
  $("clear-filter").hidden = !label;
  loadEvents(false).catch(showError);
}

async function loadEvents(more) {
  const body = document.querySelector("#events tbody");
  const params = { ...state.filter, limit: 50, order: "desc", cursor: more ? state.cursor : null };
  const request = ++state.request;
  const page = await getJSON("/api/events?" + query(params));
  if (request !== state.request) return; // a newer filter was chosen meanwhile
  if (!more) body.replaceChildren();
  for (const event of page.events) body.append(...eventRows(event));
  if (!more && !page.events.length) {
    body.append(el("tr", {}, el("td", { colspan: 6, class: "muted" }, "no events")));
  }
  state.cursor = page.next_cursor;
  $("more").hidden = !page.next_cursor;
  $("events").dataset.filter = state.label;
}

function eventRows(event) {
  const detail = el("tr", { class: "detail", hidden: true });
  const link = safeUrl(event.url);
  detail.append(el("td", { colspan: 6 }, highlighted(event),
    el("p", {}, el("a", { href: event.document }, "document"),
      link ? [" · ", el("a", { href: link, rel: "noopener noreferrer", target: "_blank" }, "original")] : null,
      el("span", { class: "muted" }, ` · ${event.outlet || ""} · ${event.plover || ""} · confidence ${event.confidence}`))));
  const row = el("tr", {
    class: `event q${event.quad}`, "data-id": event.id, tabindex: 0,
    onclick: () => { detail.hidden = !detail.hidden; row.classList.toggle("open", !detail.hidden); },
  },
  el("td", {}, event.date || "?"), el("td", { title: event.source_text }, event.source),
  el("td", {}, event.code), el("td", { title: event.target_text }, event.target),
  el("td", { class: "num" }, event.goldstein), el("td", {}, event.title || event.doc_id));
  return [row, detail];
}

// -- setup --------------------------------------------------------------------------------
async function chooseDyad(a, b) {
  state.a = a; state.b = b;
  $("actor-a").value = a; $("actor-b").value = b;
  await drawTimeline();
}

async function refresh() {
  $("message").hidden = true;
  const jobs = [drawTimeline(), drawNetwork(), drawLists(), loadEvents(false)];
  const results = await Promise.allSettled(jobs);
  results.filter((r) => r.status === "rejected").forEach((r) => showError(r.reason));
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.ready = "true";
}

async function start() {
  const summary = await getJSON("/api/summary");
  const c = summary.counts;
  $("summary").textContent = `${c.events} events from ${c.documents} documents`
    + (summary.first_date ? `, ${summary.first_date} to ${summary.last_date}` : "");
  state.until = summary.last_date;
  state.since = summary.last_date ? addDays(summary.last_date, -89) : null;
  if (summary.first_date && state.since < summary.first_date) state.since = summary.first_date;
  $("since").value = state.since || ""; $("until").value = state.until || "";
  const [dyads, actors] = await Promise.all([
    getJSON("/api/dyads?" + query({ ...windowParams(), limit: 1 })),
    getJSON("/api/actors?limit=200"),
  ]);
  $("actor-list").replaceChildren(...actors.actors.map((a) => el("option", { value: a.code }, a.name)));
  if (dyads.dyads.length) { state.a = dyads.dyads[0].a; state.b = dyads.dyads[0].b; }
  $("actor-a").value = state.a || ""; $("actor-b").value = state.b || "";
  await refresh();
}

$("controls").addEventListener("submit", (e) => {
  e.preventDefault();
  state.since = $("since").value || null;
  state.until = $("until").value || null;
  state.a = $("actor-a").value.trim().toUpperCase() || null;
  state.b = $("actor-b").value.trim().toUpperCase() || null;
  state.grain = $("grain").value;
  $("actor-a").value = state.a || ""; $("actor-b").value = state.b || "";
  state.filter = state.a && state.b ? { dyad: `${state.a},${state.b}`, ...windowParams() } : windowParams();
  state.label = state.a && state.b ? `${state.a} and ${state.b}` : "";
  $("filter-label").textContent = state.label ? `: ${state.label}` : "";
  refresh();
});
$("clear-filter").addEventListener("click", () => setFilter({}, ""));
$("more").addEventListener("click", () => loadEvents(true).catch(showError));
start().catch(showError);
