#!/usr/bin/env node
'use strict';
// npm run bench: the TypeScript runs through SWC, as the apps' own entry points do.
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', '..', 'tsconfig.base.json');
require('@swc-node/register');
require('./main.ts');
