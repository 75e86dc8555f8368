/**
 * Line icons drawn for Lactea (decorative: every one sits beside words). Each is 24 px unless its
 * place in the stylesheet sizes it, so an icon never grows to fill its button.
 */
import type { JSX } from 'preact';

function Icon({ children }: { children: JSX.Element | JSX.Element[] }): JSX.Element {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const DropIcon = (): JSX.Element => (
  <Icon>
    <path d="M12 3c-3 4-6 7.5-6 11a6 6 0 0 0 12 0c0-3.5-3-7-6-11z" />
  </Icon>
);

export const HomeIcon = (): JSX.Element => (
  <Icon>
    <path d="M3 11l9-7 9 7" />
    <path d="M5 10v10h14V10" />
  </Icon>
);

export const ListIcon = (): JSX.Element => (
  <Icon>
    <path d="M8 6h13M8 12h13M8 18h13" />
    <circle cx="3.5" cy="6" r="1" />
    <circle cx="3.5" cy="12" r="1" />
    <circle cx="3.5" cy="18" r="1" />
  </Icon>
);

export const BabyIcon = (): JSX.Element => (
  <Icon>
    <circle cx="12" cy="12" r="8" />
    <path d="M9 14c1.5 1.5 4.5 1.5 6 0" />
    <path d="M9.5 10h.01M14.5 10h.01" />
  </Icon>
);

export const GearIcon = (): JSX.Element => (
  <Icon>
    <circle cx="12" cy="12" r="3" />
    <path d="M12 2v3M12 19v3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M2 12h3M19 12h3M4.9 19.1L7 17M17 7l2.1-2.1" />
  </Icon>
);

export const NurseIcon = (): JSX.Element => (
  <Icon>
    <path d="M4 14a8 8 0 0 0 16 0" />
    <circle cx="12" cy="14" r="1.5" />
    <path d="M8 6c1-2 3-3 4-3s3 1 4 3" />
  </Icon>
);

export const PumpIcon = (): JSX.Element => (
  <Icon>
    <path d="M7 4h10l-2 5H9z" />
    <path d="M9 9v2a3 3 0 0 0 6 0V9" />
    <path d="M10 14h4v7h-4z" />
  </Icon>
);

export const BottleIcon = (): JSX.Element => (
  <Icon>
    <path d="M10 2h4v3h-4z" />
    <path d="M9 5h6l1 3v12a2 2 0 0 1-2 2h-4a2 2 0 0 1-2-2V8z" />
    <path d="M8 12h8" />
  </Icon>
);

export const HandsIcon = (): JSX.Element => (
  <Icon>
    <path d="M7 20c-2-2-3-5-3-8V7a1.5 1.5 0 0 1 3 0v4" />
    <path d="M7 11V4.5a1.5 1.5 0 0 1 3 0V11M10 11V4a1.5 1.5 0 0 1 3 0v7M13 11V6a1.5 1.5 0 0 1 3 0v8c0 3-2 6-5 6" />
  </Icon>
);

export const BackIcon = (): JSX.Element => (
  <Icon>
    <path d="M15 18l-6-6 6-6" />
  </Icon>
);

/** Massage: a breast outline with a circling stroke. */
export const MassageIcon = (): JSX.Element => (
  <Icon>
    <circle cx="12" cy="13" r="8" />
    <circle cx="12" cy="13" r="1.5" />
    <path d="M7.5 9.5a5.5 5.5 0 0 1 8-1.5" />
    <path d="M15.5 5.5v2.5h-2.5" />
  </Icon>
);

/** Symptom check: a clipboard with a tick. */
export const CheckIcon = (): JSX.Element => (
  <Icon>
    <rect x="5" y="4" width="14" height="17" rx="2" />
    <path d="M9 4V2.5h6V4" />
    <path d="M9 13l2 2 4-4" />
  </Icon>
);

export const PhoneIcon = (): JSX.Element => (
  <Icon>
    <path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z" />
  </Icon>
);
