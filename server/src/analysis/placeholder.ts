// The speaker placeholder the "insert an attribution placeholder" quick fix writes
// (وقال [المتحدث]: "…"). A statement whose cue is followed by it still has no speaker:
// it stays flagged, with its own reason, until someone writes the name in.

/** What the quick fix inserts before an unattributed statement. */
export const ATTRIBUTION_PLACEHOLDER = 'وقال [المتحدث]: ';

/** The placeholder itself, as it stands after the cue. */
export const SPEAKER_PLACEHOLDER = '[المتحدث]';

export const PLACEHOLDER_REASON = `the speaker placeholder ${SPEAKER_PLACEHOLDER} is not filled in`;
