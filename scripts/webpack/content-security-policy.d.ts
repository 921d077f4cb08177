/** Types for content-security-policy.js (plain CommonJS, so webpack.config.js can require it). */
export function withContentSecurityPolicy(html: string): string;
export function directives(hashes: { scriptHashes: string[]; styleHashes: string[] }): string[];
