/** Icons for the massage player (decorative: each sits beside its words). */
import type { JSX } from 'preact';

function Icon({ children }: { children: JSX.Element | JSX.Element[] }): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const PlayIcon = (): JSX.Element => (
  <Icon>
    <path d="M7 4l13 8-13 8z" fill="currentColor" />
  </Icon>
);

export const PauseIcon = (): JSX.Element => (
  <Icon>
    <path d="M7 4h3v16H7zM14 4h3v16h-3z" fill="currentColor" />
  </Icon>
);

export const PrevIcon = (): JSX.Element => (
  <Icon>
    <path d="M18 5l-9 7 9 7z" />
    <path d="M6 5v14" />
  </Icon>
);

export const NextIcon = (): JSX.Element => (
  <Icon>
    <path d="M6 5l9 7-9 7z" />
    <path d="M18 5v14" />
  </Icon>
);

export const StopIcon = (): JSX.Element => (
  <Icon>
    <rect x="6" y="6" width="12" height="12" rx="1.5" />
  </Icon>
);

export const SoundIcon = ({ on }: { on: boolean }): JSX.Element => (
  <Icon>
    <path d="M4 9h4l5-4v14l-5-4H4z" />
    {on ? <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" /> : <path d="M17 9l5 6M22 9l-5 6" />}
  </Icon>
);

export const VibrateIcon = ({ on }: { on: boolean }): JSX.Element => (
  <Icon>
    <rect x="8" y="4" width="8" height="16" rx="1.5" />
    {on ? <path d="M4 9v6M20 9v6M1.5 11v2M22.5 11v2" /> : <path d="M3 3l18 18" />}
  </Icon>
);

export const CloseIcon = (): JSX.Element => (
  <Icon>
    <path d="M6 6l12 12M18 6L6 18" />
  </Icon>
);

export const AlertIcon = (): JSX.Element => (
  <Icon>
    <path d="M12 3l10 18H2z" />
    <path d="M12 10v5M12 18h.01" />
  </Icon>
);

/** A head speaking: the voice reads the steps (struck through when off). */
export const VoiceIcon = ({ on }: { on: boolean }): JSX.Element => (
  <Icon>
    <path d="M4 20c0-4 2-6 5-6s5 2 5 6" />
    <circle cx="9" cy="8" r="4" />
    {on ? <path d="M16 6c1.5 1.2 1.5 3.8 0 5M19 4c3 2.5 3 6.5 0 9" /> : <path d="M15 5l7 7M22 5l-7 7" />}
  </Icon>
);

export const RepeatIcon = (): JSX.Element => (
  <Icon>
    <path d="M4 12a8 8 0 0 1 14-5.3L20 9" />
    <path d="M20 4v5h-5" />
    <path d="M20 12a8 8 0 0 1-14 5.3L4 15" />
  </Icon>
);
