/**
 * The checkbox of a pick row: the elements and class names of Fluent's Checkbox (medium, square, label
 * after), so it looks and behaves the same, without Fluent's per-instance machinery. A Fluent Checkbox
 * costs about 0.4 ms to render (field context, controllable state, Label and icon components, eight style
 * hooks); the pick lists hold up to thousands of rows and re-render at each search keystroke. Here the
 * class names come from Fluent's own style hooks once per list (useCheckboxClasses), and a row is plain
 * elements: a native checkbox named by its <label>, as in Fluent.
 */
import { useId, useMemo, type ReactNode } from 'react';
import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  useCheckboxStyles_unstable,
  useLabelStyles_unstable,
  type CheckboxState,
  type LabelState,
} from '@fluentui/react-components';
import { Checkmark12Filled } from '@fluentui/react-icons';

const useStyles = makeStyles({
  // Fluent's focus ring for a checkbox, drawn while the box has keyboard focus. Fluent's own rule waits for
  // an attribute a per-checkbox focus tracker sets; with thousands of rows that tracker was half their cost.
  focusRing: createFocusOutlineStyle({
    style: {},
    selector: 'focus-within',
    customizeSelector: () => '&:has(> input:focus-visible)',
  }),
});

interface BoxClasses {
  root: string;
  input: string;
  indicator: string;
  label: string;
}

export interface CheckboxClasses {
  checked: BoxClasses;
  unchecked: BoxClasses;
}

/** Fluent's class names for one checked state, from the style hooks Fluent's Checkbox and Label use. */
function useFluentBoxClasses(checked: boolean, focusRing: string): BoxClasses {
  const slots = { root: { className: '' }, input: { className: '' }, indicator: { className: '' } };
  const box = { ...slots, label: { className: '' }, checked, disabled: false };
  // The style hooks read only these fields of a Checkbox's state; they fill in each slot's className.
  useCheckboxStyles_unstable({ ...box, labelPosition: 'after', shape: 'square', size: 'medium' } as CheckboxState);
  const label = { root: { className: box.label.className }, disabled: false, size: 'medium', weight: 'regular' };
  useLabelStyles_unstable(label as LabelState);
  return {
    root: mergeClasses(box.root.className, focusRing),
    input: box.input.className,
    indicator: box.indicator.className,
    label: label.root.className,
  };
}

/** Call once per list and pass the result to its rows: the same object while the class names stay the same. */
export function useCheckboxClasses(): CheckboxClasses {
  const { focusRing } = useStyles();
  const c = useFluentBoxClasses(true, focusRing);
  const u = useFluentBoxClasses(false, focusRing);
  // Memoized rows compare it by identity: a new object at each list render would re-render every row.
  return useMemo(
    () => ({ checked: c, unchecked: u }),
    [c.root, c.input, c.indicator, c.label, u.root, u.input, u.indicator, u.label],
  );
}

export interface PickCheckboxProps {
  classes: CheckboxClasses;
  checked: boolean;
  onChange(on: boolean): void;
  label: ReactNode;
  describedBy?: string;
}

export function PickCheckbox(props: PickCheckboxProps): JSX.Element {
  const id = useId();
  const c = props.checked ? props.classes.checked : props.classes.unchecked;
  return (
    <span className={c.root}>
      <input
        type="checkbox"
        id={id}
        className={c.input}
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
        aria-describedby={props.describedBy}
      />
      <div aria-hidden="true" className={c.indicator}>
        {props.checked && <Checkmark12Filled />}
      </div>
      <label htmlFor={id} className={c.label}>
        {props.label}
      </label>
    </span>
  );
}
