/* Money for the journey modules: integer pence in, plain text out, rounding said out loud. */

/* "1234.56" or "-12.5" or 1234 (pounds) from the engine's JSON -> integer pence. */
export function penceOf(value) {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`not an amount: ${value}`);
    return Math.round(value * 100);
  }
  const text = String(value).trim();
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new TypeError(`not an amount: ${JSON.stringify(value)}`);
  const pence = Number(match[2]) * 100 + Number((match[3] || "0").padEnd(2, "0"));
  return match[1] ? -pence : pence;
}

function group(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/* Round pence to a multiple of `step` pence, halves away from zero. */
export function roundTo(pence, step) {
  const sign = pence < 0 ? -1 : 1;
  const size = Math.abs(pence);
  return sign * Math.floor((size + step / 2) / step) * step;
}

/* £1,234.56 (pence shown only when there are any). */
export function pounds(pence) {
  const sign = pence < 0 ? "-" : "";
  const size = Math.abs(pence);
  const whole = Math.floor(size / 100);
  const rest = size % 100;
  return `${sign}£${group(String(whole))}${rest ? `.${String(rest).padStart(2, "0")}` : ""}`;
}

/* £1,235: to the nearest pound, halves up. */
export function wholePounds(pence) {
  return pounds(roundTo(pence, 100));
}
