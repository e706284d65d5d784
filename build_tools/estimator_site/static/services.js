/*
 * Which kinds of local service to show under an estimate, so it leads somewhere: help at
 * home in their area, money advice, advocacy, brokerage, care homes of the right type,
 * support for carers. Returns need-category slugs from the directory's taxonomy, most
 * useful first; the page keeps only the categories the directory has and lists the
 * services in them that serve the person's area.
 */

/*
 * situation: from headline.situationOf (flow, status, setting, selfFunder, paysFull);
 * answers: the answers given (care_home_type, who_for …).
 */
export function categoriesFor(situation, answers = {}) {
  const out = [];
  const add = (...slugs) => slugs.forEach((slug) => { if (!out.includes(slug)) out.push(slug); });
  if (situation.flow === "carer") {
    add("carers-support", "money-and-benefits-advice", "befriending-and-loneliness", "advocacy");
    return out;
  }
  if (situation.setting === "care_home") {
    add(answers.care_home_type === "nursing" ? "nursing-homes" : "care-homes");
    add("money-and-benefits-advice", "advocacy");
  } else if (situation.status === "likely_not_eligible") {
    add("equipment-and-adaptations", "telecare", "help-at-home", "befriending-and-loneliness", "money-and-benefits-advice");
  } else {
    add("help-at-home");
    if (situation.selfFunder || situation.paysFull) add("brokerage-and-support-planning", "money-and-benefits-advice");
    else add("money-and-benefits-advice", "brokerage-and-support-planning");
    add("advocacy");
  }
  if (answers.who_for === "someone_else") add("carers-support");
  return out;
}

/*
 * Services to list: for each category in order, up to `perCategory` services that are in
 * it and serve `area` (services with no areas serve everywhere), each listed once.
 * services: [{id, categories: [slug], areas: [slug]}].
 */
export function pickServices(services, categories, area, perCategory = 3) {
  const shown = new Set();
  return categories.map((slug) => {
    const found = services.filter((service) => service.categories.includes(slug)
      && (!service.areas.length || !area || service.areas.includes(area))
      && !shown.has(service.id)).slice(0, perCategory);
    found.forEach((service) => shown.add(service.id));
    return { category: slug, services: found };
  }).filter((group) => group.services.length > 0);
}
