// src/data/prepare.ts
import { op, table } from "arquero";

// src/data/types.ts
var PRODUCTS = ["1", "2a", "2b"];
var ROUTES = ["ots_prevented", "ots_ended_early", "ots_required", "ots_collaboration"];
var REGION = "__region__";

// src/data/hours-distribution.ts
var HOURS_BIN_EDGES = [0, 5, 10, 15, 20, 25];

// src/data/indicators.ts
var SUM = { kind: "sum" };
var STANDARD_INDICATORS = [
  { id: "vto_filed", label: { nl: "Verzoeken tot onderzoek (VTO) ingediend", en: "Requests for investigation (VTO) filed" }, unit: "count", level: "throughput", aggregate: SUM, lowerIsBetter: true },
  { id: "vto_prevented", label: { nl: "VTO\u2019s voorkomen", en: "VTOs prevented" }, unit: "count", level: "outcome", aggregate: SUM },
  { id: "ots_started", label: { nl: "OTS gestart", en: "OTS started" }, unit: "count", level: "output", aggregate: SUM, lowerIsBetter: true },
  { id: "ots_prevented", label: { nl: "OTS voorkomen", en: "OTS prevented" }, unit: "count", level: "outcome", aggregate: SUM },
  { id: "ots_ended_early", label: { nl: "OTS eerder be\xEBindigd", en: "OTS ended early" }, unit: "count", level: "outcome", aggregate: SUM },
  {
    id: "ots_duration_months",
    label: { nl: "Gemiddelde duur OTS (maanden)", en: "Mean OTS duration (months)" },
    unit: "months",
    level: "outcome",
    aggregate: { kind: "weighted", weights: ["ots_ended_early", "ots_started"] },
    lowerIsBetter: true
  },
  { id: "placements", label: { nl: "Uithuisplaatsingen", en: "Out-of-home placements" }, unit: "count", level: "outcome", aggregate: SUM, lowerIsBetter: true },
  { id: "vt_reports", label: { nl: "Meldingen Veilig Thuis", en: "Reports to Veilig Thuis" }, unit: "count", level: "outcome", aggregate: SUM, lowerIsBetter: true },
  { id: "crises", label: { nl: "Crises", en: "Crises" }, unit: "count", level: "outcome", aggregate: SUM, lowerIsBetter: true },
  { id: "survey_responses", label: { nl: "Respondenten gezinsvragenlijst", en: "Family survey respondents" }, unit: "count", level: "input", aggregate: SUM },
  {
    id: "satisfaction",
    label: { nl: "Tevredenheid gezinnen (%)", en: "Family satisfaction (%)" },
    unit: "percent",
    level: "outcome",
    aggregate: { kind: "weighted", weights: ["survey_responses"] }
  },
  {
    id: "experienced_safety",
    label: { nl: "Ervaren veiligheid (%)", en: "Experienced safety (%)" },
    unit: "percent",
    level: "outcome",
    aggregate: { kind: "weighted", weights: ["survey_responses"] }
  }
];
var BY_ID = new Map(STANDARD_INDICATORS.map((d) => [d.id, d]));
function indicatorDefinition(id) {
  return BY_ID.get(id);
}

