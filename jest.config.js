/** Jest runs TypeScript as native ESM through SWC; type checking is `npm run typecheck`. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60000,
  // Each test file imports nlp/ afresh and compiles its large lexicons again; the old module graphs are not
  // all released (ESM under vm modules), and on a 2-core machine the files ran in one process until its
  // code space ran out (CI, round 23). With a limit the files run in a worker that is replaced when it has
  // grown past it.
  workerIdleMemoryLimit: '1GB',
};
