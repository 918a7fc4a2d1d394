export { main, buildProgram } from './main';
export { readConfig } from './config';
export type { Config } from './config';
