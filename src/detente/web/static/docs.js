// A readable list of the endpoints in /openapi.json, drawn here so /docs needs no CDN.
import { el, getJSON } from "./common.js";

function typeOf(schema) {
  if (!schema) return "";
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t !== "null").join(" | ");
  return schema.format || schema.type || "";
}

async function show() {
  const spec = await getJSON("/openapi.json");
  const root = document.getElementById("endpoints");
  root.replaceChildren();
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      root.append(el("section", { class: "endpoint" },
        el("h3", {}, el("code", { class: "method" }, method.toUpperCase()), el("code", {}, path)),
        el("p", {}, op.summary || ""),
        el("ul", {}, (op.parameters || []).map((p) => el("li", {},
          el("code", {}, p.name), ` (${p.in}${p.required ? ", required" : ""}) ${typeOf(p.schema)}`,
          p.description ? ` — ${p.description}` : "")))));
    }
  }
}

show();
