import { translator } from './plural.js';

/**
 * Messages about loading files: fetching, the size limit, the time limit, the kind of file, and
 * manifests. `{file}` is the file's name as given (a URL or a path).
 */
const LOAD = {
  nl: {
    http: 'Het bestand kon niet worden opgehaald (HTTP {status}).',
    network: 'Het bestand kon niet worden opgehaald: {reason}.',
    truncated: 'Het bestand {file} kwam onvolledig aan: de verbinding brak af ({reason}). Probeer het opnieuw.',
    timeout: 'Het bestand {file} gaf na {seconds} seconden geen antwoord. Controleer de verbinding of de URL en probeer het opnieuw.',
    too_large: 'Het bestand is groter dan de ingestelde grens van {limit}.',
    html_page:
      'Er kwam een HTML-pagina terug in plaats van gegevens, bijvoorbeeld een inlogpagina van het intranet of een foutpagina. Controleer of de URL klopt en of u (nog) bent ingelogd.',
    invalid_json: 'Het bestand is geen geldige JSON: {reason}.',
    wrong_format: 'Het bestand heeft niet het verwachte formaat "{expected}" (gevonden: "{found}").',
    wrong_version: 'Versie {found} van "{format}" wordt niet ondersteund (verwacht: {expected}).',
    csp: 'Ruwe gegevens kunnen op deze pagina niet worden verwerkt, omdat het Content-Security-Policy dat verbiedt. Maak vooraf een bundel met "npx mbc-dashboard prepare" en verwijs daarnaar.',
    prepare_failed: 'De gegevens konden niet worden samengevat: {reason}',
    empty_manifest: 'Het manifest noemt geen gegevensbestand (bundle, usage of indicators) en geen model.',
    manifest_cycle: 'Het manifest verwijst (via {via}) naar zichzelf terug. Laat "bundle" naar een bundel wijzen, niet naar een manifest.',
    manifest_depth: 'Manifesten verwijzen meer dan {max} keer naar elkaar door. Laat het manifest rechtstreeks naar de bundel en het model wijzen.',
    unknown_kind: 'Onbekend soort bestand: verwacht een manifest, bundel, model of CSV/JSON/Arrow met gebruik of indicatoren.',
    at: 'Regel {line}, kolom {column}, ',
    /** Between accepted versions: "1 of 2". */
    or: 'of',
  },
  en: {
    http: 'The file could not be fetched (HTTP {status}).',
    network: 'The file could not be fetched: {reason}.',
    truncated: 'The file {file} arrived incomplete: the connection broke off ({reason}). Try again.',
    timeout: 'The file {file} did not answer within {seconds} seconds. Check the connection or the URL and try again.',
    too_large: 'The file is larger than the configured limit of {limit}.',
    html_page:
      'An HTML page came back instead of data, for example an intranet login page or an error page. Check that the URL is right and that you are (still) logged in.',
    invalid_json: 'The file is not valid JSON: {reason}.',
    wrong_format: 'The file does not have the expected format "{expected}" (found: "{found}").',
    wrong_version: 'Version {found} of "{format}" is not supported (expected: {expected}).',
    csp: 'Raw data cannot be processed on this page because its Content-Security-Policy forbids it. Prepare a bundle beforehand with "npx mbc-dashboard prepare" and point to that instead.',
    prepare_failed: 'The data could not be aggregated: {reason}',
    empty_manifest: 'The manifest names no data file (bundle, usage or indicators) and no model.',
    manifest_cycle: 'The manifest refers back to itself (via {via}). Let "bundle" point to a bundle, not to a manifest.',
    manifest_depth: 'Manifests refer on to each other more than {max} times. Let the manifest point straight at the bundle and the model.',
    unknown_kind: 'Unknown kind of file: expected a manifest, bundle, model or CSV/JSON/Arrow with usage or indicators.',
    at: 'Line {line}, column {column}, ',
    or: 'or',
  },
} as const;

export type LoadMessageKey = keyof (typeof LOAD)['nl'];

/** A message about loading a file, in `lang`. */
export const loadMessage = translator(LOAD);
