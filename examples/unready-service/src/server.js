const app = require('./app');
const logger = require('./logger');

const PORT = 8080;

app.listen(PORT, () => {
  logger.info(`orders service listening on port ${PORT}`);
});
