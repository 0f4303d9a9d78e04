// The gold annotation's schema (test/fixtures/gold/README.md).

export interface GoldQuote {
  line: number;
  text: string;
  kind: 'statement' | 'term' | 'title';
  speaker: string | null;
  cue: string | null;
  nested_in_line: number | null;
}

export interface GoldArticle {
  file: string;
  title: string | null;
  date: string | null;
  boilerplate_lines: number[];
  source_line: { line: number; source: string } | null;
  sections: { heading: string; line: number }[];
  quotes: GoldQuote[];
  unbalanced_quote_lines: number[];
  speakers: { name: string; aliases: string[]; role: string }[];
  name_variants: { canonical: string; variant: string; line: number }[];
  organizations: { name: string; other_forms: string[]; english: string; acronym: string | null; lines: number[] }[];
  weekday_mentions: { line: number; text: string; weekday_correct: boolean }[];
}

/** Articles written for the tests (test/fixtures/articles) annotate only their quotes. */
export interface PartialGold {
  file: string;
  quotes: GoldQuote[];
}
