// Site search page: Pagefind's JS API with our own accessible UI (no inline scripts or styles).
// The query lives in the URL (?q=…), so the form also works as a plain GET form.
import { kindOf, queryOf, sameOriginHref, statusText, withQuery } from "./text.js";

const ROOT = new URL("../../../", import.meta.url); // assets/javascripts/search/ -> site root
const PAGE_SIZE = 20;
const DEBOUNCE_MS = 250;

const form = document.querySelector(".fs-search__form");
const input = document.getElementById("fs-search-q");
const status = document.getElementById("fs-search-status");
const list = document.getElementById("fs-search-results");
const noJs = document.getElementById("fs-search-nojs");
const more = document.getElementById("fs-search-more");

let pagefindPromise = null;
let latest = 0;
let timer = 0;

function loadPagefind() {
  if (!pagefindPromise) {
    pagefindPromise = (async () => {
      const pagefind = await import(new URL("pagefind/pagefind.js", ROOT).href);
      await pagefind.options({ baseUrl: ROOT.pathname });
      await pagefind.init();
      return pagefind;
    })();
  }
  return pagefindPromise;
}

// Pagefind excerpts are HTML with <mark> around matches: keep only text and <mark>.
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const out = document.createDocumentFragment();
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.append(document.createTextNode(child.textContent));
      } else if (child.nodeType === Node.ELEMENT_NODE && child.localName === "mark") {
        const mark = document.createElement("mark");
        mark.textContent = child.textContent;
        out.append(mark);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        walk(child);
      }
    }
  };
  walk(parsed.body);
  return out;
}

function safeHref(url) {
  return sameOriginHref(url, window.location.href, ROOT.href);
}

function resultItem(data) {
  const item = document.createElement("li");
  const kind = document.createElement("p");
  kind.className = "fs-search__kind";
  kind.textContent = kindOf(data.url, ROOT.href);
  const heading = document.createElement("h2");
  heading.className = "fs-search__result-title";
  const link = document.createElement("a");
  link.href = safeHref(data.url);
  link.textContent = (data.meta && data.meta.title) || data.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "fs-search__excerpt";
  excerpt.append(excerptNodes(data.excerpt || ""));
  item.append(kind, heading, excerpt);
  return item;
}

function announce(text) {
  status.textContent = text;
}

function setUrl(query, push) {
  const url = withQuery(window.location.href, query);
  if (url === window.location.href) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

let current = null; // the last search: {query, results, shown}

/** Show the next page of the last search's results (all of them, not a hard stop). */
async function showMore() {
  const ticket = latest;
  const { results, query } = current;
  const from = current.shown;
  const data = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  if (ticket !== latest) return;
  const items = data.map(resultItem);
  list.append(...items);
  current.shown = from + data.length;
  more.hidden = current.shown >= results.length;
  announce(statusText(results.length, query, current.shown));
  items[0]?.querySelector("a")?.focus();
}

async function run(query) {
  const ticket = ++latest;
  const trimmed = query.trim();
  if (more) more.hidden = true;
  if (!trimmed) {
    list.replaceChildren();
    announce("");
    return;
  }
  try {
    const pagefind = await loadPagefind();
    const search = await pagefind.search(trimmed);
    if (ticket !== latest || !search) return;
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(resultItem));
    current = { query: trimmed, results: search.results, shown: data.length };
    if (more) more.hidden = current.shown >= search.results.length;
    announce(statusText(search.results.length, trimmed, current.shown));
  } catch (error) {
    if (ticket !== latest) return;
    list.replaceChildren();
    announce("Search is not available just now. Use the A to Z of services or the service finder.");
    noJs.hidden = false;
    throw error;
  }
}

if (form && input && status && list) {
  noJs.hidden = true;
  more?.addEventListener("click", () => showMore());
  input.value = queryOf(window.location.href);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    setUrl(input.value.trim(), true);
    run(input.value);
  });
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      setUrl(input.value.trim(), false);
      run(input.value);
    }, DEBOUNCE_MS);
  });
  window.addEventListener("popstate", () => {
    input.value = queryOf(window.location.href);
    run(input.value);
  });
  if (input.value.trim()) run(input.value);
}
