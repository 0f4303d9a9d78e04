// Why a statement has no speaker, where a rule outside the attribution reads the reason:
// speakerGap.ts prefers a speaker named nearby to a speech verb that only the paragraph gives.

/** The subject of its sentence's opening verb is named before it, with no speech verb (sentenceSubjectNamed). */
export const SENTENCE_SUBJECT_REASON = 'no speech verb in its sentence, whose subject is named before it';

/** Words after it point back at it (هكذا) with a verb no rule reads as a speech verb (pointedBackVerb). */
export const POINTED_BACK_REASON = 'the words after it point back at it with a verb no rule reads, with no speaker the review could tell';

/** A lead-in ending with a colon introduces it, naming no one the review could tell (colonLeadIn). */
export const COLON_LEAD_REASON = 'a lead-in ending with a colon introduces it, with no speaker the review could tell';

/** A speech verb of the statement's paragraph, or of the paragraph before, reports it (reportingVerbOfParagraph). */
export const PARAGRAPH_VERB_REASON = 'a speech verb of its paragraph or the one before reports it, with no speaker the review could tell';
