// The analysis engine: the entry of dist/engine.js, the bundle the language server, the
// command line and the workers load when they first analyse or build knowledge
// (node/engine.ts). The analysis and its language data are most of the server's bytes;
// kept apart, the server answers initialize without reading or compiling them.

export { analyze, buildKnowledge, builtinKnowledge } from './analysis';
