/**
 * The DocumentPort for Word, over Office.js. The only code that touches Word; each user action
 * is one Word.run with at most two context.sync() calls.
 */
import type { DocumentPort } from './port';
import { getDocumentSetting, setDocumentSetting } from './document-settings';
import { changeBlocks, listBlocks, removeBlock, replaceBlock, selectBlock } from './blocks';
import { insertPlan } from './insert';
import { readDocument } from './read-document';

/** Word.BuiltInStyleName values this host knows (empty on hosts without the enum). */
function knownBuiltInStyles(): ReadonlySet<string> {
  const names = (globalThis as { Word?: { BuiltInStyleName?: Record<string, string> } }).Word?.BuiltInStyleName;
  return new Set(names ? Object.values(names) : []);
}

export function createWordPort(): DocumentPort {
  let known: ReadonlySet<string> | undefined;
  return {
    kind: 'word',
    readDocument,
    insert: (plan, mode) => insertPlan(plan, mode, (known ??= knownBuiltInStyles())),
    getDocumentSetting,
    setDocumentSetting,
    listBlocks,
    selectBlock,
    replaceBlock: (id, section, opts) => replaceBlock(id, section, opts, (known ??= knownBuiltInStyles())),
    removeBlock,
    changeBlocks: (changes) => changeBlocks(changes, (known ??= knownBuiltInStyles())),
  };
}
