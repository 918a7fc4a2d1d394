// Starts the local Neo4j for the integration tests when NEO4J_URI is unset (or points at it), and hands the
// connection to the test workers through the environment. An existing server at NEO4J_URI is used as it is.
const neo4j = require('../../scripts/neo4j.js');

module.exports = async function globalSetup() {
  const started = Date.now();
  const info = await neo4j.ensureRunning({ log: (m) => process.stderr.write(`\n[neo4j] ${m}`) });
  process.env.NEO4J_URI = process.env.NEO4J_URI || info.uri;
  process.env.NEO4J_USER = process.env.NEO4J_USER || info.user;
  process.env.NEO4J_PASSWORD = process.env.NEO4J_PASSWORD || info.password;
  globalThis.__NEWSGRAPH_NEO4J_STARTED__ = info.startedByUs;
  process.stderr.write(`\n[neo4j] ${info.startedByUs ? 'started' : 'using'} ${info.uri} (${Date.now() - started} ms)\n`);
};
