/**
 * Which of the plan's styles the document has, asked of getStyles in the batch's first sync; after it,
 * the resolver that styles each inserted paragraph, run and table accordingly.
 */
import { createStyleResolver, styleNamesToCheck, type StyleResolver } from './style-resolver';
import type { InsertPlan } from '../render/commands';

export function queueStyleChecks(
  context: Word.RequestContext,
  plan: InsertPlan,
  knownBuiltIns: ReadonlySet<string>,
  withGetStyles: boolean,
): () => StyleResolver {
  const names = withGetStyles ? styleNamesToCheck(plan, knownBuiltIns) : [];
  const checks = names.map((name) => ({
    name,
    style: context.document.getStyles().getByNameOrNullObject(name).load('type'),
  }));
  return () => {
    const found = (present: boolean) =>
      new Set(checks.filter((c) => c.style.isNullObject !== present).map((c) => c.name));
    return createStyleResolver(knownBuiltIns, found(false), found(true));
  };
}
