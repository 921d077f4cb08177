/** A small Word test double: `installFakeOffice(globalThis, options)` then use the add-in as in Word. */
export {
  installFakeOffice,
  uninstallFakeOffice,
  BUILT_IN_STYLE_NAMES,
  ENGLISH_STYLES,
  type BlockInit,
  type ControlInit,
  type FakeControlSnapshot,
  type FakeDocumentSnapshot,
  type FakeParagraphSnapshot,
  type FakeRunRecord,
  type FakeScenario,
  type FakeSelectionSnapshot,
  type FakeTableSnapshot,
  type FakeWordHandle,
  type FakeWordOptions,
  type SelectionInit,
} from './install';
export { FakeOfficeError, type StyleEntry } from './model';
export type { FakePlatform, KnownBug } from './proxies';
