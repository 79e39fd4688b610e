// Settings of the orders service. The credentials are fake, made up for this example.
module.exports = {
  databaseUrl: 'postgres://orders_app:Wq7vLp2x-not-a-real-password@orders-db.prod.internal:5432/orders',
  sessionSecret: 'b7Yq2mXc-not-a-real-secret',
  jwtSecret: process.env.JWT_SECRET || 'jH3kP9xQ-not-a-real-secret',
  cartTtlSeconds: 24 * 60 * 60,
};
