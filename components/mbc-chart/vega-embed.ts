/**
 * vega-embed (with vega-lite and the whole of vega) for a chart of the user's own Vega-Lite
 * spec: the entry of the drop-in's separate `chunks/vega-embed.js` (see rollup.config.mjs).
 */
export { default } from 'vega-embed';
