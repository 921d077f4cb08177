/** The text of `jd-builder --help`: every command and option, with the defaults. */
import { ROLES } from '../compose/blocks';
import { dashed, DEFAULT_PLACEHOLDER } from './insert-command';
import { describeBuiltinProfiles } from './profile-source';

export function helpText(): string {
  return `jd-builder: put NAMSS job-description competencies into your own Word template, in its own styles.

Usage:
  jd-builder insert --template IN.docx --out OUT.docx --level LEVEL [options]
  jd-builder insert --template IN.docx --out OUT.docx --profile FILE|ID [options]
  jd-builder list --level LEVEL [--catalog FILE|URL] [--work-setting NAME]
  jd-builder matrix --template IN.docx --out OUT.docx [options]
  jd-builder compare --template IN.docx --out OUT.docx --from LEVEL --to LEVEL [options]
  jd-builder checklist --template IN.docx --out OUT.docx --level LEVEL|--profile FILE|ID [--job-title TEXT] [options]
  jd-builder blocks list --in DOC.docx
  jd-builder blocks relevel --in DOC.docx --out OUT.docx --block N|--job N --level LEVEL [--all-items] [options]
  jd-builder blocks refresh --in DOC.docx --out OUT.docx --block N|--job N [options]
  jd-builder blocks remove --in DOC.docx --out OUT.docx --block N|--job N [--force]
  jd-builder --help

insert: reads IN.docx, writes OUT.docx with the chosen responsibilities, skills and qualifications inserted
as sections formatted with the template's own styles. Only word/document.xml (and, when the template lacks
a needed built-in style or bullet list definition, word/styles.xml / word/numbering.xml, by adding to them)
change; every other part of the package is copied unchanged. Existing styles are never modified.

  --template FILE        the Word template (.docx) to start from (required)
  --out FILE             where to write the result (required). It may not be the template unless --force.
  --level LEVEL          experience level: entry, mid-career, managerial or executive (a level's id or name)
  --profile FILE|ID      a saved role profile instead of --level, --select, --skills, --qualifications and
                         --work-setting (giving any of them with it is a usage error): a profile file exported
                         from the pane (.json), or the id of a built-in profile. Built-in profiles:
                         ${describeBuiltinProfiles()}
                         Its catalog must be built in or given with --catalog; every item it names must be in
                         that catalog, or nothing is written. --fill adds to its saved placeholder values (the
                         command line wins); --essentiality and --combined apply on top of it.
  --catalog FILE|URL     an organization's own catalog: JSON (catalog/schema.json), CSV or XLSX (see README);
                         default: the bundled NAMSS 2021 builder. Or its central catalog's https:// address
                         (a JSON catalog; http:// is refused): fetched, checked, and kept in a cache folder so
                         later runs work offline (with a warning) and download it again only when it changed.
                         Cache folder: $JD_BUILDER_CACHE, else $XDG_CACHE_HOME/jd-builder, else ~/.cache/jd-builder
  --select CHOICE        responsibilities: all (default), essential (competencies rated very essential or
                         essential at the level), or IDS: comma-separated responsibility ids, or competency
                         ids meaning all of that competency's responsibilities
  --skills CHOICE        knowledge and skills: all (default), none, or comma-separated skill ids
  --qualifications       also insert the level's qualifications table (off by default)
  --work-setting NAME    a work setting (id or name): leaves out responsibilities specific to other settings
  --fill NAME=VALUE      fill a placeholder such as "[insert facility platform]" (NAME: its id, token or label);
                         repeatable. Unfilled placeholders stay visible in the document.
  --essentiality         add the rating (e.g. "(Very Essential)") to each competency heading
  --combined             one section for all competencies instead of one per competency
  --group-by-essentiality  competencies rated Very Essential or Essential at the level under one part heading,
                         those rated Somewhat Essential under another; --essential-heading TEXT and
                         --other-heading TEXT rename them (default "Essential Functions" and "Other Duties")

  Where the block goes (one of these; default: --at-text "${DEFAULT_PLACEHOLDER}"):
  --at-text TOKEN        the first body paragraph containing TOKEN (matched across runs). A paragraph holding
                         only the token is replaced (its bookmarks are kept); otherwise the token is removed
                         and the block follows that paragraph.
  --at-bookmark NAME     after the paragraph (or table) holding the bookmark NAME
  --at-end               at the end of the document, before its final section properties

  House style: each part of the job description uses a style detected from the template (the heading above
  the insertion point, the next heading level down, the template's bullet style, body style and table
  style), falling back to Word's built-in styles, which are added to the template if it lacks them.
  --style ROLE=NAME      use the template's style NAME (its id or its displayed name) for ROLE; repeatable.
                         Roles: ${ROLES.map(dashed).join(', ')}
  --style-only ROLE      ROLE takes its style alone. By default, when the template's own paragraphs of a role
                         (e.g. its bullets) are formatted by hand (font, size, indent, list set on the paragraph),
                         the inserted ones copy the nearest of them; repeatable.
  --part-heading CHOICE  the heading of the block's first part (e.g. "Essential Functions and Responsibilities"):
                         auto (default) leaves it out when the block goes right under a heading, which already
                         names the part; always; never. Competency headings go one level below that heading.
  --numbering MODE       when the template's duties are a numbered list: restart (default) numbers each
                         competency's duties from 1; continue numbers straight through. Bullets stay bullets.
  --force                allow --out to be the template itself (it is then overwritten)

matrix, compare, checklist: tables written into the template where insert would put a job description (same
--at-text/--at-bookmark/--at-end, --style, --style-only, --catalog, --part-heading, --force), each a tagged block:
  matrix                 every competency against every level: the rating and the number of responsibilities
                         (--level: the block's level for blocks list; default the catalog's first)
  compare                per competency, the rating change and the responsibilities added, dropped or reworded
                         going from --from LEVEL to --to LEVEL (reworded text as [-old-][+new+])
  checklist              one row per chosen responsibility (--level, --select, --profile, --work-setting, --fill
                         as for insert) under its competency; columns Responsibility, Method, Date, Assessor, Met;
                         the Method cell lists the catalog's assessment methods; --job-title TEXT for the heading

list: prints the level's competencies (with their rating at the level), each responsibility, the
qualifications and the knowledge and skills, each with the id that --select and --skills take.

blocks: the job-description blocks already in a document (each inserted section is one, found by its
content-control tag). The sections inserted together form one job description, numbered in document order.
  list                   prints each job description (its sections, level, catalog, whether any was edited),
                         then each block: its number, title, part, competency, level, catalog and version,
                         item count and whether it was edited since it was inserted ("unknown" for blocks
                         written by an older version, whose tags carry no fingerprint); blocks inserted on
                         their own come last
  relevel                rebuilds block N for another level in place, in the house style around it. A whole
                         competency becomes the whole competency at the new level; otherwise each
                         responsibility goes to its counterpart at the new level (same id apart from the level,
                         or same text), and those without one are named and left out. --all-items takes every
                         responsibility (or qualification) of the new level instead.
  refresh                rebuilds block N from the current catalog at its level; prints the changes first
                         ("- old" / "+ new" lines). Items no longer in the catalog are left out.
  remove                 removes block N: its content control and everything in it, leaving no empty line.
  --in FILE              the document (.docx) to read (required)
  --out FILE             where to write the result (required except for list); not the input unless --force
  --block N              the block's number as list shows it
  --job N                every section of job description N as list shows it, in one go: all of them
                         change, or none (a section that cannot be rebuilt, or an edited one without --force,
                         stops the whole job description)
  --catalog, --fill, --style   as for insert
  --force                change a block even though it was edited (the text that would be lost is printed
                         when --force is missing), and allow --out to be the input document
  A block whose text differs from what was inserted is never changed without --force; nothing is written then.

Options take their value as the next argument or after "=" (use --at-text=--X-- for a value starting with --).
Warnings go to stderr, a one-line summary to stdout. Exit status: 0 done, 1 error (nothing written), 2 usage error.
`;
}
