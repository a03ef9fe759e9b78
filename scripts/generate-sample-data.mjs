#!/usr/bin/env node
/**
 * SYNTHETISCHE DATA / SYNTHETIC DATA.
 *
 * Generates the H10 sample data in `data/`: `h10-gebruik.csv` (usage: one row per indication)
 * and `h10-indicatoren.csv` (indicators: one value per municipality, quarter and indicator), in
 * the Dutch Excel dialect: `;` between fields, decimal comma, Dutch headers, dates as
 * DD-MM-YYYY, CRLF line endings, UTF-8 with a byte-order mark. The header is line 1 (no comment
 * lines); see `data/README.md` for what the files are.
 *
 * Deterministic: every random number comes from one mulberry32 stream (a 32-bit PRNG by Tommy
 * Ettinger, public domain) seeded with `SAMPLE_SEED`, numbers are written with fixed rules (no
 * `Intl`, no locale), and nothing reads the clock. Running it again gives the same bytes.
 *
 *   node scripts/generate-sample-data.mjs && node scripts/prepare-sample-bundle.mjs
 *
 * Volumes follow population (approximate inhabitants, 2024) with a ramp-up over the years;
 * the figures are plausible, not real.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The seed of the PRNG stream: 2017, the year Beter Samenspel started in Haaglanden. */
export const SAMPLE_SEED = 2017;

/** Disclosure-control threshold of the shipped bundle. */
export const SAMPLE_THRESHOLD = 5;

export const SAMPLE_FILES = {
  usage: 'data/h10-gebruik.csv',
  indicators: 'data/h10-indicatoren.csv',
  bundle: 'data/h10-bundle.json',
};

/** Metadata of the shipped bundle (`meta`): no timestamps, so that it is byte-stable. */
export const SAMPLE_META = {
  synthetic: true,
  title: 'Beter Samenspel Haaglanden (H10)',
  description: {
    nl: 'SYNTHETISCHE DATA: verzonnen cijfers voor de tien H10-gemeenten, 2023-K1 t/m 2025-K4, alleen voor demonstratie en tests. Geen echte gezinnen, geen echte aantallen.',
    en: 'SYNTHETIC DATA: made-up figures for the ten H10 municipalities, 2023-Q1 to 2025-Q4, for demonstration and tests only. No real families, no real counts.',
  },
  generator: 'scripts/generate-sample-data.mjs',
  prng: 'mulberry32',
  seed: SAMPLE_SEED,
  sources: [SAMPLE_FILES.usage, SAMPLE_FILES.indicators],
};

/**
 * The ten H10 municipalities: a short code for pseudonymous case ids, approximate inhabitants,
 * and a factor for how much the programme is used per inhabitant (urban areas a little more).
 */
export const H10 = [
  { name: 'Delft', code: 'DLF', population: 107_000, use: 1.0 },
  { name: 'Den Haag', code: 'DHG', population: 562_000, use: 1.2 },
  { name: 'Leidschendam-Voorburg', code: 'LVB', population: 78_000, use: 1.0 },
  { name: 'Midden-Delfland', code: 'MDL', population: 20_000, use: 0.9 },
  { name: 'Pijnacker-Nootdorp', code: 'PNN', population: 57_000, use: 0.95 },
  { name: 'Rijswijk', code: 'RSW', population: 58_000, use: 1.1 },
  { name: 'Voorschoten', code: 'VST', population: 26_000, use: 0.9 },
  { name: 'Wassenaar', code: 'WSN', population: 27_000, use: 0.85 },
  { name: 'Westland', code: 'WSL', population: 115_000, use: 1.0 },
  { name: 'Zoetermeer', code: 'ZTM', population: 129_000, use: 1.0 },
];

export const YEARS = [2023, 2024, 2025];

/** Ramp-up of the programme per year (index into YEARS). */
const RAMP = [0.8, 1.0, 1.15];

/** Indications per 100,000 inhabitants per quarter, at ramp 1. */
const RATE = { 1: 8, '2a': 10, '2b': 3.5 };