// src/data/suppress.ts
function isSmallCount(value, threshold) {
  return value != null && value > 0 && value < threshold;
}
var positive = (v) => v != null && v > 0;
var EquationList = class {
  constructor() {
    this.members = [];
    this.starts = [0];
    /** Per equation: members before `starts[e] + splits[e]` are parts, the rest totals. */
    this.splits = [];
    this.counts = [];
    this.split = -1;
  }
  get length() {
    return this.splits.length;
  }
  /** Add `Σ parts = Σ totals`. */
  add(parts, totals, counts = true) {
    for (const m of parts) this.part(m);
    for (const m of totals) this.total(m);
    this.end(counts);
  }
  /** Add a part to the equation being built. */
  part(member) {
    this.members.push(member);
  }
  /** Add a total to the equation being built (after its parts). */
  total(member) {
    if (this.split < 0) this.split = this.members.length - this.starts[this.starts.length - 1];
    this.members.push(member);
  }
  /** Close the equation being built. */
  end(counts = true) {
    const start = this.starts[this.starts.length - 1];
    this.splits.push(this.split < 0 ? this.members.length - start : this.split);
    this.counts.push(counts);
    this.starts.push(this.members.length);
    this.split = -1;
  }
  /** Add an equation in the public form. */
  push(eq) {
    if (Array.isArray(eq)) this.add(eq.slice(0, -1), eq.slice(-1));
    else {
      const { parts, totals, counts = true } = eq;
      this.add(parts, totals, counts);
    }
  }
};
function protectEquations(system) {
  const list = new EquationList();
  for (const eq of system.equations) list.push(eq);
  return protectList(system.values, system.hidden, list, system.closure);
}
function protectList(values, hidden, list, closure = (m) => [m]) {
  const { members, starts, splits, counts } = list;
  const equationCount = list.length;
  const memberCount = values.length;
  const offsets = new Int32Array(memberCount + 1);
  for (const m of members) offsets[m + 1]++;
  for (let m = 0; m < memberCount; m++) offsets[m + 1] += offsets[m];
  const byMember = new Int32Array(offsets[memberCount]);
  const cursor = offsets.slice(0, memberCount);
  for (let e = 0; e < equationCount; e++) {
    for (let x = starts[e]; x < starts[e + 1]; x++) byMember[cursor[members[x]]++] = e;
  }
  const queued = new Uint8Array(equationCount).fill(1);
  const queue = Array.from({ length: equationCount }, (_, e) => e);
  let added = 0;
  const hide = (member) => {
    for (const m of closure(member)) {
      if (hidden[m]) continue;
      hidden[m] = 1;
      added++;
      for (let x = offsets[m]; x < offsets[m + 1]; x++) {
        const e = byMember[x];
        if (!queued[e]) {
          queued[e] = 1;
          queue.push(e);
        }
      }
    }
  };
  for (let head = 0; head < queue.length; head++) {
    const e = queue[head];
    queued[e] = 0;
    const start = starts[e];
    const split = start + splits[e];
    let hiddenCount = 0;
    let hiddenSum = 0;
    let hiddenParts = 0;
    let best = -1;
    let bestValue = 0;
    for (let x = start; x < starts[e + 1]; x++) {
      const m = members[x];
      const v = values[m];
      if (!positive(v)) continue;
      if (hidden[m]) {
        hiddenCount++;
        hiddenSum += v;
        if (x < split) hiddenParts++;
      } else if (best < 0 || v < bestValue) {
        best = m;
        bestValue = v;
      }
    }
    const oneSide = hiddenParts === 0 || hiddenParts === hiddenCount;
    const unsafe = hiddenCount === 1 || counts[e] && hiddenCount > 1 && oneSide && hiddenSum === hiddenCount;
    if (unsafe && best >= 0) hide(best);
  }
  return added;
}
var N = 0;
var HOURS_USED = 1;
var HOURS_AVAILABLE = 2;
var LT_EXTRA_HOURS = 3;
var FAMILIES = 4;
var REPEATS = 5;
var OVER_CAP = 6;
var NOT_OVER_CAP = 7;
var ROUTE0 = 8;
var UNROUTED = ROUTE0 + ROUTES.length;
var SLOTS = UNROUTED + 1;
var HOURS_SLOTS = [HOURS_USED, HOURS_AVAILABLE, LT_EXTRA_HOURS];
var LAST_WHOLE_CELL_SLOT = LT_EXTRA_HOURS;
function suppressUsage(groups, bins, threshold) {
  const width = groups.length > 0 ? groups[0].parts.length + 1 : bins.length > 0 ? bins[0].parts.length + 1 : 0;
  const cellBase = (g, c) => (g * width + c) * SLOTS;
  const binCount = bins.length > 0 ? bins[0].total.length : 0;
  const binsStart = groups.length * width * SLOTS;
  const binBase = (y, c) => binsStart + (y * width + c) * binCount;
  const size = binsStart + bins.length * width * binCount;
  const values = new Float64Array(size);
  const hidden = new Uint8Array(size);
  const equations = new EquationList();
  const width1 = width - 1;
  groups.forEach((group, g) => {
    const cells = [...group.parts, group.total];
    cells.forEach((c, i) => {
      const base = cellBase(g, i);
      values[base + N] = c.indications;
      values[base + HOURS_USED] = c.hoursUsed ?? 0;
      values[base + HOURS_AVAILABLE] = c.hoursAvailable ?? 0;
      values[base + LT_EXTRA_HOURS] = c.ltExtraHours ?? 0;
      values[base + FAMILIES] = c.families ?? 0;
      values[base + REPEATS] = c.indications - (c.families ?? 0);
      values[base + OVER_CAP] = c.overCap;
      values[base + NOT_OVER_CAP] = c.indications - c.overCap;
      let routed = 0;
      for (let r = 0; r < ROUTES.length; r++) {
        values[base + ROUTE0 + r] = c.routes[r] ?? 0;
        routed += c.routes[r] ?? 0;
      }
      values[base + UNROUTED] = c.indications - routed;
      if (isSmallCount(c.indications, threshold) || isSmallCount(c.families, threshold)) {
        hidden.fill(1, base, base + SLOTS);
      } else {
        for (let s = REPEATS; s < SLOTS; s++) if (isSmallCount(values[base + s], threshold)) hidden[base + s] = 1;
      }
      for (let r = 0; r < ROUTES.length; r++) equations.part(base + ROUTE0 + r);
      equations.part(base + UNROUTED);
      equations.total(base + N);
      equations.end();
      equations.add([base + OVER_CAP, base + NOT_OVER_CAP], [base + N]);
      equations.add([base + FAMILIES, base + REPEATS], [base + N]);
    });
  });
  bins.forEach((year, y) => {
    const cells = [...year.parts, year.total];
    cells.forEach((counts, i) => {
      const base = binBase(y, i);
      counts.forEach((count, b) => {
        values[base + b] = count;
        if (isSmallCount(count, threshold)) hidden[base + b] = 1;
      });
      const quarters = year.groups.map((g) => i < year.parts.length ? groups[g].parts[i] : groups[g].total);
      if (quarters.every((q) => q.hoursUsedCount === q.indications)) {
        equations.add(
          counts.map((_, b) => base + b),
          year.groups.map((g) => cellBase(g, i) + N)
        );
      }
      if (binCount > 0 && quarters.every((q) => q.overCapIsLastBin === true)) {
        equations.add(
          [base + binCount - 1],
          year.groups.map((g) => cellBase(g, i) + OVER_CAP)
        );
      }
    });
  });
  groups.forEach((_, g) => {
    for (let s = 0; s < SLOTS; s++) {
      for (let i = 0; i < width1; i++) equations.part(cellBase(g, i) + s);
      equations.total(cellBase(g, width1) + s);
      equations.end(!HOURS_SLOTS.includes(s));
    }
  });
  bins.forEach((_, y) => {
    for (let b = 0; b < binCount; b++) {
      for (let i = 0; i < width1; i++) equations.part(binBase(y, i) + b);
      equations.total(binBase(y, width1) + b);
      equations.end();
    }
  });
  const closure = (member) => {
    if (member >= binsStart) return [member];
    const slot = member % SLOTS;
    if (slot > LAST_WHOLE_CELL_SLOT) return [member];
    const base = member - slot;
    return Array.from({ length: SLOTS }, (_, s) => base + s);
  };
  protectList(values, hidden, equations, closure);
  const mask = (g, i) => {
    const base = cellBase(g, i);
    return {
      cell: hidden[base + N] === 1,
      families: hidden[base + FAMILIES] === 1,
      overCap: hidden[base + OVER_CAP] === 1,
      routes: ROUTES.map((_, r) => hidden[base + ROUTE0 + r] === 1)
    };
  };
  const binMask = (y, i) => Array.from({ length: binCount }, (_, b) => hidden[binBase(y, i) + b] === 1);
  return {
    groups: groups.map((group, g) => ({ parts: group.parts.map((_, i) => mask(g, i)), total: mask(g, group.parts.length) })),
    bins: bins.map((year, y) => ({ parts: year.parts.map((_, i) => binMask(y, i)), total: binMask(y, year.parts.length) }))
  };
}
function suppressIndicatorValues(values, equations) {
  const hidden = Uint8Array.from(values, (v) => v.hidden ? 1 : 0);
  protectEquations({ values: values.map((v) => v.value), hidden, equations });
  return Array.from(hidden, (h) => h === 1);
}
function protectWeightedMeans(groups, hidden) {
  let added = 0;
  for (const group of groups) {
    if (hidden[group.total]) continue;
    const unknown = (p) => hidden[p.mean] || p.weights.some((w) => hidden[w]);
    const hiddenNonZero = group.parts.filter((p) => p.product > 0 && unknown(p)).length;
    if (hiddenNonZero !== 1) continue;
    let best;
    for (const p of group.parts) {
      if (p.product > 0 && !unknown(p) && (best === void 0 || p.product < best.product)) best = p;
    }
    if (best) {
      hidden[best.mean] = true;
      added++;
    }
  }
  return added;
}

