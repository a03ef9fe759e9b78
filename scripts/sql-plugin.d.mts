/** See sql-plugin.mjs. */
export function sqlText(): {
  name: string;
  enforce: 'pre';
  transform(code: string, id: string): { code: string; map: null } | null;
};
