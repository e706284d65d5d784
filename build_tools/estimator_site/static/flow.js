/*
 * The estimator's question pages: one step shown at a time in a single static document,
 * with history entries per step (so Back works), GOV.UK error messages, check your
 * answers with Change links, and results from the Python engine in a Web Worker.
 * Every word shown comes from the page (templates rendered at build time).
 */
import { allAnswers, applyAnswers, conditionHolds, payloadAnswers, questionGroups, walk } from "./answers.js";
import { startEngine } from "./engine-client.js";
import { clearErrors, showErrors } from "./errors.js";
import { message } from "./messages.js";
import { readMessages, renderParts } from "./render.js";
import { errorParts, resultParts } from "./results.js";
import { download, forgetAll, parseSaved, remember, remembered, today } from "./storage.js";
import { renderSummary } from "./summary.js";
import { problemWith } from "./validate.js";

const root = document.getElementById("fs-est");
const form = root.querySelector("[data-form]");
const flow = root.dataset.flow;
const status = root.querySelector("[data-status]");
const baseTitle = document.title;
const messages = readMessages(root);
const msg = (key, values) => message(messages, key, values);
const steps = Array.from(form.querySelectorAll("[data-step]"));
const stepByName = new Map(steps.map((step) => [step.dataset.step, step]));

let current = "start";
let returnToCheck = false;
let lastResult = null;
const timing = { continueAt: null, resultsAt: null };

root.classList.add("fs-est--js");

function announce(text) {
  status.textContent = "";
  window.setTimeout(() => { status.textContent = text; }, 50);
}

const engine = startEngine({
  indexURL: new URL(root.dataset.pyodide, document.baseURI).href,
  wheelURL: new URL(root.dataset.wheel, document.baseURI).href,
  snapshotURL: root.dataset.snapshot ? new URL(root.dataset.snapshot, document.baseURI).href : null,
});
if (!engine) {
  root.querySelector("[data-no-engine]").hidden = false;
} else {
  engine.ready.catch(() => { root.querySelector("[data-no-engine]").hidden = false; });
}

function rememberOn() {
  return root.querySelector("[data-remember]").checked;
}

function saveIfRemembered() {
  if (rememberOn()) remember(flow, allAnswers(form));
}

/* Show or hide questions inside the current step whose show_if depends on its answers. */
function refreshConditions() {
  const walked = walk(form);
  const shown = { ...walked.shown };
  questionGroups(form).forEach((group) => {
    const step = group.closest("[data-step]");
    if (step.dataset.step !== current) return;
    group.hidden = !conditionHolds(group, shown);
  });
  return walked;
}

function visibleSteps() {
  return ["start", ...walk(form).steps, "check", "results"];
}

function show(name, { push = true } = {}) {
  const step = stepByName.get(name) || stepByName.get("start");
  current = step.dataset.step;
  steps.forEach((item) => { item.hidden = item !== step; });
  clearErrors(step);
  refreshConditions();
  if (current === "check") renderSummary(step.querySelector("[data-summary]"), form, walk(form), messages);
  document.title = current === "start" ? baseTitle : `${step.dataset.title} - ${baseTitle}`;
  if (push) history.pushState({ fsEstStep: current }, "");
  const heading = step.querySelector(".fs-heading");
  if (heading) heading.focus();
  window.scrollTo(0, 0);
}

function stepProblems(step) {
  const walked = refreshConditions();
  return questionGroups(step)
    .filter((group) => walked.groupsShown.has(group))
    .map((group) => ({ group, message: problemWith(group, messages) }))
    .filter((problem) => problem.message);
}

/* After a change from the check page: any newly shown step still to answer, else check. */
function firstIncompleteStep() {
  const walked = walk(form);
  return walked.steps.find((name) => stepProblems(stepByName.get(name)).length > 0) || null;
}

function next() {
  const order = visibleSteps();
  return order[order.indexOf(current) + 1] || "check";
}

async function showResults() {
  timing.continueAt = performance.now();
  show("results");
  const step = stepByName.get("results");
  const body = step.querySelector("[data-results-body]");
  const waiting = step.querySelector("[data-results-waiting]");
  const failed = step.querySelector("[data-results-error]");
  body.replaceChildren();
  failed.hidden = true;
  if (!engine) return;
  if (!engine.isReady) {
    waiting.hidden = false;
    announce(msg("working"));
  }
  try {
    await engine.ready;
  } catch (error) {
    waiting.hidden = true;
    return;
  }
  const payload = { flow, answers: payloadAnswers(walk(form).shown) };
  const json = await engine.estimate(payload, today());
  const result = JSON.parse(json);
  lastResult = { payload, json };
  waiting.hidden = true;
  if (result.errors) {
    renderParts(failed, step, errorParts(result.errors));
    failed.hidden = false;
  } else {
    renderParts(body, step, resultParts(result));
  }
  timing.resultsAt = performance.now();
  announce(msg(result.errors ? "failed" : "ready"));
}

