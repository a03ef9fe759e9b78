import { describe, expect, it } from 'vitest';
import { parseIndicators, suggestIndicator } from '../../../src/data/parse-indicators.js';
import { STANDARD_INDICATORS } from '../../../src/data/indicators.js';

const brief = (issues: { line: number; column?: string; code: string; value?: string }[]) =>
  issues.map(({ line, column, code, value }) => ({ line, column, code, value }));

describe('parseIndicators: a Dutch Excel export', () => {
  const csv = [
    '\uFEFFgemeente;periode;indicator;waarde;label',
    'Delft;2024-K3;ots_started;12;',
    'Delft;2024-k4;OTS_Duration_Months;14,5;',
    'Delft;2024;satisfaction;78,25;',
    'Delft;2024-Q3;wachttijd_weken;6;Wachttijd (weken)',
    'Den Haag;2024q3;ots_started;1.234;',
    '',
  ].join('\r\n');

  it('reads and normalises every row', () => {
    const result = parseIndicators(csv);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toEqual([
      { municipality: 'Delft', period: '2024-Q3', indicator: 'ots_started', value: 12, label: null },
      { municipality: 'Delft', period: '2024-Q4', indicator: 'ots_duration_months', value: 14.5, label: null },
      { municipality: 'Delft', period: '2024', indicator: 'satisfaction', value: 78.25, label: null },
      { municipality: 'Delft', period: '2024-Q3', indicator: 'wachttijd_weken', value: 6, label: 'Wachttijd (weken)' },
      { municipality: 'Den Haag', period: '2024-Q3', indicator: 'ots_started', value: 1234, label: null },
    ]);
  });
  it('reads English headers with dot decimals', () => {
    const result = parseIndicators('municipality,period,indicator,value\nDelft,2023-Q1,crises,-1.5\n');
    expect(result.rows).toEqual([{ municipality: 'Delft', period: '2023-Q1', indicator: 'crises', value: -1.5, label: null }]);
  });
  it('accepts every standard id', () => {
    const lines = STANDARD_INDICATORS.map((d, i) => `Delft;2024;${d.id};${i}`);
    const result = parseIndicators(['gemeente;periode;indicator;waarde', ...lines].join('\n'));
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => r.indicator)).toEqual(STANDARD_INDICATORS.map((d) => d.id));
  });
});

describe('parseIndicators: malformed rows', () => {
  const csv = [
    'gemeente;periode;indicator;waarde;label',
    'Delft;2024-Q5;crises;1;', // 2
    'Delft;Q3-2024;crises;1;', // 3
    'Delft;2024-Q1;ots_start;1;', // 4: unknown, close to ots_started
    'Delft;2024-Q1;iets_heel_anders;1;', // 5: unknown, nothing close
    'Delft;2024-Q1;crises;;', // 6: value missing
    'Delft;2024-Q1;crises;veel;', // 7: not a number
    ';;;;', // 8: blank, skipped
    'Delft;2024-Q2;crises;3;', // 9
    'Delft;2024-K2;Crises;4;', // 10: duplicate of 9
    ';2024;;1;', // 11: municipality and indicator missing
    '',
  ].join('\n');
  const result = parseIndicators(csv);

  it('keeps only the valid rows', () => {
    expect(result.rows).toEqual([{ municipality: 'Delft', period: '2024-Q2', indicator: 'crises', value: 3, label: null }]);
  });
  it('reports each error with line, column and code', () => {
    expect(brief(result.errors)).toEqual([
      { line: 2, column: 'period', code: 'invalid_period', value: '2024-Q5' },
      { line: 3, column: 'period', code: 'invalid_period', value: 'Q3-2024' },
      { line: 4, column: 'indicator', code: 'unknown_indicator', value: 'ots_start' },
      { line: 5, column: 'indicator', code: 'unknown_indicator', value: 'iets_heel_anders' },
      { line: 6, column: 'value', code: 'missing_value', value: undefined },
      { line: 7, column: 'value', code: 'invalid_number', value: 'veel' },
      { line: 10, column: 'indicator', code: 'duplicate_indicator', value: 'Crises' },
      { line: 11, column: 'municipality', code: 'missing_value', value: undefined },
      { line: 11, column: 'indicator', code: 'missing_value', value: undefined },
    ]);
  });
  it('explains them in Dutch', () => {
    expect(result.errors.map((e) => e.message)).toEqual([
      'Regel 2, kolom "periode": "2024-Q5" is geen periode; schrijf JJJJ of JJJJ-Kn (bijvoorbeeld 2024 of 2024-K3).',
      'Regel 3, kolom "periode": "Q3-2024" is geen periode; schrijf JJJJ of JJJJ-Kn (bijvoorbeeld 2024 of 2024-K3).',
      'Regel 4, kolom "indicator": "ots_start" is geen standaardindicator; geef een eigen indicator een label. Bedoelt u "ots_started"?',
      'Regel 5, kolom "indicator": "iets_heel_anders" is geen standaardindicator; geef een eigen indicator een label.',
      'Regel 6, kolom "waarde": de waarde ontbreekt.',
      'Regel 7, kolom "waarde": "veel" is geen getal (in dit bestand is de komma het decimaalteken).',
      'Regel 10: Delft, 2024-Q2, crises staat al op regel 9.',
      'Regel 11, kolom "gemeente": de waarde ontbreekt.',
      'Regel 11, kolom "indicator": de waarde ontbreekt.',
    ]);
  });
  it('and in English', () => {
    const en = parseIndicators(csv, { lang: 'en' }).errors.map((e) => e.message);
    expect(en[0]).toBe('Line 2, column "periode": "2024-Q5" is not a period; write YYYY or YYYY-Qn (for example 2024 or 2024-Q3).');
    expect(en[2]).toBe(
      'Line 4, column "indicator": "ots_start" is not a standard indicator; give a custom indicator a label. Did you mean "ots_started"?',
    );
    expect(en[6]).toBe('Line 10: Delft, 2024-Q2, crises already appears on line 9.');
  });
  it('does not count a row with errors as the first of a duplicate', () => {
    const r = parseIndicators('gemeente;periode;indicator;waarde\nDelft;2024;crises;x\nDelft;2024;crises;2\n');
    expect(r.rows).toEqual([{ municipality: 'Delft', period: '2024', indicator: 'crises', value: 2, label: null }]);
    expect(brief(r.errors)).toEqual([{ line: 2, column: 'value', code: 'invalid_number', value: 'x' }]);
  });
  it('treats the same indicator in another municipality or period as distinct', () => {
    const r = parseIndicators('gemeente;periode;indicator;waarde\nDelft;2024;crises;1\nRijswijk;2024;crises;1\nDelft;2024-Q1;crises;1\n');
    expect(r.rows).toHaveLength(3);
    expect(r.errors).toEqual([]);
  });
  it('reports a missing required column once', () => {
    expect(parseIndicators('gemeente;periode;indicator\nDelft;2024;crises\n').errors).toEqual([
      {
        line: 1,
        column: 'value',
        code: 'missing_column',
        message: 'Verplichte kolom ontbreekt: "value" (of "waarde"). Gevonden kolommen: "gemeente", "periode", "indicator".',
      },
    ]);
  });
});

