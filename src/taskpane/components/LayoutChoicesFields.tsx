/**
 * Beside the preview: whether the job description opens with its part heading, and, when the house numbers
 * its duties, whether each competency's numbering starts again. "Auto" shows what the pane decided from the
 * document and why; the user's choice is remembered in the document with the house style.
 */
import { Button, Field, Radio, RadioGroup, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { ParagraphInfo } from '../../house-style/types';
import type { NumberingMode } from '../../render/numbered-lists';
import type { LayoutChoices } from '../../workflows/layout-choices';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
});

export interface LayoutChoicesFieldsProps {
  choices: LayoutChoices;
  onChange(next: LayoutChoices): void;
  /** The heading the cursor directly follows, if any (house-style/detect.ts headingBeforeCursor). */
  heading: ParagraphInfo | undefined;
  /** The house numbers its duties, so the numbering choice applies. */
  numbered: boolean;
}

/** Whether the part heading goes in, and the words that say why. */
export function partHeadingDecision(
  choices: LayoutChoices,
  heading: ParagraphInfo | undefined,
): { adds: boolean; why: string } {
  const choice = choices.partHeading ?? 'auto';
  if (choice === 'always') return { adds: true, why: 'Added, as you chose (remembered in this document).' };
  if (choice === 'never') return { adds: false, why: 'Left out, as you chose (remembered in this document).' };
  return heading
    ? { adds: false, why: `Left out: your document’s heading “${heading.text.trim()}” already names the part.` }
    : { adds: true, why: 'Added: no heading of your document comes right before the cursor.' };
}

export function LayoutChoicesFields(props: LayoutChoicesFieldsProps): JSX.Element {
  const styles = useStyles();
  const { choices, onChange } = props;
  const decision = partHeadingDecision(choices, props.heading);
  return (
    <div className={styles.group}>
      <Field hint={decision.why}>
        <Switch
          label="Add a heading for the part"
          checked={decision.adds}
          onChange={(_, d) => onChange({ ...choices, partHeading: d.checked ? 'always' : 'never' })}
        />
      </Field>
      {(choices.partHeading ?? 'auto') !== 'auto' && (
        <Button size="small" appearance="subtle" onClick={() => onChange({ ...choices, partHeading: 'auto' })}>
          Decide from the document
        </Button>
      )}
      {props.numbered && (
        <Field label="Numbering of the duties">
          <RadioGroup
            value={choices.numbering ?? 'restart'}
            onChange={(_, d) => onChange({ ...choices, numbering: d.value as NumberingMode })}
          >
            <Radio value="restart" label="Restart at each competency" />
            <Radio value="continue" label="Continue through all competencies" />
          </RadioGroup>
        </Field>
      )}
    </div>
  );
}
