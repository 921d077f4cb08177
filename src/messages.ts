/**
 * Problems travel as data, not exceptions: each pipeline step returns its value with
 * the messages it produced (a missing house style, an unfilled placeholder, ...),
 * and the caller shows them at the end.
 */
export type MessageLevel = 'error' | 'warning' | 'info';

export interface Message {
  level: MessageLevel;
  /** Stable machine-readable code, e.g. "style-missing". */
  code: string;
  /** Plain-language text for the user. */
  text: string;
}

export interface WithMessages<T> {
  value: T;
  messages: Message[];
}

export function warning(code: string, text: string): Message {
  return { level: 'warning', code, text };
}

export function info(code: string, text: string): Message {
  return { level: 'info', code, text };
}

export function error(code: string, text: string): Message {
  return { level: 'error', code, text };
}
