import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readHashPage, writeHashPage } from '../../src/select/page-hash.js';

/** What the controller reads and sets on its dashboard. */
export interface PageHashHost extends ReactiveControllerHost {
  page: string;
  syncHash: boolean;
}

/**
 * Keeps a dashboard's open page in the URL hash (with `sync-hash`), beside the filters its data
 * source writes there: `#mbc-dashboard-source:gemeente=Delft&page=business-case`. A link with
 * the hash opens that page; a hash change (a link on the same page, the back button to a
 * different hash) opens it too; opening a tab writes it.
 *
 * Tabs replace the history entry (`history.replaceState`), as the filters do: switching tabs is
 * looking around one page, not navigating, so the back button leaves the dashboard instead of
 * stepping back through every tab that was opened, and the hash is always a link to the view
 * as it stands.
 */
export class PageHashController implements ReactiveController {
  private written = '';
  private started = false;
  private readonly onHashChange = () => this.read();

  constructor(
    private readonly host: PageHashHost,
    private readonly sourceId: string,
    private readonly isPage: (page: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.started = false;
  }

  hostUpdate(): void {
    // The hash's page wins over the `page` attribute, once, when the dashboard first renders
    // with `sync-hash` (or gets it later).
    if (this.started || !this.host.syncHash) return;
    this.started = true;
    this.read();
  }

  hostUpdated(): void {
    if (!this.host.syncHash || this.host.page === this.written) return;
    this.written = this.host.page;
    const hash = writeHashPage(location.hash, this.sourceId, this.host.page);
    if (hash !== location.hash.replace(/^#/, '')) history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  private read(): void {
    if (!this.host.syncHash) return;
    const page = readHashPage(location.hash, this.sourceId) || 'overview';
    if (!this.isPage(page)) return;
    this.written = page;
    this.host.page = page;
  }
}
