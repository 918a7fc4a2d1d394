export { createServer, SCHEMA_PATH } from './create-server';
export type { ServerOptions, RunningServer } from './create-server';
export { ApiErrorCode } from './errors';
export { DEFAULT_LIMITS } from './limits';
export { DEFAULT_HTTP_TIMEOUTS } from './http-handler';
export type { HttpTimeouts } from './http-handler';
export type { Limits } from './limits';
export type { ArmorOptions } from './plugins/use-armor';
export { EXAMPLE_QUERIES } from './examples';
