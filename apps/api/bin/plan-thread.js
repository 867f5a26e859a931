'use strict';
// A planning thread of the API (apps/api/src/planning/planning-pool.service.ts): a worker thread
// starts with no TypeScript loader, so it registers the same one as bin/api.js.
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', '..', '..', 'tsconfig.base.json');
require('@swc-node/register');
module.exports = require('../src/planning/plan.thread.ts');
