// ESLint flat config: the site's browser modules and their node --test unit tests.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    ignores: ["node_modules/**", "site/**", "site.partial/**", ".venv/**", "**/vendor/**"],
  },
  js.configs.recommended,
  {
    files: ["build_tools/**/*.js", "build_tools/**/*.mjs", "content/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser },
    },
    rules: {
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none" }],
      eqeqeq: ["error", "smart"],
      "no-var": "error",
      "prefer-const": "error",
    },
  },
  {
    // The theme's classic scripts (md-base.js replaces Material's inline bootstrap).
    files: ["overrides/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: { ...globals.browser } },
  },
  {
    // .mjs files are Node scripts and node --test unit tests; .js files run in the browser.
    files: ["**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
];
