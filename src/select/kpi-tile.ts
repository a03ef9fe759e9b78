/**
 * A key-figure tile as the views show it (`<mbc-kpi>`): label, value and note, already in the
 * reader's language. The tile builders in `src/select/*-tiles.ts` make them, so that the
 * components only draw them and the small-count rule is applied in one place (`countSum`).
 */
export interface KpiTile {
  label: string;
  value: string;
  note: string;
}
