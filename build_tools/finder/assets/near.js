// firststop finder: "near me". Pure functions, no DOM, no outside geocoder: a postcode
// is placed at its district's centre (services_directory/areas.yaml → index.centres);
// venues carry their own latitude and longitude (index.venues).

/** Words for distances (the page may pass its own, from its template). */
export const NEAR_WORDS = { mile: "mile", miles: "miles", covers: "Covers your area", coversToo: "covers your area" };

const OUTWARD = "[A-Z]{1,2}[0-9][A-Z0-9]?";
const INWARD = "[0-9][A-Z]{2}";
const FULL = new RegExp(`^(${OUTWARD}) ?(${INWARD})$`);
const DISTRICT = new RegExp(`^(${OUTWARD})$`);
const EARTH_RADIUS_MILES = 3958.8;

/**
 * A full postcode ("wy6 3ab", "WY63AB") or just its district ("wy6") →
 * ``{district, postcode}`` (``postcode`` null for a district), or ``{error}`` with
 * ``"empty"`` or ``"invalid"``.
 */
export function parsePostcode(text) {
  const value = String(text ?? "").toUpperCase().replace(/[^A-Z0-9 ]/g, "").replace(/\s+/g, " ").trim();
  if (!value) return { error: "empty" };
  const full = FULL.exec(value) || FULL.exec(value.replace(/ /g, ""));
  if (full) return { district: full[1], postcode: `${full[1]} ${full[2]}` };
  const district = DISTRICT.exec(value.replace(/ /g, ""));
  if (district) return { district: district[1], postcode: null };
  return { error: "invalid" };
}

/**
 * Where a parsed postcode is: ``{district, districtIndex, lat, lon}``, or ``{error}`` —
 * ``"outside"`` (not a district of this council) or ``"no-centre"`` (no centre given).
 */
export function locate(index, parsed) {
  if (parsed.error) return parsed;
  const i = index.districts.indexOf(parsed.district);
  if (i < 0) return { error: "outside", district: parsed.district };
  const centre = (index.centres || [])[i];
  if (!centre) return { error: "no-centre", district: parsed.district };
  return { district: parsed.district, districtIndex: i, lat: centre[0], lon: centre[1] };
}

/** Great-circle distance in miles (haversine). */
export function milesBetween(a, b) {
  const rad = (d) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "0.4 miles", "1 mile", "1.2 miles", "12 miles" (whole miles from 10). */
export function distanceText(miles, words = NEAR_WORDS) {
  const shown = miles >= 10 ? Math.round(miles) : Math.max(0.1, Math.round(miles * 10) / 10);
  return `${shown} ${shown === 1 ? words.mile : words.miles}`;
}

/**
 * The index's venues as objects: ``{address, lat, lon, district, accessBits, access}``
 * (``lat``/``lon`` fall back to the district's centre, with ``approximate`` set).
 */
export function decodeVenues(index) {
  return (index.venues || []).map(([address, lat, lon, district, accessBits, accessText]) => {
    const venue = { address, lat, lon, district, accessBits, access: (index.access_texts || [])[accessText] || [], approximate: false };
    if ((lat == null || lon == null) && district >= 0 && index.centres && index.centres[district]) {
      [venue.lat, venue.lon] = index.centres[district];
      venue.approximate = true;
    }
    return venue;
  });
}

/** Delivery bits that mean the service reaches people where they are (every mode but "venue"). */
export function remoteMask(index) {
  let mask = 0;
  (index.delivery || []).forEach(([slug], i) => { if (slug !== "venue") mask |= 1 << i; });
  return mask;
}

/** Whether a service covers a district: it serves the district's locality or names the district. */
export function servesDistrict(index, service, districtIndex) {
  if (service.extraDistricts.includes(districtIndex)) return true;
  const district = index.districts[districtIndex];
  return index.areas.some(([, , ds], a) => ds.includes(district) && service.areas.includes(a));
}

/**
 * One service seen from a point: ``miles`` to its nearest venue (null without one) and
 * ``covers`` (delivered at home, by phone or online in the point's district).
 */
export function placeService(index, venues, service, point, remote = remoteMask(index)) {
  let miles = null;
  for (const v of service.venues || []) {
    const venue = venues[v];
    if (!venue || venue.lat == null) continue;
    const d = milesBetween(point, venue);
    if (miles === null || d < miles) miles = d;
  }
  const covers = (service.deliveryBits & remote) !== 0 && servesDistrict(index, service, point.districtIndex);
  return { miles, covers };
}

/**
 * Services nearest first: venues by distance, then services that cover the area
 * (at home, by phone, online), then the rest; ties keep their order. Returns
 * ``[{service, miles, covers}]``.
 */
export function sortByDistance(index, venues, services, point) {
  const remote = remoteMask(index);
  const placed = services.map((service, order) => ({ service, order, ...placeService(index, venues, service, point, remote) }));
  const group = (p) => (p.miles !== null ? 0 : p.covers ? 1 : 2);
  placed.sort((a, b) => group(a) - group(b) || (group(a) === 0 ? a.miles - b.miles : 0) || a.order - b.order);
  return placed.map(({ service, miles, covers }) => ({ service, miles, covers }));
}
