/* DOM side of the words-in-templates pattern: read the page's messages, and build markup by
 * cloning build-time <template>s and setting text only through textContent. */

/* {key: text} from <template data-messages><p data-message="key">text</p>…</template>. */
export function readMessages(root) {
  const messages = {};
  const holder = root.querySelector("template[data-messages]");
  if (!holder) return messages;
  holder.content.querySelectorAll("[data-message]").forEach((node) => {
    messages[node.dataset.message] = node.textContent.trim();
  });
  return messages;
}

/* Clone one <template>, fill [data-field]s (text) and [data-list]s (one <li> an item). */
export function fill(template, { fields = {}, lists = {} } = {}) {
  const fragment = template.content.cloneNode(true);
  fragment.querySelectorAll("[data-field]").forEach((node) => {
    const name = node.dataset.field;
    if (name in fields) node.textContent = fields[name];
  });
  fragment.querySelectorAll("[data-list]").forEach((node) => {
    (lists[node.dataset.list] || []).forEach((text) => {
      const item = document.createElement("li");
      item.textContent = text;
      node.append(item);
    });
  });
  return fragment;
}

/* parts: [{part, fields, lists}] as results.js plans them; templates are looked up in `scope`
 * by data-part. A part with no template is skipped (a council may remove one). */
export function renderParts(container, scope, parts) {
  const fragments = parts
    .map((item) => {
      const template = scope.querySelector(`template[data-part="${item.part}"]`);
      return template ? fill(template, item) : null;
    })
    .filter(Boolean);
  container.replaceChildren(...fragments);
}
