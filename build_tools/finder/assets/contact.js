// Contact-centre view: copy a service's contact block; build an information
// prescription (chosen services, a date, a note) to print or copy. Kept in memory only.
import { contactText, prescriptionText, todayIso } from "./core.js";
import { el } from "./dom.js";

/** Copy text with the Clipboard API, falling back to selecting a text area. */
async function copyText(text, fallback) {
  fallback.value = text;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback.hidden = false;
    fallback.focus();
    fallback.select();
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
  const status = root.querySelector(".fs-cc__status");
  const copied = root.querySelector(".fs-cc__copied");
  const rx = root.querySelector(".fs-rx");
  const items = rx.querySelector(".fs-rx__items");
  const empty = rx.querySelector(".fs-rx__empty");
  const date = rx.querySelector("input[name=rx-date]");
  const note = rx.querySelector("textarea[name=rx-note]");
  const output = rx.querySelector(".fs-rx__text");
  const printed = rx.querySelector(".fs-rx__print");
  const chosen = [];

  date.value = todayIso();
  const say = (text) => {
    status.textContent = "";
    window.setTimeout(() => { status.textContent = text; }, 50);
  };

  const refresh = () => {
    const services = chosen.map(byId);
    items.replaceChildren(...services.map((s) => el("li", { class: "fs-rx__item" },
      el("span", {}, s.name), " ",
      el("button", { type: "button", class: "fs-rx__remove", "data-service": s.id,
        "aria-label": `Remove ${s.name} from the list` }, "Remove"))));
    empty.hidden = services.length > 0;
    const text = prescriptionText(data, services, date.value, note.value, finder.siteRoot);
    output.value = text;
    printed.textContent = text;
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
    say(`Added ${s.name} to the list. ${chosen.length} on the list.`);
  };

  const copyContact = async (id) => {
    const s = byId(id);
    const ok = await copyText(contactText(data, s, finder.siteRoot), copied);
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
      say(`Removed ${byId(id).name}. ${chosen.length} on the list.`);
      (items.querySelector(".fs-rx__remove") || rx.querySelector("h2")).focus();
    }
  });

  date.addEventListener("input", refresh);
  note.addEventListener("input", refresh);
  rx.querySelector(".fs-rx__copy").addEventListener("click", async () => {
    refresh();
    const ok = await copyText(output.value, output);
    say(ok ? "Copied the list." : "Select and copy the list from the box.");
  });
  rx.querySelector(".fs-rx__printbutton").addEventListener("click", () => {
    refresh();
    window.print();
  });
  rx.querySelector(".fs-rx__clear").addEventListener("click", () => {
    chosen.length = 0;
    note.value = "";
    refresh();
    say("The list is empty.");
  });
  document.documentElement.classList.add("fs-print-rx");
  finder.onResultsRendered = refresh;
  refresh();
}
