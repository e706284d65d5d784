// ESLint flat config: the site's browser modules and their node --test unit tests.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    ignores: ["node_modules/**", "site/**", "site.partial/**", ".venv/**", "**/vendor/**",
      "content/assets/javascripts/md-base.js"],
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
      // New in ESLint 10's recommended set; warn until the estimator's modules follow it.
      "preserve-caught-error": "warn",
    },
  },
  {
    // .mjs files are Node scripts and node --test unit tests; .js files run in the browser.
    files: ["**/*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
];
