#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources through SWC, resolving the workspace's path aliases.
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', '..', '..', 'tsconfig.base.json');
require('@swc-node/register');
require('../src/main.ts');
