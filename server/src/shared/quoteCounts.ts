// How many quoted statements, terms and titles, speakers and unattributed statements a
// list of quotes holds. The code lens (server, over an Analysis) and the status bar
// (client, over the JSON report) say the same numbers because they count here.

export interface QuoteCounts {
  statements: number;
  /** Quotes that are not someone's words: names, scare quotes, titles of works. */
  termsAndTitles: number;
  /** Distinct speakers of the statements. */
  speakers: number;
  /** Statements with no speaker. */
  unattributed: number;
}

export function quoteCounts(quotes: readonly { kind: string; speakerId: string | null }[]): QuoteCounts {
  let statements = 0;
  let unattributed = 0;
  const speakers = new Set<string>();
  for (const q of quotes) {
    if (q.kind !== 'statement') continue;
    statements++;
    if (q.speakerId === null) unattributed++;
    else speakers.add(q.speakerId);
  }
  return { statements, termsAndTitles: quotes.length - statements, speakers: speakers.size, unattributed };
}
