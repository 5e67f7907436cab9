// One stored document: its metadata, where it was seen, its text, and the events read from it
// with their sentences highlighted.
import { el, getJSON, highlighted, safeUrl } from "./common.js";

async function show() {
  const root = document.getElementById("document");
  const id = decodeURIComponent(location.pathname.split("/").pop());
  let doc;
  try {
    doc = await getJSON(`/api/documents/${encodeURIComponent(id)}`);
  } catch (error) {
    root.replaceChildren(el("p", { id: "message" }, error.message));
    return;
  }
  document.title = `detente: ${doc.title || doc.id}`;
  const link = safeUrl(doc.url);
  root.replaceChildren(
    el("h2", {}, doc.title || doc.id),
    el("p", { class: "muted" }, `${doc.date || "undated"} (${doc.date_source}) · ${doc.source || ""}`,
      link ? [" · ", el("a", { href: link, rel: "noopener noreferrer" }, "original")] : null),
    el("h3", {}, `Events (${doc.events.length})`),
    el("ul", {}, doc.events.map((e) => el("li", {},
      el("strong", {}, `${e.source} ${e.code} ${e.target}`),
      e.negated || e.hypothetical ? el("span", { class: "muted" }, " (not counted)") : null,
      highlighted(e)))),
    el("h3", {}, "Text"),
    ...doc.text.split(/\n{2,}/).map((para) => el("p", {}, para)),
    el("h3", {}, "Seen at"),
    el("ul", {}, doc.sightings.map((s) => el("li", {}, s.origin))),
  );
}

show();
