// Why a statement has no speaker, where a rule outside the attribution reads the reason:
// speakerGap.ts prefers a speaker named nearby to a speech verb that only the paragraph gives.

/** A speech verb of the statement's paragraph, or of the paragraph before, reports it (reportingVerbOfParagraph). */
export const PARAGRAPH_VERB_REASON = 'a speech verb of its paragraph or the one before reports it, with no speaker the review could tell';
