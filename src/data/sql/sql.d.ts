/** The SQL files of this folder, imported as text (rollup.config.mjs and the Vitest config inline them). */
declare module '*.sql' {
  const text: string;
  export default text;
}
