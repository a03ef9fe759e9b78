/**
 * The attacker's solver: GLPK (glpk.js, another solver than the HiGHS that `prepare` uses), the
 * minimum and maximum of every target unknown over the system, by linear programming and, where
 * a linear optimum is not whole, by integer programming.
 */
import GLPKFactory from 'glpk.js/node';
import type { AttackerSystem, Unknown } from './system.js';

type Glpk = Awaited<ReturnType<typeof GLPKFactory>>;
let glpk: Glpk | undefined;

export interface Range {
  name: string;
  min: number;
  max: number;
  integer: boolean;
}

/** Connected parts: unknowns linked by rows. */
function parts(system: AttackerSystem): { unknowns: string[]; rows: number[] }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const name of system.unknowns.keys()) parent.set(name, name);
  for (const row of system.rows) {
    const first = row.terms[0]![0];
    for (const [name] of row.terms.slice(1)) {
      const a = find(first);
      const b = find(name);
      if (a !== b) parent.set(a, b);
    }
  }
  const groups = new Map<string, { unknowns: string[]; rows: number[] }>();
  for (const name of system.unknowns.keys()) {
    const root = find(name);
    if (!groups.has(root)) groups.set(root, { unknowns: [], rows: [] });
    groups.get(root)!.unknowns.push(name);
  }
  system.rows.forEach((row, r) => groups.get(find(row.terms[0]![0]))!.rows.push(r));
  return [...groups.values()];
}

function bounds(glpkApi: Glpk, u: Unknown) {
  const lb = u.lower;
  const ub = Number.isFinite(u.upper) ? u.upper : 0;
  const type = !Number.isFinite(u.upper) ? glpkApi.GLP_LO : lb === ub ? glpkApi.GLP_FX : glpkApi.GLP_DB;
  return { name: u.name, type, lb, ub };
}

function rowBounds(glpkApi: Glpk, lower: number, upper: number) {
  if (!Number.isFinite(lower) && !Number.isFinite(upper)) return { type: glpkApi.GLP_FR, lb: 0, ub: 0 };
  if (!Number.isFinite(upper)) return { type: glpkApi.GLP_LO, lb: lower, ub: 0 };
  if (!Number.isFinite(lower)) return { type: glpkApi.GLP_UP, lb: 0, ub: upper };
  return { type: lower === upper ? glpkApi.GLP_FX : glpkApi.GLP_DB, lb: lower, ub: upper };
}

/** Minimum and maximum of each target (`isTarget(unknown)`), part by part. */
export async function ranges(system: AttackerSystem, isTarget: (u: Unknown) => boolean): Promise<Range[]> {
  glpk ??= await GLPKFactory();
  const api = glpk;
  const result: Range[] = [];
  for (const part of parts(system)) {
    const targets = part.unknowns.map((n) => system.unknowns.get(n)!).filter(isTarget);
    if (targets.length === 0) continue;
    const vars = part.unknowns.map((n) => system.unknowns.get(n)!);
    const subjectTo = part.rows.map((r, i) => ({
      name: `r${i}`,
      vars: system.rows[r]!.terms.map(([name, coef]) => ({ name, coef })),
      bnds: rowBounds(api, system.rows[r]!.lower, system.rows[r]!.upper),
    }));
    const integers = vars.filter((v) => v.integer).map((v) => v.name);
    const optimum = (name: string, direction: number, integer: boolean): number => {
      const lp = {
        name: 'attack',
        objective: { direction, name: 'z', vars: [{ name, coef: 1 }] },
        subjectTo,
        bounds: vars.map((v) => bounds(api, v)),
        ...(integer ? { generals: integers } : {}),
      };
      const solved = api.solve(lp, { msglev: process.env.GLPK_DEBUG ? api.GLP_MSG_ALL : api.GLP_MSG_OFF, presol: integer });
      if (solved.result.status === 1 && process.env.GLPK_DEBUG) { console.log(JSON.stringify(lp).slice(0, 3000)); }
      if (solved.result.status === api.GLP_UNBND) return direction === api.GLP_MAX ? Infinity : -Infinity;
      if (solved.result.status !== api.GLP_OPT) throw new Error(`attacker: no optimum for ${name} (status ${solved.result.status})`);
      const whole = integers.every((n) => Math.abs((solved.result.vars[n] ?? 0) - Math.round(solved.result.vars[n] ?? 0)) < 1e-6);
      // A whole linear optimum is the integer optimum too; otherwise branch and bound.
      return integer || whole || integers.length === 0 ? solved.result.z : optimum(name, direction, true);
    };
    for (const t of targets) {
      result.push({ name: t.name, min: optimum(t.name, api.GLP_MIN, false), max: optimum(t.name, api.GLP_MAX, false), integer: t.integer });
    }
  }
  return result;
}
