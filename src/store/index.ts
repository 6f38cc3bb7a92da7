export { ConsentStore } from './consent-store.js';
export { serverState } from './decisions.js';
export type * from './types.js';
