#!/usr/bin/env node
// The press-review CLI; npm run build makes dist/cli.js.
require("../dist/cli.js").cli();
