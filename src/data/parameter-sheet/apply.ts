import type { BusinessCaseModel } from '../../model/types.js';
import type { Lang } from '../../i18n/lang.js';
import { joinNames } from '../../format/join-names.js';
import { sheetMessage } from '../../i18n/parameter-sheet-messages.js';
import { fileName } from '../load.js';
import type { ParameterSheet } from './read.js';

export interface ApplySheetOptions {
  /** The sheet's file name or URL; its last part is named in the sources. */
  file: string;
  /** Language of the note added to each source; Dutch by default. */
  lang?: Lang;
}

/**
 * The model with a sheet's values as the municipalities' own values. Pure: the model is not
 * changed, and a sheet that changes nothing returns the model as it is.
 *
 * For every parameter row of the sheet and every municipality column: a filled cell is the
 * municipality's own value; an empty cell means the base value, so a value the model gave that
 * municipality is taken away. Parameters without a row and municipalities without a column keep
 * what the model gives them. Only a sheet without errors may be applied (`readParameterSheet`).
 *
 * Each parameter the sheet fills a cell of gets the sheet's file name in its `source`, with the
 * municipalities it set (`… Waarden per gemeente uit parameters-h10.csv (Delft en Westland).`), so
 * that every view showing the parameter's source shows where its values came from.
 */
export function applyParameterSheet(model: BusinessCaseModel, sheet: Pick<ParameterSheet, 'values' | 'parameters' | 'municipalities'>, options: ApplySheetOptions): BusinessCaseModel {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const all = model.municipalities ?? [];
  const columns = new Set(sheet.municipalities);
  const setBy = new Map<string, string[]>();
  let changed = false;
  const municipalities = all.map((m) => {
    if (!columns.has(m.id)) return m;
    const own = Object.hasOwn(sheet.values, m.id) ? sheet.values[m.id]! : {};
    const values: Record<string, number> = { ...m.values };
    for (const id of sheet.parameters) {
      if (Object.hasOwn(own, id)) {
        values[id] = own[id]!;
        const labels = setBy.get(id) ?? [];
        labels.push(m.label);
        setBy.set(id, labels);
      } else delete values[id];
    }
    const same = Object.keys(values).length === Object.keys(m.values ?? {}).length && Object.entries(values).every(([id, v]) => Object.is(m.values?.[id], v));
    changed ||= !same;
    return same ? m : { ...m, values };
  });
  if (setBy.size === 0 && !changed) return model;
  const file = fileName(options.file);
  const parameters = model.parameters.map((p) => {
    const labels = setBy.get(p.id);
    if (!labels) return p;
    const note =
      labels.length === all.length && all.length > 1
        ? sheetMessage(lang, 'source_all', { file, n: all.length })
        : sheetMessage(lang, 'source_some', { file, names: joinNames(labels, lang) });
    const source = (p.source ?? '').trim();
    return { ...p, source: source ? `${source}${/[.!?)]$/.test(source) ? ' ' : '. '}${note}` : note };
  });
  return { ...model, parameters, municipalities };
}
