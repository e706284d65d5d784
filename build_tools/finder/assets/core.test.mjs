// Unit tests of the finder's pure core (node --test): tokenising, filtering, counts,
// URL state, ranking, the result view, and the copied contact / prescription text.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  contactText, decode, emptyState, formatDate, isOpenAt, nextStep, normalise, pageSize,
  parseAge, parseState, placeText, prescriptionText, resultView, safeWebsite, search,
  serialiseState, telHref,
} from "./core.js";

const FIELDS = ["name", "url", "organisation", "summary", "categories", "areas", "extra_districts",
  "min_age", "max_age", "client_groups", "cost_bits", "cost_text", "delivery_bits",
  "route_bits", "schedule", "phone", "website", "email", "closed"];
const WEEKDAYS = [9 * 60, 17 * 60];

/** A row in the index's positional form, from named fields. */
function row(fields) {
  const defaults = {
    organisation: "", summary: "", categories: [], areas: [], extra_districts: [], min_age: null,
    max_age: null, client_groups: [], cost_bits: 0, cost_text: "Ask about costs", delivery_bits: 0,
    route_bits: 1, schedule: 0, phone: "", website: "", email: "", closed: [],
  };
  const merged = { ...defaults, ...fields };
  return FIELDS.map((name) => merged[name]);
}

function fixture() {
  return decode({
    v: 1,
    fields: FIELDS,
    council: { name: "Testshire Council", phone: "01632 960000", hours: "" },
    categories: [["dementia", "Dementia"], ["meals", "Meals"]],
    areas: [["north", "North", ["TS1", "TS2"]], ["south", "South", ["TS3"]]],
    districts: ["TS1", "TS2", "TS3"],
    groups: [["everyone", "Everyone"], ["carers", "Carers"], ["older-people", "Older people"]],
    routes: [["self-referral", "You can contact them yourself"],
      ["professional-referral", "A professional must refer you"],
      ["via-council", "Arranged by the council"]],
    delivery: [["at-home", "In your home"], ["venue", "At a venue"]],
    costs: [["free", "Free"], ["charged", "Charged"]],
    days: [["mon", "Monday"], ["tue", "Tuesday"], ["wed", "Wednesday"], ["thu", "Thursday"],
      ["fri", "Friday"], ["sat", "Saturday"], ["sun", "Sunday"]],
    page_size: { public: 20, "contact-centre": 50 },
    schedules: [
      [[WEEKDAYS, WEEKDAYS, WEEKDAYS, WEEKDAYS, WEEKDAYS, [], []], ["Mon-Fri 09:00-17:00"]],
      [0, []],
    ],
    hidden: 0,
    services: [
      row({ name: "Memory café", url: "services/memory-cafe/", organisation: "Café Trust",
        summary: "A friendly café for people with dementia.", categories: [0], areas: [0],
        client_groups: [2], cost_bits: 1, cost_text: "Free", phone: "01632 960123",
        delivery_bits: 2, min_age: 50 }),
      row({ name: "Meals on wheels", url: "services/meals/", summary: "Hot meals at home.",
        categories: [1], areas: [0, 1], client_groups: [0], cost_bits: 2, cost_text: "£5 a meal",
        website: "https://meals.example.org/", delivery_bits: 1, route_bits: 4 }),
      row({ name: "Carers' café", url: "services/carers-cafe/", organisation: "Carers' café",
        summary: "Time out for carers, including those caring for someone with dementia.",
        categories: [0], extra_districts: [2], client_groups: [1], cost_bits: 1,
        cost_text: "Free", email: "hello@example.org", schedule: 1, route_bits: 2,
        closed: [["2026-12-24", "2026-12-26"]] }),
    ],
  });
}

const state = (values) => ({ ...emptyState(), ...values });
const names = (results) => results.map((s) => s.name);
const MONDAY_NOON = new Date(2026, 10, 23, 12, 0);

test("normalise lowercases, drops accents and punctuation", () => {
  assert.equal(normalise("  Memory CAFÉ, (Wyvernton)! "), "memory cafe wyvernton");
  assert.equal(normalise("£5 a meal"), "£5 a meal");
  assert.equal(normalise(null), "");
});

test("every word of the query must match; order does not matter", () => {
  const data = fixture();
  assert.deepEqual(names(search(data, state({ q: "café dementia" }), MONDAY_NOON).results),
    ["Memory café", "Carers' café"]);
  assert.deepEqual(names(search(data, state({ q: "dementia cafe" }), MONDAY_NOON).results),
    ["Memory café", "Carers' café"]);
  assert.deepEqual(names(search(data, state({ q: "dementia hot" }), MONDAY_NOON).results), []);
});

test("ranking: names starting with the first word, then names holding every word", () => {
  const data = fixture();
  assert.deepEqual(names(search(data, state({ q: "cafe" }), MONDAY_NOON).results),
    ["Memory café", "Carers' café"]); // both names hold it: id order
  assert.deepEqual(names(search(data, state({ q: "carers cafe" }), MONDAY_NOON).results),
    ["Carers' café"]);
  assert.equal(names(search(data, state({ q: "memory" }), MONDAY_NOON).results)[0], "Memory café");
});

