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
