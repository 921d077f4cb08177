/** Text with the search matches marked (<mark>), from the [start, end) ranges search reports. */
import { Fragment } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Range } from '../../catalog/text-match';

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1Static,
    borderRadius: tokens.borderRadiusSmall,
  },
});

export function Highlight(props: { text: string; ranges?: Range[] }): JSX.Element {
  const styles = useStyles();
  const { text, ranges } = props;
  if (!ranges?.length) return <>{text}</>;
  const parts: JSX.Element[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(<Fragment key={`t${i}`}>{text.slice(at, start)}</Fragment>);
    parts.push(
      <mark key={`m${i}`} className={styles.mark}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <>{parts}</>;
}
