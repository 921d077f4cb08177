/** Types for unused-variables.js (plain CommonJS, so webpack.config.js can require it). */
export function withoutUnusedVariables(
  trimmed: readonly string[],
  others: readonly string[],
  attributes: readonly string[],
): string[];
