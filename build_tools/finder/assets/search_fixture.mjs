// A small finder index for the unit tests of the pure finder modules (not shipped).

export const INDEX = {
  categories: [["day-opportunities", "Day opportunities"], ["dementia", "Dementia"],
    ["help-at-home", "Help at home"], ["carers-support", "Carers' support"]],
  areas: [["wyvernton", "Wyvernton", ["WY1", "WY2"]], ["northmoor", "Northmoor", ["WY5", "WY6"]],
    ["eastbridge", "Eastbridge", ["WY8"]], ["saltmarsh", "Saltmarsh", ["WY11"]]],
  districts: ["WY1", "WY2", "WY5", "WY6", "WY8", "WY11"],
  centres: [[52.4012, -1.9035], [52.4185, -1.8790], [52.5521, -1.9870], [52.5908, -1.9254],
    [52.4234, -1.7012], 0],
  synonyms: [
    ["dementia", "alzheimer's", "alzheimers", "memory loss"],
    ["lunch", "luncheon", "dinner"],
    ["meals", "meals on wheels", "meal delivery"],
  ],
  delivery: [["at-home", "In your home"], ["venue", "At a venue"], ["phone", "By phone"],
    ["online", "Online"]],
  access: [["step-free", "Step-free access"], ["accessible-toilet", "Accessible toilet"],
    ["hearing-loop", "Hearing loop"]],
  access_texts: [["Step-free entrance", "Hearing loop in hall"], ["Steps at the entrance"]],
  venues: [
    ["1 Market Place, Eastbridge, WY8 1AB", 52.4240, -1.7000, 4, 0b101, 0],
    ["Moor Hall, Northmoor, WY6 2CD", 52.5900, -1.9250, 3, 0b000, 1],
    ["Chapel Row, Northmoor, WY5 3EF", null, null, 2, 0b001, 0],
    ["County Hall, Wyvernton, WY1 1AA", 52.4012, -1.9035, 0, 0b111, 0],
  ],
  languages: ["English", "Polish", "British Sign Language"],
};

const ALL = [0, 1, 2, 3];
const AT_HOME = 1;
const VENUE = 2;
const PHONE = 4;
const ONLINE = 8;
const NONE = [[], [], [], [], [], [], []];
const on = (day, start, end) => NONE.map((periods, d) => (d === day ? [start, end] : periods));
const WEEKDAYS = NONE.map((_, d) => (d < 5 ? [540, 1020] : []));

/** Decoded services (the fields the pure modules read). */
export function services() {
  const rows = [
    ["Eastbridge lunch club", "Eastbridge Friends", "A hot two-course lunch and company every Wednesday.", [0], [2], [], VENUE, [0], [0], on(2, 720, 840), "2026-03-14"],
    ["Memory café", "Northmoor Memory Group", "Songs and tea for people living with dementia.", [1], [1], [], VENUE, [2], [0], on(1, 600, 720), "2025-10-01"],
    ["Northmoor dementia lunch club", "Age Well", "Lunch and activities on Thursdays.", [0, 1], [1], [], VENUE, [1], [0, 1], on(3, 720, 840), "2026-09-30"],
    ["Meals delivered", "Wyvern Meals", "Hot meals delivered to your door, seven days a week.", [2], ALL, [], AT_HOME, [], [0], NONE.map(() => [660, 780]), "2026-01-02"],
    ["Alzheimer's adviser", "Wyvernshire Advice", "Help after a diagnosis.", [1], ALL, [], PHONE | VENUE, [3], [0, 2], WEEKDAYS, "2026-05-05"],
    ["Family carers group", "Carers Centre", "Support for families, including carers of someone with dementia.", [3], [3], [3], VENUE | ONLINE, [], [], 0, "2026-06-06"],
    ["Heart health walks", "Saltmarsh Walkers", "Gentle walks by the sea.", [0], [3], [], VENUE, [], [], 0, ""],
    ["Shopping help", "Good Neighbours", "Help with shopping and errands.", [2], [0], [], AT_HOME, [], [0], WEEKDAYS, "2026-07-07"],
  ];
  return rows.map(([name, organisation, summary, categories, areas, extraDistricts, deliveryBits,
    venues, languages, hours, checked], id) => ({
    id, name, organisation, summary, categories, areas, extraDistricts, deliveryBits, venues,
    languages, hours, checked, closed: [],
  }));
}
