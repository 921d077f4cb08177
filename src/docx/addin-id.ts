/** The add-in's Id in manifest.xml (test/manifest.test.ts keeps the two equal): how Word names its settings in a file. */
export const ADDIN_ID = '123200e4-a6c6-4171-99a2-ad97a7265830';
export const ADDIN_VERSION = '0.1.0.0';
