const app = require('./app');
const config = require('./config');
const { pool, redis } = require('./db');
const logger = require('./logger');

const server = app.listen(config.port, () => {
  logger.info(`orders service listening on port ${config.port}`);
});

// Orchestrators stop processes with SIGTERM: finish in-flight requests, close connections, exit.
function shutdown(signal) {
  logger.info(`${signal} received, shutting down`);
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close(async (err) => {
    await Promise.allSettled([pool.end(), redis.quit()]);
    process.exit(err ? 1 : 0);
  });
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
