import './style.css';
import { createGraphQLClient } from './api/graphql-client';
import { createApp } from './app';
import { installTestHook } from './test-hook';

// The app is served by the GraphQL server at /browser, so the API is /graphql on the same origin (in `vite dev`
// the dev server proxies it).
const app = createApp(document.getElementById('app')!, createGraphQLClient({ endpoint: new URL('/graphql', location.href).toString() }));
if (new URLSearchParams(location.search).get('test') === '1') installTestHook(app);
