/**
 * The sample document of the standalone preview, drawn as a page: the template's own paragraphs in
 * its own styles, the sections inserted so far (each in the style the plan gave it), and a visible
 * cursor where the next insertion goes.
 */
import { Fragment, useSyncExternalStore, type ReactNode } from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { StyleDef } from '../../house-style/types';
import type { ContentCommand, RunCommand, TableCommand } from '../../render/commands';
import { Paper } from '../components/Paper';
import { appearanceStyle } from './appearance';
import type { PreviewNode, PreviewPort } from './preview-port';

const useStyles = makeStyles({
  region: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    flexGrow: 1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  page: {
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    maxWidth: '50rem',
    fontFamily: 'Calibri, Carlito, sans-serif',
  },
  paragraph: { marginTop: 0, marginBottom: tokens.spacingVerticalXS, minHeight: '1.2em' },
  list: { marginTop: 0, marginBottom: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalXXL },
  section: {
    outline: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    outlineOffset: tokens.spacingHorizontalXXS,
  },
  table: { borderCollapse: 'collapse', marginBottom: tokens.spacingVerticalS },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: 'left',
    verticalAlign: 'top',
  },
  cursor: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  // A border in the text colour, so it stays visible in high contrast, where backgrounds are dropped.
  caret: {
    display: 'inline-block',
    height: '1.2em',
    borderLeft: `${tokens.strokeWidthThicker} solid currentColor`,
  },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground2, color: 'inherit' },
});

type Styles = ReturnType<typeof useStyles>;

/** A paragraph as the page draws it: the template's own and inserted ones alike. */
interface DrawnParagraph {
  kind: 'paragraph';
  style: StyleDef | undefined;
  runs: RunCommand[];
  bullet: boolean;
}
type Drawn = DrawnParagraph | TableCommand;

export function PreviewDocument(props: { port: PreviewPort }): JSX.Element {
  const doc = useSyncExternalStore(props.port.subscribe, props.port.current);
  const styles = useStyles();
  const byId = new Map(doc.styles.styles.map((s) => [s.id, s]));
  const cursorInEmpty =
    doc.nodes[doc.cursor]?.kind === 'paragraph' && !(doc.nodes[doc.cursor] as { text: string }).text.trim();

  const draw = (node: PreviewNode): Drawn[] =>
    node.kind === 'paragraph'
      ? [
          {
            kind: 'paragraph',
            style: byId.get(node.style),
            runs: [{ text: node.text }],
            bullet: !!byId.get(node.style)?.hasNumbering,
          },
        ]
      : node.section.content.map((c: ContentCommand) =>
          c.kind === 'table'
            ? c
            : {
                kind: 'paragraph',
                style: byId.get(c.style.id),
                runs: c.runs,
                bullet: !!c.bullet || !!byId.get(c.style.id)?.hasNumbering,
              },
        );

  return (
    <section className={styles.region} aria-labelledby="jdb-sample-title">
      <div className={styles.header}>
        <h2 id="jdb-sample-title" className={styles.title}>
          Sample document (preview)
        </h2>
        <Badge appearance="outline" color="informative">
          Preview
        </Badge>
      </div>
      <p className={styles.note}>
        Word is not connected, so the pane works on this sample template in your browser. In Word, the same sections go
        into your own document at the cursor, in its styles.
      </p>
      <Paper className={styles.page}>
        {doc.nodes.map((node, i) => {
          const atCursor = i === doc.cursor;
          if (atCursor && cursorInEmpty) return <Cursor key={i} styles={styles} />;
          const content = <Drawing items={draw(node)} styles={styles} />;
          return (
            <Fragment key={i}>
              {atCursor && <Cursor styles={styles} />}
              {node.kind === 'section' ? (
                <div
                  className={styles.section}
                  aria-label={node.section.title}
                  role="group"
                  data-jdb-tag={node.section.tag}
                >
                  {content}
                </div>
              ) : (
                content
              )}
            </Fragment>
          );
        })}
        {doc.cursor >= doc.nodes.length && <Cursor styles={styles} />}
      </Paper>
    </section>
  );
}

function Cursor(props: { styles: Styles }): JSX.Element {
  return (
    <p className={props.styles.cursor} data-testid="preview-cursor">
      <span className={props.styles.caret} aria-hidden="true" />
      Cursor: sections are inserted here
    </p>
  );
}

/** Paragraphs and tables in order; consecutive bullets share one list. */
function Drawing(props: { items: Drawn[]; styles: Styles }): JSX.Element {
  const { items, styles } = props;
  const out: ReactNode[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'table') {
      out.push(<Table key={i} table={item} styles={styles} />);
    } else if (!item.bullet) {
      const Tag = headingTag(item.style);
      out.push(
        <Tag key={i} className={styles.paragraph} style={appearanceStyle(item.style?.appearance)}>
          <Runs runs={item.runs} styles={styles} />
        </Tag>,
      );
    } else {
      const start = i;
      const bullets: DrawnParagraph[] = [];
      for (; i < items.length && items[i].kind === 'paragraph' && (items[i] as DrawnParagraph).bullet; i++)
        bullets.push(items[i] as DrawnParagraph);
      i--;
      out.push(
        <ul key={start} className={styles.list}>
          {bullets.map((b, k) => (
            <li key={k} style={appearanceStyle(b.style?.appearance)}>
              <Runs runs={b.runs} styles={styles} />
            </li>
          ))}
        </ul>,
      );
    }
  }
  return <>{out}</>;
}

function headingTag(style: StyleDef | undefined): 'h3' | 'h4' | 'h5' | 'p' {
  const level = /^heading ([1-9])$/.exec(style?.builtInKey ?? '');
  if (!level) return 'p';
  // The page sits under the region's h2, so the document's Heading 1 is an h3.
  return (['h3', 'h4', 'h5'] as const)[Math.min(2, Number(level[1]) - 1)];
}

function Runs(props: { runs: RunCommand[]; styles: Styles }): JSX.Element {
  return (
    <>
      {props.runs.map((r, i) => {
        let text: ReactNode = r.text;
        if (r.bold || r.characterStyle) text = <strong>{text}</strong>;
        if (r.placeholder) text = <mark className={props.styles.placeholder}>{text}</mark>;
        return <Fragment key={i}>{text}</Fragment>;
      })}
    </>
  );
}

function Table(props: { table: TableCommand; styles: Styles }): JSX.Element {
  const { table, styles } = props;
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          {table.header.map((h, i) => (
            <th key={i} className={styles.cell}>
              {table.headerBold === false ? h : <strong>{h}</strong>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (
              <td key={c} className={styles.cell}>
                {/* A group row's label (a competency over its duties) is bold, as Word gets it. */}
                {c === 0 && table.groupRows?.includes(r) ? <strong>{cell}</strong> : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
