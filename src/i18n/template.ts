/** Values for the `{name}` placeholders of a message template. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Fill the `{name}` placeholders of a message template. A placeholder without a value stays as
 * written, so that a missing value shows in a test instead of vanishing from a sentence.
 */
export function fillTemplate(template: string, values: TemplateValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