/** Routes (Dutch aliases, as a Dutch export writes them) and their chances per product. */
const ROUTES_NL = ['ots_voorkomen', 'ots_beeindigd', 'ots_noodzakelijk', 'samenwerking_tijdens_ots'];
const ROUTE_CHANCE = { '2a': [0.5, 0.2, 0.18, 0.12], '2b': [0.25, 0.2, 0.25, 0.3] };

/** The standard indicator ids, in the catalog order of src/data/indicators.ts. */
export const INDICATOR_IDS = [
  'vto_filed',
  'vto_prevented',
  'ots_started',
  'ots_prevented',
  'ots_ended_early',
  'ots_duration_months',
  'placements',
  'vt_reports',
  'crises',
  'survey_responses',
  'satisfaction',
  'experienced_safety',
];

const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY = 86_400_000;

/** mulberry32: a small, fast 32-bit PRNG with a period of 2³². Returns numbers in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draw helpers on one stream. */
function sampler(random) {
  const normal = () => {
    // Box-Muller; 1 − u keeps the logarithm finite.
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    random,
    normal,
    int: (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)),
    /** Poisson: Knuth's method for small means, a rounded normal above 30. */
    poisson(mean) {
      if (mean <= 0) return 0;
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = random();
      while (p > limit) {
        k++;
        p *= random();
      }
      return k;
    },
    binomial(n, p) {
      let k = 0;
      for (let i = 0; i < n; i++) if (random() < p) k++;
      return k;
    },
    pick(weights) {
      let u = random();
      for (let i = 0; i < weights.length; i++) {
        u -= weights[i];
        if (u < 0) return i;
      }
      return weights.length - 1;
    },
  };
}

/** A number with a decimal comma and at most `digits` decimals: 16.5 → "16,5", 25 → "25". */
export function dutchNumber(value, digits = 1) {
  const fixed = value.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed.replace('.', ',');
}

