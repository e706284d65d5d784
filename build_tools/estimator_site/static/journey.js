/*
 * DOM side of the results journey: the headline sentence, how long savings last with its
 * chart and table, the care-home phases, deferred payment, top-up, benefits that may be
 * missed, local services, and a carer's yearly figure. Decisions are made by the pure
 * modules (plan, headline, runway, chart, carers, services); words come from the page's
 * <template>s (journey_parts.html); text goes in through textContent only.
 */
import { carersAllowanceHint, hoursBand, yearlyFigure } from "./carers.js";
import { chartModel, chartRows, renderChart } from "./chart.js";
import { chooseHeadline, headlineValues } from "./headline.js";
import { format } from "./messages.js";
import { penceOf, pounds, wholePounds } from "./money.js";
import { journeyPlan } from "./plan.js";
import { fill } from "./render.js";
import { drawdownParts, durationWords, monthYear } from "./runway.js";
import { categoriesFor, pickServices } from "./services.js";
import { today } from "./storage.js";

function words(scope, selector) {
  const out = {};
  const holder = scope.querySelector(selector);
  if (!holder) return out;
  holder.content.querySelectorAll("[data-word]").forEach((node) => {
    out[node.dataset.word] = node.textContent.trim();
  });
  return out;
}

function part(scope, name, fields = {}) {
  const template = scope.querySelector(`template[data-part="${name}"]`);
  return template ? fill(template, { fields }) : null;
}

function safely(build) {
  try {
    return build();
  } catch (error) {
    return [];
  }
}

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/* The limits for the result's parameter year (from the page), or null. */
export function limitsFor(root, result) {
  const all = JSON.parse(root.dataset.limits || "{}");
  const year = all[result.parameter_set];
  return year ? {
    upper: year.upper, lower: year.lower, contactBefore: year.contact_before,
    carersAllowanceHours: year.carers_allowance_hours,
  } : null;
}

function headlinePart(scope, plan, who) {
  const key = chooseHeadline(plan.situation);
  const form = who === "other" ? "other" : "you";
  const node = part(scope, `headline-${key}-${form}`, headlineValues(plan.situation))
    || part(scope, `headline-${key}-you`, headlineValues(plan.situation));
  return node;
}

function chartPart(scope, plan, limits) {
  const node = part(scope, "chart");
  if (!node) return null;
  const w = words(scope, "template[data-chart-words]");
  const { path, weeks } = plan.followed;
  const model = chartModel({ path, weeks, upper: limits.upper, lower: limits.lower, start: plan.start });
  const labels = {
    title: w.title,
    description: format(w.description, {
      start: wholePounds(path[0]), upper: pounds(limits.upper), lower: pounds(limits.lower),
      until: plan.runway && plan.runway.untilMonth ? plan.runway.untilMonth : "",
    }),
    upper: w.upper, lower: w.lower, help: w.help,
  };
  node.querySelector("[data-chart]").append(renderChart(document, model, labels));
  const body = node.querySelector("[data-rows]");
  // In a care home the home counts after the first weeks: that row says so.
  const changes = plan.careHome && plan.savings && plan.savings.phases.length > 1 ? [plan.careHome.weeks] : [];
  chartRows({ path, weeks, start: plan.start, changes }).forEach((row) => {
    const tr = document.createElement("tr");
    const when = document.createElement("td");
    // "Now" only when the estimate is for today (a shared link may show an earlier day's).
    const first = plan.start === today() ? "now" : "start";
    const key = { now: first, help: "help-row", change: "home-counts" }[row.kind] || "year";
    when.textContent = format(w[key] || "{month}", { month: row.month });
    const amount = document.createElement("td");
    amount.className = "fs-est-table__number";
    amount.textContent = row.amount;
    tr.append(when, amount);
    body.append(tr);
  });
  return node;
}

function runwayParts(scope, result, plan, limits) {
  if (!plan.followed) return [];
  const parts = [];
  if (plan.runway && plan.runway.weeks !== null) {
    parts.push(part(scope, "runway", {
      "duration-cap": capitalised(plan.runway.words),
      until_month: plan.runway.untilMonth,
      upper: pounds(limits.upper),
      contact_month: monthYear(plan.runway.contactDate),
    }));
  } else {
    parts.push(part(scope, "runway-never"));
  }
  const charging = result.charging;
  if (charging.setting !== "care_home") {
    const d = drawdownParts(charging);
    parts.push(part(scope, "drawdown", {
      cost: pounds(d.cost), income: pounds(d.income), keep: pounds(d.keep), from_savings: pounds(d.fromSavings),
    }));
  }
  parts.push(chartPart(scope, plan, limits));
  return parts;
}

