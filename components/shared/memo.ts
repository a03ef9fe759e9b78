/**
 * Remembers the last result of a computation and recomputes only when one of its inputs
 * changes (compared with `Object.is`). Keeps spec building out of every render.
 */
export class Memo<T> {
  private inputs: readonly unknown[] | undefined;
  private value!: T;

  get(inputs: readonly unknown[], compute: () => T): T {
    if (!this.inputs || inputs.length !== this.inputs.length || inputs.some((v, i) => !Object.is(v, this.inputs![i]))) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value;
  }
}
