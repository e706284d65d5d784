// firststop finder: wires the form, the URL and the results list. Loaded as a module
// by the finder and contact-centre pages; nothing is sent or stored anywhere.
import {
  FILTERS, decode, ensureText, emptyState, pageSize, parseState, resultView, search,
  serialiseState,
} from "./core.js";
import { el, fillResult, wordsFrom } from "./dom.js";
import { fillIn } from "./trust.js";
import { suggestRemovals } from "./zero_results.js";

/** Keys that are not filters (the words and the place to measure from). */
const NOT_FILTERS = new Set(["q", "postcode"]);
/** Phones: results first, filters behind a button (Material's phone breakpoint). */
const PHONE = "(max-width: 44.9375em)";

const ANNOUNCE_DELAY = 600;

class Finder {
  constructor(root, data) {
    this.root = root;
    this.data = data;
    this.view = root.dataset.finderView || "public";
    this.siteRoot = new URL(root.dataset.siteRoot || "../", document.baseURI).href;
    this.rootHref = root.dataset.siteRoot || "../"; // links as the page's static results
    this.form = root.querySelector("form");
    this.main = root.querySelector(".fs-finder__main");
    this.list = root.querySelector(".fs-finder__list");
    // The first page of the empty search, rendered at build time: kept while it is right.
    this.listKey = this.list.dataset.staticIds;
    this.list.removeAttribute("data-static-ids");
    this.status = root.querySelector(".fs-finder__status");
    this.summary = root.querySelector(".fs-finder__summary");
    this.more = root.querySelector(".fs-finder__more");
    this.ageError = root.querySelector("#fs-age-error");
    // One result's markup, rendered at build time from the same macro as the first page.
    this.template = root.querySelector("template.fs-finder__template");
    this.words = wordsFrom(this.main);
    this.heading = root.querySelector(".fs-finder__heading");
    this.zero = root.querySelector(".fs-finder__zero");
    this.postcodeError = root.querySelector("#fs-postcode-error");
    this.timeError = root.querySelector("#fs-at-error");
    this.toggle = root.querySelector(".fs-finder__toggle");
    this.filters = root.querySelector(".fs-finder__filters");
    this.apply = root.querySelector(".fs-finder__apply");
    this.phone = window.matchMedia(PHONE);
    this.pageSize = pageSize(data, this.view);
    this.shown = this.pageSize;
    this.typing = false;
    this.announceTimer = 0;
    this.onResultsRendered = null;
  }

