/* The results page, built from the engine's JSON with text nodes only (never innerHTML). */

export function pounds(text) {
  const [whole, pence] = String(text).split(".");
  const negative = whole.startsWith("-");
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}£${grouped}${pence && pence !== "00" ? `.${pence}` : ""}`;
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function list(items, ordered) {
  const node = el(ordered ? "ol" : "ul", "fs-est-list");
  items.forEach((item) => node.append(el("li", null, item)));
  return node;
}

const STATUS = {
  person: {
    likely_eligible: "You are likely to be eligible for care and support from the council",
    likely_not_eligible: "You are unlikely to be eligible for care and support from the council",
    cannot_tell: "We cannot tell from your answers whether you are eligible",
  },
  carer: {
    likely_eligible: "You are likely to be eligible for support as a carer",
    likely_not_eligible: "You are unlikely to be eligible for support as a carer",
    cannot_tell: "We cannot tell from your answers whether you are eligible",
  },
};

function eligibility(result, flow) {
  const status = result.eligibility.status;
  const panel = el("div", `fs-est-panel fs-est-panel--${status.replace(/_/g, "-")}`);
  panel.append(el("h2", "fs-est-panel__title", STATUS[flow][status] || status));
  panel.dataset.status = status;
  const parts = [panel];
  if (result.eligibility.reasons && result.eligibility.reasons.length) {
    parts.push(el("h2", null, "Why"), list(result.eligibility.reasons));
  }
  return parts;
}

function budget(result, flow) {
  const b = result.budget;
  const title = flow === "carer" ? "Your indicative carer's budget" : "Your indicative personal budget";
  const parts = [el("h2", null, title)];
  if (b.applies) {
    const range = el("p", "fs-est-figure");
    range.dataset.figure = "budget";
    range.textContent = `${pounds(b.weekly.low)} to ${pounds(b.weekly.high)} a week`;
    parts.push(range);
    let central = `Our central estimate is ${pounds(b.weekly.central)} a week`;
    if (b.annual) central += ` (about ${pounds(b.annual.central)} a year)`;
    parts.push(el("p", null, `${central}.`));
  }
  if (b.message) parts.push(el("p", null, b.message));
  return parts;
}

function charging(result) {
  const c = result.charging;
  if (!c.applies) return [];
  const parts = [el("h2", null, "What you might pay")];
  const pay = el("p", "fs-est-figure");
  pay.dataset.figure = "contribution";
  pay.textContent = c.pays_full_cost
    ? `You would probably pay the full cost: about ${pounds(c.weekly_contribution)} a week`
    : `About ${pounds(c.weekly_contribution)} a week`;
  parts.push(pay);
  parts.push(el("h2", null, "What the council might pay"));
  const council = el("p", "fs-est-figure", `About ${pounds(result.council_pays_weekly)} a week`);
  council.dataset.figure = "council";
  parts.push(council);
  if (c.always_free && c.always_free.length) {
    parts.push(el("p", null, "Some help is always free:"), list(c.always_free));
  }
  return parts;
}

function selfFunder(result) {
  const s = result.self_funder;
  if (!s || !s.is_self_funder) return [];
  const parts = [el("h2", null, "If you pay for your own care")];
  if (s.weeks_until_upper_limit !== null && s.weeks_until_upper_limit !== undefined) {
    const weeks = el("p", "fs-est-figure",
      `Your savings might last about ${s.weeks_until_upper_limit} weeks before the council could help pay`);
    weeks.dataset.figure = "weeks";
    parts.push(weeks);
  }
  if (s.message) parts.push(el("p", null, s.message));
  return parts;
}

function nextSteps(result) {
  if (!result.next_steps || !result.next_steps.length) return [];
  return [el("h2", null, "What you could do now"), list(result.next_steps.map((step) => step.text))];
}

function explanation(result) {
  if (!result.explanation || !result.explanation.length) return [];
  const details = el("details", "fs-est-details");
  details.append(el("summary", "fs-est-details__summary", "How we worked this out"));
  details.append(list(result.explanation.map((step) => step.text), true));
  return [details];
}

export function renderResult(container, result, flow) {
  const notice = el("div", "fs-est-inset", result.notice);
  container.replaceChildren(
    ...eligibility(result, flow),
    ...budget(result, flow),
    ...charging(result),
    ...selfFunder(result),
    ...nextSteps(result),
    ...explanation(result),
    notice,
  );
}

export function renderErrors(container, errors) {
  container.replaceChildren(
    el("h2", null, "We could not work out an estimate from these answers"),
    list(errors.map((error) => error.message)),
    el("p", null, "Use Change my answers to correct them."),
  );
}
