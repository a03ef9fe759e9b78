/** Values for the `{name}` placeholders of a message template. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Fill the `{name}` placeholders of a message template. A placeholder without a value stays as
 * written, so that a missing value shows in a test instead of vanishing from a sentence.
 *
 * A value that ends in a full stop (an abbreviation: "€ 4,5 mln.") takes the place of the
 * sentence's own full stop when the template has one right after it, so no sentence ends "mln..".
 */
export function fillTemplate(template: string, values: TemplateValues = {}): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in values)) return whole;
    const value = String(values[name]);
    return stop && value.endsWith('.') ? value : value + stop;
  });
}
