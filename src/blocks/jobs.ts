/**
 * Job descriptions: the sections inserted by one action share a job id in their tags (section-tag.ts), and
 * people think of them as one thing, "the job description". This groups a document's blocks into job
 * descriptions (two or more sections with one job id; a section on its own, or from before job ids, stays a
 * block on its own), and plans a change to a whole job description from the per-section plans (plan.ts):
 * every section or none, so a job description is never left half re-levelled.
 */
import type { Catalog, LevelId } from '../catalog/types';
import type { SectionTag } from '../compose/blocks';
import { planRefresh, planRelevel, type BlockPlan, type RebuildOptions } from './plan';
import type { BlockText } from './edits';

export interface JobDescription<B> {
  /** 1-based, in document order of each job description's first section: what `--job N` takes. */
  number: number;
  jobId: string;
  /** Its sections, in document order. */
  blocks: B[];
}

export type BlockGroup<B> = { kind: 'job'; job: JobDescription<B> } | { kind: 'block'; block: B };

/** The document's blocks (in document order) as job descriptions and blocks on their own, in document order. */
export function groupBlocks<B extends { tag: SectionTag }>(blocks: readonly B[]): BlockGroup<B>[] {
  const byJob = new Map<string, B[]>();
  for (const block of blocks) {
    const { jobId } = block.tag;
    if (jobId) byJob.set(jobId, [...(byJob.get(jobId) ?? []), block]);
  }
  const groups: BlockGroup<B>[] = [];
  const placed = new Set<string>();
  let number = 0;
  for (const block of blocks) {
    const { jobId } = block.tag;
    const members = jobId ? byJob.get(jobId)! : [];
    if (members.length < 2) groups.push({ kind: 'block', block });
    else if (!placed.has(jobId!)) {
      placed.add(jobId!);
      groups.push({ kind: 'job', job: { number: ++number, jobId: jobId!, blocks: members } });
    }
  }
  return groups;
}

export function jobDescriptions<B extends { tag: SectionTag }>(blocks: readonly B[]): JobDescription<B>[] {
  return groupBlocks(blocks).flatMap((g) => (g.kind === 'job' ? [g.job] : []));
}

export type JobChange = { kind: 'relevel'; levelId: LevelId } | { kind: 'refresh' };

export interface SectionPlan<B> {
  block: B;
  plan: BlockPlan;
}

/** A section that cannot be rebuilt, and why. */
export interface SectionProblem<B> {
  block: B;
  text: string;
}

export type JobPlanResult<B> = { ok: true; sections: SectionPlan<B>[] } | { ok: false; problems: SectionProblem<B>[] };

/**
 * The plan for every section of a job description. If any section cannot be rebuilt, nothing is planned
 * and each problem is named: the user can change the other sections one by one.
 */
export function planJob<B extends BlockText>(
  catalog: Catalog,
  blocks: readonly B[],
  change: JobChange,
  options: RebuildOptions = {},
): JobPlanResult<B> {
  const sections: SectionPlan<B>[] = [];
  const problems: SectionProblem<B>[] = [];
  for (const block of blocks) {
    const result =
      change.kind === 'relevel'
        ? planRelevel(catalog, block, change.levelId, options)
        : planRefresh(catalog, block, options);
    if (result.ok) sections.push({ block, plan: result.plan });
    else problems.push({ block, text: result.message.text });
  }
  return problems.length ? { ok: false, problems } : { ok: true, sections };
}
