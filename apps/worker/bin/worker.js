#!/usr/bin/env node
'use strict';
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', '..', '..', 'tsconfig.base.json');
require('@swc-node/register');
require('../src/main.ts');
