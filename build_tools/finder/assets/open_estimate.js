/*
 * "Open an estimate a caller has shared" on the contact-centre view: what an adviser
 * pasted (a share link or just its code) → the estimator page to open, or what is wrong.
 *
 * Only this site's own estimator pages are ever opened: a link is accepted only if it is
 * http(s), on this site's origin and one of its estimator pages, and the address opened is
 * always built from the page's own list of estimator pages plus the code, never the pasted
 * text itself. Pure: no DOM, no navigation.
 */

/* The share code inside a link's fragment starts with this (share.js's PREFIX). */
export const CODE_PREFIX = "answers-v";

function samePage(a, b) {
  const path = (url) => url.pathname.replace(/index\.html$/, "").replace(/\/?$/, "/");
  return a.origin === b.origin && path(a) === path(b);
}

/*
 * Read what was pasted. pages: {flow: absolute URL of that estimator page}; origin: this
 * site's origin. Returns {code, flow} (flow is null for a bare code: the code names it) or
 * {error} with one of: "empty", "not-this-site", "no-answers".
 */
export function readPasted(text, { pages, origin }) {
  // Links wrapped over lines in an email come back with spaces or line breaks in them.
  const pasted = String(text || "").replace(/\s+/g, "").replace(/^<(.*)>$/, "$1");
  if (!pasted) return { error: "empty" };
  const bare = pasted.replace(/^#/, "");
  if (bare.startsWith(CODE_PREFIX)) return { code: bare, flow: null };
  let url;
  try {
    url = new URL(pasted);
  } catch (error) {
    return { error: "not-this-site" };
  }
  if (!["http:", "https:"].includes(url.protocol) || url.origin !== origin) return { error: "not-this-site" };
  const flow = Object.keys(pages).find((name) => samePage(url, new URL(pages[name])));
  if (!flow) return { error: "not-this-site" };
  const code = url.hash.replace(/^#/, "");
  if (!code.startsWith(CODE_PREFIX)) return { error: "no-answers" };
  return { code, flow };
}

/*
 * The address to open for a code whose own flow is codeFlow (read from inside the code):
 * this site's page for that flow with the code as its fragment, or {error: "unknown-flow"}.
 */
export function targetFor(code, codeFlow, pages) {
  if (typeof codeFlow !== "string" || !Object.prototype.hasOwnProperty.call(pages, codeFlow)) {
    return { error: "unknown-flow" };
  }
  const page = new URL(pages[codeFlow]);
  page.hash = code;
  return { url: page.href };
}
