// Contact-centre view: copy a service's contact block; build an information
// prescription (chosen services, a date, a note) to print or copy. The list is kept in
// this tab's session storage (saved_list.js) until "Clear the list" or the tab closes.
import { contactText, prescriptionText, todayIso } from "./core.js";
import { el, wordsFrom } from "./dom.js";
import { printModel } from "./prescription_print.js";
import { clearList, loadList, saveList, servicesFromUrls } from "./saved_list.js";
import { fillIn } from "./trust.js";

/** The tab's session storage, or null where the browser refuses it. */
function sessionStore() {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Copy text with the Clipboard API, falling back to selecting it in a text area. */
async function copyText(text, area, group) {
  area.value = text;
  try {
    await navigator.clipboard.writeText(text);
    group.hidden = true;
    return true;
  } catch {
    group.hidden = false;
    area.focus();
    area.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}

export function setUpContactCentre(finder) {
  const root = finder.root;
  const data = finder.data;
  const byId = (id) => data.services[Number(id)];
  const status = root.querySelector(".fs-cc__message");
  const fallback = root.querySelector(".fs-cc__fallback");
  const copied = root.querySelector(".fs-cc__copied");
  const rx = root.querySelector(".fs-rx");
  const items = rx.querySelector(".fs-rx__items");
  const empty = rx.querySelector(".fs-rx__empty");
  const date = rx.querySelector("input[name=rx-date]");
  const note = rx.querySelector("textarea[name=rx-note]");
  const printout = root.querySelector(".fs-rx__printout");
  const printWords = wordsFrom(printout);
  const storage = sessionStore();
  const saved = loadList(storage);
  const chosen = servicesFromUrls(data.services, saved.urls).map((s) => s.id);
  note.value = saved.note;
  date.value = saved.date || todayIso();

  let clearTimer = 0;
  const say = (text) => {
    window.clearTimeout(clearTimer);
    status.textContent = "";
    window.setTimeout(() => { status.textContent = text; }, 50);
    clearTimer = window.setTimeout(() => { status.textContent = ""; }, 8000);
  };

  const save = () => saveList(storage, {
    urls: chosen.map((id) => byId(id).url), note: note.value,
    date: date.value === todayIso() ? "" : date.value,
  });

  const refresh = () => {
    const services = chosen.map(byId);
    items.replaceChildren(...services.map((s) => el("li", { class: "fs-rx__item" },
      el("span", { class: "fs-rx__name" }, s.name), " ",
      el("button", { type: "button", class: "fs-button fs-button--secondary fs-rx__remove", "data-service": s.id,
        "aria-label": `Remove ${s.name} from the list` }, "Remove"))));
    empty.hidden = services.length > 0;
    fillPrintout(printout, printModel(data.index, data.venues, services,
      { dateIso: date.value, note: note.value, siteRoot: finder.siteRoot }), printWords);
    rx.dataset.count = String(services.length);
    for (const button of root.querySelectorAll(".fs-add")) {
      const added = chosen.includes(Number(button.dataset.service));
      button.setAttribute("aria-pressed", added ? "true" : "false");
      button.querySelector(".fs-add__text").textContent = added ? "Added to list" : "Add to list";
    }
  };

  const add = (id) => {
    const s = byId(id);
    if (chosen.includes(s.id)) {
      say(`${s.name} is already on the list.`);
      return;
    }
    chosen.push(s.id);
    refresh();
    save();
    say(`Added ${s.name} to the list. ${chosen.length} on the list.`);
  };

  const copyContact = async (id) => {
    const s = byId(id);
    const ok = await copyText(contactText(data, s, finder.siteRoot), copied, fallback);
    say(ok ? `Copied contact details for ${s.name}.` : `Select and copy the contact details for ${s.name} from the box below.`);
  };

  root.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-service]");
    if (!button) return;
    if (button.classList.contains("fs-copy")) copyContact(button.dataset.service);
    else if (button.classList.contains("fs-add")) add(button.dataset.service);
    else if (button.classList.contains("fs-rx__remove")) {
      const id = Number(button.dataset.service);
      chosen.splice(chosen.indexOf(id), 1);
      refresh();
      save();
      say(`Removed ${byId(id).name}. ${chosen.length} on the list.`);
      (items.querySelector(".fs-rx__remove") || rx.querySelector("h2")).focus();
    }
  });

  const edited = () => {
    refresh();
    save();
  };
  date.addEventListener("input", edited);
  note.addEventListener("input", edited);
  rx.querySelector(".fs-rx__copy").addEventListener("click", async () => {
    refresh();
    const text = prescriptionText(data, chosen.map(byId), date.value, note.value, finder.siteRoot);
    const ok = await copyText(text, copied, fallback);
    say(ok ? "Copied the list." : "Select and copy the list from the box below.");
  });
  rx.querySelector(".fs-rx__printbutton").addEventListener("click", () => {
    refresh();
    window.print();
  });
  rx.querySelector(".fs-rx__clear").addEventListener("click", () => {
    chosen.length = 0;
    note.value = "";
    date.value = todayIso();
    clearList(storage);
    refresh();
    say("The list is empty.");
  });
  document.documentElement.classList.add("fs-print-rx");
  finder.onResultsRendered = refresh;
  refresh();
}

/** Fill the printout (hidden on screen) from the print model, as text only. */
function fillPrintout(printout, model, words) {
  const part = (selector, text) => {
    const node = printout.querySelector(selector);
    node.textContent = text;
    node.hidden = !text;
  };
  part(".fs-rx__print-council", !model.council ? ""
    : fillIn(model.councilPhone ? words.councilPhone : words.council,
      { council: model.council, phone: model.councilPhone }));
  part(".fs-rx__print-date", model.date ? fillIn(words.date, { date: model.date }) : "");
  part(".fs-rx__print-note", model.note ? fillIn(words.note, { note: model.note }) : "");
  const row = (label, ...values) => [el("dt", {}, label), ...values.map((v) => el("dd", {}, v))];
  printout.querySelector(".fs-rx__print-items").replaceChildren(...model.items.map((item) => {
    const facts = [];
    if (item.phone) facts.push(...row(words.phone, item.phone));
    if (item.email) facts.push(...row(words.email, item.email));
    if (item.website) facts.push(...row(words.website, item.website));
    for (const venue of item.venues) {
      facts.push(...row(words.venue, venue.address));
      if (venue.access.length) facts.push(...row(words.access, venue.access.join("; ")));
    }
    facts.push(...row(words.hours, ...item.hours));
    if (item.cost) facts.push(...row(words.cost, item.cost));
    facts.push(...row(words.details, item.url));
    return el("li", { class: "fs-rx__print-item" },
      el("h3", {}, item.name),
      item.organisation ? el("p", {}, fillIn(words.runBy, { organisation: item.organisation })) : null,
      el("dl", {}, ...facts));
  }));
}
