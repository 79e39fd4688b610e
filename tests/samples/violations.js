// One violation of each core rule, the way a real entry point has them.
const express = require('express');
const session = require('express-session');
const winston = require('winston');

const logger = winston.createLogger({
  transports: [new winston.transports.File({ filename: 'logs/app.log' })],
});

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const db = { host: 'db.internal.example.com', password: 'Sup3rS3cretPassw0rd' };

app.get('/', (req, res) => {
  logger.info('hit');
  res.send(db.host);
});

app.listen(8080);
