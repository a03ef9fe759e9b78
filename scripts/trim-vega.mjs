import { fileURLToPath } from 'node:url';
/**
 * A rollup plugin that trims the Vega runtime of the drop-in (components/mbc-chart/
 * vega-runtime.js) further: packages that Vega's parser, view and expression functions import,
 * but that the library's chart templates never use, are replaced by small stubs that throw a
 * clear error if they are ever called:
 * - d3-geo (the geo expression functions), topojson-client and d3-dsv (loading TopoJSON and
 *   CSV data from a URL), vega-selections (Vega-Lite selections), vega-statistics (random
 *   sampling, quartile and bootstrap aggregates) and d3-scale-chromatic's named categorical
 *   schemes (every template gives its colours from the theme).
 * Only the drop-in's build uses it: vega-embed for a user's own Vega-Lite chart is a bundle of
 * its own (chunks/vega-embed.js) with all of Vega. test/unit/build/runtime-dist.test.ts draws
 * every template with the built, trimmed runtime.
 */
const fail = (pkg, name) => `function ${name}() { throw new Error('${name} (${pkg}) is not part of the trimmed Vega runtime of mbc-dashboard'); }`;
const functions = (pkg, names) => names.map((n) => `export ${fail(pkg, n)}`).join('\n');

const STUBS = {
  'd3-geo': functions('d3-geo', ['geoArea', 'geoBounds', 'geoCentroid', 'geoGraticule', 'geoPath']),
  'topojson-client': functions('topojson-client', ['feature', 'mesh']),
  'd3-dsv': `${fail('d3-dsv', 'parse')}\nexport function dsvFormat() { return { parse }; }`,
  'vega-selections': functions('vega-selections', ['selectionVisitor', 'selectionTest', 'selectionIdTest', 'selectionResolve', 'selectionTuples']),
  'vega-statistics': [
    functions('vega-statistics', [
      'quartiles',
      'bootstrapCI',
      'bin',
      'dotbin',
      'quantiles',
      'sampleCurve',
      'bandwidthNRD',
      'randomKDE',
      'randomMixture',
      'randomNormal',
      'randomLogNormal',
      'randomUniform',
    ]),
    functions('vega-statistics', [
      'sampleUniform',
      'sampleLogNormal',
      'sampleNormal',
      'quantileUniform',
      'quantileLogNormal',
      'quantileNormal',
      'densityUniform',
      'densityLogNormal',
      'densityNormal',
      'cumulativeUniform',
      'cumulativeLogNormal',
      'cumulativeNormal',
    ]),
    'export const random = () => Math.random();',
    'export function setRandom() {}',
  ].join('\n'),
  'd3-scale-chromatic': [
    'schemeSet3',
    'schemeSet2',
    'schemeSet1',
    'schemePastel2',
    'schemePastel1',
    'schemePaired',
    'schemeObservable10',
    'schemeDark2',
    'schemeCategory10',
    'schemeAccent',
  ]
    .map((n) => `export const ${n} = [];`)
    .join('\n'),
};

const PREFIX = '\0trimmed-vega:';

/**
 * vega-scenegraph from its sources, with a renderer registry (`src/modules.js`) that holds the
 * SVG renderers only: the canvas renderer (needed for PNG exports only) and the hybrid one are
 * left out of the runtime every page loads. `vega-canvas-module.js` registers the canvas renderer
 * from a lazily loaded chunk before a PNG export. (The canvas *handler* stays: a view starts with
 * one.)
 */
const SCENEGRAPH = fileURLToPath(new URL('../node_modules/vega-scenegraph/', import.meta.url));
const SVG_ONLY_MODULES = `import SVGHandler from ${JSON.stringify(SCENEGRAPH + 'src/SVGHandler.js')};
import SVGRenderer from ${JSON.stringify(SCENEGRAPH + 'src/SVGRenderer.js')};
import SVGStringRenderer from ${JSON.stringify(SCENEGRAPH + 'src/SVGStringRenderer.js')};
export const RenderType = { Canvas: 'canvas', PNG: 'png', SVG: 'svg', Hybrid: 'hybrid', None: 'none' };
const modules = { svg: { renderer: SVGRenderer, headless: SVGStringRenderer, handler: SVGHandler }, none: {} };
export function renderModule(name, _) {
  name = String(name || '').toLowerCase();
  if (arguments.length > 1) {
    modules[name] = _;
    return this;
  }
  return modules[name];
}
`;

export function trimVega() {
  return {
    name: 'trim-vega',
    resolveId(source, importer) {
      if (source === 'vega-scenegraph') return SCENEGRAPH + 'index.js';
      if (source === './src/modules.js' && importer === SCENEGRAPH + 'index.js') return PREFIX + 'scenegraph-modules';
      return Object.hasOwn(STUBS, source) ? PREFIX + source : null;
    },
    load(id) {
      if (id === PREFIX + 'scenegraph-modules') return SVG_ONLY_MODULES;
      return id.startsWith(PREFIX) ? STUBS[id.slice(PREFIX.length)] : null;
    },
  };
}
