import assert from "node:assert/strict";
import { test } from "node:test";

import { decodeVenues } from "./near.js";
import { longDate, printModel } from "./prescription_print.js";
import { INDEX, services } from "./search_fixture.mjs";

const index = { ...INDEX, council: { name: "Wyvernshire Council", phone: "01632 960000", hours: "Mon-Fri 9am to 5pm" } };

function chosen() {
  const list = services();
  list[0].phone = "01632 960123";
  list[0].costText = "£4.50 a meal";
  list[0].url = "services/eastbridge-lunch-club/";
  list[4].website = "javascript:alert(1)";
  return [list[0], list[4], list[5]];
}

test("dates in words", () => {
  assert.equal(longDate("2026-11-26"), "26 November 2026");
  assert.equal(longDate("2026-03-01"), "1 March 2026");
  assert.equal(longDate("26/11/2026"), "");
});

test("the printout has the council's heading, the date and the note", () => {
  const model = printModel(index, decodeVenues(index), chosen(), { dateIso: "2026-11-26", note: "  Ring on Tuesday " });
  assert.equal(model.council, "Wyvernshire Council");
  assert.equal(model.councilPhone, "01632 960000");
  assert.equal(model.date, "26 November 2026");
  assert.equal(model.note, "Ring on Tuesday");
  assert.equal(model.items.length, 3);
});

test("each service with its venues' addresses and accessibility, hours in words and cost", () => {
  const [lunch, adviser, carers] = printModel(index, decodeVenues(index), chosen(),
    { dateIso: "2026-11-26", siteRoot: "https://example.org/site/" }).items;
  assert.deepEqual(lunch.venues, [{ address: "1 Market Place, Eastbridge, WY8 1AB",
    access: ["Step-free entrance", "Hearing loop in hall"] }]);
  assert.deepEqual(lunch.hours, ["Wednesdays, 12 noon to 2pm"]);
  assert.equal(lunch.cost, "£4.50 a meal");
  assert.equal(lunch.phone, "01632 960123");
  assert.equal(lunch.organisation, "Eastbridge Friends");
  assert.equal(lunch.url, "https://example.org/site/services/eastbridge-lunch-club/");
  assert.deepEqual(adviser.hours, ["Mondays to Fridays, 9am to 5pm"]);
  assert.equal(adviser.website, "", "only http(s) links");
  assert.deepEqual(carers.venues, []);
  assert.deepEqual(carers.hours, ["Opening hours not given: please ask the service."]);
});