describe('suggestIndicator', () => {
  it.each([
    ['ots_start', 'ots_started'],
    ['OTS started', 'ots_started'],
    ['vto-filed', 'vto_filed'],
    ['placement', 'placements'],
    ['crisis', 'crises'],
    ['satisfction', 'satisfaction'],
    ['wachttijd', undefined],
    ['', undefined],
  ])('%j → %s', (text, id) => {
    expect(suggestIndicator(text)).toBe(id);
  });
});

describe('parseIndicators: the README example file', () => {
  it('loads without errors or warnings', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(new URL('../../fixtures/data/indicators-example.csv', import.meta.url));
    const result = parseIndicators(new Uint8Array(bytes));
    expect(result).toEqual({
      rows: [
        { municipality: 'Delft', period: '2024-Q1', indicator: 'vto_filed', value: 14, label: null },
        { municipality: 'Delft', period: '2024-Q1', indicator: 'ots_started', value: 6, label: null },
        { municipality: 'Delft', period: '2024-Q1', indicator: 'ots_duration_months', value: 11.5, label: null },
        { municipality: 'Delft', period: '2024-Q1', indicator: 'satisfaction', value: 78.4, label: null },
        { municipality: 'Delft', period: '2024-Q1', indicator: 'wachttijd_weken', value: 6, label: 'Wachttijd lokaal team (weken)' },
      ],
      errors: [],
      warnings: [],
    });
  });
});

