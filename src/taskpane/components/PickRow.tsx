/** One tickable item: a checkbox named by the item's text, an "In document" mark, an optional description. */
import { useId, type ReactNode } from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { PickCheckbox, type CheckboxClasses } from './PickCheckbox';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  description: {
    // Aligned with the label text: checkbox padding + indicator + gap.
    margin: `0 0 ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXXL}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  badge: { flexShrink: 0, marginTop: tokens.spacingVerticalS },
});

export interface PickRowProps {
  /** From useCheckboxClasses(), once per list. */
  checkbox: CheckboxClasses;
  label: string | JSX.Element;
  checked: boolean;
  onChange(on: boolean): void;
  inDocument?: boolean;
  description?: ReactNode;
}

export function PickRow(props: PickRowProps): JSX.Element {
  const styles = useStyles();
  const descriptionId = useId();
  return (
    <div className={styles.row}>
      <div className={styles.body}>
        <PickCheckbox
          classes={props.checkbox}
          checked={props.checked}
          onChange={props.onChange}
          label={props.label}
          describedBy={props.description ? descriptionId : undefined}
        />
        {props.description && (
          <p id={descriptionId} className={styles.description}>
            {props.description}
          </p>
        )}
      </div>
      {props.inDocument && (
        <Badge className={styles.badge} appearance="tint" color="informative" size="small">
          In document
        </Badge>
      )}
    </div>
  );
}
