/*
 * The estimator's question pages: one step shown at a time in a single static document,
 * with history entries per step (so Back works), GOV.UK error messages, check your
 * answers with Change links, and results from the Python engine in a Web Worker.
 * Every word shown comes from the page (templates rendered at build time).
 */
import { allAnswers, applyAnswers, conditionHolds, payloadAnswers, questionGroups, readAnswer, walk } from "./answers.js";
import { startEngine } from "./engine-client.js";
import { clearErrors, showErrors } from "./errors.js";
import { message } from "./messages.js";
import { fill, readMessages, renderParts } from "./render.js";
import { errorParts, resultParts } from "./results.js";
import { journeyParts, loadDirectory, showServices } from "./journey.js";
import { browserStorages, createKeeper, guardLeaving } from "./keep.js";
import { ShareError, decodeShare, encodeShare, isShareFragment, schemaFromQuestions } from "./share.js";
import { longDate, readPeriods, sharedDates } from "./shared_date.js";
import { download, parseSaved, today } from "./storage.js";
import { renderSummaryCards, summaryCardNodes } from "./summary.js";
import { progressCue } from "./cards.js";
import { problemFor, rulesOf } from "./validate.js";
import { applyOtherWords, applyWho, messagesFor, sectionTitle } from "./who.js";
import { whoFrom } from "./wording.js";

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
/* Set while the results come from a shared link: {madeOn, estimateOn, rules, changedOn}. */
let shared = null;
const timing = { continueAt: null, askedAt: null, answeredAt: null, resultsAt: null };

root.classList.add("fs-est--js");

function announce(text) {
  status.textContent = "";
  window.setTimeout(() => { status.textContent = text; }, 50);
}

/* The engine (about 20 MB) is fetched only once the person starts, never on the start page. */
let engine = null;
let engineStarted = false;
function ensureEngine() {
  if (engineStarted) return engine;
  engineStarted = true;
  engine = startEngine({
    indexURL: new URL(root.dataset.pyodide, document.baseURI).href,
    wheelURL: new URL(root.dataset.wheel, document.baseURI).href,
    snapshotURL: root.dataset.snapshot ? new URL(root.dataset.snapshot, document.baseURI).href : null,
  });
  loadDirectory(root);  // local services for the results, fetched while the person answers
  if (!engine) {
    root.querySelector("[data-no-engine]").hidden = false;
  } else {
    engine.ready.catch(() => { root.querySelector("[data-no-engine]").hidden = false; });
  }
  return engine;
}

/* Answers are kept in this tab after every answer; on this device only if the person asks. */
const keeper = createKeeper({ flow, ...browserStorages(window), today });
const rememberBoxes = () => Array.from(root.querySelectorAll("[data-remember]"));

function keep() {
  const answers = allAnswers(form);
  if (Object.keys(answers).length) keeper.save(answers, current);
}

function who() {
  return whoFrom(allAnswers(form));
}

guardLeaving(window, () => ({ step: current, answers: allAnswers(form) }));

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

/* A history entry's state: the step, and on a shared estimate's results what it is, so a
 * reload shows it the same way. */
function stateFor(step) {
  return step === "results" && shared ? { fsEstStep: step, fsEstShared: shared } : { fsEstStep: step };
}

/* A shared estimate's state kept in history, checked again (it is the page's own). */
function sharedFromState(state) {
  const saved = state && state.fsEstShared;
  if (!saved || typeof saved !== "object") return null;
  const back = sharedDates(saved.madeOn || null, today(), readPeriods(root.dataset.rulePeriods));
  if (back.rules === "then" && saved.estimateOn !== saved.madeOn) back.estimateOn = today();
  return back;
}

function show(name, { push = true } = {}) {
  const step = stepByName.get(name) || stepByName.get("start");
  current = step.dataset.step;
  steps.forEach((item) => { item.hidden = item !== step; });
  clearErrors(step);
  refreshConditions();
  applyWho(form, who());
  showProgress(step);
  if (current === "check") {
    renderSummaryCards(step.querySelector("[data-summary-cards]"), form, walk(form), messages,
      (s) => sectionTitle(s, who()));
    prepareEstimate();
  }
  document.title = current === "start" ? baseTitle : `${step.dataset.title} - ${baseTitle}`;
  if (push) history.pushState(stateFor(current), "");
  const heading = step.querySelector(".fs-heading");
  if (heading) heading.focus();
  window.scrollTo(0, 0);
  keep();
}

