/**
 * The painted shell's theme keeps only the custom properties the page refers to
 * (scripts/webpack/unused-variables.js, run by the critical-CSS step).
 */
import { withoutUnusedVariables } from '../scripts/webpack/unused-variables';

const THEME = '[data-jdb-shell]{--a:1px;--b:2px;--c:var(--d);--d:3px;--e:4px;--f:5px;--g:6px}';

describe('withoutUnusedVariables', () => {
  test('keeps what a rule, a fallback, a style attribute or a kept property refers to; drops the rest', () => {
    const critical = '.x{margin:var(--a)}.y{padding:var(--missing,var(--f))}';
    const [theme] = withoutUnusedVariables([THEME], [critical], ['--local:0;width:var(--c)']);
    expect(theme).toBe('[data-jdb-shell]{--a:1px;--c:var(--d);--d:3px;--f:5px}');
  });

  test('a property only an unused property refers to goes too', () => {
    const [theme] = withoutUnusedVariables(['.t{--c:var(--d);--d:3px;color:red}'], [], []);
    expect(theme).toBe('.t{color:red}');
  });

  test('leaves other declarations, at-rules and the sheets it was not asked to trim as they were', () => {
    const own = '@media (prefers-color-scheme: dark){body{background:#292929;color:var(--g)}}';
    const [themeOut, ownOut] = withoutUnusedVariables([THEME, own], [], []);
    expect(ownOut).toBe(own);
    expect(themeOut).toBe('[data-jdb-shell]{--g:6px}');
  });

  test('a rule left with nothing is dropped, not written empty; one that was empty stays', () => {
    const dark = ':root[data-jdb-theme=dark] [data-jdb-shell]{--e:9px}.keep{color:var(--a)}.empty{}';
    expect(withoutUnusedVariables([THEME, dark], [], [])).toEqual([
      '[data-jdb-shell]{--a:1px}',
      '.keep{color:var(--a)}.empty{}',
    ]);
  });
});
