import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
for (const format of ['color-hex', 'uri', 'uri-reference']) ajv.addFormat(format, true);
const validateSchema = ajv.compile(schema);

/**
 * Validate a spec against the Vega-Lite JSON Schema and compile it, collecting every warning.
 * Returns the schema errors and the compiler warnings; a good spec has neither.
 */
export function checkSpec(spec: TopLevelSpec): { schemaErrors: string[]; warnings: string[] } {
  const ok = validateSchema(spec);
  const schemaErrors = ok ? [] : (validateSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    warn: (...args: unknown[]) => (warnings.push(args.map(String).join(' ')), logger),
    info: () => logger,
    debug: () => logger,
    error: (...args: unknown[]) => (warnings.push(`error: ${args.map(String).join(' ')}`), logger),
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  compile(spec, { logger: logger as any });
  return { schemaErrors, warnings };
}
