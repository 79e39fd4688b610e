const fs = require('fs');
const express = require('express');
const jwt = require('jsonwebtoken');
const config = require('../config');
const { pool } = require('../db');

const router = express.Router();

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    req.user = jwt.verify(token, config.jwtSecret);
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}

router.post('/', requireUser, async (req, res, next) => {
  try {
    const { rows } = await pool.query(
      'INSERT INTO orders (customer_id, items) VALUES ($1, $2) RETURNING id',
      [req.user.sub, JSON.stringify(req.body.items)],
    );
    // Audit trail for the finance team.
    fs.appendFile('logs/orders-audit.log', `${new Date().toISOString()} order ${rows[0].id} by ${req.user.sub}\n`, () => {});
    res.status(201).json({ id: rows[0].id });
  } catch (err) {
    next(err);
  }
});

router.get('/:id', requireUser, async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1 AND customer_id = $2', [req.params.id, req.user.sub]);
    if (rows.length === 0) return res.status(404).json({ error: 'not found' });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
