/*
 * Check your answers as GOV.UK summary cards, and the progress cue on each question page.
 *
 * Steps belong to sections (the page's data-section, set at build time from the
 * questionnaire): "About you", "Daily activities", "Money" … Ordinary steps in the same
 * section share one card; each daily-activity step is a card of its own, titled with the
 * activity, so "How much help do you need?" is never ten look-alike rows. Pure: the DOM
 * code reads the shown steps and answers into the shapes below and clones templates.
 */

/*
 * steps: [{name, title, section, sectionTitle, activity: bool, rows: [{id, key, lines}]}]
 * in page order (shown steps only). Returns cards:
 * [{title, section, activity, change: first step name, rows: [{id, key, lines, step}]}].
 */
export function summaryCards(steps) {
  const cards = [];
  steps.forEach((step) => {
    if (!step.rows || step.rows.length === 0) return;
    const rows = step.rows.map((row) => ({ ...row, step: step.name }));
    const last = cards[cards.length - 1];
    if (!step.activity && last && !last.activity && last.section === step.section) {
      last.rows.push(...rows);
      return;
    }
    cards.push({
      title: step.activity ? step.title : step.sectionTitle || step.title,
      section: step.section,
      activity: Boolean(step.activity),
      change: step.name,
      rows,
    });
  });
  return cards;
}

/*
 * The progress cue for a step: {index, count, title} of its section among the sections
 * of the shown steps (1-based), or null on steps outside any section (start, check).
 * steps: [{name, section, sectionTitle}] shown, in order.
 */
export function progressCue(steps, current) {
  const sections = [];
  steps.forEach((step) => {
    if (step.section && !sections.some((s) => s.section === step.section)) {
      sections.push({ section: step.section, title: step.sectionTitle || step.section });
    }
  });
  const step = steps.find((s) => s.name === current);
  if (!step || !step.section) return null;
  const index = sections.findIndex((s) => s.section === step.section);
  return { index: index + 1, count: sections.length, title: sections[index].title };
}
