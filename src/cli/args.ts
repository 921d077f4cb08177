/**
 * A small command-line parser for the two commands. Options are declared once (name, whether they take a
 * value, whether they repeat), so every misspelt or incomplete option gets its own clear message.
 */

export interface OptionSpec {
  /** Takes a value (`--out FILE` or `--out=FILE`); otherwise a flag. */
  value: boolean;
  /** May be given more than once (values are collected in order). */
  repeat?: boolean;
}

export interface ParsedArgs {
  command: string | undefined;
  /** Last value of each single option; 'true' for flags. */
  options: Map<string, string>;
  /** Every value of each repeatable option, in order. */
  lists: Map<string, string[]>;
}

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

export function parseArgs(argv: string[], specs: Record<string, Record<string, OptionSpec>>): ParseResult {
  const args: ParsedArgs = { command: undefined, options: new Map(), lists: new Map() };
  let i = 0;
  if (argv.length > 0 && !argv[0].startsWith('-')) args.command = argv[i++];
  const spec = args.command === undefined ? (specs[''] ?? {}) : specs[args.command];
  if (!spec)
    return {
      ok: false,
      error: `Unknown command "${args.command}". Commands: ${Object.keys(specs).filter(Boolean).join(', ')}.`,
    };
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) return { ok: false, error: `Unexpected argument "${arg}" (options start with --).` };
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const option = spec[name];
    if (!option)
      return { ok: false, error: `Unknown option --${name}${args.command ? ` for "${args.command}"` : ''}.` };
    let value = 'true';
    if (option.value) {
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
      else return { ok: false, error: `Option --${name} needs a value.` };
    } else if (eq !== -1) {
      return { ok: false, error: `Option --${name} is a flag and takes no value.` };
    }
    if (option.repeat) args.lists.set(name, [...(args.lists.get(name) ?? []), value]);
    else if (args.options.has(name) && option.value) return { ok: false, error: `Option --${name} is given twice.` };
    else args.options.set(name, value);
  }
  return { ok: true, args };
}

/** Splits NAME=VALUE (used by --style and --fill); the value may itself contain '='. */
export function splitPair(text: string): [string, string] | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  return [text.slice(0, eq).trim(), text.slice(eq + 1)];
}

/** Splits a comma-separated id list, ignoring blanks. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
