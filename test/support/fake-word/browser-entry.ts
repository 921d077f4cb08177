/**
 * Browser bundle entry (esbuild, format iife): installs the fake before the add-in loads.
 * The page sets `window.__fakeWordOptions` first (e.g. with Playwright's addInitScript); the
 * test then reads `window.__fakeWord.snapshot()` and may call `window.__fakeWord.setScenario(...)`.
 */
import { installFakeOffice, type FakeWordOptions } from './install';

const target = globalThis as typeof globalThis & { __fakeWordOptions?: FakeWordOptions };
installFakeOffice(target, target.__fakeWordOptions ?? {});
