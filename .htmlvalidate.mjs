// html-validate's configuration for the built site (tests/site/html-validity.test.ts runs it over dist/).
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Anchors follow the sources' numbering ("#row-2.7", "#para-1.2"): dots are valid in HTML ids,
    // so check ids against the HTML standard rather than the stricter letters-digits-dashes style.
    'valid-id': ['error', { relaxed: true }],
    // A search-engine heuristic, not a validity or accessibility rule: page titles name the exact
    // standard or plan and end with the site name, which WCAG 2.4.2 asks for.
    'long-title': 'off',
  },
};
