/** Types for manifest-for-host.js (plain CommonJS, so webpack.config.js can require it). */
export function parseAddinUrl(raw: string): string | Error;
export function manifestVersion(packageVersion: string): string;
export function manifestForHost(xml: string, options: { base: string; version: string }): string;
export const DEV_ORIGIN: string;
export const PRODUCTION_ID: string;
