/** Insights: pure computations shared by the server and the browser. Time always comes in. */
export * from './clock.js';
export * from './daily.js';
export * from './emptying.js';
export * from './rhythm.js';
export * from './massage-effect.js';
export * from './milk-quality.js';
export * from './periods.js';
export * from './sentences.js';
export * from './summary.js';
export { adjustedDifference, type AdjustedDifference, type Covariate } from './ols.js';
