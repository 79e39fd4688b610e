const { Pool } = require('pg');
const Redis = require('ioredis');
const config = require('./config');

const pool = new Pool({ connectionString: config.databaseUrl, max: 10 });

const redis = new Redis({ host: 'cache-01.prod.internal', port: 6379 });

module.exports = { pool, redis };
