import './styles.css';
import { render } from 'preact';
import { App } from './app.js';
import { loadAccount } from './state/account.js';
import { applyPreferences, prefsStore } from './state/prefs.js';

const root = document.getElementById('app');
// The device's saved language is loaded before the first render, so a Spanish user never sees English flash.
void applyPreferences(prefsStore.get())
  .catch(() => undefined)
  .then(() => {
    if (root) render(<App />, root);
    void loadAccount();
  });
