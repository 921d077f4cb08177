/**
 * The command's entry point, callable in-process (tests, benchmarks) as well as from bin/jd-builder.js.
 * Every failure becomes a message on stderr and a non-zero exit status; nothing is thrown to the caller.
 */
import type { Message } from '../messages';
import { parseArgs, splitPair, type OptionSpec, type ParsedArgs } from './args';
import { BLOCKS_ACTIONS, blocksCommand, type BlocksAction } from './blocks-command';
import { catalogFromArg } from './catalog-source';
import { helpText } from './help';
import {
  DEFAULT_PLACEHOLDER,
  insertCommand,
  NothingToInsertError,
  UsageError,
  type InsertArgs,
} from './insert-command';
import type { TableRequest } from './table-request';
import type { InsertionTarget } from '../docx/insertion-point';
import { listLevel } from './list-command';
import { PART_HEADING_CHOICES } from '../compose/part-heading';
import { DEFAULT_ESSENTIALITY_GROUPS, type EssentialityGroups } from '../compose/selection';
import { NUMBERING_MODES } from '../render/numbered-lists';

export interface Output {
  write(text: string): unknown;
}

export interface Io {
  stdout: Output;
  stderr: Output;
}

const flag: OptionSpec = { value: false };
const value: OptionSpec = { value: true };
const repeated: OptionSpec = { value: true, repeat: true };

const SPECS: Record<string, Record<string, OptionSpec>> = {
  '': { help: flag },
  help: {},
  insert: {
    help: flag,
    template: value,
    out: value,
    level: value,
    profile: value,
    catalog: value,
    select: value,
    skills: value,
    qualifications: flag,
    'at-text': value,
    'at-bookmark': value,
    'at-end': flag,
    style: repeated,
    'work-setting': value,
    fill: repeated,
    essentiality: flag,
    combined: flag,
    numbering: value,
    'part-heading': value,
    'style-only': repeated,
    force: flag,
    'group-by-essentiality': flag,
    'essential-heading': value,
    'other-heading': value,
  },
  list: { help: flag, level: value, catalog: value, 'work-setting': value },
  'blocks list': { help: flag, in: value },
  'blocks remove': { help: flag, in: value, out: value, block: value, job: value, force: flag },
  'blocks refresh': {
    help: flag,
    in: value,
    out: value,
    block: value,
    job: value,
    catalog: value,
    fill: repeated,
    style: repeated,
    force: flag,
  },
  'blocks relevel': {
    help: flag,
    in: value,
    out: value,
    block: value,
    job: value,
    level: value,
    catalog: value,
    fill: repeated,
    style: repeated,
    'all-items': flag,
    force: flag,
  },
};

/** The table commands take insert's template, placement and style options; checklist also its item choices. */
const TEMPLATE_OPTIONS = [
  'template',
  'out',
  'catalog',
  'at-text',
  'at-bookmark',
  'at-end',
  'style',
  'part-heading',
  'force',
];
const pickSpecs = (names: string[]) => Object.fromEntries(names.map((n) => [n, SPECS.insert[n]]));
SPECS.matrix = { help: flag, ...pickSpecs([...TEMPLATE_OPTIONS, 'level', 'work-setting']) };
SPECS.compare = { help: flag, from: value, to: value, ...pickSpecs([...TEMPLATE_OPTIONS, 'work-setting']) };
SPECS.checklist = {
  help: flag,
  'job-title': value,
  ...pickSpecs([...TEMPLATE_OPTIONS, 'level', 'profile', 'select', 'work-setting', 'fill']),
};
const TABLE_COMMANDS = ['matrix', 'compare', 'checklist'];

/** What a profile chooses itself, so giving one of these with --profile is a usage error. */
const PROFILE_CHOICES = ['level', 'select', 'skills', 'qualifications', 'work-setting'];

export async function run(argv: string[], io: Io): Promise<number> {
  // "blocks ACTION" is one command to the parser.
  if (argv[0] === 'blocks') {
    const action = argv[1];
    if (action === '--help') {
      io.stdout.write(helpText());
      return 0;
    }
    if (!BLOCKS_ACTIONS.includes(action as BlocksAction))
      return usageError(
        io,
        `blocks needs an action: ${BLOCKS_ACTIONS.join(', ')}${action ? ` (not "${action}")` : ''}.`,
      );
    argv = [`blocks ${action}`, ...argv.slice(2)];
  }
  const parsed = parseArgs(argv, SPECS);
  if (!parsed.ok) return usageError(io, parsed.error);
  const { command, options, lists } = parsed.args;
  if (command === undefined || command === 'help' || options.has('help')) {
    io.stdout.write(helpText());
    return command === undefined && !options.has('help') ? 2 : 0;
  }
  try {
    if (command === 'list') {
      const level = options.get('level');
      if (!level) return usageError(io, 'list needs --level (entry, mid-career, managerial or executive).');
      const { catalog, messages } = await catalogFromArg(options.get('catalog'));
      printMessages(io, messages);
      io.stdout.write(listLevel(catalog, level, options.get('work-setting')));
      return 0;
    }
    if (command.startsWith('blocks '))
      return await blocks(command.slice('blocks '.length) as BlocksAction, parsed.args, io);
    const missing = ['template', 'out'].filter((o) => !options.get(o));
    const levelFree = command === 'matrix' || command === 'compare';
    if (!levelFree && !options.has('profile') && !options.get('level')) missing.push('level (or --profile)');
    if (command === 'compare') missing.push(...['from', 'to'].filter((o) => !options.get(o)));
    if (missing.length) return usageError(io, `${command} needs ${missing.map((o) => `--${o}`).join(', ')}.`);
    const targets = ['at-text', 'at-bookmark', 'at-end'].filter((o) => options.has(o));
    if (targets.length > 1) return usageError(io, `Give only one of ${targets.map((o) => `--${o}`).join(', ')}.`);
    const args: InsertArgs = {
      items: chooseItems(options, lists),
      template: options.get('template')!,
      out: options.get('out')!,
      catalog: options.get('catalog'),
      target: target(options),
      styles: lists.get('style') ?? [],
      force: options.has('force'),
      ...(options.has('numbering') ? { numbering: oneOf(options, 'numbering', NUMBERING_MODES, 'restart') } : {}),
      ...(options.has('part-heading')
        ? { partHeading: oneOf(options, 'part-heading', PART_HEADING_CHOICES, 'auto') }
        : {}),
      styleOnly: lists.get('style-only') ?? [],
      ...(TABLE_COMMANDS.includes(command) ? { table: tableRequest(command, options) } : {}),
    };
    const result = await insertCommand(args);
    printMessages(io, result.messages);
    io.stdout.write(result.summary + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) return usageError(io, e.message);
    if (e instanceof NothingToInsertError) {
      io.stderr.write(`jd-builder: ${e.message}\n`);
      return 1;
    }
    io.stderr.write(`jd-builder: error: ${(e as Error).message ?? String(e)}\n`);
    return 1;
  }
}

