const express = require('express');

const router = express.Router();

// Shopping carts by session id.
const carts = new Map();

router.get('/', (req, res) => {
  res.json(carts.get(req.session.id) || { items: [] });
});

router.post('/items', (req, res) => {
  const cart = carts.get(req.session.id) || { items: [] };
  cart.items.push({ sku: req.body.sku, quantity: req.body.quantity || 1 });
  carts.set(req.session.id, cart);
  res.status(201).json(cart);
});

router.delete('/', (req, res) => {
  carts.delete(req.session.id);
  res.status(204).end();
});

module.exports = router;
