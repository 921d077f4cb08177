/**
 * Checks the schema cannot express: ids unique across the catalog, level and work-setting
 * references that point somewhere, errata that name real items, and a catalog with something
 * in it. Runs on data that already passed the schema check.
 */
import { info, warning, type Message } from '../messages';
import { describeLocation, sentence, toPointer, type CatalogError } from './errors';
import { forEachItem, type ItemVisit } from './items';
import { STANDARD_RATINGS, type Catalog } from './types';

export interface ReferenceCheck {
  errors: CatalogError[];
  messages: Message[];
}

type Path = (string | number)[];

export function checkReferences(catalog: Catalog, file: string): ReferenceCheck {
  const errors: CatalogError[] = [];
  const messages: Message[] = [];
  const fail = (path: Path, problem: string, byPosition = false) => {
    const pointer = toPointer(path);
    errors.push({ file, pointer, message: sentence(describeLocation(catalog, pointer, byPosition), problem) });
  };

  const levelIds = uniqueIds(catalog.levels, ['levels'], 'level', fail);
  const settingIds = uniqueIds(catalog.workSettings, ['workSettings'], 'work setting', fail);
  uniqueIds(catalog.placeholders, ['placeholders'], 'placeholder', fail);

  const expectLevel = (id: string, path: Path) => {
    if (!levelIds.has(id)) fail(path, `unknown level id "${id}"; expected one of: ${[...levelIds].join(', ')}`);
  };
  const expectSetting = (id: string, path: Path) => {
    if (!settingIds.has(id)) {
      const known = settingIds.size
        ? `expected one of: ${[...settingIds].join(', ')}`
        : 'the catalog lists no work settings';
      fail(path, `unknown work setting "${id}"; ${known}`);
    }
  };

  catalog.ratingLegend.forEach(
    (e, i) => e.workSetting && expectSetting(e.workSetting, ['ratingLegend', i, 'workSetting']),
  );

  const items = new Map<string, ItemVisit>();
  forEachItem(catalog, (v) => {
    const first = items.get(v.id);
    if (first) {
      const other = toPointer(first.path);
      fail(
        [...v.path, 'id'],
        `the id "${v.id}" is already used by ${describeLocation(catalog, other, true)} (${other}); every item needs its own id`,
        true,
      );
    } else {
      items.set(v.id, v);
    }
    checkItemLinks(v, expectLevel, expectSetting);
  });

  catalog.errata.forEach((e, i) => {
    const item = items.get(e.itemId);
    if (!item) {
      fail(
        ['errata', i, 'itemId'],
        `the erratum names item "${e.itemId}", which is not in the catalog; expected the id of a corrected item`,
      );
    } else if (!item.texts.some((t) => t.text.includes(e.corrected))) {
      messages.push(
        warning(
          'erratum-not-applied',
          `Erratum ${i + 1} says item "${e.itemId}" reads "${e.corrected}", but its text does not contain it.`,
        ),
      );
    }
  });

  if (!catalog.competencies.length && !catalog.skills.length && !catalog.qualifications.length) {
    fail([], 'the catalog is empty: it has no competencies, skills or qualifications; expected at least one of them');
  }
  checkRatings(catalog, fail);
  messages.push(...unlabeledRatings(catalog), ...undeclaredPlaceholders(catalog));
  return { errors, messages };
}

/** A rating that is not a standard one must be defined in the legend, which says whether it counts as essential. */
function checkRatings(catalog: Catalog, fail: (path: Path, problem: string) => void) {
  const defined = new Set(catalog.ratingLegend.map((e) => e.rating));
  const known = [...new Set([...STANDARD_RATINGS, ...defined])].join(', ');
  const expect = (rating: string, path: Path) => {
    if (!(STANDARD_RATINGS as readonly string[]).includes(rating) && !defined.has(rating))
      fail(path, `unknown rating "${rating}"; expected one of: ${known}, or a rating the ratingLegend defines`);
  };
  catalog.competencies.forEach((c, i) =>
    Object.entries(c.levels).forEach(([id, l]) => expect(l.rating, ['competencies', i, 'levels', id, 'rating'])),
  );
  catalog.skills.forEach((s, i) =>
    Object.entries(s.ratings).forEach(([id, r]) => expect(r, ['skills', i, 'ratings', id])),
  );
}

function checkItemLinks(
  v: ItemVisit,
  expectLevel: (id: string, path: Path) => void,
  expectSetting: (id: string, path: Path) => void,
) {
  switch (v.kind) {
    case 'summary':
    case 'qualification':
      v.item.levels.forEach((id, i) => expectLevel(id, [...v.path, 'levels', i]));
      break;
    case 'competency':
      v.levelIds.forEach((id) => expectLevel(id, [...v.path, 'levels', id]));
      break;
    case 'skill':
      v.levelIds.forEach((id) => expectLevel(id, [...v.path, 'ratings', id]));
      break;
    case 'responsibility':
      v.item.workSettings?.forEach((id, i) => expectSetting(id, [...v.path, 'workSettings', i]));
      break;
    case 'note':
      expectSetting(v.item.workSetting, [...v.path, 'workSetting']);
      break;
  }
}

function uniqueIds(
  list: { id: string }[],
  path: Path,
  noun: string,
  fail: (path: Path, problem: string, byPosition: boolean) => void,
) {
  const ids = new Set<string>();
  list.forEach((entry, i) => {
    if (ids.has(entry.id))
      fail([...path, i, 'id'], `the ${noun} id "${entry.id}" appears twice; every ${noun} needs its own id`, true);
    ids.add(entry.id);
  });
  return ids;
}

/** A rating with no legend entry still works, but the pane can only show its raw name. */
function unlabeledRatings(catalog: Catalog): Message[] {
  const labeled = new Set(catalog.ratingLegend.filter((e) => !e.workSetting).map((e) => e.rating));
  const used = new Set<string>();
  for (const c of catalog.competencies) for (const level of Object.values(c.levels)) used.add(level.rating);
  for (const s of catalog.skills) for (const rating of Object.values(s.ratings)) used.add(rating);
  return [...used]
    .filter((r) => !labeled.has(r as never))
    .map((r) => info('rating-unlabeled', `The rating "${r}" is used but the rating legend gives it no label.`));
}

/** "[insert ...]" text that no placeholder declares would reach the document unfilled. */
function undeclaredPlaceholders(catalog: Catalog): Message[] {
  const declared = new Set(catalog.placeholders.map((p) => p.token));
  const found = new Map<string, string>();
  forEachItem(catalog, (v) => {
    for (const t of v.texts) {
      for (const token of t.text.match(/\[[^[\]]+\]/g) ?? [])
        if (!declared.has(token) && !found.has(token)) found.set(token, v.id);
    }
  });
  return [...found].map(([token, id]) =>
    warning(
      'placeholder-undeclared',
      `Item "${id}" contains "${token}", which no placeholder declares, so it cannot be filled in.`,
    ),
  );
}
