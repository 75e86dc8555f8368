// Runs before the first paint (a plain script, not inline: the CSP allows 'self' only).
// Applies the theme and language saved on this device so a dark-theme user never sees a white flash.
(function () {
  try {
    var raw = localStorage.getItem('lactea.prefs');
    var prefs = raw ? JSON.parse(raw) : null;
    var root = document.documentElement;
    if (prefs && (prefs.theme === 'light' || prefs.theme === 'dark')) {
      root.setAttribute('data-theme', prefs.theme);
      // The browser's bar in the chosen theme's colour (web/theme-colors.ts; a test keeps them equal).
      var color = prefs.theme === 'dark' ? '#14181b' : '#f6f3ee';
      document.querySelectorAll('meta[name="theme-color"]').forEach(function (m) {
        m.setAttribute('content', color);
      });
    }
    if (prefs && (prefs.language === 'en' || prefs.language === 'es')) root.setAttribute('lang', prefs.language);
  } catch {
    // Storage may be unavailable (private mode); the system theme applies.
  }
})();
