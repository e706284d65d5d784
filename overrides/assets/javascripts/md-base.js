/*
 * Replaces Material for MkDocs' inline bootstrap script so every page can run under
 * a Content-Security-Policy of script-src 'self'.
 * Privacy: nothing is kept in the browser. __md_get always answers "nothing stored"
 * and __md_set does nothing, so Material never writes to localStorage or sessionStorage.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  window.__md_scope = new URL("../../", script ? script.src : location.href);
  window.__md_hash = function (value) {
    return Array.from(value).reduce(function (hash, char) {
      return (hash << 5) - hash + char.charCodeAt(0);
    }, 0);
  };
  window.__md_get = function () {
    return null;
  };
  window.__md_set = function () {};
})();

/*
 * Printing keeps the page's context: the date it was printed, its address (if the build
 * did not know the public one) and the full address after every link within the site.
 */
(function () {
  "use strict";
  var SKIP = /^(#|https?:|mailto:|tel:|javascript:)/i;
  window.addEventListener("beforeprint", function () {
    var date = document.querySelector("[data-fs-print-date]");
    if (date) {
      date.textContent = "Printed on " + new Date().toLocaleDateString("en-GB",
        { day: "numeric", month: "long", year: "numeric" });
    }
    var address = document.querySelector("[data-fs-print-address]");
    if (address && !address.textContent.trim()) {
      address.textContent = location.href.split("#")[0];
    }
    document.querySelectorAll(".md-content article a[href]").forEach(function (link) {
      if (!SKIP.test(link.getAttribute("href"))) {
        link.setAttribute("data-fs-print-href", link.href);
      }
    });
  });
})();
