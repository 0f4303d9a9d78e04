// The entry of dist/minimatch.js: the real minimatch, which the client loads lazily
// (./lazyMinimatch.cjs).
'use strict';

module.exports = require('minimatch');
