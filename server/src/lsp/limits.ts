// Limits that keep the server responsive whatever a client opens. The analysis is
// synchronous and costs about a second per 2 MB of Arabic text, so a larger article
// would hold up every request while it is analysed again after each edit; it gets one
// "too-large" finding instead (the command line analyses any size).

/** Largest article (UTF-8 bytes) the editor analyses. */
export const EDITOR_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Diagnostics published for one document. 100 KB of opening quote marks makes 50,000
 * unbalanced-quote findings: a list no one reads, and a Problems panel that floods. Past
 * this many, one information diagnostic says how many more there are.
 */
export const MAX_DIAGNOSTICS = 1000;