/* "Section 2 of 4: Daily activities" above a question page's heading. */
function showProgress(step) {
  const cue = step.querySelector("[data-progress]");
  if (!cue) return;
  const walked = walk(form);
  const shown = walked.steps.map((name) => {
    const item = stepByName.get(name);
    return { name, section: item.dataset.section, sectionTitle: sectionTitle(item, who()) };
  });
  const place = progressCue(shown, step.dataset.step);
  cue.textContent = place ? msg("progress", place) : "";
}

function stepProblems(step) {
  const walked = refreshConditions();
  return questionGroups(step)
    .filter((group) => walked.groupsShown.has(group))
    .map((group) => {
      const rules = rulesOf(group);
      rules.messages = messagesFor(rules.messages, who());
      return { group, message: problemFor(rules, readAnswer(group), messages) };
    })
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

/*
 * The answers are complete on Check your answers, so the estimate is worked out there, in
 * the worker, while the person reads them; "Get my estimate" then only shows it (the
 * first estimate in a fresh engine is the slowest). Changed answers or another date ask
 * again.
 */
let prepared = null;
function estimateDate() {
  return shared ? shared.estimateOn : today();
}

function estimateFor(payload, on) {
  const key = JSON.stringify([payload, on]);
  if (!prepared || prepared.key !== key) {
    prepared = { key, json: engine.ready.then(() => engine.estimate(payload, on)) };
    prepared.json.catch(() => {});
  }
  return prepared.json;
}

function prepareEstimate() {
  if (!engine) return;
  estimateFor({ flow, answers: payloadAnswers(walk(form).shown) }, estimateDate());
}

async function showResults({ again = false } = {}) {
  timing.continueAt = performance.now();
  if (!again) show("results");
  const step = stepByName.get("results");
  const body = step.querySelector("[data-results-body]");
  const waiting = step.querySelector("[data-results-waiting]");
  const failed = step.querySelector("[data-results-error]");
  body.replaceChildren();
  failed.hidden = true;
  ensureEngine();
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
  timing.askedAt = performance.now();
  const json = await estimateFor(payload, estimateDate());
  timing.answeredAt = performance.now();
  const result = JSON.parse(json);
  lastResult = { payload, json };
  waiting.hidden = true;
  if (result.errors) {
    renderParts(failed, step, errorParts(result.errors));
    failed.hidden = false;
  } else {
    renderResults(body, step, result);
  }
  timing.resultsAt = performance.now();
  if (again) {
    const box = body.querySelector("[data-shared-box]");
    if (box) box.focus();
    announce(msg(shared && shared.estimateOn !== today() ? "shared-then" : "shared-today"));
  } else {
    announce(msg(result.errors ? "failed" : "ready"));
  }
}

/* The box that says the results come from a shared link, when it was made and which
 * day's rates the figures use, with a button to see the other day's. */
function sharedBox(step) {
  const template = (name) => step.querySelector(`template[data-part="${name}"]`);
  const madeOn = shared.madeOn ? longDate(shared.madeOn) : "";
  const holder = template(madeOn ? "shared" : "shared-undated");
  if (!holder) return document.createDocumentFragment();  // a council may remove the box
  const fragment = fill(holder, { fields: { made_on: madeOn } });
  const box = fragment.querySelector("[data-shared-box]") || fragment;
  let rules = null;
  if (shared.rules === "then") rules = shared.estimateOn === shared.madeOn ? "shared-then" : "shared-today";
  if (shared.rules === "gone") rules = "shared-gone";
  if (rules && template(rules)) {
    box.append(fill(template(rules), {
      fields: { made_on: madeOn, changed_on: shared.changedOn ? longDate(shared.changedOn) : "" },
    }));
  }
  return fragment;
}

/* The journey's parts around the engine's figures, then local services and the print view. */
function renderResults(body, step, result) {
  const answers = allAnswers(form);
  let journey;
  try {
    journey = journeyParts(step, root, result, answers, who());
  } catch (error) {
    // A result the journey cannot read still shows the engine's own figures.
    journey = { lead: [], follow: [], plan: null };
  }
  // The headline first, then the engine's figures, then the journey's (how long savings
  // last, care-home phases, benefits), then next steps and how it was worked out.
  const parts = resultParts(result);
  let split = parts.findIndex((item) => ["next-steps", "explanation", "notice"].includes(item.part));
  if (split < 0) split = parts.length;
  const later = document.createElement("div");
  renderParts(body, step, parts.slice(0, split));
  renderParts(later, step, parts.slice(split));
  if (journey.budgetFigure) {
    const heading = body.querySelector("[data-budget-heading]");
    if (heading) heading.after(journey.budgetFigure);
    else journey.lead.push(journey.budgetFigure);
  }
  body.prepend(...journey.lead);
  if (shared) body.prepend(sharedBox(step));
  body.append(...journey.follow, ...later.childNodes);
  applyOtherWords(body, who());
  showServices(body, step, root, journey.plan, answers);
  // The answers given: on paper always, and on screen too for a shared estimate (an
  // adviser on the phone goes through them with the caller).
  const answersBox = step.querySelector("[data-print-answers]");
  if (answersBox) answersBox.classList.toggle("fs-est-print-only", !shared);
  if (shared) {
    preparePrint(step);
  } else {
    window.setTimeout(() => preparePrint(step), 0);  // after the results are shown
  }
}

/* On paper the results page also lists the answers, grouped as on Check your answers (the
 * theme heads every printed page with the council, the page address and the date). */
function preparePrint(step) {
  const cards = step.querySelector("[data-print-cards]");
  if (!cards) return;
  cards.replaceChildren(...summaryCardNodes(form, walk(form), messages, (s) => sectionTitle(s, who())));
  cards.querySelectorAll("[data-change]").forEach((link) => link.closest("dd").remove());
}

function onContinue() {
  const step = stepByName.get(current);
  if (current === "start") {
    ensureEngine();
    return show(next());
  }
  if (current === "check") {
    shared = null;  // answers checked here are the person's own, estimated for today
    return showResults();
  }
  const problems = stepProblems(step);
  if (problems.length) {
    showErrors(step, problems, msg("error"));
    document.title = `${msg("error")} ${step.dataset.title} - ${baseTitle}`;
    return undefined;
  }
  keep();
  if (returnToCheck) return show(firstIncompleteStep() || "check");
  return show(next());
}

function restart() {
  form.reset();
  keeper.clear();
  returnToCheck = false;
  lastResult = null;
  shared = null;
  stepByName.get("results").querySelector("[data-results-body]").replaceChildren();
  root.querySelector("[data-remembered]").hidden = true;
  show("start");
  announce(msg("cleared"));
}

function resume(answers) {
  applyAnswers(form, answers);
  ensureEngine();
  returnToCheck = true;
  show(firstIncompleteStep() || "check");
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  onContinue();
});

