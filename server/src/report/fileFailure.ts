// A file (or folder) the command line did not analyse, as every output format names it:
// the shape of the archive's error objects ({file, error: {code, message}}), so that json,
// ndjson, text and SARIF tell the same story.

import type { ErrorCode } from '../archive/types';

export interface FileFailure {
  /** The path as the reports show it (relative to the folder the run started in). */
  file: string;
  code: ErrorCode;
  /** One line, naming the path and the reason (the same words as on stderr). */
  message: string;
}
