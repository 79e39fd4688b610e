// Everything that varies between deploys comes from the environment (https://12factor.net/config).
function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

module.exports = {
  port: Number(process.env.PORT ?? 3000),
  databaseUrl: required('DATABASE_URL'),
  redisUrl: required('REDIS_URL'),
  sessionSecret: required('SESSION_SECRET'),
  jwtSecret: required('JWT_SECRET'),
  cartTtlSeconds: 24 * 60 * 60,
};
