// The intranet page's own constructable stylesheet: the dashboard's print sheet must come after
// it and leave it in place.
const pageSheet = new CSSStyleSheet();
pageSheet.replaceSync('.intro { font-style: italic; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
window.__pageSheet = pageSheet;
