/**
 * Readers for the source texts in ../shared/seeds (beside the repository), written from the
 * texts' own layout so the catalog tests compare against the source, not a hand-made list.
 */
import * as fs from 'fs';
import * as path from 'path';

const SEEDS = path.join(__dirname, '../../../shared/seeds');

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(SEEDS, name), 'utf8').replace(/\r\n/g, '\n');
}

export interface SeedLevelBlock {
  level: string;
  rating: string;
  /** Responsibility lines as printed, trailing "*" markers included. */
  lines: string[];
}

export interface SeedCompetency {
  title: string;
  blocks: SeedLevelBlock[];
  /** Note lines as printed ("**...*" footnotes and plain note sentences), repeats included. */
  notes: string[];
}

export interface NamssSeed {
  levelNames: string[];
  competencies: SeedCompetency[];
  /** Row label -> cells by level heading, from the qualifications (EXPERIENCE) table. */
  qualificationRows: Map<string, Map<string, string>>;
  qualificationLevelHeadings: string[];
  skills: { name: string; description: string; marks: string[] }[];
  legend: string;
  date: string;
}

const RATINGS = ['Very Essential', 'Essential', 'Somewhat Essential'];

/** Upper-case lines with letters are section headings; "(CONT.)" marks a page continuation. */
const isHeading = (line: string) => /[A-Z]/.test(line) && line === line.toUpperCase();

export function parseNamss(text: string): NamssSeed {
  const lines = text.split('\n');
  const at = (exact: string) => {
    const i = lines.indexOf(exact);
    if (i < 0) throw new Error(`seed line not found: ${exact}`);
    return i;
  };

  const qualHeader = lines[at('EXPERIENCE') + 2].split('\t');
  const qualificationLevelHeadings = qualHeader.slice(1);
  const qualificationRows = new Map<string, Map<string, string>>();
  for (let i = at('EXPERIENCE') + 3; lines[i].includes('\t'); i++) {
    const [label, ...cells] = lines[i].split('\t');
    qualificationRows.set(label, new Map(cells.map((c, k) => [qualificationLevelHeadings[k], c])));
  }

  const tableStart = at('CORE FUNCTIONS') + 2;
  const levelNames = lines[tableStart].split('\t').slice(1);
  const titles: string[] = [];
  for (let i = tableStart + 1; lines[i].includes('\t'); i++) titles.push(lines[i].split('\t')[0]);
  const legend = lines.find((l) => l.startsWith('● Very Essential'))!;

  const byHeading = new Map(
    titles.map((t) => [t.toUpperCase(), { title: t, blocks: [], notes: [] } as SeedCompetency]),
  );
  const skillsStart = at('KNOWLEDGE/SKILLSET');
  let current: SeedCompetency | undefined;
  let level: string | undefined;
  let block: SeedLevelBlock | undefined;
  for (let i = at('CORE FUNCTIONS') + 1; i < skillsStart; i++) {
    const line = lines[i];
    if (!line.trim()) {
      block = undefined;
      continue;
    }
    if (isHeading(line)) {
      const heading = line.replace(/ \(CONT\.\)$/, '');
      current = byHeading.get(heading);
      block = undefined;
      continue;
    }
    if (!current) continue;
    if (levelNames.includes(line)) {
      level = line;
      block = undefined;
    } else if (level && RATINGS.includes(line) && !block) {
      block = { level, rating: line, lines: [] };
      current.blocks.push(block);
    } else if (block) {
      block.lines.push(line);
    } else {
      current.notes.push(line);
    }
  }

  const skills: NamssSeed['skills'] = [];
  for (let i = skillsStart; !lines[i].startsWith('ABOUT NAMSS'); i++) {
    const cells = lines[i].split('\t');
    if (cells.length !== 5 || cells[0] === 'Knowledge/Skillset') continue;
    const colon = cells[0].indexOf(': ');
    skills.push({ name: cells[0].slice(0, colon), description: cells[0].slice(colon + 2), marks: cells.slice(1) });
  }

  const date = lines.find((l) => /^[A-Z][a-z]+ \d{4}$/.test(l))!;
  return {
    levelNames,
    competencies: titles.map((t) => byHeading.get(t.toUpperCase())!),
    qualificationRows,
    qualificationLevelHeadings,
    skills,
    legend,
    date,
  };
}

export interface GreeleySeed {
  summary: string;
  administration: string[];
  additional: string[];
  /** The paragraphs on ideal qualifications and certification. */
  qualificationsText: string;
  /** The comma-separated list after "includes". */
  qualificationPhrases: string[];
  author: string;
  publisher: string;
  title: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function parseGreeley(text: string): GreeleySeed {
  const lines = text.split('\n').map((l) => l.replace(/\u00a0/g, ' '));
  const nonBlank = lines.map(squash).filter(Boolean);
  const after = (prefix: string) => nonBlank[nonBlank.findIndex((l) => l.startsWith(prefix)) + 1];
  const bullets = (from: string, to: (l: string) => boolean) => {
    const out: string[] = [];
    for (let i = nonBlank.indexOf(from) + 1; i < nonBlank.length && !to(nonBlank[i]); i++) {
      if (nonBlank[i].startsWith('•')) out.push(squash(nonBlank[i].slice(1)));
    }
    return out;
  };
  const ideal = nonBlank.find((l) => l.startsWith('The ideal qualifications'))!;
  const listed = /includes ([^.]*)\./.exec(ideal)![1];
  return {
    summary: after('Here is a summary'),
    administration: bullets('Administration/Management', (l) => l.startsWith('Additional responsibilities')),
    additional: bullets('Additional responsibilities include:', (l) => !l.startsWith('•')),
    qualificationsText: ideal,
    qualificationPhrases: listed.split(/, (?:and )?/),
    title: nonBlank[0],
    author: nonBlank[nonBlank.length - 3],
    publisher: nonBlank[nonBlank.length - 1],
  };
}
