/**
 * The job id that marks the sections inserted by one action as one job description (jobs.ts groups them).
 * Apart from jobs.ts so that inserting does not bring the planning of re-levels and refreshes with it.
 */
import type { BlockModel, SectionTag } from '../compose/blocks';

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ID_LENGTH = 6;

/**
 * A job id no block of the document has. Random rather than counted, so job descriptions copied in from
 * another document keep apart from this one's (36^6 ids).
 */
export function newJobId(existing: readonly { tag: SectionTag }[], random: () => number = Math.random): string {
  const taken = new Set(existing.map((b) => b.tag.jobId));
  for (;;) {
    let id = '';
    for (let i = 0; i < ID_LENGTH; i++) id += ID_CHARS[Math.floor(random() * ID_CHARS.length) % ID_CHARS.length];
    if (!taken.has(id)) return id;
  }
}

/** The model with every section marked as part of one job description. */
export function withJobId(model: BlockModel, jobId: string): BlockModel {
  return { ...model, sections: model.sections.map((s) => ({ ...s, tag: { ...s.tag, jobId } })) };
}
