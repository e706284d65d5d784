// A small finder index for the unit tests of the pure finder modules (not shipped).

export const INDEX = {
  categories: [["day-opportunities", "Day opportunities"], ["dementia", "Dementia"],
    ["help-at-home", "Help at home"], ["carers-support", "Carers' support"]],
  areas: [["wyvernton", "Wyvernton", ["WY1", "WY2"]], ["northmoor", "Northmoor", ["WY5", "WY6"]],
    ["eastbridge", "Eastbridge", ["WY8"]], ["saltmarsh", "Saltmarsh", ["WY11"]]],
  districts: ["WY1", "WY2", "WY5", "WY6", "WY8", "WY11"],
  synonyms: [
    ["dementia", "alzheimer's", "alzheimers", "memory loss"],
    ["lunch", "luncheon", "dinner"],
    ["meals", "meals on wheels", "meal delivery"],
  ],
};

const ALL = [0, 1, 2, 3];

/** Decoded services (the fields the pure modules read). */
export function services() {
  const rows = [
    ["Eastbridge lunch club", "Eastbridge Friends", "A hot two-course lunch and company every Wednesday.", [0], [2], []],
    ["Memory café", "Northmoor Memory Group", "Songs and tea for people living with dementia.", [1], [1], []],
    ["Northmoor dementia lunch club", "Age Well", "Lunch and activities on Thursdays.", [0, 1], [1], []],
    ["Meals delivered", "Wyvern Meals", "Hot meals delivered to your door, seven days a week.", [2], ALL, []],
    ["Alzheimer's adviser", "Wyvernshire Advice", "Help after a diagnosis.", [1], ALL, []],
    ["Family carers group", "Carers Centre", "Support for families, including carers of someone with dementia.", [3], [3], [3]],
    ["Heart health walks", "Saltmarsh Walkers", "Gentle walks by the sea.", [0], [3], []],
    ["Shopping help", "Good Neighbours", "Help with shopping and errands.", [2], [0], []],
  ];
  return rows.map(([name, organisation, summary, categories, areas, extraDistricts], id) => ({
    id, name, organisation, summary, categories, areas, extraDistricts,
  }));
}
