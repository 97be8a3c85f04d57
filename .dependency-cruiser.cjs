/**
 * Layer rules of ARCHITECTURE.md, checked by `npm run lint`:
 * shared ← domain ← store ← engine ← flows ← (scheduler, delivery, channels, web) ← app ← main, cli.
 * A file may import its own layer and the layers below it, never one above; no cycles.
 */
const layer = (name, path) => ({ name, path });
const LAYERS = [
  layer('shared', '^src/(shared/|config\\.ts$)'),
  layer('domain', '^src/domain/'),
  layer('store', '^src/store/'),
  layer('engine', '^src/engine/'),
  layer('flows', '^src/flows/'),
  layer('scheduler', '^src/scheduler/'),
  layer('delivery', '^src/delivery/'),
  layer('channels', '^src/channels/'),
  layer('web', '^src/web/'),
  layer('app', '^src/app\\.ts$'),
];
/** What each layer must not import: everything above it. */
const ABOVE = {
  shared: '^src/(domain|store|engine|flows|scheduler|delivery|channels|web)/|^src/(app|main|cli)\\.ts$',
  domain: '^src/(store|engine|flows|scheduler|delivery|channels|web)/|^src/(app|main|cli)\\.ts$',
  store: '^src/(engine|flows|scheduler|delivery|channels|web)/|^src/(app|main|cli)\\.ts$',
  engine: '^src/(flows|scheduler|delivery|channels|web)/|^src/(app|main|cli)\\.ts$',
  flows: '^src/(scheduler|delivery|channels|web)/|^src/(app|main|cli)\\.ts$',
  // Peers above the flows know nothing of one another, except the adapter contract.
  scheduler: '^src/(delivery|channels|web)/|^src/(app|main|cli)\\.ts$',
  delivery: '^src/(scheduler|web)/|^src/channels/(?!types\\.ts$)|^src/(app|main|cli)\\.ts$',
  channels: '^src/(flows|scheduler|delivery)/|^src/(app|main|cli)\\.ts$',
  web: '^src/(scheduler|delivery|channels/(?!whatsapp-cloud/))|^src/(app|main|cli)\\.ts$',
  app: '^src/(main|cli)\\.ts$',
};

module.exports = {
  forbidden: [
    ...LAYERS.map(({ name, path }) => ({
      name: `layer-${name}`,
      comment: `${name} imports only its own layer and those below it (ARCHITECTURE.md, "Layout")`,
      severity: 'error',
      from: { path },
      to: { path: ABOVE[name] },
    })),
    {
      name: 'channels-know-no-flows',
      comment: 'channel adapters turn platform events into Inbound values; flows are the engine\'s business',
      severity: 'error',
      from: { path: '^src/channels/' },
      to: { path: '^src/(flows|engine)/' },
    },
    {
      name: 'sql-only-in-store',
      comment: 'every SQL statement and drizzle query lives in src/store/',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: '^(node_modules/)?(drizzle-orm|better-sqlite3)(/|$)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'src-never-imports-tests-or-bench',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
    {
      name: 'bench-uses-only-test-support',
      comment: 'the benchmark drives the same fakes as the tests (fake Bot API, seeded randomness), nothing else of test/',
      severity: 'error',
      from: { path: '^bench/' },
      to: { path: '^test/(?!support/)' },
    },
    { name: 'no-cycles', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
