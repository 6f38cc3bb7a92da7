export { ConsentStore } from './consent-store.js';
export type * from './types.js';
