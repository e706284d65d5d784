/*
 * DOM side of "Open an estimate a caller has shared" (contact-centre view): check what was
 * pasted (open_estimate.js), read which estimator the code is for (the estimator's own
 * share.js), then open that page of this site. Errors follow the GOV.UK pattern: a summary
 * above the form and a message by the box. Words come from the section's data-word-*.
 */
import { readPasted, targetFor } from "./open_estimate.js";

const box = document.querySelector("[data-open-estimate]");

function wordFor(key) {
  const name = `word${key.replace(/(^|-)([a-z])/g, (m, dash, letter) => letter.toUpperCase())}`;
  return box.dataset[name] || key;
}

function setUp() {
  const form = box.querySelector("form");
  const input = form.querySelector("input");
  const group = input.closest(".fs-form-group");
  const inline = group.querySelector(".fs-error-message");
  const summary = box.querySelector(".fs-error-summary");
  const described = input.getAttribute("aria-describedby") || "";
  // {flow: page path from the site root} → absolute addresses on this site.
  const siteRoot = new URL(box.dataset.siteRoot || "./", document.baseURI);
  const pages = {};
  Object.entries(JSON.parse(box.dataset.estimators || "{}")).forEach(([flow, path]) => {
    pages[flow] = new URL(path, siteRoot).href;
  });

  function clear() {
    summary.hidden = true;
    summary.querySelector("ul").replaceChildren();
    group.classList.remove("fs-form-group--error");
    inline.hidden = true;
    inline.replaceChildren();
    if (described) input.setAttribute("aria-describedby", described);
    else input.removeAttribute("aria-describedby");
  }

  function showError(text) {
    clear();
    box.open = true;
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `#${input.id}`;
    link.textContent = text;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      input.focus();
    });
    item.append(link);
    summary.querySelector("ul").append(item);
    const hidden = document.createElement("span");
    hidden.className = "fs-visually-hidden";
    hidden.textContent = `${wordFor("error-prefix")} `;
    inline.replaceChildren(hidden, document.createTextNode(text));
    inline.hidden = false;
    group.classList.add("fs-form-group--error");
    input.setAttribute("aria-describedby", `${described} ${inline.id}`.trim());
    summary.hidden = false;
    summary.focus();
  }

  async function codeFlow(code) {
    const share = await import(new URL(box.dataset.shareModule, document.baseURI).href);
    return (await share.peekShare(code)).flow;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const read = readPasted(input.value, { pages, origin: location.origin });
    if (read.error) return showError(wordFor(read.error).replace("{address}", Object.values(pages).sort()[0] || ""));
    let flow;
    try {
      flow = await codeFlow(read.code);
    } catch (error) {
      return showError(wordFor("broken"));
    }
    const target = targetFor(read.code, flow, pages);
    if (target.error) return showError(wordFor(target.error));
    clear();
    location.assign(target.url);
    return undefined;
  });
  box.hidden = false;
}

if (box) setUp();
