/** Values for the "[insert ...]" tokens the picked items use; left empty, the token stays visible in the text. */
import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Placeholder } from '../../catalog/types';
import { placeholderLabel } from '../state/derived';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface PlaceholderInputsProps {
  placeholders: Placeholder[];
  values: Record<string, string>;
  onChange(id: string, value: string): void;
}

export function PlaceholderInputs(props: PlaceholderInputsProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {props.placeholders.map((p) => (
        <Field
          key={p.id}
          label={placeholderLabel(p)}
          hint={`Replaces “${p.token}” in the selected items. Leave empty to keep it marked.`}
        >
          <Input value={props.values[p.id] ?? ''} onChange={(_, d) => props.onChange(p.id, d.value)} />
        </Field>
      ))}
    </div>
  );
}
