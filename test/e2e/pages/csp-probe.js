// Counts CSP violations and unhandled errors for the e2e tests (an external script: inline
// scripts are not allowed under the CSP being tested).
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled: ${e.reason}`));
