// Site search page: Pagefind's JS API with our own accessible UI (no inline scripts or styles).
// The query lives in the URL (?q=…), so the form also works as a plain GET form.
import { el } from "../components/elements.js";
import { combine, hasWord, rerank, wordsOf } from "./rank.js";
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
let advicePromise = null;
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

// The ids of editors' advice pages (marked kind:advice at build time), fetched once.
function adviceIds(pagefind) {
  if (!advicePromise) {
    advicePromise = pagefind.search(null, { filters: { kind: "advice" } })
      .then((search) => search.results.map((result) => result.id));
  }
  return advicePromise;
}

const CHECKED = 3; // how many of a word's results are read to see that the word is really there

/** Whether a one-word search really found the word (not only a loose match). */
async function really(word, results) {
  const data = await Promise.all(results.slice(0, CHECKED).map((r) => r.data()));
  return data.some((d) => hasWord(d.content, word));
}

/**
 * Pages for a query, advice first. Pagefind wants every word on a page, so words found
 * nowhere ("mum" in "mum dementia washing dressing") are left out first; when still no
 * page has all the other words, pages with most of them are shown.
 */
async function find(pagefind, query) {
  const words = wordsOf(query);
  let unmatched = [];
  let perWord = [];
  let asked = query;
  if (words.length > 1) {
    perWord = await Promise.all(words.map((word) => pagefind.search(word)));
    const here = await Promise.all(words.map((word, i) => really(word, perWord[i].results)));
    unmatched = words.filter((_, i) => !here[i]);
    perWord = perWord.filter((_, i) => here[i]).map((search) => search.results);
    asked = words.filter((_, i) => here[i]).join(" ");
  }
  let results = asked ? (await pagefind.search(asked)).results : [];
  if (!results.length && perWord.length > 1) results = combine(perWord);
  if (!results.length) unmatched = [];
  return { results: rerank(results, await adviceIds(pagefind)), unmatched };
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
  const context = data.meta && data.meta.context;
  return el("li", {},
    el("p", { class: "fs-search__kind" }, kindOf(data.url, ROOT.href)),
    el("h2", { class: "fs-search__result-title" },
      el("a", { href: safeHref(data.url) }, (data.meta && data.meta.title) || data.url)),
    context ? el("p", { class: "fs-search__context" }, context) : null,
    el("p", { class: "fs-search__excerpt" }, excerptNodes(data.excerpt || "")));
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

let current = null; // the last search: {query, results, unmatched, shown}

/** Show the next page of the last search's results (all of them, not a hard stop). */
async function showMore() {
  const ticket = latest;
  const { results, query, unmatched } = current;
  const from = current.shown;
  const data = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
  if (ticket !== latest) return;
  const items = data.map(resultItem);
  list.append(...items);
  current.shown = from + data.length;
  more.hidden = current.shown >= results.length;
  announce(statusText(results.length, query, current.shown, unmatched));
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
    const { results, unmatched } = await find(pagefind, trimmed);
    if (ticket !== latest) return;
    const data = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(resultItem));
    current = { query: trimmed, results, unmatched, shown: data.length };
    if (more) more.hidden = current.shown >= results.length;
    announce(statusText(results.length, trimmed, current.shown, unmatched));
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
