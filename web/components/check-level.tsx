/**
 * A triage level shown as words, colour and an icon together (never colour alone). The words are
 * the action: "Seek care now", "Contact your provider today", and so on.
 */
import type { JSX } from 'preact';
import type { Level } from '../../src/domain/triage/index.js';
import { t } from '../i18n.js';

function Svg({ children }: { children: JSX.Element | JSX.Element[] }): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export function LevelIcon({ level }: { level: Level }): JSX.Element {
  switch (level) {
    case 'emergency':
      return (
        <Svg>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7v6" />
          <path d="M12 16.5h.01" />
        </Svg>
      );
    case 'urgent':
      return (
        <Svg>
          <path d="M12 3L2 21h20z" />
          <path d="M12 10v5" />
          <path d="M12 18h.01" />
        </Svg>
      );
    case 'call':
      return (
        <Svg>
          <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z" />
        </Svg>
      );
    case 'watch':
      return (
        <Svg>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7v5l3 2" />
        </Svg>
      );
    case 'self-care':
      return (
        <Svg>
          <circle cx="12" cy="12" r="9" />
          <path d="M8 12.5l3 3 5-6" />
        </Svg>
      );
  }
}

/** "Seek care now", "Contact your provider today", … in the current language. */
export function levelTitle(level: Level): string {
  return t(`check.level.${level}.title`);
}

/** A small level tag for lists: icon and words on the level's colours. */
export function LevelTag({ level }: { level: Level }): JSX.Element {
  return (
    <span class={`check-level-tag level-${level}`}>
      <LevelIcon level={level} />
      {levelTitle(level)}
    </span>
  );
}
