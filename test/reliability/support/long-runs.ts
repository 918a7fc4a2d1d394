/**
 * `npm run test:reliability` sets NEWSGRAPH_RELIABILITY=long: the fault tests then repeat their faults more
 * often (more restarts, more kill points). In `npm test` they run once, short enough for every change.
 */
export const LONG = process.env.NEWSGRAPH_RELIABILITY === 'long';
export const RESTART_CYCLES = LONG ? 5 : 1;
export const KILL_POINTS = LONG ? 40 : 0;
