/** The Office theme the pane follows, and the Fluent theme for each. */
import { createContext, useContext } from 'react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type PaneTheme = 'light' | 'dark' | 'high-contrast';

export const FLUENT_THEMES: Record<PaneTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

export const PaneThemeContext = createContext<PaneTheme>('light');

export function usePaneTheme(): PaneTheme {
  return useContext(PaneThemeContext);
}
