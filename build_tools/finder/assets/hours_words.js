// firststop finder: opening hours in words for print ("Wednesdays, 12 noon to 2pm").
// Pure functions over weekly hours: seven lists of [start, end, …] minutes (Monday
// first), or 0 when no hours are given.

export const WORDS = {
  days: ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"],
  everyDay: "Every day",
  to: "to",
  and: "and",
  noon: "12 noon",
  midnight: "midnight",
  allDay: "24 hours",
};

/** 540 → "9am", 570 → "9:30am", 720 → "12 noon", 0 or 1440 → "midnight". */
export function timeWords(minute, words = WORDS) {
  if (minute === 720) return words.noon;
  if (minute % 1440 === 0) return words.midnight;
  const hours = Math.floor(minute / 60) % 24;
  const mins = minute % 60;
  const suffix = hours < 12 ? "am" : "pm";
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}${mins ? `:${String(mins).padStart(2, "0")}` : ""}${suffix}`;
}

function list(items, words) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${words.and} ${items[items.length - 1]}`;
}

/** "12 noon to 2pm", "9am to 12 noon and 1pm to 5pm", "24 hours". */
export function periodsWords(periods, words = WORDS) {
  const parts = [];
  for (let i = 0; i + 1 < periods.length; i += 2) {
    const [start, end] = [periods[i], periods[i + 1]];
    parts.push(start === 0 && end === 1440 ? words.allDay
      : `${timeWords(start, words)} ${words.to} ${timeWords(end, words)}`);
  }
  return list(parts, words);
}

/** Days 0-6 as words: [0,1,2,3,4] → "Mondays to Fridays", [1,3] → "Tuesdays and Thursdays". */
export function daysWords(days, words = WORDS) {
  if (days.length === 7) return words.everyDay;
  const runs = [];
  for (const d of days) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  const pieces = runs.flatMap((run) => (run.length >= 3
    ? [`${words.days[run[0]]} ${words.to} ${words.days[run[run.length - 1]]}`]
    : run.map((d) => words.days[d])));
  return list(pieces, words);
}

/** Weekly hours as lines: days with the same times together, in weekday order. */
export function hoursInWords(hours, words = WORDS) {
  if (!hours) return [];
  const groups = new Map();
  hours.forEach((periods, day) => {
    if (!periods || !periods.length) return;
    const key = periods.join(",");
    if (!groups.has(key)) groups.set(key, { periods, days: [] });
    groups.get(key).days.push(day);
  });
  return [...groups.values()].map(({ periods, days }) => `${daysWords(days, words)}, ${periodsWords(periods, words)}`);
}