test("a name match comes before a match in the summary only", () => {
  const data = fixture();
  const results = names(search(data, state({ q: "dementia" }), MONDAY_NOON).results);
  assert.deepEqual(results, ["Memory café", "Carers' café"]);
  const cafe = names(search(data, state({ q: "carers" }), MONDAY_NOON).results);
  assert.equal(cafe[0], "Carers' café");
});

test("a longer query refines the last one's matches and a shorter one starts again", () => {
  const data = fixture();
  assert.equal(search(data, state({ q: "caf" }), MONDAY_NOON).results.length, 2);
  assert.equal(search(data, state({ q: "cafe tim" }), MONDAY_NOON).results.length, 1);
  assert.equal(search(data, state({ q: "caf" }), MONDAY_NOON).results.length, 2);
  assert.equal(search(data, state({ q: "m" }), MONDAY_NOON).results.length, 2, "words starting with m");
});

test("category, cost and delivery filters", () => {
  const data = fixture();
  assert.deepEqual(names(search(data, state({ category: "meals" })).results), ["Meals on wheels"]);
  assert.deepEqual(names(search(data, state({ cost: ["free"] })).results),
    ["Memory café", "Carers' café"]);
  assert.deepEqual(names(search(data, state({ cost: ["free", "charged"] })).results).length, 3);
  assert.deepEqual(names(search(data, state({ delivery: ["venue"] })).results), ["Memory café"]);
  assert.deepEqual(names(search(data, state({ category: "nonsense" })).results).length, 3);
});

test("area: a locality, a postcode district in it, or a venue's extra district", () => {
  const data = fixture();
  assert.deepEqual(names(search(data, state({ area: "south" })).results), ["Meals on wheels"]);
  assert.deepEqual(names(search(data, state({ area: "ts1" })).results),
    ["Memory café", "Meals on wheels"]);
  assert.deepEqual(names(search(data, state({ area: "TS3" })).results),
    ["Meals on wheels", "Carers' café"]);
  assert.deepEqual(search(data, state({ area: "XX9" })).results, []);
});

test("who it is for: a service for everyone matches every group", () => {
  const data = fixture();
  assert.deepEqual(names(search(data, state({ for: "carers" })).results),
    ["Meals on wheels", "Carers' café"]);
});

test("age keeps services whose range holds it; bad text is an error, not a filter", () => {
  const data = fixture();
  assert.equal(search(data, state({ age: "40" })).results.length, 2);
  assert.equal(search(data, state({ age: "67" })).results.length, 3);
  const bad = search(data, state({ age: "sixty" }));
  assert.equal(bad.ageError, true);
  assert.equal(bad.results.length, 3);
  assert.equal(parseAge(""), null);
  assert.ok(Number.isNaN(parseAge("6 7")));
});

test("open now follows weekly hours and dated closures; open on a weekday", () => {
  const data = fixture();
  const [cafe, , carers] = data.services;
  assert.equal(isOpenAt(cafe, MONDAY_NOON), true);
  assert.equal(isOpenAt(cafe, new Date(2026, 10, 22, 12, 0)), false); // Sunday
  assert.equal(isOpenAt(cafe, new Date(2026, 10, 23, 17, 0)), false); // closing time
  assert.equal(isOpenAt(carers, MONDAY_NOON), false); // no hours given
  assert.deepEqual(names(search(data, state({ open: "now" }), MONDAY_NOON).results),
    ["Memory café", "Meals on wheels"]);
  assert.deepEqual(names(search(data, state({ open: "sat" })).results), []);
  assert.deepEqual(names(search(data, state({ open: "fri" })).results),
    ["Memory café", "Meals on wheels"]);
});

test("a dated closure beats the weekly hours", () => {
  const data = fixture();
  const cafe = data.services[0];
  cafe.closed = [["2026-11-23", "2026-11-23"]];
  assert.equal(isOpenAt(cafe, MONDAY_NOON), false);
  assert.equal(isOpenAt(cafe, new Date(2026, 10, 24, 12, 0)), true);
});

test("each option counts the services left if it were chosen, other filters kept", () => {
  const data = fixture();
  const { counts } = search(data, state({ category: "dementia" }), MONDAY_NOON);
  assert.deepEqual(counts.category, [2, 1]); // the category facet ignores its own choice
  assert.deepEqual(counts.cost, [2, 0]);
  assert.equal(counts.any.category, 3);
  assert.equal(counts.any.cost, 2);
  assert.deepEqual(counts.open.slice(0, 7), [1, 1, 1, 1, 1, 0, 0]);
  assert.equal(counts.open[7], 1); // open now
});

test("counts with nothing chosen: areas count their districts too", () => {
  const data = fixture();
  const { counts } = search(data, emptyState(), MONDAY_NOON);
  assert.deepEqual(counts.area, [2, 1]);
  assert.deepEqual(counts.district, [2, 2, 2]);
  assert.deepEqual(counts.for, [1, 2, 2]);
});

