import assert from "node:assert/strict";
import { test } from "node:test";

import { categoriesFor, pickServices } from "./services.js";

test("a self-funder at home is pointed to help at home, brokerage and money advice", () => {
  const slugs = categoriesFor({ flow: "person", status: "likely_eligible", setting: "home", selfFunder: true });
  assert.deepEqual(slugs.slice(0, 3), ["help-at-home", "brokerage-and-support-planning", "money-and-benefits-advice"]);
  assert.ok(slugs.includes("advocacy"));
});

test("a care home search matches the type of home", () => {
  const situation = { flow: "person", status: "likely_eligible", setting: "care_home" };
  assert.equal(categoriesFor(situation, { care_home_type: "nursing" })[0], "nursing-homes");
  assert.equal(categoriesFor(situation, { care_home_type: "residential" })[0], "care-homes");
});

test("someone answering for another person also gets carers' support", () => {
  const slugs = categoriesFor({ flow: "person", status: "cannot_tell", setting: "home" }, { who_for: "someone_else" });
  assert.equal(slugs[slugs.length - 1], "carers-support");
  assert.equal(new Set(slugs).size, slugs.length, "no category twice");
});

test("carers and people unlikely to be eligible get the help that fits them", () => {
  assert.equal(categoriesFor({ flow: "carer", status: "likely_eligible" })[0], "carers-support");
  const low = categoriesFor({ flow: "person", status: "likely_not_eligible", setting: "home" });
  assert.equal(low[0], "equipment-and-adaptations");
});

test("services are picked by category and area, each once, a few per category", () => {
  const services = [
    { id: 1, categories: ["help-at-home"], areas: ["northmoor"] },
    { id: 2, categories: ["help-at-home", "money-and-benefits-advice"], areas: [] },
    { id: 3, categories: ["help-at-home"], areas: ["wyvernton"] },
    { id: 4, categories: ["money-and-benefits-advice"], areas: ["northmoor"] },
    { id: 5, categories: ["help-at-home"], areas: ["northmoor"] },
  ];
  const picked = pickServices(services, ["help-at-home", "money-and-benefits-advice", "advocacy"], "northmoor", 2);
  assert.deepEqual(picked.map((g) => [g.category, g.services.map((s) => s.id)]), [
    ["help-at-home", [1, 2]],
    ["money-and-benefits-advice", [4]],
  ]);
});
