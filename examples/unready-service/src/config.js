// Settings of the orders service. The credentials below are fake: this is the audit's example.
module.exports = {
  databaseUrl: 'postgres://orders_app:Wq7vLp2xNc9Rt4Ka@orders-db.prod.internal:5432/orders',
  sessionSecret: 'b7Yq2mXc9LpV4tRz8KdN',
  jwtSecret: process.env.JWT_SECRET || 'jH3kP9xQ2vLm7RtY5wNc',
  cartTtlSeconds: 24 * 60 * 60,
};
