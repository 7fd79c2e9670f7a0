/**
 * Practice scenarios: pure data and predicates over the portal's state and an attempt's log,
 * with start states replayed from the seed by domain commands. See README.md.
 */
export * from './attempt';
export * from './machines';
export * from './people';
export * from './scenario';
export * from './solution';
export * from './start';
export * from './textKeys';
export { scenarios, scenarioById } from './scenarios';
export * from './progress';
