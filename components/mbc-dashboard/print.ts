/**
 * Printing the dashboard: a chunk of its own, loaded on the first press of the print button (or
 * the first call of `print()`), so the dashboard's first page carries none of it. The dashboard
 * keeps one `PrintController`, which holds the state of its print button (the choice open, a
 * print being prepared) and the print job, and renders the choices, the status and the cover.
 */
import type { ReactiveController, TemplateResult } from 'lit';
import type { Lang } from '../../src/i18n/lang.js';
import type { DataStore } from '../shared/store.js';
import { PrintJob, adoptPrintStyles, type PrintHost, type PrintScope } from './print-job.js';
import { renderPrintChoices, renderPrintStatus } from './print-choice.js';
// The cover computes the case the overview computes, with the same modules. Depending on the
// overview as a whole (always loaded before a print: it is the dashboard's first page) keeps the
// drop-in's other chunks exactly as they are; depending on a few of its modules would split them.
import '../mbc-overview/mbc-overview.js';

export type { PrintScope };

/** What the dashboard tells its print: its data, title, open page and layout, in its language. */
export interface PrintContext {
  store?: DataStore;
  title: string;
  /** The open page's name (printed on the cover when the open view is printed). */
  part: string;
  lang: Lang;
  /** The sections layout: everything is on screen, so the button prints all at once. */
  sections: boolean;
}

export class PrintController implements ReactiveController {
  /** The choice ("Deze weergave" / "Hele dashboard") is open. */
  open = false;
  /** A print is being prepared. */
  busy = false;
  private job?: PrintJob;
  private readonly onAfterPrint = () => this.restore();

  constructor(
    private readonly host: PrintHost,
    private readonly context: () => PrintContext,
  ) {
    adoptPrintStyles(host.renderRoot);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.restore();
  }

  /** What is being printed, if anything: the open view or the whole dashboard. */
  get scope(): PrintScope | undefined {
    return this.job?.scope;
  }

  /** The text of the printed view (see {@link PrintJob.viewText}), once prepared. */
  get viewText(): string | undefined {
    return this.job?.viewText;
  }

  /** The cover block while printing. */
  get cover(): TemplateResult | undefined {
    return this.job?.cover;
  }

  /** The print button: the choice opens (its first button focused) or closes; in the sections layout it prints all. */
  async press(): Promise<void> {
    if (this.context().sections) return this.choose('all');
    this.setOpen(!this.open);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#print-choices button')?.focus();
  }

  /** Lay the dashboard out for print and wait until every chart has drawn at the page's width. */
  async prepare(scope: PrintScope): Promise<void> {
    this.job?.restore();
    if (!this.host.isConnected) return;
    const context = this.context();
    this.busy = true;
    this.job = new PrintJob(this.host, scope, { ...context, part: scope === 'view' ? context.part : '' });
    this.host.requestUpdate();
    try {
      await this.job.prepare();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    // The glossary of a one-view print follows the view's text: rendered before the dialog opens.
    await this.host.updateComplete;
  }

  /** Back to the screen layout (after printing). */
  restore(): void {
    if (!this.job) return;
    this.job.restore();
    this.job = undefined;
    this.host.requestUpdate();
  }

  /** The choices below the button, when open. */
  renderChoices() {
    return this.open
      ? renderPrintChoices(
          this.context().lang,
          (choice) => this.choose(choice),
          (focusButton) => this.close(focusButton),
        )
      : undefined;
  }

  renderStatus() {
    return renderPrintStatus(this.context().lang, this.busy);
  }

  /** Prepare, then open the browser's print dialog. */
  async print(scope: PrintScope): Promise<void> {
    await this.prepare(scope);
    window.print();
  }

  private choose(scope: PrintScope): void {
    this.setOpen(false);
    this.print(scope).catch((error: unknown) => console.error('mbc-dashboard: could not print', error));
  }

  private close(focusButton: boolean): void {
    this.setOpen(false);
    if (focusButton) this.host.renderRoot.querySelector<HTMLElement>('button.print')?.focus();
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.host.requestUpdate();
  }
}
