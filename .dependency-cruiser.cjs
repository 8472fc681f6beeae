/** Layer boundaries from STYLE.md §1, checked by `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports only domain/ and pure data packages: no I/O, no storage, no services',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(storage|services|http|interop|workers|cli)/|^src/(app|main|config)\\.ts$|node_modules/(kysely|better-sqlite3|pg|fastify|pino)/' },
    },
    {
      name: 'storage-below-services',
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: '^src/(services|http|interop|workers|cli)/|^src/(app|main)\\.ts$' },
    },
    {
      name: 'only-storage-touches-the-database',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/storage/' },
      to: { path: 'node_modules/(kysely|better-sqlite3|pg)/' },
    },
    {
      name: 'services-know-no-http',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: '^src/(http|cli|workers)/|node_modules/fastify' },
    },
    {
      name: 'interop-never-touches-storage',
      severity: 'error',
      from: { path: '^src/interop/' },
      to: { path: '^src/storage/' },
    },
    {
      name: 'edges-never-touch-storage',
      comment: 'http/, workers/, cli/ go through services',
      severity: 'error',
      from: { path: '^src/(http|workers|cli)/' },
      to: { path: '^src/storage/' },
    },
    {
      name: 'no-circular',
      comment: 'runtime cycles only: a cycle of type-only imports vanishes at compile time',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { pathNot: '^src/http/routes/index\\.ts$' } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.test\\.ts$' },
  },
}