/* Typing counts as answering: keep it at once, so a reload or a discarded tab loses nothing. */
form.addEventListener("input", (event) => {
  if (event.target.matches("input[type=text], input:not([type])")) keep();
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
    rememberBoxes().forEach((box) => { box.checked = input.checked; });
    keeper.setRemember(input.checked, allAnswers(form), current);
    announce(msg(input.checked ? "remembering" : "not-remembering"));
    return;
  }
  refreshConditions();
  if (input.name === "who_for") applyWho(form, who());
  keep();
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
  } else if ((action === "shared-today" || action === "shared-then") && shared) {
    shared.estimateOn = action === "shared-then" ? shared.madeOn : today();
    history.replaceState(stateFor("results"), "");
    showResults({ again: true });
  } else if (action === "share") {
    makeShareLink();
  } else if (action === "copy-share") {
    copyShareLink();
  } else if (action === "forget") {
    keeper.forgetDevice();
    rememberBoxes().forEach((box) => { box.checked = false; });
    root.querySelector("[data-remembered]").hidden = true;
    announce(msg("forgotten"));
  } else if (action === "resume-remembered") {
    const saved = keeper.restore();
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

/* A share link pasted into the address bar of this page already open changes only the
 * fragment (no new page load): open it all the same. */
window.addEventListener("hashchange", () => {
  if (isShareFragment(location.hash)) openShared();
});

window.addEventListener("popstate", (event) => {
  const name = event.state && event.state.fsEstStep;
  if (name) show(name, { push: false });
});

/* The questions the page asks, for checking a shared link's answers. */
function shareSchema() {
  return schemaFromQuestions(flow, questionGroups(form).map((group) => ({
    id: group.dataset.question,
    type: group.dataset.type,
    values: Array.from(group.querySelectorAll("input")).map((input) => input.value),
  })));
}

async function makeShareLink() {
  const box = root.querySelector("[data-share-result]");
  const error = root.querySelector("[data-share-error]");
  error.hidden = true;
  try {
    const on = lastResult ? JSON.parse(lastResult.json).date : null;
    const fragment = await encodeShare(flow, allAnswers(form), on);
    const input = root.querySelector("[data-share-link]");
    input.value = `${location.origin}${location.pathname}#${fragment}`;
    box.hidden = false;
    input.focus();
    input.select();
    announce(msg("share-made"));
  } catch (problem) {
    error.textContent = problem instanceof ShareError ? problem.message : String(problem);
    error.hidden = false;
  }
}

async function copyShareLink() {
  const input = root.querySelector("[data-share-link]");
  input.focus();
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    announce(msg("share-copied"));
  } catch (error) {
    // Copying needs permission; the link stays selected for the person to copy.
  }
}