  start() {
    this.applyState(parseState(window.location.search));
    this.form.addEventListener("input", (event) => this.changed(event));
    this.form.addEventListener("change", (event) => this.changed(event));
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.list.querySelector("a")?.focus();
    });
    this.root.querySelector(".fs-finder__clear")?.addEventListener("click", () => {
      this.applyState(emptyState());
      this.commit(false);
      this.form.querySelector("input[name=q]").focus();
    });
    this.more.addEventListener("click", () => {
      const first = this.list.children.length;
      this.shown += this.pageSize;
      this.render({ announce: false });
      this.list.children[first]?.querySelector("a, button")?.focus();
    });
    this.toggle.addEventListener("click", () => this.openFilters(this.toggle.getAttribute("aria-expanded") !== "true"));
    this.apply.addEventListener("click", () => {
      this.openFilters(false);
      this.heading.focus();
    });
    this.phone.addEventListener("change", () => this.openFilters(!this.phone.matches));
    this.openFilters(!this.phone.matches);
    this.zero.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-suggestion]");
      if (!button) return;
      this.applyState(this.suggestions[Number(button.dataset.suggestion)].state);
      this.shown = this.pageSize;
      this.commit(false);
      this.render({ announce: true });
      this.heading.focus();
    });
    window.addEventListener("popstate", () => {
      this.applyState(parseState(window.location.search));
      this.render({ announce: true });
    });
    this.form.hidden = false;
    this.root.classList.add("fs-finder--ready");
    // Hydrating the empty search shows what the page already shows: nothing to announce.
    this.render({ announce: serialiseState(this.state) !== "" });
    performance.mark("finder:first-results");
    // Build the search text in idle moments while the person reads, so the first
    // keystroke is quick and nothing blocks the page for long.
    const idle = window.requestIdleCallback
      || ((work) => window.setTimeout(() => work({ timeRemaining: () => 8 }), 0));
    const build = (deadline) => {
      if (!ensureText(this.data, deadline)) idle(build);
      else idle(() => search(this.data, { ...emptyState(), q: "a" })); // warm the search path
    };
    idle(build);
  }

  /** Show or hide the filters (on phones they start hidden, behind the Filters button). */
  openFilters(open) {
    this.toggle.setAttribute("aria-expanded", open ? "true" : "false");
    this.filters.classList.toggle("fs-finder__filters--closed", !open);
  }

  readState() {
    const state = emptyState();
    const values = new FormData(this.form);
    for (const [key, repeats] of Object.entries(FILTERS)) {
      state[key] = repeats ? values.getAll(key).map(String) : String(values.get(key) || "").trim();
    }
    return state;
  }

  applyState(state) {
    for (const field of this.form.elements) {
      if (!field.name || !(field.name in FILTERS)) continue;
      const value = state[field.name];
      if (field.type === "checkbox") field.checked = value.includes(field.value);
      else if (field.tagName === "SELECT") {
        field.value = value;
        if (field.value !== value) field.value = "";
      } else field.value = value;
    }
    this.state = this.readState();
  }

  changed(event) {
    const isText = event.target.matches("input[type=search], input[type=text]");
    if (event.type === "change" && isText) return; // already handled on input
    this.state = this.readState();
    this.shown = this.pageSize;
    this.commit(isText);
    this.render({ announce: true });
  }

  /** Put the state in the URL: one history entry per change, one per burst of typing. */
  commit(isText) {
    const url = `${window.location.pathname}${serialiseState(this.state)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (isText && window.history.state?.typing) window.history.replaceState({ typing: true }, "", url);
    else window.history.pushState({ typing: isText }, "", url);
  }

  render({ announce }) {
    const now = new Date();
    const { results, counts, ageError, timeError, near } = search(this.data, this.state, now);
    this.near = near;
    this.updateCounts(counts);
    this.fieldError(this.ageError, "age", ageError);
    this.fieldError(this.timeError, "at", timeError);
    this.postcodeMessage(near);
    this.suggest(results.length, now);
    const chosen = Object.entries(this.state)
      .filter(([key, value]) => !NOT_FILTERS.has(key) && (Array.isArray(value) ? value.length : value))
      .reduce((n, [, value]) => n + (Array.isArray(value) ? value.length : 1), 0);
    this.root.querySelector(".fs-finder__chosen").textContent = chosen === 0 ? ""
      : fillIn(chosen === 1 ? this.words.chosenOne : this.words.chosenMany, { count: chosen });
    this.apply.textContent = fillIn(results.length === 1 ? this.words.showOne : this.words.showMany,
      { count: results.length });
    const visible = results.slice(0, this.shown);
    const key = visible.map((s) => s.id).join(",") + (near.point ? `@${near.point.district}` : "");
    if (key !== this.listKey) { // the same services stay as they are (no re-render, no layout)
      const items = document.createDocumentFragment();
      for (const s of visible) items.append(this.item(s));
      this.list.replaceChildren(items);
      this.listKey = key;
    }
    this.more.hidden = results.length <= visible.length;
    this.more.textContent = `Show more services (${results.length - visible.length} more)`;
    const words = results.length === 1 ? "1 service found" : `${results.length} services found`;
    this.summary.textContent = results.length > visible.length
      ? `${words}; showing the first ${visible.length}.` : `${words}.`;
    this.results = results;
    if (announce) this.announce(words);
    this.root.dataset.resultCount = String(results.length);
    if (this.main.hasAttribute("aria-busy")) {
      this.main.removeAttribute("aria-busy");
      this.list.hidden = false;
    }
    if (this.onResultsRendered) this.onResultsRendered(visible);
  }

  /** Show or hide one field's error message (the text is in the page). */
  fieldError(message, name, on) {
    if (!message) return;
    message.hidden = !on;
    message.closest(".fs-form-group").classList.toggle("fs-form-group--error", on);
    this.form.querySelector(`input[name=${name}]`).toggleAttribute("aria-invalid", on);
  }

  /** A postcode that is not one, or that the finder cannot place, says so under the box. */
  postcodeMessage(near) {
    const message = this.postcodeError;
    if (!message) return;
    if (!message.dataset.invalid) message.dataset.invalid = message.textContent;
    const words = { outside: this.words.postcodeOutside, "no-centre": this.words.postcodeNoCentre };
    if (near.error) {
      const text = near.error === "invalid" ? message.dataset.invalid
        : fillIn(words[near.error] || message.dataset.invalid, { district: near.district });
      if (message.textContent !== text) message.textContent = text;
    }
    this.fieldError(message, "postcode", Boolean(near.error));
  }

  /** Nothing found: the word or filter to remove, with how many services each would give. */
  suggest(found, now) {
    const none = found === 0;
    this.suggestions = none ? suggestRemovals(this.state, FILTERS,
      (state) => search(this.data, state, now).results.length) : [];
    this.zero.hidden = !this.suggestions.length;
    const list = this.zero.querySelector(".fs-finder__zero-list");
    list.replaceChildren(...this.suggestions.map((suggestion, i) => {
      const text = suggestion.kind === "word" ? fillIn(this.words.removeWord, { value: suggestion.value })
        : suggestion.kind === "filter" ? fillIn(this.words.removeFilter, { value: this.optionLabel(suggestion.key, suggestion.value) })
          : this.words.removeAll;
      const label = fillIn(suggestion.count === 1 ? this.words.givesOne : this.words.givesMany,
        { text, count: suggestion.count });
      return el("li", {}, el("button", { type: "button", class: "fs-button fs-button--secondary fs-finder__suggestion", "data-suggestion": String(i) }, label));
    }));
  }

  /** What a filter's value is called on the form ("Dementia", "Polish", "Free"). */
  optionLabel(key, value) {
    for (const field of this.form.elements) {
      if (field.name !== key) continue;
      if (field.tagName === "SELECT") {
        const option = [...field.options].find((o) => o.value === value);
        if (option) return option.dataset.label || option.textContent;
      } else if (field.type === "checkbox" && field.value === value) {
        const label = this.form.querySelector(`label[for="${field.id}"]`);
        return label ? label.firstChild.textContent.trim() : value;
      } else if (field.value === value) {
        const label = this.form.querySelector(`label[for="${field.id}"]`);
        return label ? `${label.textContent.trim()}: ${value}` : value;
      }
    }
    return value;
  }

  /** Tell screen readers the count once typing pauses. */
  announce(words) {
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      this.status.textContent = words;
    }, ANNOUNCE_DELAY);
  }

  /** Every node that shows a count, found once: [node, facet, value, label, last text]. */
  countNodes() {
    if (!this.counted) {
      this.counted = [];
      for (const option of this.form.querySelectorAll("option[data-label]")) {
        this.counted.push([option, option.closest("select").name, option.value, `${option.dataset.label} `,
          option.textContent]);
      }
      for (const span of this.form.querySelectorAll(".fs-count")) {
        const input = span.closest(".fs-checkboxes__item").querySelector("input");
        this.counted.push([span, input.name, input.value, "", span.textContent]);
      }
    }
    return this.counted;
  }

  /** Write each option's count, touching only the nodes whose text changes. */
  updateCounts(counts) {
    for (const entry of this.countNodes()) {
      const [node, facet, value, label, last] = entry;
      const text = `${label}(${this.optionCount(counts, facet, value)})`;
      if (text !== last) {
        node.textContent = text;
        entry[4] = text;
      }
    }
  }

  optionCount(counts, facet, value) {
    const d = this.data;
    if (!value) return counts.any[facet] ?? 0;
    switch (facet) {
      case "category": return counts.category[d.categoryIndex.get(value)] ?? 0;
      case "area":
        return d.areaIndex.has(value) ? counts.area[d.areaIndex.get(value)]
          : counts.district[d.districtIndex.get(value)] ?? 0;
      case "for": return counts.for[d.groupIndex.get(value)] ?? 0;
      case "cost": return counts.cost[d.costIndex.get(value)] ?? 0;
      case "delivery": return counts.delivery[d.deliveryIndex.get(value)] ?? 0;
      case "referral": return counts.referral[d.routeIndex.get(value)] ?? 0;
      case "open":
        return value === "now" ? counts.open[d.days.length] : counts.open[d.days.indexOf(value)] ?? 0;
      case "lang": return counts.lang[(d.index.languages || []).indexOf(value)] ?? 0;
      case "access": return counts.access[(d.index.access || []).findIndex(([slug]) => slug === value)] ?? 0;
      default: return 0;
    }
  }

  /** One result, from the page's result template. */
  item(s) {
    const place = this.near?.places?.get(s.id) || null;
    return fillResult(this.template, resultView(this.data, s, this.rootHref, place, this.words));
  }
}

/**
 * With a search or filters in the URL, the build-time results (for the empty search) would
 * mislead: hide them and say the results are loading until the script renders its own.
 */
function markLoading(root) {
  if (serialiseState(parseState(window.location.search)) === "") return;
  const summary = root.querySelector(".fs-finder__summary");
  root.querySelector(".fs-finder__main").setAttribute("aria-busy", "true");
  root.querySelector(".fs-finder__list").hidden = true;
  root.staticSummary = summary.cloneNode(true);
  summary.textContent = "Loading results for your search…";
}

/** If the finder cannot start, show the build-time results again. */
function unmarkLoading(root) {
  const main = root.querySelector(".fs-finder__main");
  if (!main?.hasAttribute("aria-busy")) return;
  main.removeAttribute("aria-busy");
  root.querySelector(".fs-finder__list").hidden = false;
  if (root.staticSummary) root.querySelector(".fs-finder__summary").replaceWith(root.staticSummary);
}

/** Resolves after the next frame has been painted (or at once in a hidden tab). */
function afterPaint() {
  if (document.visibilityState === "hidden") return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function main() {
  const root = document.querySelector("[data-finder-view]");
  if (!root) return;
  markLoading(root);
  const url = new URL(root.dataset.finderIndex, document.baseURI);
  performance.mark("finder:start");
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`finder index: HTTP ${response.status}`);
  // The page already shows the build-time results: let it paint them before the long
  // tasks of parsing and decoding the index take the main thread.
  await afterPaint();
  const json = await response.json();
  performance.mark("finder:parsed");
  const data = decode(json);
  performance.mark("finder:decoded");
  const finder = new Finder(root, data);
  // The contact-centre tools (and the modules only they need) load on that view only.
  if (finder.view === "contact-centre") (await import("./contact.js")).setUpContactCentre(finder);
  finder.start();
  root.querySelector(".fs-finder__nojs")?.remove();
  window.firststopFinder = finder;
  document.documentElement.dataset.finderReady = "true";
}

main().catch((error) => {
  const root = document.querySelector("[data-finder-view]");
  const message = root?.querySelector(".fs-finder__nojs");
  if (message) message.textContent = "Sorry, the finder could not load. Browse services by need or by area below.";
  if (root) unmarkLoading(root);
  console.error(error);
});