function onContinue() {
  const step = stepByName.get(current);
  if (current === "start") return show(next());
  if (current === "check") return showResults();
  const problems = stepProblems(step);
  if (problems.length) {
    showErrors(step, problems, msg("error"));
    document.title = `${msg("error")} ${step.dataset.title} - ${baseTitle}`;
    return undefined;
  }
  saveIfRemembered();
  if (returnToCheck) return show(firstIncompleteStep() || "check");
  return show(next());
}

function restart() {
  form.reset();
  forgetAll();
  returnToCheck = false;
  lastResult = null;
  stepByName.get("results").querySelector("[data-results-body]").replaceChildren();
  root.querySelector("[data-remembered]").hidden = true;
  show("start");
  announce(msg("cleared"));
}

function resume(answers) {
  applyAnswers(form, answers);
  returnToCheck = true;
  show(firstIncompleteStep() || "check");
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  onContinue();
});

form.addEventListener("change", (event) => {
  const input = event.target;
  if (input.type === "checkbox" && input.name) {
    const group = input.closest("[data-question]");
    const boxes = Array.from(group.querySelectorAll("input[type=checkbox]"));
    if (input.checked && input.dataset.exclusive) boxes.forEach((box) => { if (box !== input) box.checked = false; });
    if (input.checked && !input.dataset.exclusive) boxes.forEach((box) => { if (box.dataset.exclusive) box.checked = false; });
  }
  if (input.matches("[data-remember]")) {
    if (input.checked) {
      remember(flow, allAnswers(form));
      announce(msg("remembering"));
    } else {
      forgetAll();
      announce(msg("not-remembering"));
    }
    return;
  }
  refreshConditions();
});

root.addEventListener("click", (event) => {
  const target = event.target.closest("a, button");
  if (!target || !root.contains(target)) return;
  if (target.dataset.errorLink) {
    event.preventDefault();
    const control = document.getElementById(target.dataset.errorLink);
    control.focus();
    return;
  }
  if (target.dataset.change) {
    event.preventDefault();
    returnToCheck = true;
    show(target.dataset.change);
    return;
  }
  const action = target.dataset.action;
  if (!action || action === "continue" || action === "start") return;
  event.preventDefault();
  if (action === "back") {
    if (history.state && history.state.fsEstStep && current !== "start") history.back();
    else show("start");
  } else if (action === "print") {
    window.print();
  } else if (action === "save") {
    download(flow, allAnswers(form));
    announce(msg("downloaded"));
  } else if (action === "to-check") {
    returnToCheck = true;
    show("check");
  } else if (action === "restart") {
    restart();
  } else if (action === "forget") {
    forgetAll();
    root.querySelector("[data-remember]").checked = false;
    root.querySelector("[data-remembered]").hidden = true;
    announce(msg("forgotten"));
  } else if (action === "resume-remembered") {
    const saved = remembered(flow);
    if (saved) resume(saved.answers);
  }
});

root.querySelector("[data-load-file]").addEventListener("change", async (event) => {
  const input = event.target;
  const group = input.closest("[data-load-group]");
  const error = group.querySelector(".fs-error-message");
  const file = input.files && input.files[0];
  if (!file) return;
  try {
    const answers = parseSaved(await file.text(), flow, messages);
    error.hidden = true;
    group.classList.remove("fs-form-group--error");
    input.value = "";
    resume(answers);
    announce(msg("loaded"));
  } catch (problem) {
    error.textContent = `${msg("error")} ${problem.message}`;
    error.hidden = false;
    group.classList.add("fs-form-group--error");
    input.setAttribute("aria-describedby", "fs-est-load-file-hint fs-est-load-file-error");
  }
});

window.addEventListener("popstate", (event) => {
  const name = event.state && event.state.fsEstStep;
  if (name) show(name, { push: false });
});

/* A page opened at a later step (reload, bookmark) starts again at the start. */
function init() {
  const saved = remembered(flow);
  if (saved) {
    root.querySelector("[data-remember]").checked = true;
    const banner = root.querySelector("[data-remembered]");
    banner.querySelector("[data-remembered-when]").textContent = msg("saved-on", { date: saved.saved });
    banner.hidden = false;
  }
  steps.forEach((step) => { step.hidden = step.dataset.step !== "start"; });
  history.replaceState({ fsEstStep: "start" }, "", location.pathname + location.search);
  current = "start";
  refreshConditions();
}

init();

/* For tests and the benchmark: the same engine the page uses, and timings. */
window.firststopEstimator = {
  flow,
  engine,
  timing,
  get lastResult() { return lastResult; },
  estimate: (payload, on) => engine.estimate(payload, on || today()),
};