async function blocks(action: BlocksAction, { options, lists }: ParsedArgs, io: Io): Promise<number> {
  const file = options.get('in');
  if (!file) return usageError(io, `blocks ${action} needs --in FILE.docx.`);
  const result = await blocksCommand({
    action,
    in: file,
    out: options.get('out'),
    block: options.get('block'),
    job: options.get('job'),
    level: options.get('level'),
    catalog: options.get('catalog'),
    fills: fillPairs(lists),
    styles: lists.get('style') ?? [],
    allItems: options.has('all-items'),
    force: options.has('force'),
  });
  printMessages(io, result.messages);
  io.stdout.write(result.output);
  return 0;
}

/** The items to insert: a profile's (--profile), or those chosen with --level, --select, --skills, ... */
function chooseItems(options: Map<string, string>, lists: Map<string, string[]>): InsertArgs['items'] {
  const shared = {
    fills: fillPairs(lists),
    essentiality: options.has('essentiality'),
    combined: options.has('combined'),
    ...essentialityGroups(options),
  };
  const profile = options.get('profile');
  if (profile === undefined) {
    return {
      level: options.get('level'),
      select: options.get('select') ?? 'all',
      skills: options.get('skills') ?? 'all',
      qualifications: options.has('qualifications'),
      workSetting: options.get('work-setting'),
      ...shared,
    };
  }
  if (!profile.trim()) throw new UsageError('--profile needs a profile file or a built-in profile id.');
  const conflicts = PROFILE_CHOICES.filter((o) => options.has(o));
  if (conflicts.length) {
    const named = conflicts.map((o) => `--${o}`).join(', ');
    throw new UsageError(`--profile chooses the level and the items itself; give either --profile or ${named}.`);
  }
  return { profile, ...shared };
}

/** --group-by-essentiality, with its two headings (each may be renamed). */
function essentialityGroups(options: Map<string, string>): { groups?: EssentialityGroups } {
  const named = ['essential-heading', 'other-heading'].filter((o) => options.has(o));
  if (!options.has('group-by-essentiality')) {
    if (named.length) throw new UsageError(`--${named[0]} goes with --group-by-essentiality.`);
    return {};
  }
  const heading = (name: string, fallback: string) => {
    const given = options.get(name);
    if (given !== undefined && !given.trim()) throw new UsageError(`--${name} needs a heading.`);
    return given?.trim() ?? fallback;
  };
  return {
    groups: {
      essential: heading('essential-heading', DEFAULT_ESSENTIALITY_GROUPS.essential),
      other: heading('other-heading', DEFAULT_ESSENTIALITY_GROUPS.other),
    },
  };
}

function tableRequest(command: string, options: Map<string, string>): TableRequest {
  if (command === 'matrix') return { kind: 'matrix' };
  if (command === 'compare') return { kind: 'comparison', from: options.get('from')!, to: options.get('to')! };
  const jobTitle = options.get('job-title');
  return { kind: 'checklist', ...(jobTitle?.trim() ? { jobTitle: jobTitle.trim() } : {}) };
}

function fillPairs(lists: Map<string, string[]>): Array<[string, string]> {
  return (lists.get('fill') ?? []).map((f) => {
    const pair = splitPair(f);
    if (!pair) throw new UsageError(`--fill "${f}" should look like NAME=VALUE.`);
    return pair;
  });
}

function target(options: Map<string, string>): InsertionTarget {
  const bookmark = options.get('at-bookmark');
  if (bookmark !== undefined) return { kind: 'bookmark', name: bookmark };
  if (options.has('at-end')) return { kind: 'end' };
  return { kind: 'text', token: options.get('at-text') ?? DEFAULT_PLACEHOLDER };
}

/** An option that takes one of a few words. */
function oneOf<T extends string>(options: Map<string, string>, name: string, allowed: readonly T[], fallback: T): T {
  const given = options.get(name);
  if (given === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(given))
    throw new UsageError(`--${name} takes ${allowed.join(', ')} (not "${given}").`);
  return given as T;
}

function usageError(io: Io, text: string): number {
  io.stderr.write(`jd-builder: ${text}\nRun "jd-builder --help" for usage.\n`);
  return 2;
}

function printMessages(io: Io, messages: Message[]): void {
  for (const m of messages) io.stderr.write(`${m.level}: ${m.text}\n`);
}
