const express = require('express');
const config = require('../config');
const { redis } = require('../db');

const router = express.Router();

// Carts live in Redis: any instance can serve any request, and a restart loses nothing.
const cartKey = (req) => `orders:cart:${req.session.id}`;

async function loadCart(req) {
  const json = await redis.get(cartKey(req));
  return json ? JSON.parse(json) : { items: [] };
}

router.get('/', async (req, res, next) => {
  try {
    res.json(await loadCart(req));
  } catch (err) {
    next(err);
  }
});

router.post('/items', async (req, res, next) => {
  try {
    const cart = await loadCart(req);
    cart.items.push({ sku: req.body.sku, quantity: req.body.quantity || 1 });
    await redis.set(cartKey(req), JSON.stringify(cart), 'EX', config.cartTtlSeconds);
    res.status(201).json(cart);
  } catch (err) {
    next(err);
  }
});

router.delete('/', async (req, res, next) => {
  try {
    await redis.del(cartKey(req));
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
