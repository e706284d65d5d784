/* The GOV.UK error pattern: an error summary at the top and a message by each question. */

function firstControl(group) {
  return group.querySelector("input");
}

function describedBy(input, id, add) {
  const ids = (input.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
  const next = add ? Array.from(new Set([...ids, id])) : ids.filter((item) => item !== id);
  if (next.length) input.setAttribute("aria-describedby", next.join(" "));
  else input.removeAttribute("aria-describedby");
}

export function clearErrors(step) {
  const summary = step.querySelector("[data-error-summary]");
  if (summary) {
    summary.hidden = true;
    summary.querySelector("ul").replaceChildren();
  }
  step.querySelectorAll("[data-question]").forEach((group) => {
    group.classList.remove("fs-form-group--error");
    const message = group.querySelector(".fs-error-message");
    if (message) {
      message.hidden = true;
      message.replaceChildren();
      const target = group.querySelector("fieldset") || firstControl(group);
      if (target) describedBy(target, message.id, false);
    }
  });
}

/* problems: [{group, message}]; fills the summary and focuses it. prefix: the page's
 * hidden "Error:" word for screen readers. */
export function showErrors(step, problems, prefix = "Error:") {
  clearErrors(step);
  const summary = step.querySelector("[data-error-summary]");
  const list = summary.querySelector("ul");
  problems.forEach(({ group, message }) => {
    const control = firstControl(group);
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = `#${control.id}`;
    link.textContent = message;
    link.dataset.errorLink = control.id;
    item.append(link);
    list.append(item);
    group.classList.add("fs-form-group--error");
    const inline = group.querySelector(".fs-error-message");
    const hidden = document.createElement("span");
    hidden.className = "fs-visually-hidden";
    hidden.textContent = `${prefix} `;
    inline.replaceChildren(hidden, document.createTextNode(message));
    inline.hidden = false;
    const target = group.querySelector("fieldset") || control;
    describedBy(target, inline.id, true);
  });
  summary.hidden = false;
  summary.focus();
}
