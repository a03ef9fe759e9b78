import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import { bcText } from '../../src/i18n/business-case-messages.js';
import { sectionText } from '../../src/i18n/business-case-sections-messages.js';
import { formatEuro, formatEuroChange, formatPercent } from '../../src/format/number.js';
import type { ChartModel } from '../../src/specs/chart-model.js';
import { formatParameterValue } from '../../src/format/parameter.js';
import type { Parameter } from '../../src/model/types.js';
import { rangedParameters, scenarioChoices, sliderStep } from '../../src/select/business-case.js';
import type { BusinessCaseState } from './business-case-controller.js';
import { alternativeLabel } from './render-sections.js';
import { badge } from './render-tables.js';
import { renderCaseTiles } from './render-tiles.js';
import type { Glossary } from '../../src/i18n/glossary-types.js';

/** The key-figure tiles, the scenario switch, the what-if sliders and the break-even chooser. */

export interface ControlHandlers {
  scenario: (event: Event) => void;
  slider: (event: Event, settle: boolean) => void;
  reset: () => void;
  breakEvenParameter: (event: Event) => void;
}

/** NPV (with its change against the model's own values and the chance it is positive), BCR, payback year, present values. */
export function renderTiles(state: BusinessCaseState, lang: Lang, glossary?: Glossary): TemplateResult {
  const { result, analyses, unadjustedNpv, values } = state;
  // The chance that the NPV is positive belongs where the NPV is shown: 52% is a coin flip.
  const chance = analyses && !state.analysesPending ? analyses.mc.probPositive : null;
  const chanceNote =
    chance === null
      ? ''
      : sectionText(lang, 'kpi.chance', { prob: formatPercent(chance, lang), n: analyses!.mc.runs }) +
        (chance >= 0.4 && chance <= 0.6 ? sectionText(lang, 'kpi.coin') : '');
  return renderCaseTiles(result, lang, { npvChange: Object.keys(values).length ? result.totals.npv - unadjustedNpv : null, chanceNote }, glossary);
}

/** The scenario switch; a scenario equal to the model's own values is offered once. */
export function renderScenario(state: BusinessCaseState, lang: Lang, onChange: (event: Event) => void): TemplateResult | typeof nothing {
  const choices = scenarioChoices(state.model);
  if (choices.length < 2) return nothing;
  const current = state.selection.scenario;
  const selected = (c: (typeof choices)[number]) => c.id === current || (c.id === '' && (!current || c.sameAs === current));
  return html`<div part="controls" class="controls">
    <div class="field">
      <label for="scenario">${bcText(lang, 'bc.scenario')}</label>
      <select id="scenario" @change=${onChange}>
        ${choices.map((c) => html`<option value=${c.id} ?selected=${selected(c)}>${alternativeLabel(c, lang)}</option>`)}
      </select>
    </div>
  </div>`;
}

/** One slider per ranged parameter, moving by 1% of its range or the model's `step`. */
export function renderWhatIf(state: BusinessCaseState, lang: Lang, on: ControlHandlers): TemplateResult | typeof nothing {
  const { selection, values, result, unadjustedNpv } = state;
  const ranged = rangedParameters(selection.model);
  if (ranged.length === 0) return nothing;
  const inCase = state.inCase.values;
  const changed = Object.keys(values).length;
  const scenario = selection.scenario ? ((selection.model.scenarios ?? []).find((s) => s.id === selection.scenario)?.label ?? selection.scenario) : '';
  const change = { npv: formatEuro(result.totals.npv, lang), change: formatEuroChange(result.totals.npv - unadjustedNpv, lang), scenario };
  return html`<section part="whatif" aria-labelledby="whatif-heading">
    <details class="whatif">
      <summary>
        <span id="whatif-heading">${bcText(lang, 'bc.whatif')}</span>
        (${bcText(lang, 'bc.whatif.count', { n: ranged.length })}${changed ? html`; ${bcText(lang, 'bc.whatif.changed', { n: changed })}` : nothing})
      </summary>
      <p class="muted">${bcText(lang, 'bc.whatif.hint')}</p>
      <p part="change" class="change" aria-live="polite">
        ${changed ? sectionText(lang, scenario ? 'whatif.change.scenario' : 'whatif.change.base', change) : nothing}
      </p>
      <ul class="sliders">
        ${ranged.map((p) => {
          const current = values[p.id] ?? inCase[p.id]!;
          const id = `whatif-${p.id}`;
          return html`<li class="slider ${p.id in values ? 'changed' : ''}">
            <label for=${id}><bdi>${p.label}</bdi>${p.illustrative ? badge(lang) : nothing}</label>
            <output for=${id} aria-live="off">${formatParameterValue(current, p.unit, lang)}</output>
            <input
              id=${id}
              type="range"
              data-parameter=${p.id}
              min=${p.low}
              max=${p.high}
              step=${sliderStep(p.low, p.high, p.step)}
              .value=${String(current)}
              aria-valuetext=${formatParameterValue(current, p.unit, lang)}
              @input=${(e: Event) => on.slider(e, false)}
              @change=${(e: Event) => on.slider(e, true)}
            />
            <span class="range muted">${bcText(lang, 'bc.whatif.range', { low: formatParameterValue(p.low, p.unit, lang), high: formatParameterValue(p.high, p.unit, lang) })}</span>
          </li>`;
        })}
      </ul>
      <button type="button" part="reset" ?disabled=${changed === 0} @click=${on.reset}>${bcText(lang, 'bc.whatif.reset')}</button>
    </details>
  </section>`;
}

/** The break-even chooser and its chart. */
export function renderBreakEven(
  parameters: readonly Parameter[],
  chart: ChartModel,
  chosen: string,
  lang: Lang,
  onChange: (event: Event) => void,
): TemplateResult {
  return html`<div part="break-even">
    <div class="field">
      <label for="break-even-parameter">${bcText(lang, 'bc.breakEven.choose')}</label>
      <select id="break-even-parameter" @change=${onChange}>
        ${parameters.map((p) => html`<option value=${p.id} ?selected=${p.id === chosen}>${p.label}</option>`)}
      </select>
    </div>
    <mbc-chart part="chart" .chart=${chart} heading=${chart.table.caption}></mbc-chart>
  </div>`;
}
