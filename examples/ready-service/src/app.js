const express = require('express');
const session = require('express-session');
const { RedisStore } = require('connect-redis');
const config = require('./config');
const { redis } = require('./db');
const logger = require('./logger');
const cartRoutes = require('./routes/cart');
const orderRoutes = require('./routes/orders');

const app = express();

app.use(express.json());
app.use(
  session({
    store: new RedisStore({ client: redis, prefix: 'orders:session:' }),
    secret: config.sessionSecret,
    resave: false,
    saveUninitialized: false,
    cookie: { maxAge: 24 * 60 * 60 * 1000 },
  }),
);
app.use((req, res, next) => {
  logger.info(`${req.method} ${req.originalUrl}`);
  next();
});

app.get('/health', (req, res) => {
  res.json({ status: 'ok' });
});
app.use('/cart', cartRoutes);
app.use('/orders', orderRoutes);

app.use((err, req, res, next) => {
  logger.error(err.message, { stack: err.stack });
  res.status(500).json({ error: 'internal error' });
});

module.exports = app;
