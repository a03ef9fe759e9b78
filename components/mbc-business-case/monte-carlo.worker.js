// The analyses worker (sensitivity and Monte Carlo), started by analyses-client.ts with
// `new Worker(new URL('./monte-carlo.worker.js', import.meta.url), {type: 'module'})`. This file
// is plain JavaScript so that it has the same name in the sources (the test server, Storybook)
// and in the build (rollup.config.mjs writes dist/elements/monte-carlo.worker.js, self-contained,
// and dist/cdn/chunks/monte-carlo.worker.js, which imports the drop-in's shared chunks).
import './analyses-worker.ts';
