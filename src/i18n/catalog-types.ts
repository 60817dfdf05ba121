export type Lang = 'vi' | 'en';

export interface MessageText {
  /** What is wrong. Placeholders `{name}` are filled from the diagnostic and its params. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

export type Catalog = Record<string, Record<Lang, MessageText>>;
