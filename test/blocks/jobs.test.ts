/** Job descriptions: sections inserted together group into one; whole-job plans are every section or none. */
import { newJobId, withJobId } from '../../src/blocks/job-id';
import { groupBlocks, jobDescriptions, planJob } from '../../src/blocks/jobs';
import type { BlockText } from '../../src/blocks/edits';
import { compose } from '../../src/compose/compose';
import { formatSectionTag, parseSectionTag } from '../../src/render/section-tag';
import { inserted, namss, responsibilities, selection } from './support';

const PEP = 'provider-enrollment-process';
const DATA = 'data-management';

/** The sections of one insertion, tagged with a job id, as read back from a document. */
function insertedJob(levelId: string, jobId: string, competencyIds = [PEP, DATA]): BlockText[] {
  const sel = selection(levelId, {
    responsibilityIds: competencyIds.flatMap((c) => responsibilities(c, levelId)),
    qualificationIds: namss.qualifications.filter((q) => q.levels.includes(levelId)).map((q) => q.id),
  });
  return withJobId(compose(namss, sel).value, jobId).sections.map(inserted);
}

const named = (blocks: BlockText[], prefix: string) => blocks.map((b, i) => ({ ...b, name: `${prefix}${i + 1}` }));

describe('grouping blocks into job descriptions', () => {
  test('sections with one job id form a job description; a lone section and untagged sections stay blocks', () => {
    const first = named(insertedJob('entry', 'aaaaaa'), 'A');
    const second = named(insertedJob('managerial', 'bbbbbb'), 'B');
    const lone = { ...named(insertedJob('entry', 'cccccc', [PEP]), 'C')[1] };
    const { jobId: _j, ...untaggedTag } = first[0].tag;
    const legacy: BlockText & { name: string } = { ...first[0], tag: untaggedTag, name: 'L' };
    // A section of the first job moved down the document still belongs to it.
    const blocks = [legacy, ...first.slice(0, 2), lone, ...second, first[2]];
    const groups = groupBlocks(blocks);
    expect(
      groups.map((g) =>
        g.kind === 'job' ? `job ${g.job.number}: ${g.job.blocks.map((b) => b.name).join(' ')}` : g.block.name,
      ),
    ).toEqual(['L', 'job 1: A1 A2 A3', 'C2', `job 2: ${second.map((b) => b.name).join(' ')}`]);
    expect(jobDescriptions(blocks).map((j) => j.jobId)).toEqual(['aaaaaa', 'bbbbbb']);
  });

  test('the job id survives the tag (255 characters) and older tags without it still parse', () => {
    const [block] = insertedJob('entry', 'q1w2e3');
    const text = formatSectionTag(block.tag);
    expect(text.length).toBeLessThanOrEqual(255);
    expect(parseSectionTag(text)?.jobId).toBe('q1w2e3');
    const older = text.replace('|q1w2e3|', '|');
    expect(parseSectionTag(older)).toMatchObject({ part: block.tag.part, fingerprint: block.tag.fingerprint });
    expect(parseSectionTag(older)?.jobId).toBeUndefined();
  });

  test('a new job id is not one the document already has', () => {
    const values = [0, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    const random = () => values.shift() ?? 0.99;
    const taken = insertedJob('entry', 'aaaaaa');
    expect(newJobId(taken, random)).toBe('ssssss');
    expect(newJobId([])).toMatch(/^[a-z0-9]{6}$/);
  });
});

describe('planning a whole job description', () => {
  test('re-levelling plans every section at the new level and keeps the job id', () => {
    const job = insertedJob('entry', 'aaaaaa');
    const result = planJob(namss, job, { kind: 'relevel', levelId: 'managerial' });
    if (!result.ok) throw new Error(result.problems.map((p) => p.text).join());
    expect(result.sections).toHaveLength(job.length);
    expect(result.sections.map((s) => s.plan.section.tag.levelId)).toEqual(job.map(() => 'managerial'));
    expect(result.sections.map((s) => s.plan.section.tag.jobId)).toEqual(job.map(() => 'aaaaaa'));
    const managerialPep = namss.competencies.find((c) => c.id === PEP)!.levels.managerial.responsibilities;
    const pep = result.sections.find((s) => s.plan.section.tag.competencyId === PEP)!;
    expect(pep.plan.section.tag.itemIds).toEqual(managerialPep.map((r) => r.id));
  });

  test('a section that cannot be rebuilt stops the whole plan, and is named', () => {
    const job = insertedJob('entry', 'aaaaaa');
    const foreign = { ...job[1], tag: { ...job[1].tag, catalogId: 'someone-elses' } };
    const result = planJob(namss, [job[0], foreign, job[2]], { kind: 'refresh' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.block)).toEqual([foreign]);
    expect(result.problems[0].text).toContain('someone-elses');
  });
});
