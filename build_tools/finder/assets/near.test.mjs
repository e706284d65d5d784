import assert from "node:assert/strict";
import { test } from "node:test";

import {
  decodeVenues, distanceText, locate, milesBetween, parsePostcode, placeService, remoteMask,
  servesDistrict, sortByDistance,
} from "./near.js";
import { INDEX, services } from "./search_fixture.mjs";

test("full postcodes and districts, with or without spaces and in any case", () => {
  assert.deepEqual(parsePostcode("wy6 3ab"), { district: "WY6", postcode: "WY6 3AB" });
  assert.deepEqual(parsePostcode(" WY63AB "), { district: "WY6", postcode: "WY6 3AB" });
  assert.deepEqual(parsePostcode("wy13 1aa"), { district: "WY13", postcode: "WY13 1AA" });
  assert.deepEqual(parsePostcode("WY13"), { district: "WY13", postcode: null });
  assert.deepEqual(parsePostcode("wy6"), { district: "WY6", postcode: null });
  assert.deepEqual(parsePostcode("SW1A 1AA"), { district: "SW1A", postcode: "SW1A 1AA" });
});

test("a postcode that is not one says so", () => {
  assert.deepEqual(parsePostcode(""), { error: "empty" });
  assert.deepEqual(parsePostcode("   "), { error: "empty" });
  assert.deepEqual(parsePostcode("Northmoor"), { error: "invalid" });
  assert.deepEqual(parsePostcode("WY6 3A"), { error: "invalid" });
  assert.deepEqual(parsePostcode("123"), { error: "invalid" });
});

test("a postcode is placed at its district's centre", () => {
  assert.deepEqual(locate(INDEX, parsePostcode("WY6 3AB")),
    { district: "WY6", districtIndex: 3, lat: 52.5908, lon: -1.9254 });
  assert.deepEqual(locate(INDEX, parsePostcode("WY99")), { error: "outside", district: "WY99" });
  assert.deepEqual(locate(INDEX, parsePostcode("WY11")), { error: "no-centre", district: "WY11" });
  assert.deepEqual(locate(INDEX, parsePostcode("x")), { error: "invalid" });
});

test("haversine distance in miles", () => {
  const london = { lat: 51.5074, lon: -0.1278 };
  const birmingham = { lat: 52.4862, lon: -1.8904 };
  assert.ok(Math.abs(milesBetween(london, birmingham) - 101.5) < 1);
  assert.equal(milesBetween(london, london), 0);
  const wy6 = locate(INDEX, parsePostcode("WY6"));
  const wy5 = locate(INDEX, parsePostcode("WY5"));
  assert.ok(Math.abs(milesBetween(wy6, wy5) - 3.72) < 0.05, String(milesBetween(wy6, wy5)));
});

test("distances in words", () => {
  assert.equal(distanceText(1.23), "1.2 miles");
  assert.equal(distanceText(1), "1 mile");
  assert.equal(distanceText(0.98), "1 mile");
  assert.equal(distanceText(0.01), "0.1 miles");
  assert.equal(distanceText(12.6), "13 miles");
});

test("venues fall back to their district's centre", () => {
  const venues = decodeVenues(INDEX);
  assert.equal(venues[2].lat, 52.5521);
  assert.equal(venues[2].approximate, true);
  assert.equal(venues[0].approximate, false);
  assert.deepEqual(venues[0].access, ["Step-free entrance", "Hearing loop in hall"]);
});

test("services reach people everywhere but at a venue", () => {
  assert.equal(remoteMask(INDEX), 0b1101);
  const list = services();
  assert.ok(servesDistrict(INDEX, list[5], 3), "WY6 named as an extra district");
  assert.ok(servesDistrict(INDEX, list[3], 3), "county-wide");
  assert.ok(!servesDistrict(INDEX, list[7], 3), "Wyvernton only");
});

test("a service from a point: miles to its nearest venue and whether it covers the area", () => {
  const venues = decodeVenues(INDEX);
  const point = locate(INDEX, parsePostcode("WY6 1AA"));
  const list = services();
  const lunch = placeService(INDEX, venues, list[2], point);
  assert.ok(lunch.miles < 0.1 && !lunch.covers);
  assert.deepEqual(placeService(INDEX, venues, list[3], point), { miles: null, covers: true });
  const adviser = placeService(INDEX, venues, list[4], point);
  assert.ok(adviser.miles > 12 && adviser.covers, "a venue in Wyvernton and a county-wide phone line");
  assert.deepEqual(placeService(INDEX, venues, list[7], point), { miles: null, covers: false });
});

test("sorted by distance: venues nearest first, then services covering the area, then the rest", () => {
  const venues = decodeVenues(INDEX);
  const point = locate(INDEX, parsePostcode("WY6"));
  const sorted = sortByDistance(INDEX, venues, services(), point);
  assert.deepEqual(sorted.map((p) => p.service.name), [
    "Northmoor dementia lunch club", "Memory café", "Alzheimer's adviser", "Eastbridge lunch club",
    "Meals delivered", "Family carers group", "Heart health walks", "Shopping help",
  ]);
  assert.deepEqual(sorted.map((p) => (p.miles === null ? null : distanceText(p.miles))),
    ["0.1 miles", "3.7 miles", "13 miles", "15 miles", null, null, null, null]);
  assert.deepEqual(sorted.slice(4).map((p) => p.covers), [true, true, false, false]);
});

test("from Eastbridge the order changes", () => {
  const venues = decodeVenues(INDEX);
  const sorted = sortByDistance(INDEX, venues, services(), locate(INDEX, parsePostcode("WY8 2ZZ")));
  assert.equal(sorted[0].service.name, "Eastbridge lunch club");
  assert.equal(distanceText(sorted[0].miles), "0.1 miles");
});
