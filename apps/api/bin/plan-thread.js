'use strict';
// A planning thread of the API (apps/api/src/planning/planning-pool.service.ts). It loads the
// JavaScript the pool compiled for it (thread-sources.util.ts) rather than a TypeScript loader.
const Module = require('node:module');
const { workerData } = require('node:worker_threads');

const aliases = new Map(Object.entries(workerData.aliases));
const compiled = new Map(Object.entries(workerData.compiled));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases.get(request) ?? request, ...rest);
};
Module._extensions['.ts'] = (module, filename) => {
  const code = compiled.get(filename);
  if (code === undefined) throw new Error(`${filename} was not compiled for the planning threads`);
  module._compile(code, filename);
};

module.exports = require('../src/planning/plan.thread.ts');
