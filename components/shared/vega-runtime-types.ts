/**
 * The part of Vega's `View` that `<mbc-chart>` uses, typed here so that the package's public
 * types do not depend on `vega-typings`.
 */

/** A scenegraph item under the pointer, with the data row it was drawn from. */
export interface VegaItem {
  datum?: Record<string, unknown>;
}

export type TooltipHandler = (handler: unknown, event: MouseEvent, item: VegaItem | null | undefined, value: unknown) => void;

export interface VegaView {
  /** The rows of a named data set. */
  data(name: string): object[];
  data(name: string, values: readonly object[]): VegaView;
  signal(name: string, value: unknown): VegaView;
  width(): number;
  width(width: number): VegaView;
  height(height: number): VegaView;
  description(text: string): VegaView;
  tooltip(handler: TooltipHandler): VegaView;
  initialize(container?: Element): VegaView;
  addEventListener(type: string, handler: (event: Event, item: VegaItem | null | undefined) => void): VegaView;
  runAsync(): Promise<VegaView>;
  toSVG(scale?: number): Promise<string>;
  toImageURL(type: 'png', scale?: number): Promise<string>;
  finalize(): VegaView;
  /** Vega's dataflow state (data sets and signals), for inspection. */
  getState(options?: { data?: (name: string) => boolean; signals?: (name: string) => boolean; recurse?: boolean }): unknown;
}

/** What the trimmed runtime chunk exports. */
export interface VegaRuntime {
  /** Parse a Vega spec into a runtime dataflow description; `ast: true` for the interpreter. */
  parse(spec: object, config?: object, options?: { ast?: boolean }): object;
  /** A new view of a parsed spec. */
  createView(runtime: object, options: Record<string, unknown>): VegaView;
  /** Vega's CSP-safe expression interpreter (no `eval`, no `new Function`). */
  expressionInterpreter: unknown;
  /** Register the canvas renderer (left out of the drop-in's runtime) before a PNG export. */
  enableCanvas(): Promise<void>;
}