function careHomeParts(scope, result) {
  const charging = result.charging || {};
  const phases = Array.isArray(charging.phases) ? charging.phases : [];
  const parts = [];
  if (phases.length > 1) {
    const [first, after] = [phases[0], phases[phases.length - 1]];
    parts.push(part(scope, "care-home-phases", {
      weeks: String(first.weeks),
      first_contribution: pounds(penceOf(first.weekly_contribution)),
      first_council: pounds(penceOf(first.council_pays)),
      first_top_up: pounds(penceOf(first.top_up)),
      after_contribution: pounds(penceOf(after.weekly_contribution)),
      after_council: pounds(penceOf(after.council_pays)),
      after_top_up: pounds(penceOf(after.top_up)),
    }));
  }
  if (charging.top_up && charging.top_up.text) parts.push(part(scope, "top-up", { text: charging.top_up.text }));
  const deferred = charging.deferred_payment;
  if (deferred && deferred.eligible) {
    parts.push(part(scope, "deferred-payment", {
      text: deferred.text,
      from_income: `${pounds(penceOf(deferred.weekly_from_income))} a week`,
      deferred: `${pounds(penceOf(deferred.weekly_deferred))} a week`,
      allowance: `${pounds(penceOf(deferred.disposable_income_allowance))} a week`,
      equity_limit: pounds(penceOf(deferred.equity_limit)),
      equity_duration: Number.isInteger(deferred.weeks_until_equity_limit)
        ? durationWords(deferred.weeks_until_equity_limit) : "",
      interest: deferred.interest_rate_max_percent,
    }));
  } else if (deferred && deferred.text) {
    parts.push(part(scope, "deferred-payment-no", { text: deferred.text }));
  }
  return parts;
}

function benefitParts(scope, result) {
  const found = Array.isArray(result.benefits_check) ? result.benefits_check : [];
  if (!found.length) return [];
  const w = words(scope, "template[data-words-benefits]");
  const parts = [part(scope, "benefits")];
  found.forEach((item) => {
    const rates = (item.weekly_rates || []).map((rate) => pounds(penceOf(rate)));
    const rateText = rates.length > 1 ? format(w["rate-range"], { low: rates[0], high: rates[rates.length - 1] })
      : rates.length ? format(w["rate-one"], { rate: rates[0] }) : "";
    const better = item.if_claimed ? penceOf(item.if_claimed.better_off_weekly) : 0;
    parts.push(part(scope, "benefit", {
      name: item.name,
      rates: rateText,
      why: item.why,
      how_to_claim: item.how_to_claim,
      if_claimed: better > 0 ? format(w["if-claimed"], { better: pounds(better) }) : "",
    }));
  });
  return parts;
}

/* A carer who cares 35 hours a week or more (or may do), does not get Carer's Allowance,
 * and has not been told about it by the engine's benefits check: a hint to check it. */
function carersAllowanceParts(scope, result, answers, limits) {
  if (result.flow !== "carer" || answers.carers_allowance === "yes") return [];
  const listed = (result.benefits_check || []).some((item) => item.id === "carers_allowance");
  const band = hoursBand(answers.caring_hours);
  if (listed || !band || !limits.carersAllowanceHours) return [];
  const hint = carersAllowanceHint(band, limits.carersAllowanceHours);
  return hint === "no" ? [] : [part(scope, "carers-allowance", { hours: String(limits.carersAllowanceHours) })];
}

/* The parts that lead the results (headline) and those that follow the engine's figures. */
export function journeyParts(scope, root, result, answers, who) {
  const limits = limitsFor(root, result);
  const yearly = result.flow === "carer" && result.budget && result.budget.applies
    ? yearlyFigure(penceOf(result.budget.weekly.central)) : null;
  if (!limits) return { lead: [], follow: [] };
  const plan = journeyPlan(result, { upper: limits.upper, lower: limits.lower },
    { contactBefore: limits.contactBefore, yearly });
  const lead = [headlinePart(scope, plan, who)];
  // A carer's yearly figure goes under the budget heading (flow.js puts it there).
  const budgetFigure = yearly !== null ? part(scope, "carer-yearly", { yearly: pounds(yearly) }) : null;
  // Each group on its own: a figure missing from an older or newer engine result leaves
  // that group out, never the headline or the rest.
  const follow = [
    ...safely(() => runwayParts(scope, result, plan, limits)),
    ...safely(() => careHomeParts(scope, result)),
    ...safely(() => benefitParts(scope, result)),
    ...safely(() => carersAllowanceParts(scope, result, answers, limits)),
  ];
  return { lead: lead.filter(Boolean), follow: follow.filter(Boolean), plan, budgetFigure };
}

let directory = null;

/*
 * The finder's services index, fetched once: started with the engine when the person
 * presses Start (so the results page itself makes no request), decoded by the finder's
 * own core module. Resolves to [{id, name, url, categories, areas}] or [] if missing.
 */
export function loadDirectory(root) {
  const url = root.dataset.services;
  if (!url) return Promise.resolve([]);
  if (!directory) {
    directory = (async () => {
      const core = await import(new URL("../finder/core.js", import.meta.url).href);
      const response = await fetch(new URL(url, document.baseURI));
      if (!response.ok) return [];
      const data = core.decode(await response.json());
      return data.services.map((s) => ({
        id: s.id,
        name: s.name,
        url: s.url,
        categories: s.categories.map((i) => data.index.categories[i][0]),
        areas: s.areas.map((i) => data.index.areas[i][0]),
      }));
    })().catch(() => []);
  }
  return directory;
}

/* Local services under the results: those in the categories that fit the result and in
 * the person's area. Quietly shows nothing if the directory is missing. */
export async function showServices(container, scope, root, plan, answers) {
  if (!plan) return;
  const services = await loadDirectory(root);
  const picked = pickServices(services, categoriesFor(plan.situation, answers), answers.locality || null, 2);
  if (!picked.length) return;
  const node = part(scope, "services");
  if (!node) return;
  const list = node.querySelector("[data-services]");
  const siteRoot = new URL(root.dataset.siteRoot || "../", document.baseURI);
  picked.forEach((group) => group.services.forEach((service) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = new URL(service.url, siteRoot).href;
    link.textContent = service.name;
    item.append(link);
    list.append(item);
  }));
  container.append(node);
}
