// stylelint-config-standard, tuned only where this codebase has a reason.
export default {
  extends: ['stylelint-config-standard'],
  rules: {
    // The stylesheets keep one short rule a line, grouped under a comment per component: blank lines
    // between every rule would double their length without making them clearer.
    'rule-empty-line-before': null,
    'comment-empty-line-before': null,
    'at-rule-empty-line-before': null,
    // Class names are kebab-case blocks with BEM-style __elements and --modifiers (`notice--inconsistency`), as GOV.UK Frontend's.
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$',
      {
        message: (selector) =>
          `Expected class selector "${selector}" to be kebab-case, with an optional __element and --modifier`,
      },
    ],
  },
};
