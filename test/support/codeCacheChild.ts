// Loads a module with its code cache in a new process (V8 reuses, within one process, what
// it compiled from the same source, whatever cache it is given), runs it, and prints what
// happened as JSON. node --require tsx/cjs codeCacheChild.ts <file> <folder> [save]
import { loadWithCodeCache } from '../../server/src/node/codeCache';

const [file, folder, save] = process.argv.slice(2);
const loaded = loadWithCodeCache<{ longest(text: string): string; file: string; self: boolean }>(file, folder);
process.stdout.write(
  JSON.stringify(
    loaded && {
      accepted: loaded.cacheAccepted,
      cacheFile: loaded.cacheFile,
      longest: loaded.exports.longest('a quick fox jumped'),
      file: loaded.exports.file,
      self: loaded.exports.self,
      saved: save === 'save' ? loaded.save() : null,
    },
  ) ?? 'null',
);
