/** Types for scripts-after-first-paint.js (plain CommonJS, so webpack.config.js can require it). */
export function withScriptsAfterFirstPaint(html: string): string;