describe('parseIndicators: the kind and weight of a custom indicator', () => {
  it('reads soort and gewicht (Dutch or English words), declared on any row of the indicator', () => {
    const csv = [
      'gemeente;periode;indicator;waarde;label;soort;gewicht',
      'Delft;2024-K1;wachtenden;12;Gezinnen op de wachtlijst;aantal;',
      'Delft;2024-K1;wachttijd_weken;3,5;Wachttijd (weken);Gemiddelde;wachtenden',
      'Delft;2024-K2;wachttijd_weken;2;Wachttijd (weken);;',
      'Delft;2024-K1;tevreden;81;Tevreden (%);percentage;wachtenden + OTS_Started',
      'Delft;2024-K1;cijfer;7,2;Rapportcijfer;score;',
      'Delft;2024-K1;doorlooptijd;9;Doorlooptijd;;wachtenden',
      'Delft;2024-K1;ots_duration_months;11;;gemiddelde;ots_started + ots_ended_early',
      'Delft;2024-K1;ots_started;6;;count;',
    ].join('\n');
    const result = parseIndicators(csv);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { municipality: 'Delft', period: '2024-Q1', indicator: 'wachtenden', value: 12, label: 'Gezinnen op de wachtlijst', kind: 'count' },
      { municipality: 'Delft', period: '2024-Q1', indicator: 'wachttijd_weken', value: 3.5, label: 'Wachttijd (weken)', kind: 'mean', weights: ['wachtenden'] },
      { municipality: 'Delft', period: '2024-Q2', indicator: 'wachttijd_weken', value: 2, label: 'Wachttijd (weken)' },
      { municipality: 'Delft', period: '2024-Q1', indicator: 'tevreden', value: 81, label: 'Tevreden (%)', kind: 'percent', weights: ['wachtenden', 'ots_started'] },
      { municipality: 'Delft', period: '2024-Q1', indicator: 'cijfer', value: 7.2, label: 'Rapportcijfer', kind: 'score' },
      // A weight without a kind declares a mean.
      { municipality: 'Delft', period: '2024-Q1', indicator: 'doorlooptijd', value: 9, label: 'Doorlooptijd', kind: 'mean', weights: ['wachtenden'] },
      // A standard indicator's own kind and weights may be repeated; nothing is declared.
      { municipality: 'Delft', period: '2024-Q1', indicator: 'ots_duration_months', value: 11, label: null },
      { municipality: 'Delft', period: '2024-Q1', indicator: 'ots_started', value: 6, label: null },
    ]);
  });

  it('reports an unknown kind, a wrong weight and a declaration that changes, with line and column', () => {
    const csv = [
      'gemeente;periode;indicator;waarde;label;soort;gewicht',
      'Delft;2024-K1;wachttijd;3;Wachttijd;gem;', // 2: unknown kind
      'Delft;2024-K1;wachtenden;12;Wachtenden;aantal;ots_started', // 3: a count has no weight
      'Delft;2024-K1;duur;4;Duur;gemiddelde;satisfaction', // 4: not a count
      'Delft;2024-K1;duur2;4;Duur;gemiddelde;duur2', // 5: itself
      'Delft;2024-K1;duur3;4;Duur;gemiddelde;wachtenden +', // 6: empty part
      'Delft;2024-K1;ots_duration_months;11;;aantal;', // 7: not the standard kind
      'Delft;2024-K1;satisfaction;70;;;ots_started', // 8: not the standard weight
      'Delft;2024-K1;tijd;5;Tijd;gemiddelde;wachtenden', // 9
      'Delft;2024-K2;tijd;6;Tijd;score;wachtenden', // 10: differs from line 9
      'Delft;2024-K3;tijd;7;Tijd;;', // 11: inherits, fine
      'Delft;2024-K4;tijd;veel;Tijd;gem;', // 12: bad value; the kind is not checked
    ].join('\n');
    const result = parseIndicators(csv);
    expect(brief(result.errors)).toEqual([
      { line: 2, column: 'kind', code: 'invalid_kind', value: 'gem' },
      { line: 3, column: 'weight', code: 'invalid_weight', value: 'ots_started' },
      { line: 4, column: 'weight', code: 'invalid_weight', value: 'satisfaction' },
      { line: 5, column: 'weight', code: 'invalid_weight', value: 'duur2' },
      { line: 6, column: 'weight', code: 'invalid_weight', value: 'wachtenden +' },
      { line: 7, column: 'kind', code: 'invalid_kind', value: 'aantal' },
      { line: 8, column: 'weight', code: 'invalid_weight', value: 'ots_started' },
      { line: 10, column: 'kind', code: 'inconsistent_kind', value: 'score' },
      { line: 12, column: 'value', code: 'invalid_number', value: 'veel' },
    ]);
    expect(result.errors.slice(0, 8).map((e) => e.message)).toEqual([
      'Regel 2, kolom "soort": "gem" is geen soort; kies aantal, gemiddelde, percentage of score.',
      'Regel 3, kolom "gewicht": een aantal heeft geen gewicht; laat "ots_started" weg of kies gemiddelde, percentage of score.',
      'Regel 4, kolom "gewicht": "satisfaction" is geen aantal en kan dus geen gewicht zijn.',
      'Regel 5, kolom "gewicht": "duur2" noemt de indicator zelf; een indicator kan niet zijn eigen gewicht zijn.',
      'Regel 6, kolom "gewicht": "wachtenden +" is geen gewicht; schrijf id\'s met + ertussen, zoals ots_started + ots_ended_early.',
      'Regel 7, kolom "soort": "aantal" past niet bij standaardindicator ots_duration_months, die een gemiddelde is.',
      'Regel 8, kolom "gewicht": "ots_started" past niet bij standaardindicator satisfaction, die gewogen wordt met survey_responses.',
      'Regel 10: de soort en het gewicht van tijd verschillen van die op regel 9.',
    ]);
    expect(result.rows.map((r) => r.indicator)).toEqual(['tijd', 'tijd']);
    expect(parseIndicators(csv, { lang: 'en' }).errors[0]!.message).toBe('Line 2, column "soort": "gem" is not a kind; use count, mean, percent or score.');
  });
});
