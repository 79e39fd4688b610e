const { Pool } = require('pg');
const Redis = require('ioredis');
const config = require('./config');

const pool = new Pool({ connectionString: config.databaseUrl, max: 10 });

const redis = new Redis(config.redisUrl);

module.exports = { pool, redis };