/** DD-MM-YYYY of a UTC timestamp. */
function dutchDate(time) {
  const d = new Date(time);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}-${mm}-${d.getUTCFullYear()}`;
}

/** CSV text in the Dutch Excel dialect: BOM, `;`, CRLF after every line. No field needs quotes. */
function csv(header, rows) {
  return '\uFEFF' + [header, ...rows].map((fields) => fields.join(';') + '\r\n').join('');
}

const round1 = (x) => Math.round(x * 10) / 10;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

function generateUsage(s) {
  const rows = [];
  const sequence = new Map(H10.map((m) => [m.code, 0]));
  /** Earlier case ids of 2a/2b per municipality, for repeat indications. */
  const earlier = new Map(H10.map((m) => [m.code, []]));
  const newCase = (m) => {
    const n = sequence.get(m.code) + 1;
    sequence.set(m.code, n);
    const id = `${m.code}-${String(n).padStart(4, '0')}`;
    earlier.get(m.code).push(id);
    return id;
  };

  YEARS.forEach((year, y) => {
    for (let q = 0; q < 4; q++) {
      const quarterStart = Date.UTC(year, q * 3, 1);
      const quarterDays = Math.round((Date.UTC(year, q * 3 + 3, 1) - quarterStart) / DAY);
      for (const m of H10) {
        const scale = (m.population / 100_000) * m.use * RAMP[y];
        for (const product of ['1', '2a', '2b']) {
          const count = s.poisson(RATE[product] * scale);
          for (let i = 0; i < count; i++) {
            const start = quarterStart + s.int(0, quarterDays - 1) * DAY;
            let end;
            let available = '';
            let used = '';
            let extra = '';
            let caseId = '';
            let route = '';
            if (product === '1') {
              // Anonymous advice: no case id, no hours, no route.
              end = start + s.int(0, 14) * DAY;
            } else {
              end = start + (product === '2a' ? s.int(45, 120) : s.int(90, 270)) * DAY;
              available = '25';
              const overCap = s.random() < (product === '2a' ? 0.015 : 0.02);
              const hours = overCap
                ? 25 + s.int(1, 10) / 2
                : clamp(Math.round(2 * (product === '2a' ? 16 + 4.5 * s.normal() : 19 + 4 * s.normal())) / 2, 2, 25);
              used = dutchNumber(hours);
              extra = dutchNumber(s.int(20, 60) / 2);
              const pool = earlier.get(m.code);
              const repeat = pool.length > 0 && s.random() < (product === '2a' ? 0.08 : 0.15);
              caseId = repeat ? pool[pool.length - 1 - Math.floor(s.random() * Math.min(pool.length, 40))] : newCase(m);
              route = ROUTES_NL[s.pick(ROUTE_CHANCE[product])];
            }
            rows.push({
              sort: [start, m.name, product, rows.length],
              fields: [m.name, product, dutchDate(start), end > LAST_DAY ? '' : dutchDate(end), available, used, extra, caseId, route],
            });
          }
        }
      }
    }
  });
  rows.sort((a, b) => {
    for (let i = 0; i < a.sort.length; i++) {
      if (a.sort[i] < b.sort[i]) return -1;
      if (a.sort[i] > b.sort[i]) return 1;
    }
    return 0;
  });
  const header = ['gemeente', 'product', 'startdatum', 'einddatum', 'uren_beschikbaar', 'uren_besteed', 'extra_uren_lokaal_team', 'casus_id', 'route'];
  return csv(
    header,
    rows.map((r) => r.fields),
  );
}

function generateIndicators(s) {
  const rows = [];
  for (const m of H10) {
    const size = m.population / 100_000;
    YEARS.forEach((year, y) => {
      for (let q = 1; q <= 4; q++) {
        const values = {};
        const ramp = RAMP[y];
        values.vto_filed = s.poisson(7.5 * size * (1.05 - 0.06 * y));
        values.vto_prevented = s.poisson(3 * size * ramp);
        values.ots_started = s.poisson(8.5 * size * (1 - 0.05 * y));
        values.ots_prevented = s.poisson(2.5 * size * ramp);
        values.ots_ended_early = s.poisson(1.8 * size * ramp);
        values.ots_duration_months = round1(clamp(30 - 1.2 * y + 3 * s.normal(), 12, 48));
        values.placements = s.poisson(3.2 * size * (1 - 0.04 * y));
        values.vt_reports = s.poisson(160 * size);
        values.crises = s.poisson(9 * size * (1 - 0.03 * y));
        const responses = Math.max(1, s.poisson(3.2 * size * ramp));
        values.survey_responses = responses;
        values.satisfaction = round1((100 * s.binomial(responses, 0.72 + 0.03 * y)) / responses);
        values.experienced_safety = round1((100 * s.binomial(responses, 0.65 + 0.03 * y)) / responses);
        for (const id of INDICATOR_IDS) {
          rows.push([m.name, `${year}-K${q}`, id, dutchNumber(values[id]), '']);
        }
      }
    });
  }
  return csv(['gemeente', 'periode', 'indicator', 'waarde', 'label'], rows);
}

/**
 * The two CSV files as text (with BOM and CRLF), from one PRNG stream: usage first, then
 * indicators. Pure: the same seed gives the same text.
 */
export function generateSampleData(seed = SAMPLE_SEED) {
  const s = sampler(mulberry32(seed));
  const usage = generateUsage(s);
  const indicators = generateIndicators(s);
  return { usage, indicators };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = new URL('..', import.meta.url);
  const { usage, indicators } = generateSampleData();
  await writeFile(new URL(SAMPLE_FILES.usage, root), usage, 'utf8');
  await writeFile(new URL(SAMPLE_FILES.indicators, root), indicators, 'utf8');
  process.stdout.write(`Wrote ${SAMPLE_FILES.usage} and ${SAMPLE_FILES.indicators} (seed ${SAMPLE_SEED}).\n`);
}
