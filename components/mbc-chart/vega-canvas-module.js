/**
 * The canvas renderer of Vega, for PNG exports: the trimmed runtime of the drop-in leaves it out
 * (see scripts/trim-vega.mjs), and this chunk registers it on first use. Elsewhere (the library
 * build, Node) vega-scenegraph has it registered already, and registering it again changes nothing.
 */
import { CanvasHandler, CanvasRenderer, renderModule } from 'vega-scenegraph';

export function registerCanvas() {
  const canvas = { renderer: CanvasRenderer, headless: CanvasRenderer, handler: CanvasHandler };
  renderModule('canvas', canvas);
  renderModule('png', canvas);
}
