import neo4j, { type Driver } from 'neo4j-driver';
import { LoaderError } from './errors';

export interface ConnectOptions {
  uri: string;
  user?: string;
  password: string;
  /** How long to wait for the first connection before giving up, in ms. */
  connectionTimeout?: number;
}

/**
 * Opens a driver and checks that the database answers and accepts the credentials,
 * turning the driver's failures into one coded error that says what to fix.
 */
export async function connect({ uri, user = 'neo4j', password, connectionTimeout = 10_000 }: ConnectOptions): Promise<Driver> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionTimeout,
    maxTransactionRetryTime: 30_000,
  });
  try {
    await driver.getServerInfo();
    return driver;
  } catch (err) {
    await driver.close();
    throw classifyConnectError(err, uri, user);
  }
}

export function classifyConnectError(err: unknown, uri: string, user: string): LoaderError {
  const code = (err as { code?: string }).code ?? '';
  if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return new LoaderError(
      'AUTH_FAILED',
      `Neo4j at ${uri} refused user '${user}': wrong password? Set NEO4J_USER/NEO4J_PASSWORD to the database's credentials`,
      { cause: err },
    );
  }
  return new LoaderError(
    'DATABASE_UNAVAILABLE',
    `cannot reach Neo4j at ${uri} (${(err as Error).message}); start it with 'npx kg neo4j start' or set NEO4J_URI`,
    { cause: err },
  );
}
