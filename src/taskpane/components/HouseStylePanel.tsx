/**
 * House style: for each role, the document's own style that serves it, pre-filled by detection, and where
 * the document's own paragraphs of that role are formatted by hand, whether the inserted ones copy that look.
 * Choices are saved in the document, so the template carries them for the next person.
 */
import { Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ROLES, type Role } from '../../compose/blocks';
import { HAND_FORMATTED_ROLES } from '../../house-style/detect';
import { availableStylesForRole } from '../../house-style/sheet-index';
import type { StyleChoice, StyleMap, StyleMapping, StyleSheet } from '../../house-style/types';

export const ROLE_FIELD_LABELS: Record<Role, string> = {
  sectionHeading: 'Section heading style',
  competencyHeading: 'Competency heading style',
  responsibility: 'Responsibility style',
  skillTerm: 'Skill term style',
  skillDescription: 'Skill description style',
  body: 'Body text style',
  table: 'Table style',
  tableHeader: 'Table header style',
};

const useStyles = makeStyles({
  // A grid item's minimum is its content: without this, a long option text widens the whole pane.
  select: { minWidth: 0 },
  role: { display: 'flex', flexDirection: 'column' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', justifyContent: 'flex-start' },
});

export interface HouseStylePanelProps {
  sheet: StyleSheet;
  styleMap: StyleMap;
  mapping: StyleMapping;
  onChange(role: Role, styleId: string): void;
  onReset(): void;
  /** Copy (true) or not (false) the hand formatting of the document's own paragraphs of the role. */
  onCopyLook(role: Role, copy: boolean): void;
}

function sourceText(choice: StyleChoice): string {
  if (!choice.style) return 'No style: direct formatting (bold) is used.';
  if (choice.source === 'mapping') return 'Your choice, saved in this document.';
  if (choice.missingFromDocument) return 'Not in this document yet: Word’s standard style will be added.';
  if (choice.source === 'detected') return 'Detected from the document around the cursor.';
  if (choice.source === 'built-in') return 'Word’s built-in style in this document.';
  return 'Fallback.';
}

/** "Look like the list items under “Key duties”": shown where the document formats that role by hand. */
function lookChoice(role: Role, choice: StyleChoice, onCopyLook: (role: Role, copy: boolean) => void) {
  const description = choice.model?.description ?? choice.modelLeftOut;
  // Skill descriptions take the responsibilities' look: the responsibilities' box decides for both.
  if (!description || !HAND_FORMATTED_ROLES.includes(role)) return null;
  return (
    <Checkbox
      label={`Look like ${description} (font, size, indents)`}
      checked={choice.model !== undefined}
      onChange={(_, d) => onCopyLook(role, d.checked === true)}
    />
  );
}

export function HouseStylePanel(props: HouseStylePanelProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.list}>
      {ROLES.map((role) => {
        const choice = props.styleMap[role];
        const options = availableStylesForRole(props.sheet, role);
        const current = choice.style;
        const listed = !current || options.some((s) => s.id === current.id);
        return (
          <div key={role} className={styles.role}>
            <Field label={ROLE_FIELD_LABELS[role]} hint={sourceText(choice)}>
              <Select
                className={styles.select}
                value={current?.id ?? ''}
                onChange={(_, d) => props.onChange(role, d.value)}
              >
                {!current && <option value="">No style</option>}
                {!listed && <option value={current.id}>{current.localName} (to be added)</option>}
                {options.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.localName}
                  </option>
                ))}
              </Select>
            </Field>
            {lookChoice(role, choice, props.onCopyLook)}
          </div>
        );
      })}
      <div className={styles.actions}>
        <Button onClick={props.onReset} disabled={!Object.keys(props.mapping).length}>
          Reset to detected
        </Button>
      </div>
    </div>
  );
}
