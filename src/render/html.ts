/**
 * Block model + style map -> HTML for the task pane preview: real headings, lists and tables, inline
 * styles approximating the document's own styles, unfilled placeholders marked. Every piece of catalog
 * or document text is escaped; nothing from it is ever interpreted as markup or CSS.
 */
import type { BlockModel } from '../compose/blocks';
import type { StyleAppearance, StyleDef, StyleMap } from '../house-style/types';
import { escapeXml } from '../xml/escape';
import { layOut, type LaidContent, type LaidParagraph, type LaidRun, type LaidTable } from './layout';
import type { NumberingMode } from './numbered-lists';

export interface HtmlOptions {
  /** The house numbers its duties: their lists are numbered, each from 1 (restart) or straight through. */
  numberedDuties?: NumberingMode;
}

export function renderHtml(model: BlockModel, styles: StyleMap, options: HtmlOptions = {}): string {
  const attr = styleAttrs();
  const lists: ListCounter = { mode: options.numberedDuties, done: 0 };
  const sections = layOut(model, styles).sections.map(
    (s) =>
      `<section class="jdb-section" data-jdb-tag="${escapeXml(s.tag)}" data-jdb-title="${escapeXml(s.title)}" aria-label="${escapeXml(s.title)}">` +
      contentHtml(s.content, attr, lists) +
      '</section>',
  );
  return `<div class="jdb-preview">${sections.join('')}</div>`;
}

type StyleAttr = (style: StyleDef | null, extra?: string, look?: StyleAppearance) => string;

/** Numbered duties: the mode, and how many numbered items came before (where a continuing list goes on). */
interface ListCounter {
  mode?: NumberingMode;
  done: number;
}

/** Consecutive list items of one role share a list: <ul>, or <ol> for numbered duties. */
function contentHtml(content: LaidContent[], attr: StyleAttr, lists: ListCounter): string {
  let html = '';
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (c.kind === 'table') html += tableHtml(c, attr);
    else if (!c.bullet) html += paragraphHtml(c, attr);
    else {
      let items = '';
      let n = 0;
      for (; i < content.length && isItemOf(content[i], c.role); i++, n++) {
        const item = content[i] as LaidParagraph;
        items += `<li${attr(item.style, '', item.formatting?.appearance)}>${runsHtml(item.runs, attr)}</li>`;
      }
      i--;
      html += listHtml(c.role, items, n, lists);
    }
  }
  return html;
}

function listHtml(role: LaidParagraph['role'], items: string, count: number, lists: ListCounter): string {
  if (role !== 'responsibility' || !lists.mode) return `<ul class="jdb-${role}">${items}</ul>`;
  const start = lists.mode === 'continue' && lists.done ? ` start="${lists.done + 1}"` : '';
  lists.done += count;
  return `<ol class="jdb-${role}"${start}>${items}</ol>`;
}

function isItemOf(c: LaidContent, role: LaidParagraph['role']): boolean {
  return c.kind === 'paragraph' && c.bullet && c.role === role;
}

function paragraphHtml(p: LaidParagraph, attr: StyleAttr): string {
  const tag = p.role === 'sectionHeading' ? 'h2' : p.role === 'competencyHeading' ? 'h3' : 'p';
  return `<${tag} class="jdb-${p.role}"${attr(p.style, '', p.formatting?.appearance)}>${runsHtml(p.runs, attr)}</${tag}>`;
}

function tableHtml(t: LaidTable, attr: StyleAttr): string {
  const border = t.style ? 'border:1px solid #808080;' : '';
  const cell = (tag: 'th' | 'td', runs: LaidRun[], style: StyleDef | null) =>
    `<${tag}${attr(style, `${border}padding:2pt 5pt;text-align:left;vertical-align:top;`)}>${runsHtml(runs, attr)}</${tag}>`;
  const head = `<thead><tr>${t.header.map((h) => cell('th', h, t.headerStyle)).join('')}</tr></thead>`;
  const body = `<tbody>${t.rows.map((r) => `<tr>${r.map((c) => cell('td', c, t.bodyStyle)).join('')}</tr>`).join('')}</tbody>`;
  return `<table class="jdb-table" style="border-collapse:collapse">${head}${body}</table>`;
}

function runsHtml(runs: LaidRun[], attr: StyleAttr): string {
  return runs
    .map((r) => {
      let html = escapeXml(r.text).replace(/\r\n|\r|\n/g, '<br>');
      if (r.characterStyle) html = `<span${attr(r.characterStyle)}>${html}</span>`;
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.placeholder) html = `<mark class="placeholder" title="Fill in before use">${html}</mark>`;
      return html;
    })
    .join('');
}

/**
 * A few styles serve thousands of paragraphs: each style's attribute is built once per render. `look`: the
 * hand formatting the paragraph copies from the document's own (StyleChoice.model), over the style's look.
 */
function styleAttrs(): StyleAttr {
  const cache = new Map<StyleDef | null, Map<StyleAppearance | undefined, Map<string, string>>>();
  return (style, extra = '', look) => {
    const byLook = cache.get(style) ?? new Map<StyleAppearance | undefined, Map<string, string>>();
    cache.set(style, byLook);
    const byExtra = byLook.get(look) ?? new Map<string, string>();
    byLook.set(look, byExtra);
    let value = byExtra.get(extra);
    if (value === undefined) {
      const appearance = { ...style?.appearance, ...look };
      const css = extra + appearanceCss(appearance);
      value = css ? ` style="${escapeXml(css)}"` : '';
      byExtra.set(extra, value);
    }
    return value;
  };
}

/** Only values that cannot break out of a CSS declaration: safe font names, hex colours, finite numbers. */
function appearanceCss(a: StyleAppearance): string {
  const decl: string[] = [];
  if (a.fontFamily && /^[\w .-]+$/.test(a.fontFamily)) decl.push(`font-family:'${a.fontFamily}'`);
  if (finite(a.sizePt)) decl.push(`font-size:${a.sizePt}pt`);
  if (a.bold !== undefined) decl.push(`font-weight:${a.bold ? 'bold' : 'normal'}`);
  if (a.italic !== undefined) decl.push(`font-style:${a.italic ? 'italic' : 'normal'}`);
  if (a.color && /^[0-9A-Fa-f]{6}$/.test(a.color)) decl.push(`color:#${a.color}`);
  if (finite(a.spaceBeforePt)) decl.push(`margin-top:${a.spaceBeforePt}pt`);
  if (finite(a.spaceAfterPt)) decl.push(`margin-bottom:${a.spaceAfterPt}pt`);
  return decl.map((d) => `${d};`).join('');
}

function finite(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}
