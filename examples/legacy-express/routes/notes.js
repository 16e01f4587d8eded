'use strict';

const express = require('express');

const store = require('../data/store');
const requireApiKey = require('../middleware/requireApiKey');

// Mounted at /api/users/:userId/notes: mergeParams makes :userId visible here.
const router = express.Router({ mergeParams: true });

router
  .route('/')
  .get((req, res) => {
    const { userId } = req.params;
    if (!store.users.some((u) => u.id === userId)) {
      return res.status(404).json({ error: `User ${userId} not found` });
    }
    const notes = store.notes.filter((n) => n.userId === userId);
    res.json({ userId, notes: notes.map(({ id, text }) => ({ id, text })) });
  })
  .post(requireApiKey, (req, res) => {
    const { userId } = req.params;
    const text = typeof req.body.text === 'string' ? req.body.text.trim() : '';
    if (!text) {
      return res.status(400).json({ error: 'text is required' });
    }
    const note = { id: store.nextId('note'), userId, text };
    store.notes.push(note);
    res.status(201).json(note);
  });

router.delete('/:noteId', requireApiKey, (req, res) => {
  const { userId, noteId } = req.params;
  const index = store.notes.findIndex((n) => n.userId === userId && String(n.id) === noteId);
  if (index === -1) {
    return res.status(404).json({ error: `Note ${noteId} of ${userId} not found` });
  }
  store.notes.splice(index, 1);
  res.sendStatus(204);
});

module.exports = router;
