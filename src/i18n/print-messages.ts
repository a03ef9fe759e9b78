import type { Lang } from './lang.js';
import { fillTemplate, type TemplateValues } from './template.js';

/**
 * The dashboard's print choice, in Dutch and English. Small on purpose: the dashboard shows it
 * before any print code has loaded. The texts of the printed document are in
 * `print-document-messages.ts`, which loads with the print code.
 */
const MESSAGES = {
  nl: {
    'print.choice': 'Wat wilt u afdrukken?',
    'print.view': 'Deze weergave afdrukken',
    'print.all': 'Hele dashboard afdrukken',
    'print.preparing': 'De afdruk wordt voorbereid…',
  },
  en: {
    'print.choice': 'What do you want to print?',
    'print.view': 'Print this view',
    'print.all': 'Print the whole dashboard',
    'print.preparing': 'Preparing the print…',
  },
} as const;

export type PrintMessageKey = keyof (typeof MESSAGES)['nl'];

/** A string of the print choice in the given language. */
export function printText(lang: Lang, key: PrintMessageKey, values: TemplateValues = {}): string {
  return fillTemplate(MESSAGES[lang][key] ?? MESSAGES.nl[key], values);
}
