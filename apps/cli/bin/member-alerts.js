#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources through SWC, resolving the workspace's path aliases.
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', '..', '..', 'tsconfig.base.json');
require('@swc-node/register');
const { main } = require('../src/main.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`member-alerts: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 70;
  },
);
