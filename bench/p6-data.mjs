/**
 * Generated national usage files for P6 (bench/p6-engines.mjs): `count` rows for 342
 * municipalities over 5 years (2021-2025), as a CSV in the Dutch Excel dialect (BOM, `;`, CRLF,
 * dd-mm-jjjj, decimal comma, Dutch column names) and the same rows as Parquet with typed columns
 * (DATE, DOUBLE, VARCHAR). Seeded (mulberry32), so every run measures the same data; the files
 * are kept in bench/.build/p6/ and made again only when missing.
 *
 * Municipality sizes follow a long tail (a few large cities, many small places), so that the
 * bundle has small cells, suppression and empty periods, as a national one would.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export const P6_SEED = 20261201;
export const P6_MUNICIPALITIES = 342;
export const P6_YEARS = [2021, 2022, 2023, 2024, 2025];
const ROUTES = ['ots_voorkomen', 'ots_beeindigd', 'ots_noodzakelijk', 'samenwerking_tijdens_ots'];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 342 made-up Dutch place names (prefix + stem + suffix), distinct, some with diacritics. */
export function municipalityNames(count = P6_MUNICIPALITIES) {
  const prefixes = ['', '', '', 'Noord-', 'Zuid-', 'Oost-', 'West-', "'s-", 'Nieuw-', 'Oud-', 'Groot-', 'Sint-'];
  const stems = [
    'Aal',
    'Ber',
    'Dal',
    'Eem',
    'Fries',
    'Gou',
    'Haar',
    'IJssel',
    'Kam',
    'Lin',
    'Maas',
    'Nij',
    'Oost',
    'Put',
    'Rijn',
    'Scha',
    'Ter',
    'Ut',
    'Veen',
    'Wes',
    'Zand',
    'Súd',
    'Hüls',
    'Ål',
  ];
  const suffixes = ['dam', 'dijk', 'horst', 'veen', 'wijk', 'berg', 'hoven', 'lo', 'meer', 'broek', 'stein', 'sum', 'werd', 'land'];
  const random = mulberry32(P6_SEED);
  const names = new Set();
  while (names.size < count) {
    const name =
      prefixes[Math.floor(random() * prefixes.length)] + stems[Math.floor(random() * stems.length)] + suffixes[Math.floor(random() * suffixes.length)];
    names.add(random() < 0.1 ? `${name} aan de ${stems[Math.floor(random() * stems.length)]}` : name);
  }
  return [...names];
}

const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
const comma = (v) => String(v).replace('.', ',');

/**
 * Write `count` usage rows as a Dutch Excel CSV to `path` (streaming). Hours are registered in
 * quarter hours (`quarters`), or in hundredths (`hundredths`: 0,35 · 12,67), which makes every
 * cell add its hours in input order (usage-sums.sql).
 */
export async function writeUsageCsv(path, count, fractions = 'quarters') {
  const random = mulberry32(P6_SEED + count);
  const names = municipalityNames();
  // A long tail of municipality sizes: weight ∝ 1 / rank^0.9.
  const cumulative = [];
  let total = 0;
  names.forEach((_, i) => (cumulative[i] = total += 1 / Math.pow(i + 1, 0.9)));
  const pickMunicipality = () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const casesPer = names.map((_, i) => Math.max(1, Math.round((count * (1 / Math.pow(i + 1, 0.9))) / total / 1.3)));
  const codes = names.map(
    (n, i) =>
      `${n
        .replace(/[^A-Za-z]/g, '')
        .slice(0, 3)
        .toUpperCase()}${i}`,
  );
  const out = createWriteStream(`${path}.part`);
  out.write('\ufeffgemeente;product;startdatum;einddatum;uren_beschikbaar;uren_besteed;extra_uren_lokaal_team;casus_id;route\r\n');
  let chunk = [];
  for (let i = 0; i < count; i++) {
    const m = pickMunicipality();
    const year = P6_YEARS[Math.floor(random() * P6_YEARS.length)];
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const p = random();
    const product = p < 0.3 ? '1' : p < 0.75 ? '2a' : '2b';
    const capped = product !== '1';
    let end = '';
    if (random() < 0.85) {
      const endMonth = month + 1 + Math.floor(random() * 5);
      end = `${pad2(day)}-${pad2(((endMonth - 1) % 12) + 1)}-${year + (endMonth > 12 ? 1 : 0)}`;
    }
    // Hours in quarter hours (or hundredths); about 5 % over the cap of 25.
    const step = fractions === 'quarters' ? 4 : 100;
    const used = capped ? (random() < 0.95 ? Math.floor(random() * 25 * step) / step : 25 + Math.floor(random() * 20 * step) / step) : null;
    const extra = capped && random() < 0.6 ? Math.floor(random() * 20 * step) / step : null;
    const caseId = random() < 0.97 ? `${codes[m]}-${Math.floor(random() * casesPer[m])}` : '';
    const route = capped && random() < 0.9 ? ROUTES[Math.floor(random() * ROUTES.length)] : '';
    chunk.push(
      `${names[m]};${product};${pad2(day)}-${pad2(month)}-${year};${end};${capped ? '25' : ''};${used === null ? '' : comma(used)};${extra === null ? '' : comma(extra)};${caseId};${route}`,
    );
    if (chunk.length === 10_000) {
      if (!out.write(chunk.join('\r\n') + '\r\n')) await new Promise((resolve) => out.once('drain', resolve));
      chunk = [];
    }
  }
  if (chunk.length > 0) out.write(chunk.join('\r\n') + '\r\n');
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  renameSync(`${path}.part`, path);
}

/** The same rows as Parquet with typed columns, converted by DuckDB from the CSV. */
export async function writeUsageParquet(csv, path) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const number = (column) => `CAST(replace(${column}, ',', '.') AS DOUBLE) AS ${column}`;
  const date = (column) => `CAST(strptime(${column}, '%d-%m-%Y') AS DATE) AS ${column}`;
  try {
    await connection.run(
      `COPY (
         SELECT gemeente, product, ${date('startdatum')}, ${date('einddatum')}, ${number('uren_beschikbaar')}, ${number('uren_besteed')},
                ${number('extra_uren_lokaal_team')}, casus_id, route
         FROM read_csv('${csv}', delim = ';', header = true, all_varchar = true)
       ) TO '${path}.part' (FORMAT parquet)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  renameSync(`${path}.part`, path);
}

/** The P6 files for `count` rows, made when missing: `{ csv, parquet }`. */
export async function p6Files(buildDir, count, log = () => {}, fractions = 'quarters') {
  const dir = join(buildDir, 'p6');
  mkdirSync(dir, { recursive: true });
  const name = `gebruik-${count}${fractions === 'quarters' ? '' : `-${fractions}`}`;
  const csv = join(dir, `${name}.csv`);
  const parquet = join(dir, `${name}.parquet`);
  if (!existsSync(csv)) {
    log(`  generating ${count.toLocaleString('en')} rows (CSV) …`);
    await writeUsageCsv(csv, count, fractions);
  }
  if (!existsSync(parquet)) {
    log(`  converting ${count.toLocaleString('en')} rows to Parquet …`);
    await writeUsageParquet(csv, parquet);
  }
  return { csv, parquet };
}
