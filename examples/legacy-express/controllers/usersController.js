'use strict';

const store = require('../data/store');
const { httpError } = require('../lib/httpError');

const ROLES = ['admin', 'member'];

function findUser(id) {
  return store.users.find((u) => u.id === id);
}

/** Looks the user up the way a database call would: asynchronously, rejecting when missing. */
async function loadUser(id) {
  const user = findUser(id);
  if (!user) throw httpError(404, `User ${id} not found`);
  return user;
}

exports.listUsers = (req, res) => {
  let list = store.users;
  if (req.query.role) list = list.filter((u) => u.role === req.query.role);
  if (req.query.sort === 'name') list = [...list].sort((a, b) => a.name.localeCompare(b.name));
  res.set('X-Total-Count', String(list.length));
  res.json(list.map(({ id, name, role }) => ({ id, name, role })));
};

exports.getUser = (req, res) => {
  const user = findUser(req.params.id);
  if (!user) {
    return res.status(404).json({ error: `User ${req.params.id} not found` });
  }
  res.json(user);
};

exports.createUser = (req, res, next) => {
  const { name, email, role = 'member' } = req.body;
  if (!name || !email) {
    return res.status(400).json({ error: 'name and email are required' });
  }
  if (store.users.some((u) => u.email === email)) {
    return next(httpError(409, `Email ${email} is already registered`));
  }
  const user = { id: `u${store.nextId('user')}`, name, email, role };
  store.users.push(user);
  res.location(`/api/users/${user.id}`);
  res.status(201).json(user);
};

exports.updateUser = async (req, res) => {
  const user = await loadUser(req.params.id);
  const { name, role } = req.body;
  if (role !== undefined && !ROLES.includes(role)) {
    throw httpError(422, 'role must be admin or member', { role });
  }
  if (name !== undefined) user.name = name;
  if (role !== undefined) user.role = role;
  res.json(user);
};

exports.deleteUser = (req, res) => {
  const index = store.users.findIndex((u) => u.id === req.params.id);
  if (index === -1) {
    return res.sendStatus(404);
  }
  store.users.splice(index, 1);
  res.sendStatus(204);
};

exports.avatar = (req, res) => {
  res.redirect(`https://cdn.shop.example/avatars/${encodeURIComponent(req.params.id)}.png`);
};
