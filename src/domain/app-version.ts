import { version } from '../../package.json';

/** The app's version, from package.json: reports name the software that made them. */
export const APP_VERSION: string = version;

/** The R package and version the engine's figures are checked against (scripts/r/*.R, src/domain/stats/fixtures). */
export const CHECKED_AGAINST = 'R metafor 3.8.1';