// src/i18n/cli-messages.ts
var CLI = {
  nl: {
    usage: [
      "Gebruik:",
      "  mbc-dashboard validate [--kind usage|indicators] [--lang nl|en] <bestand>\u2026",
      "  mbc-dashboard prepare [--usage gebruik.csv] [--indicators indicatoren.csv]",
      "                        [--threshold 5] [--lang nl|en] --out bundel.json",
      "  mbc-dashboard --help",
      "",
      "validate  controleert gebruiks- en indicatorbestanden (CSV, JSON of Arrow) en toont elke",
      "          fout en waarschuwing als bestand:regel:kolom code melding.",
      "          Exitcode 1 als er fouten zijn, anders 0.",
      "prepare   maakt de geaggregeerde, privacyveilige bundel die dashboards laden.",
      "          Bij fouten in de invoer wordt niets geschreven (exitcode 1).",
      "",
      "Opties:",
      "  --kind usage|indicators   soort bestand (standaard: herkend aan de kolommen)",
      "  --usage <bestand>         gebruiksbestand: \xE9\xE9n regel per indicatie",
      "  --indicators <bestand>    indicatorbestand: \xE9\xE9n waarde per gemeente, periode en indicator",
      "  --threshold <n>           onderdrukkingsdrempel: aantallen van 1 t/m n\u22121 worden verborgen (standaard 5)",
      "  --out <bestand>           waar de bundel wordt geschreven",
      "  --lang nl|en              taal van de meldingen (standaard nl)",
      "  -h, --help                deze hulp",
      "",
      "Exitcodes: 0 gelukt, 1 fouten in de invoer, 2 verkeerd gebruik van de opdracht."
    ].join("\n"),
    unknown_command: "Onbekende opdracht: {value}.",
    no_command: "Geef een opdracht: validate of prepare.",
    unknown_option: "Onbekende optie: {value}.",
    missing_option_value: "Optie {value} verwacht een waarde.",
    repeated_option: "Optie {value} is meer dan eens gegeven.",
    unexpected_argument: "Onverwacht argument: {value}.",
    no_files: "Geef ten minste \xE9\xE9n bestand om te controleren.",
    no_inputs: "Geef ten minste \xE9\xE9n invoerbestand: --usage of --indicators.",
    missing_out: "Geef met --out aan waar de bundel moet komen.",
    bad_threshold: "De drempel moet een geheel getal van 1 of meer zijn (gekregen: {value}).",
    bad_kind: "Soort moet usage of indicators zijn (gekregen: {value}).",
    bad_lang: "Taal moet nl of en zijn (gekregen: {value}).",
    read_failed: "Het bestand kan niet worden gelezen: {value}.",
    write_failed: "De bundel kan niet worden geschreven: {value}.",
    unknown_kind: "Niet herkend als gebruiks- of indicatorbestand; geef --kind usage of --kind indicators.",
    summary: "{file}: {kind}, {rows} gelezen, {errors}, {warnings}.",
    kind_usage: "gebruik",
    kind_indicators: "indicatoren",
    not_written: "De bundel is niet geschreven: de invoer bevat {errors}.",
    written: "{file} geschreven: {municipalities}, {periods}, {usage} ({suppressed} onderdrukt), {indicators} ({indicatorsSuppressed} onderdrukt).",
    internal_error: "Interne fout: {value}."
  },
  en: {
    usage: [
      "Usage:",
      "  mbc-dashboard validate [--kind usage|indicators] [--lang nl|en] <file>\u2026",
      "  mbc-dashboard prepare [--usage usage.csv] [--indicators indicators.csv]",
      "                        [--threshold 5] [--lang nl|en] --out bundle.json",
      "  mbc-dashboard --help",
      "",
      "validate  checks usage and indicator files (CSV, JSON or Arrow) and prints each error and",
      "          warning as file:line:column code message.",
      "          Exit code 1 when there are errors, 0 otherwise.",
      "prepare   writes the aggregated, privacy-safe bundle that dashboards load.",
      "          Nothing is written when the input has errors (exit code 1).",
      "",
      "Options:",
      "  --kind usage|indicators   kind of file (default: recognised by its columns)",
      "  --usage <file>            usage file: one row per indication",
      "  --indicators <file>       indicators file: one value per municipality, period and indicator",
      "  --threshold <n>           suppression threshold: counts from 1 to n\u22121 are hidden (default 5)",
      "  --out <file>              where to write the bundle",
      "  --lang nl|en              language of the messages (default nl)",
      "  -h, --help                this help",
      "",
      "Exit codes: 0 success, 1 errors in the input, 2 wrong use of the command."
    ].join("\n"),
    unknown_command: "Unknown command: {value}.",
    no_command: "Give a command: validate or prepare.",
    unknown_option: "Unknown option: {value}.",
    missing_option_value: "Option {value} needs a value.",
    repeated_option: "Option {value} is given more than once.",
    unexpected_argument: "Unexpected argument: {value}.",
    no_files: "Give at least one file to check.",
    no_inputs: "Give at least one input file: --usage or --indicators.",
    missing_out: "Say with --out where the bundle should go.",
    bad_threshold: "The threshold must be a whole number of 1 or more (got: {value}).",
    bad_kind: "Kind must be usage or indicators (got: {value}).",
    bad_lang: "Language must be nl or en (got: {value}).",
    read_failed: "The file cannot be read: {value}.",
    write_failed: "The bundle cannot be written: {value}.",
    unknown_kind: "Not recognised as a usage or indicators file; pass --kind usage or --kind indicators.",
    summary: "{file}: {kind}, {rows} read, {errors}, {warnings}.",
    kind_usage: "usage",
    kind_indicators: "indicators",
    not_written: "The bundle was not written: the input has {errors}.",
    written: "Wrote {file}: {municipalities}, {periods}, {usage} ({suppressed} suppressed), {indicators} ({indicatorsSuppressed} suppressed).",
    internal_error: "Internal error: {value}."
  }
};
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, k) => k in values ? String(values[k]) : whole);
}
var PREPARE = {
  nl: {
    period_mix: "Indicatoren voor {value} komen zowel per jaar als per kwartaal voor. Jaar- en kwartaalwaarden worden nooit bij elkaar opgeteld; regiowaarden gelden per periode zoals aangeleverd.",
    missing_weight: "Geen regiowaarde voor {indicator} in {period}: het gewicht ({weights}) ontbreekt voor {municipalities}. Er wordt geen ongewogen gemiddelde gebruikt.",
    zero_weight: "Geen regiowaarde voor {indicator} in {period}: het totale gewicht ({weights}) is 0.",
    no_rule: "Indicator {indicator} is geen standaardindicator en heeft geen regel om op te tellen: er is geen regiowaarde. Voor de privacy wordt hij als aantal behandeld."
  },
  en: {
    period_mix: "Indicators for {value} come both per year and per quarter. Yearly and quarterly values are never added together; region values hold per period as supplied.",
    missing_weight: "No region value for {indicator} in {period}: the weight ({weights}) is missing for {municipalities}. No unweighted mean is used.",
    zero_weight: "No region value for {indicator} in {period}: the total weight ({weights}) is 0.",
    no_rule: "Indicator {indicator} is not a standard indicator and has no rule for adding it up: there is no region value. For privacy it is treated as a count."
  }
};
function prepareMessage(lang, code, values = {}) {
  return fill(PREPARE[lang][code], values);
}

