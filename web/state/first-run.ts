/**
 * The guided start is offered by itself once per opening of the app (or not at all when she opened
 * it herself); after that, home offers to continue it.
 */
let offered = false;

/** True the first time it is asked in this opening of the app, unless she has seen the guide already. */
export function offerGuide(): boolean {
  if (offered) return false;
  offered = true;
  return true;
}

/** The guide is on screen: do not send her back to it in this opening of the app. */
export function guideSeen(): void {
  offered = true;
}
