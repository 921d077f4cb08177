/**
 * True only while the painted shell is rendered at build time (render-shell.tsx). Parts of the build view that sit
 * below the fold of Word's default pane (about 320x600) then render nothing: the shell's cost at first paint is
 * parsing, styling and painting its elements, and these parts are hundreds of them nobody sees before the app
 * takes over (and renders them).
 */
import { createContext, useContext } from 'react';

export const PaintingShell = createContext(false);

export function usePaintingShell(): boolean {
  return useContext(PaintingShell);
}