// src/data/prepare.ts
var DEFAULT_SUPPRESSION_THRESHOLD = 5;
var collator = new Intl.Collator("nl", { sensitivity: "variant", numeric: true });
function compareMunicipalities(a, b) {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
var comparePeriods = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function round2(value) {
  if (value === null || !Number.isFinite(value)) return null;
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r;
}
function prepare(input, options = {}) {
  const threshold = options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`suppressionThreshold must be a whole number \u2265 1, got ${String(threshold)}`);
  }
  const lang = options.lang ?? "nl";
  const usageRows = input.usage ?? [];
  const indicatorRows = input.indicators ?? [];
  const warnings = [];
  const usage = prepareUsage(usageRows, threshold);
  const indicators = prepareIndicators(indicatorRows, threshold, lang, warnings);
  const municipalities = [.../* @__PURE__ */ new Set([...usage.municipalities, ...indicators.municipalities])].sort(compareMunicipalities);
  const periods = [.../* @__PURE__ */ new Set([...usage.periods, ...indicators.periods])].sort(comparePeriods);
  const bundle = {
    format: "mbc-bundle",
    version: 1,
    suppressionThreshold: threshold,
    ...options.meta !== void 0 ? { meta: options.meta } : {},
    municipalities,
    periods,
    usage: usage.cells,
    usageRegion: usage.region,
    indicators: indicators.cells,
    indicatorsRegion: indicators.region,
    ...usage.distribution ? { hoursDistribution: usage.distribution, hoursDistributionRegion: usage.distributionRegion } : {},
    warnings
  };
  return bundle;
}
function stringifyBundle(bundle) {
  const rows = (list) => list.length === 0 ? "[]" : "[\n" + list.map((row) => "    " + JSON.stringify(row)).join(",\n") + "\n  ]";
  const parts = [
    `  "format": ${JSON.stringify(bundle.format)}`,
    `  "version": ${JSON.stringify(bundle.version)}`,
    `  "suppressionThreshold": ${JSON.stringify(bundle.suppressionThreshold)}`
  ];
  if (bundle.meta !== void 0) parts.push(`  "meta": ${JSON.stringify(bundle.meta, null, 2).replace(/\n/g, "\n  ")}`);
  parts.push(
    `  "municipalities": ${JSON.stringify(bundle.municipalities)}`,
    `  "periods": ${JSON.stringify(bundle.periods)}`,
    `  "usage": ${rows(bundle.usage)}`,
    `  "usageRegion": ${rows(bundle.usageRegion)}`,
    `  "indicators": ${rows(bundle.indicators)}`,
    `  "indicatorsRegion": ${rows(bundle.indicatorsRegion)}`
  );
  if (bundle.hoursDistribution !== void 0) parts.push(`  "hoursDistribution": ${rows(bundle.hoursDistribution)}`);
  if (bundle.hoursDistributionRegion !== void 0) parts.push(`  "hoursDistributionRegion": ${rows(bundle.hoursDistributionRegion)}`);
  parts.push(`  "warnings": ${rows(bundle.warnings)}`);
  return "{\n" + parts.join(",\n") + "\n}\n";
}
function emptyRaw() {
  return {
    indications: 0,
    families: null,
    hoursUsed: null,
    hoursAvailable: null,
    ltExtraHours: null,
    overCap: 0,
    routes: ROUTES.map(() => 0),
    hoursUsedCount: 0,
    overCapIsLastBin: true,
    medianHoursUsed: null,
    bins: new Array(BIN_COUNT).fill(0)
  };
}
var BIN_COUNT = HOURS_BIN_EDGES.length;
var LAST_EDGE = HOURS_BIN_EDGES[BIN_COUNT - 1];
var BIN_WIDTH = HOURS_BIN_EDGES[1] - HOURS_BIN_EDGES[0];
var EVEN_BINS = HOURS_BIN_EDGES.every((edge, i) => edge === HOURS_BIN_EDGES[0] + i * BIN_WIDTH);
function binIndex(hours) {
  if (EVEN_BINS) {
    const i = Math.ceil((hours - HOURS_BIN_EDGES[0]) / BIN_WIDTH) - 1;
    return i < 0 ? 0 : i >= BIN_COUNT ? BIN_COUNT - 1 : i;
  }
  for (let i = 1; i < BIN_COUNT; i++) if (hours <= HOURS_BIN_EDGES[i]) return i - 1;
  return BIN_COUNT - 1;
}
var NO_ROUTE = 255;
function routeIndex(route) {
  for (let k = 0; k < ROUTES.length; k++) if (route === ROUTES[k]) return k;
  return NO_ROUTE;
}
var PRODUCT_INDEX = new Map(PRODUCTS.map((p, i) => [p, i]));
function medianSorted(values, from, to) {
  const n = to - from;
  if (n === 0) return null;
  const mid = from + (n >> 1);
  return n % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}
