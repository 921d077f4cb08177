/**
 * What word/settings.xml says about changing the document: whether revisions are tracked, and whether
 * editing is restricted (Restrict Editing with enforcement on, except "tracked changes" which allows edits).
 */
import { parseXml, wAttr, wChild } from '../xml/dom';

export interface EditingSettings {
  trackChanges: boolean;
  protected: boolean;
}

const ON = (value: string | undefined) => value === undefined || !['0', 'false', 'off'].includes(value);

export function editingSettings(settingsXml: string | undefined): EditingSettings {
  if (!settingsXml) return { trackChanges: false, protected: false };
  const root = parseXml(settingsXml).documentElement;
  const track = wChild(root, 'trackRevisions');
  const protection = wChild(root, 'documentProtection');
  const enforced = !!protection && ['1', 'true', 'on'].includes(wAttr(protection, 'enforcement') ?? '');
  const edit = wAttr(protection, 'edit');
  return {
    trackChanges: !!track && ON(wAttr(track)),
    protected: enforced && edit !== 'trackedChanges' && edit !== 'none',
  };
}
