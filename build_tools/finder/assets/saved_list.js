// firststop contact centre: keep the information prescription in the tab's session
// storage, so it survives opening a service and coming back. Cleared by "Clear list"
// or by closing the tab (sessionStorage). Services are kept by page address, which
// stays the same from one build to the next (positions in the index do not).
// Pure apart from the storage object passed in (window.sessionStorage in the page).

export const STORAGE_KEY = "firststop:prescription";

/** The saved list: ``{urls, note, date}``; an empty one when nothing (valid) is saved. */
export function loadList(storage, key = STORAGE_KEY) {
  const empty = { urls: [], note: "", date: "" };
  let raw;
  try {
    raw = storage ? storage.getItem(key) : null;
  } catch {
    return empty; // storage switched off
  }
  if (!raw) return empty;
  try {
    const value = JSON.parse(raw);
    if (!value || typeof value !== "object") return empty;
    const urls = Array.isArray(value.urls) ? value.urls.filter((u) => typeof u === "string") : [];
    return {
      urls: [...new Set(urls)],
      note: typeof value.note === "string" ? value.note : "",
      date: typeof value.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.date) ? value.date : "",
    };
  } catch {
    return empty;
  }
}

/** Save the list; false when the storage refuses (switched off or full). */
export function saveList(storage, list, key = STORAGE_KEY) {
  try {
    if (!storage) return false;
    if (!list.urls.length && !list.note) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ urls: list.urls, note: list.note || "", date: list.date || "" }));
    return true;
  } catch {
    return false;
  }
}

/** Forget the list. */
export function clearList(storage, key = STORAGE_KEY) {
  try {
    if (storage) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** The services (decoded) for saved addresses, in the saved order; unknown ones left out. */
export function servicesFromUrls(services, urls) {
  const byUrl = new Map(services.map((s) => [s.url, s]));
  return urls.map((u) => byUrl.get(u)).filter(Boolean);
}
