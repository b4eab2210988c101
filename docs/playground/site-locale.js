// Runs in the page's <head>, before the body is parsed: the page takes the reader's chosen language at once, so
// a guide written in both languages shows the right one from the first paint (site.css hides the other) instead
// of flashing the French default until site-controls.js (a module, run after parsing) catches up.
// The stored value and the list mirror site-controls.js / site-strings.js (a classic script cannot import them).
try {
  const stored = localStorage.getItem('jrmc-site-locale');
  if (stored === 'fr' || stored === 'en') document.documentElement.lang = stored;
} catch {
  // storage blocked (privacy settings): the page stays in French, the default
}
