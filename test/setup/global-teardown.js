// Stops the Neo4j only if the global setup started it: a server the developer runs is left alone.
const neo4j = require('../../scripts/neo4j.js');

module.exports = async function globalTeardown() {
  if (globalThis.__NEWSGRAPH_NEO4J_STARTED__) await neo4j.stop({ log: () => {} });
};
