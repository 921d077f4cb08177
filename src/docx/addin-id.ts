/**
 * The add-in's Ids: how Word names its settings in a file. The organization's build uses the production Id
 * (scripts/webpack/manifest-for-host.js), a developer's sideload the dev manifest's (manifest.xml); settings
 * saved by either are the add-in's. test/cli/document-settings.test.ts keeps these equal to the manifests'.
 */
export const ADDIN_ID = '123200e4-a6c6-4171-99a2-ad97a7265830';
export const DEV_ADDIN_ID = '3fb4d2f2-437a-4831-bc05-6c39bf4ba262';
export const ADDIN_IDS: readonly string[] = [ADDIN_ID, DEV_ADDIN_ID];
export const ADDIN_VERSION = '0.1.0.0';