test("URL state round-trips in a stable order and ignores empty values", () => {
  const s = parseState("?cost=free,charged&q=+meals+&open=now&unknown=1&area=");
  assert.deepEqual(s.cost, ["free", "charged"]);
  assert.equal(s.q, "meals");
  assert.equal(s.area, "");
  assert.equal(serialiseState(s), "?q=meals&cost=free&cost=charged&open=now");
  assert.equal(serialiseState(emptyState()), "");
  assert.deepEqual(parseState(serialiseState(s)), s);
});

test("the index carries the page sizes; unknown views get 20", () => {
  const data = fixture();
  assert.equal(pageSize(data, "public"), 20);
  assert.equal(pageSize(data, "contact-centre"), 50);
  assert.equal(pageSize(data, "other"), 20);
});

test("the weekdays come from the index", () => {
  const data = fixture();
  assert.deepEqual(data.days, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
});

test("place text: all areas, named areas and districts, or not given", () => {
  const data = fixture();
  assert.equal(placeText(data, data.services[0]), "North");
  assert.equal(placeText(data, data.services[1]), "All areas");
  assert.equal(placeText(data, data.services[2]), "TS3");
});

test("next step: contact details for self-referral, else the referral route", () => {
  const data = fixture();
  assert.deepEqual(nextStep(data, data.services[0]),
    { text: "Phone", label: "01632 960123", href: "tel:+441632960123" });
  assert.equal(nextStep(data, data.services[1]).text,
    "Arranged by the council after a needs assessment. Phone Testshire Council");
  assert.deepEqual(nextStep(data, data.services[2]),
    { text: "Ask a GP, nurse or other professional to refer you", label: "", href: "" });
});

test("links: only http(s) websites; tel: keeps digits and +", () => {
  assert.equal(safeWebsite("javascript:alert(1)"), "");
  assert.equal(safeWebsite("https://example.org/a b"), "");
  assert.equal(safeWebsite("http://example.org/"), "http://example.org/");
  assert.equal(telHref("01632 960 123"), "tel:+441632960123");
  assert.equal(telHref("020 7946 0000"), "tel:+442079460000");
  assert.equal(telHref("999"), "tel:999");
  assert.equal(telHref("+44 20 7946 0000"), "tel:+442079460000");
  assert.equal(telHref("none"), "");
});

test("the result view fills every slot of the result template", () => {
  const data = fixture();
  const view = resultView(data, data.services[0], "../");
  assert.deepEqual(view, {
    id: "0", name: "Memory café", href: "../services/memory-cafe/",
    summary: "A friendly café for people with dementia.", place: "North", cost: "Free",
    step_text: "Phone ", step_label: "01632 960123", step_href: "tel:+441632960123",
    org: "Café Trust", phone: "01632 960123", phone_href: "tel:+441632960123", email: "",
    email_href: "", website: "", hours: "Mon-Fri 09:00-17:00", checked: "", stale: "", distance: "",
  });
  const carers = resultView(data, data.services[2], "../../");
  assert.equal(carers.org, ""); // same as the name: not repeated
  assert.equal(carers.step_text, "Ask a GP, nurse or other professional to refer you");
  assert.equal(carers.step_label, "");
  assert.equal(carers.hours, "Hours not given");
  assert.equal(carers.email_href, "mailto:hello@example.org");
});

test("the copied contact block", () => {
  const data = fixture();
  const text = contactText(data, data.services[0], "https://site.example.org/");
  assert.deepEqual(text.split("\n"), [
    "Memory café",
    "Run by: Café Trust",
    "Phone: 01632 960123",
    "Opening hours: Mon-Fri 09:00-17:00",
    "Cost: Free",
    "How to get it: You can contact them yourself",
    "Area: North",
    "More details: https://site.example.org/services/memory-cafe/",
  ]);
  const meals = contactText(data, data.services[1], "");
  assert.ok(meals.includes("Website: https://meals.example.org/"));
  assert.ok(!meals.includes("More details"));
});

test("the information prescription: date, sender, note and numbered services", () => {
  const data = fixture();
  const text = prescriptionText(data, [data.services[0], data.services[1]], "2026-11-23",
    "  Ring on Tuesday. ", "https://site.example.org/");
  const lines = text.split("\n");
  assert.equal(lines[0], "Information prescription");
  assert.equal(lines[1], "Date: 23 November 2026");
  assert.equal(lines[2], "From: Testshire Council, phone 01632 960000");
  assert.ok(text.includes("Note:\nRing on Tuesday.\n"));
  assert.ok(text.includes("1. Memory café\n   Run by: Café Trust"));
  assert.ok(text.includes("2. Meals on wheels\n"));
  assert.equal(lines.at(-1), "Please check details with the service before you travel.");
  const empty = prescriptionText(data, [], "", "", "");
  assert.ok(empty.includes("No services chosen yet."));
  assert.ok(!empty.includes("Note:"));
});

test("formatDate: GOV.UK style, other text as it is", () => {
  assert.equal(formatDate("2026-01-05"), "5 January 2026");
  assert.equal(formatDate("soon"), "soon");
  assert.equal(formatDate(""), "");
});
