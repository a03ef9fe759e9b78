/**
 * The trimmed Vega runtime of the library's charts: the view, the parser, the dataflow, the
 * scenegraph (SVG and canvas renderers), the encoders and guides, and only the data transforms
 * that Vega's parser and the precompiled templates use. No vega-lite (the templates are compiled
 * at build time), no vega-embed, and none of the geo, force, hierarchy, label, regression,
 * voronoi, wordcloud and crossfilter transforms that `vega`'s main entry registers. Expressions
 * run in Vega's interpreter, so nothing needs `unsafe-eval`.
 *
 * The transforms are imported from their own source files in vega-transforms (its package entry
 * would bring all 40 of them: each registers itself when its module runs). Plain JavaScript,
 * typed by vega-runtime.d.ts, because those files ship no types.
 *
 * test/unit/specs/runtime.test.ts draws every template with this module in Node: a transform a
 * template needs and this list lacks fails there ("Unrecognized transform type").
 */
import { View } from 'vega-view';
import { parse } from 'vega-parser';
import { transforms } from 'vega-dataflow';
import { bound, identifier, mark, overlap, render, viewlayout } from 'vega-view-transforms';
import { axisticks, datajoin, encode, legendentries, scale, sortitems, stack } from 'vega-encode';
import { expressionInterpreter } from 'vega-interpreter';
// Operators Vega's parser emits for every spec.
import aggregate from '../../node_modules/vega-transforms/src/Aggregate.js';
import collect from '../../node_modules/vega-transforms/src/Collect.js';
import compare from '../../node_modules/vega-transforms/src/Compare.js';
import expression from '../../node_modules/vega-transforms/src/Expression.js';
import extent from '../../node_modules/vega-transforms/src/Extent.js';
import facet from '../../node_modules/vega-transforms/src/Facet.js';
import field from '../../node_modules/vega-transforms/src/Field.js';
import key from '../../node_modules/vega-transforms/src/Key.js';
import multiextent from '../../node_modules/vega-transforms/src/MultiExtent.js';
import multivalues from '../../node_modules/vega-transforms/src/MultiValues.js';
import params from '../../node_modules/vega-transforms/src/Params.js';
import prefacet from '../../node_modules/vega-transforms/src/PreFacet.js';
import proxy from '../../node_modules/vega-transforms/src/Proxy.js';
import relay from '../../node_modules/vega-transforms/src/Relay.js';
import sieve from '../../node_modules/vega-transforms/src/Sieve.js';
import values from '../../node_modules/vega-transforms/src/Values.js';
// Data transforms of the compiled templates (stack comes with vega-encode).
import filter from '../../node_modules/vega-transforms/src/Filter.js';
import formula from '../../node_modules/vega-transforms/src/Formula.js';

Object.assign(transforms, {
  bound,
  identifier,
  mark,
  overlap,
  render,
  viewlayout,
  axisticks,
  datajoin,
  encode,
  legendentries,
  scale,
  sortitems,
  stack,
  aggregate,
  collect,
  compare,
  expression,
  extent,
  facet,
  field,
  key,
  multiextent,
  multivalues,
  params,
  prefacet,
  proxy,
  relay,
  sieve,
  values,
  filter,
  formula,
});

/** @type {import('../shared/vega-runtime-types.js').VegaRuntime} */
export const runtime = {
  parse,
  createView: (parsed, options) => new View(parsed, options),
  expressionInterpreter,
  enableCanvas: () => import('./vega-canvas-module.js').then((module) => module.registerCanvas()),
};
