export { createServer, SCHEMA_PATH } from './create-server';
export type { ServerOptions, RunningServer } from './create-server';
export { ApiErrorCode } from './errors';
export { EXAMPLE_QUERIES } from './examples';
