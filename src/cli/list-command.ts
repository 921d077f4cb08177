/** `jd-builder list --level L`: the level's view of the catalog, with the ids that --select and --skills take. */
import { LOST_SKILL_RATINGS_NOTE, shownLevelName, skillRatingsLost } from '../catalog/honesty';
import { levelView } from '../catalog/query';
import type { Catalog, Rating, StandardRating } from '../catalog/types';
import { findLevel, findWorkSetting } from './selection-args';

const RATING_TEXT: Record<StandardRating, string> = {
  'very-essential': 'very essential',
  essential: 'essential',
  'somewhat-essential': 'somewhat essential',
  unrated: 'unrated',
  'rating-lost': 'rated in the source, rating not recoverable from its text',
};

export function listLevel(catalog: Catalog, levelName: string, workSetting?: string): string {
  const level = findLevel(catalog, levelName);
  const view = levelView(
    catalog,
    level.id,
    workSetting === undefined ? undefined : findWorkSetting(catalog, workSetting),
  );
  const years = level.yearsOfExperience ? ` (${level.yearsOfExperience} years)` : '';
  const lines = [`${catalog.title}: ${shownLevelName(level)}${years}, level id "${level.id}"`, '', 'Competencies:'];
  for (const c of view.competencies) {
    lines.push(`  ${c.competency.id}  ${c.competency.title} [${ratingText(catalog, c.rating)}]`);
    for (const r of c.responsibilities) lines.push(`    ${r.id}  ${r.text}`);
  }
  lines.push('', 'Qualifications:');
  for (const q of view.qualifications)
    lines.push(`  ${q.id}  ${q.kind}: ${q.text}${q.qualifier && q.qualifier !== 'none' ? ` (${q.qualifier})` : ''}`);
  lines.push('', 'Knowledge and skills:');
  if (skillRatingsLost(catalog, level.id)) lines.push(`  (${LOST_SKILL_RATINGS_NOTE})`);
  for (const s of view.skills) lines.push(`  ${s.id}  ${s.name}: ${s.description}`);
  return lines.join('\n') + '\n';
}

/** An organization's own rating reads as its legend labels it. */
function ratingText(catalog: Catalog, rating: Rating): string {
  return (
    RATING_TEXT[rating as StandardRating] ??
    catalog.ratingLegend.find((e) => e.rating === rating && !e.workSetting)?.label ??
    rating
  );
}