/* Open a shared link: check its answers, then show the estimate. */
async function openShared() {
  const hash = location.hash;
  history.replaceState({ fsEstStep: "start" }, "", location.pathname + location.search);
  try {
    const opened = await decodeShare(hash, shareSchema());
    applyAnswers(form, opened.answers);
    ensureEngine();
    returnToCheck = true;
    const missing = firstIncompleteStep();
    if (missing) return show(missing);
    shared = sharedDates(opened.on, today(), readPeriods(root.dataset.rulePeriods));
    announce(msg("share-opened"));
    return showResults();
  } catch (problem) {
    const error = root.querySelector("[data-share-open-error]");
    error.textContent = `${msg("error")} ${problem.message}`;
    error.hidden = false;
    return undefined;
  }
}

/*
 * On load: a shared link opens its answers; answers kept in this tab come back at the
 * step reached (a reload loses nothing); answers remembered on the device are offered.
 */
function init() {
  const before = history.state;
  steps.forEach((step) => { step.hidden = step.dataset.step !== "start"; });
  current = "start";
  if (keeper.remembered()) rememberBoxes().forEach((box) => { box.checked = true; });
  if (isShareFragment(location.hash)) {
    openShared();
    return;
  }
  history.replaceState({ fsEstStep: "start" }, "", location.pathname + location.search);
  const kept = keeper.restore();
  if (kept && kept.from === "tab" && Object.keys(kept.answers).length) {
    applyAnswers(form, kept.answers);
    const step = kept.step && stepByName.has(kept.step) ? kept.step : "check";
    if (step !== "start") ensureEngine();  // they had pressed Start in this tab already
    if (step === "results") {
      shared = sharedFromState(before);
      showResults();
    } else if (step !== "start") {
      show(step, { push: false });
      history.replaceState({ fsEstStep: step }, "", location.pathname + location.search);
    }
    announce(msg("restored"));
    return;
  }
  if (kept && kept.from === "device" && Object.keys(kept.answers).length) {
    const banner = root.querySelector("[data-remembered]");
    banner.querySelector("[data-remembered-when]").textContent = msg("saved-on", { date: kept.saved });
    banner.hidden = false;
  }
  refreshConditions();
}

init();

/* For tests and the benchmark: the same engine the page uses, and timings. */
window.firststopEstimator = {
  flow,
  get engine() { return engine; },
  start: () => ensureEngine(),
  timing,
  get lastResult() { return lastResult; },
  estimate: (payload, on) => ensureEngine().estimate(payload, on || today()),
};
