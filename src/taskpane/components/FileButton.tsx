/**
 * A button that opens the file picker. The input stays hidden but named, for screen readers and tests; it is
 * emptied after each choice so the same file can be chosen again once fixed.
 */
import { useRef } from 'react';
import { Button } from '@fluentui/react-components';
import { useSectionStyles } from './section-styles';

export interface FileButtonProps {
  label: string;
  /** The accessible name of the hidden file input. */
  inputLabel: string;
  accept: string;
  disabled?: boolean;
  /** Several files may be chosen at once (a CSV catalog with its levels file); they come as the first and the rest. */
  multiple?: boolean;
  onFile: (file: File, others: File[]) => Promise<void>;
}

export function FileButton(props: FileButtonProps): JSX.Element {
  const styles = useSectionStyles();
  const input = useRef<HTMLInputElement>(null);
  const choose = async (files: File[]) => {
    const [file, ...others] = files;
    if (!file) return;
    try {
      await props.onFile(file, others);
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <div className={styles.row}>
      <Button disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept={props.accept}
        aria-label={props.inputLabel}
        multiple={props.multiple}
        onChange={(e) => void choose(Array.from(e.target.files ?? []))}
      />
    </div>
  );
}