var num = (v) => v === null || v === void 0 ? NaN : v;
var orNull = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
function prepareUsage(rows, threshold) {
  const n = rows.length;
  if (n === 0) return { municipalities: [], periods: [], cells: [], region: [] };
  const municipality = new Array(n);
  const period = new Array(n);
  const product = new Array(n);
  const hoursUsed = new Float64Array(n);
  const hoursAvailable = new Float64Array(n);
  const ltExtraHours = new Float64Array(n);
  const caseIndex = new Int32Array(n);
  const caseIds = /* @__PURE__ */ new Map();
  const route = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    municipality[i] = row.municipality;
    period[i] = row.period;
    product[i] = row.product;
    hoursUsed[i] = num(row.hoursUsed);
    hoursAvailable[i] = num(row.hoursAvailable);
    ltExtraHours[i] = num(row.ltExtraHours);
    const caseId = row.caseId;
    if (caseId === null || caseId === void 0) caseIndex[i] = -1;
    else {
      let c = caseIds.get(caseId);
      if (c === void 0) caseIds.set(caseId, c = caseIds.size);
      caseIndex[i] = c;
    }
    route[i] = routeIndex(row.route);
  }
  const grouped = table({ municipality, period, product, hoursUsed, hoursAvailable, ltExtraHours }).groupby(
    "municipality",
    "period",
    "product"
  );
  const sums = grouped.rollup({
    indications: op.count(),
    hoursUsed: op.sum("hoursUsed"),
    hoursUsedCount: op.valid("hoursUsed"),
    hoursAvailable: op.sum("hoursAvailable"),
    ltExtraHours: op.sum("ltExtraHours")
  });
  const groups = grouped.groups();
  const gMunicipality = sums.array("municipality");
  const gPeriod = sums.array("period");
  const gProduct = sums.array("product");
  const municipalities = [...new Set(Array.from(gMunicipality))].sort(compareMunicipalities);
  const periods = [...new Set(Array.from(gPeriod))].sort(comparePeriods);
  const size = groups.size;
  const keys = groups.keys;
  const mIndex = new Map(municipalities.map((m, i) => [m, i]));
  const pIndex = new Map(periods.map((p, i) => [p, i]));
  const P = periods.length;
  const K = PRODUCTS.length;
  const cellOf = (m, p, prod) => (mIndex.get(m) * P + pIndex.get(p)) * K + PRODUCT_INDEX.get(prod);
  const raw = Array.from({ length: municipalities.length * P * K }, emptyRaw);
  const gCount = sums.array("indications");
  const gHoursUsed = sums.array("hoursUsed");
  const gHoursUsedCount = sums.array("hoursUsedCount");
  const gHoursAvailable = sums.array("hoursAvailable");
  const gLtExtraHours = sums.array("ltExtraHours");
  const cellOfGroup = new Int32Array(size);
  for (let g = 0; g < size; g++) {
    const c = cellOf(gMunicipality[g], gPeriod[g], gProduct[g]);
    cellOfGroup[g] = c;
    const r = raw[c];
    r.indications = gCount[g];
    r.hoursUsed = orNull(gHoursUsed[g]);
    r.hoursUsedCount = gHoursUsedCount[g];
    r.hoursAvailable = orNull(gHoursAvailable[g]);
    r.ltExtraHours = orNull(gLtExtraHours[g]);
  }
  const rowStart = new Int32Array(size + 1);
  const valueStart = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) {
    const g = keys[i];
    rowStart[g + 1]++;
    if (hoursUsed[i] === hoursUsed[i]) valueStart[g + 1]++;
  }
  for (let g = 0; g < size; g++) {
    rowStart[g + 1] += rowStart[g];
    valueStart[g + 1] += valueStart[g];
  }
  const caseFill = rowStart.slice(0, size);
  const valueFill = valueStart.slice(0, size);
  const groupCases = new Int32Array(n);
  const values = new Float64Array(valueStart[size]);
  const R = ROUTES.length;
  const routeCounts2 = new Int32Array(size * R);
  const binCounts = new Int32Array(size * BIN_COUNT);
  const overCaps = new Int32Array(size);
  const capMismatches = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const g = keys[i];
    groupCases[caseFill[g]++] = caseIndex[i];
    const used = hoursUsed[i];
    if (used === used) {
      values[valueFill[g]++] = used;
      binCounts[g * BIN_COUNT + binIndex(used)]++;
      const over = used > hoursAvailable[i];
      if (over) overCaps[g]++;
      if (over !== used > LAST_EDGE) capMismatches[g]++;
    }
    const k = route[i];
    if (k !== NO_ROUTE) routeCounts2[g * R + k]++;
  }
  const lastGroup = new Int32Array(caseIds.size).fill(-1);
  for (let g = 0; g < size; g++) {
    const r = raw[cellOfGroup[g]];
    let families = 0;
    let withCaseId = false;
    for (let j = rowStart[g]; j < rowStart[g + 1]; j++) {
      const c = groupCases[j];
      if (c >= 0) {
        withCaseId = true;
        if (lastGroup[c] !== g) {
          lastGroup[c] = g;
          families++;
        }
      }
    }
    r.families = withCaseId ? families : null;
    r.overCap = overCaps[g];
    r.overCapIsLastBin = capMismatches[g] === 0;
    const routes = r.routes;
    for (let k = 0; k < R; k++) routes[k] = routeCounts2[g * R + k];
    for (let b = 0; b < BIN_COUNT; b++) r.bins[b] = binCounts[g * BIN_COUNT + b];
    const slice = values.subarray(valueStart[g], valueStart[g + 1]);
    slice.sort();
    r.medianHoursUsed = medianSorted(slice, 0, slice.length);
  }
  const region = Array.from({ length: P * K }, emptyRaw);
  const regionGroups = Array.from({ length: P * K }, () => []);
  for (let g = 0; g < size; g++) regionGroups[cellOfGroup[g] % (P * K)].push(g);
  const addNullable = (a, b) => b === null ? a : (a ?? 0) + b;
  for (let c = 0; c < raw.length; c++) {
    const r = raw[c];
    const t = region[c % (P * K)];
    t.indications += r.indications;
    t.families = addNullable(t.families, r.families);
    t.hoursUsed = addNullable(t.hoursUsed, r.hoursUsed);
    t.hoursAvailable = addNullable(t.hoursAvailable, r.hoursAvailable);
    t.ltExtraHours = addNullable(t.ltExtraHours, r.ltExtraHours);
    t.overCap += r.overCap;
    t.hoursUsedCount += r.hoursUsedCount;
    ROUTES.forEach((_, k) => t.routes[k] += r.routes[k]);
    r.bins.forEach((count, b) => t.bins[b] += count);
    t.overCapIsLastBin = t.overCapIsLastBin && r.overCapIsLastBin;
  }
  for (let rc = 0; rc < P * K; rc++) {
    const t = region[rc];
    let total = 0;
    for (const g of regionGroups[rc]) total += valueStart[g + 1] - valueStart[g];
    const all = new Float64Array(total);
    let at = 0;
    for (const g of regionGroups[rc]) {
      all.set(values.subarray(valueStart[g], valueStart[g + 1]), at);
      at += valueStart[g + 1] - valueStart[g];
    }
    all.sort();
    t.medianHoursUsed = medianSorted(all, 0, total);
  }
  const M = municipalities.length;
  const years = [...new Set(periods.map((p) => p.slice(0, 4)))];
  const cells = new Array(raw.length);
  const regionCells = new Array(P * K);
  const withHours = region.some((t) => t.hoursUsedCount > 0);
  const distribution = [];
  const distributionRegion = [];
  const binsOut = [];
  for (let k = 0; k < K; k++) {
    const product2 = PRODUCTS[k];
    const groups2 = periods.map((_, p) => ({
      parts: Array.from({ length: M }, (_2, m) => raw[(m * P + p) * K + k]),
      total: region[p * K + k]
    }));
    const hasBins = withHours && product2 !== "1";
    const bins = hasBins ? years.map((year) => {
      const quarters = periods.flatMap((p, i) => p.slice(0, 4) === year ? [i] : []);
      const sum = (cellsOfYear) => {
        const counts = new Array(BIN_COUNT).fill(0);
        for (const c of cellsOfYear) c.bins.forEach((n2, b) => counts[b] += n2);
        return counts;
      };
      return {
        groups: quarters,
        parts: Array.from({ length: M }, (_, m) => sum(quarters.map((q) => groups2[q].parts[m]))),
        total: sum(quarters.map((q) => groups2[q].total))
      };
    }) : [];
    const masks = suppressUsage(groups2, bins, threshold);
    periods.forEach((period2, p) => {
      const mask = masks.groups[p];
      for (let m = 0; m < M; m++) cells[(m * P + p) * K + k] = publishCell(municipalities[m], period2, product2, groups2[p].parts[m], mask.parts[m]);
      regionCells[p * K + k] = publishCell(REGION, period2, product2, groups2[p].total, mask.total);
    });
    binsOut[k] = bins.map((year, y) => {
      const mask = masks.bins[y];
      return [...year.parts.map((counts, m) => ({ counts, hidden: mask.parts[m] })), { counts: year.total, hidden: mask.total }];
    });
  }
  if (withHours) {
    for (let m = 0; m <= M; m++) {
      years.forEach((year, y) => {
        for (let k = 0; k < K; k++) {
          const group = binsOut[k][y]?.[m];
          if (!group) continue;
          const target = m === M ? distributionRegion : distribution;
          for (let b = 0; b < BIN_COUNT; b++) {
            target.push({
              municipality: m === M ? REGION : municipalities[m],
              year,
              product: PRODUCTS[k],
              binStart: HOURS_BIN_EDGES[b],
              binEnd: b + 1 < BIN_COUNT ? HOURS_BIN_EDGES[b + 1] : null,
              count: group.hidden[b] ? null : group.counts[b],
              suppressed: group.hidden[b]
            });
          }
        }
      });
    }
  }
  return {
    municipalities,
    periods,
    cells,
    region: regionCells,
    ...withHours ? { distribution, distributionRegion } : {}
  };
}
function routeCounts(value) {
  const counts = {};
  for (let k = 0; k < ROUTES.length; k++) counts[ROUTES[k]] = value(k);
  return counts;
}
function publishCell(municipality, period, product, r, mask) {
  if (mask.cell) {
    return {
      municipality,
      period,
      product,
      indications: null,
      families: null,
      hoursUsed: null,
      hoursAvailable: null,
      meanHoursUsed: null,
      medianHoursUsed: null,
      overCap: null,
      ltExtraHours: null,
      routes: routeCounts(() => null),
      suppressed: true
    };
  }
  return {
    municipality,
    period,
    product,
    indications: r.indications,
    families: mask.families ? null : r.families,
    hoursUsed: round2(r.hoursUsed),
    hoursAvailable: round2(r.hoursAvailable),
    meanHoursUsed: r.hoursUsed !== null && r.hoursUsedCount > 0 ? round2(r.hoursUsed / r.hoursUsedCount) : null,
    medianHoursUsed: round2(r.medianHoursUsed),
    overCap: mask.overCap ? null : r.overCap,
    ltExtraHours: round2(r.ltExtraHours),
    routes: routeCounts((k) => mask.routes[k] ? null : r.routes[k]),
    suppressed: false
  };
}
var CATALOG_ORDER = new Map(STANDARD_INDICATORS.map((d, i) => [d.id, i]));
function compareIndicators(a, b) {
  const ia = CATALOG_ORDER.get(a);
  const ib = CATALOG_ORDER.get(b);
  if (ia !== void 0 && ib !== void 0) return ia - ib;
  if (ia !== void 0) return -1;
  if (ib !== void 0) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
var QUARTER = /^(\d{4})-Q([1-4])$/;
var YEAR = /^\d{4}$/;
function prepareIndicators(rows, threshold, lang, warnings) {
  if (rows.length === 0) return { municipalities: [], periods: [], cells: [], region: [] };
  const byKey = /* @__PURE__ */ new Map();
  const key = (m, p, id) => `${m}\0${p}\0${id}`;
  for (const row of rows) {
    const k = key(row.municipality, row.period, row.indicator);
    if (!byKey.has(k)) byKey.set(k, row);
  }
  const municipalities = [...new Set(rows.map((r) => r.municipality))].sort(compareMunicipalities);
  const periods = [...new Set(rows.map((r) => r.period))].sort(comparePeriods);
  const ids = [...new Set(rows.map((r) => r.indicator))].sort(compareIndicators);
  const lookup = (m, p, id) => byKey.get(key(m, p, id));
  const years = new Set(periods.filter((p) => YEAR.test(p)));
  const mixed = /* @__PURE__ */ new Set();
  for (const p of periods) {
    const q = QUARTER.exec(p);
    if (q && years.has(q[1])) mixed.add(q[1]);
  }
  for (const year of [...mixed].sort()) warnings.push(warning(lang, "period_mix", { value: year }));
  const entries = [];
  const index = /* @__PURE__ */ new Map();
  const add = (cell, hidden2) => {
    index.set(key(cell.municipality, cell.period, cell.indicator), entries.length);
    entries.push({ cell, value: cell.value, hidden: hidden2 });
  };
  const weightOf = (m, p, weights) => {
    let total = 0;
    for (const w of weights) {
      const row = lookup(m, p, w);
      if (!row) return null;
      total += row.value;
    }
    return total;
  };
  for (const m of municipalities) {
    for (const p of periods) {
      for (const id of ids) {
        const row = lookup(m, p, id);
        if (!row) continue;
        const definition = indicatorDefinition(id);
        let hidden2;
        if (definition?.aggregate.kind === "weighted") {
          hidden2 = isSmallCount(weightOf(m, p, definition.aggregate.weights), threshold);
        } else {
          hidden2 = definition === void 0 || definition.unit === "count" ? isSmallCount(row.value, threshold) : false;
        }
        add({ municipality: m, period: p, indicator: id, value: row.value, label: row.label, suppressed: false }, hidden2);
      }
    }
  }
  const equations = [];
  const weightedGroups = [];
  const noRule = /* @__PURE__ */ new Set();
  for (const p of periods) {
    for (const id of ids) {
      const reporting = municipalities.filter((m) => lookup(m, p, id));
      if (reporting.length === 0) continue;
      const definition = indicatorDefinition(id);
      const label = reporting.map((m) => lookup(m, p, id).label).find((l) => l !== null) ?? null;
      const cell = { municipality: REGION, period: p, indicator: id, value: null, label, suppressed: false };
      let hidden2 = false;
      if (definition === void 0) {
        cell.flag = "no_rule";
        noRule.add(id);
      } else if (definition.aggregate.kind === "sum") {
        cell.value = reporting.reduce((s, m) => s + lookup(m, p, id).value, 0);
        if (reporting.length < municipalities.length) cell.flag = "partial";
        hidden2 = definition.unit === "count" && isSmallCount(cell.value, threshold);
      } else {
        const weights = definition.aggregate.weights;
        const missing = reporting.filter((m) => weightOf(m, p, weights) === null);
        if (missing.length > 0) {
          cell.flag = "missing_weight";
          warnings.push(
            warning(lang, "missing_weight", {
              indicator: id,
              period: p,
              weights: weights.join(" + "),
              municipalities: missing.join(", ")
            })
          );
        } else {
          let weighted = 0;
          let total = 0;
          for (const m of reporting) {
            const w = weightOf(m, p, weights);
            weighted += lookup(m, p, id).value * w;
            total += w;
          }
          weightedGroups.push({
            total: entries.length,
            parts: reporting.map((m) => ({
              mean: index.get(key(m, p, id)),
              weights: weights.map((w) => index.get(key(m, p, w))),
              product: lookup(m, p, id).value * weightOf(m, p, weights)
            }))
          });
          if (total === 0) {
            cell.flag = "zero_weight";
            warnings.push(warning(lang, "zero_weight", { indicator: id, period: p, weights: weights.join(" + ") }));
          } else {
            cell.value = round2(weighted / total);
            hidden2 = isSmallCount(total, threshold);
            if (reporting.length < municipalities.length) cell.flag = "partial";
          }
        }
      }
      add(cell, hidden2);
      if (definition?.aggregate.kind === "sum") {
        equations.push([...reporting.map((m) => index.get(key(m, p, id))), index.get(key(REGION, p, id))]);
      }
    }
  }
  for (const id of [...noRule].sort(compareIndicators)) warnings.push(warning(lang, "no_rule", { indicator: id }));
  for (const year of mixed) {
    const quarterPeriods = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
    for (const id of ids) {
      if (indicatorDefinition(id)?.aggregate.kind !== "sum") continue;
      const reportingIn = (p) => municipalities.filter((m) => lookup(m, p, id)).join("\0");
      const sameSet = quarterPeriods.every((p) => reportingIn(p) === reportingIn(year));
      for (const m of sameSet ? [...municipalities, REGION] : municipalities) {
        const members = quarterPeriods.map((p) => index.get(key(m, p, id)));
        const total = index.get(key(m, year, id));
        if (total !== void 0 && members.every((x) => x !== void 0)) equations.push([...members, total]);
      }
    }
  }
  const hidden = suppressIndicatorValues(entries, equations);
  protectWeightedMeans(weightedGroups, hidden);
  const cells = [];
  const region = [];
  entries.forEach((e, i) => {
    const cell = e.cell;
    if (hidden[i]) {
      cell.value = null;
      cell.suppressed = true;
    }
    (cell.municipality === REGION ? region : cells).push(cell);
  });
  return { municipalities, periods, cells, region };
}
function warning(lang, code, values) {
  return { line: 0, ...values.value !== void 0 ? { value: values.value } : {}, code, message: prepareMessage(lang, code, values) };
}
export {
  DEFAULT_SUPPRESSION_THRESHOLD,
  compareMunicipalities,
  prepare,
  stringifyBundle
};
