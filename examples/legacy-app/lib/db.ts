// An in-memory "database" with fixed data: every answer is deterministic.

export interface Item {
  id: number;
  name: string;
  price: number;
  tags: string[];
}

export interface Post {
  id: number;
  slug: string;
  title: string;
  published: boolean;
  authorId: string;
}

export interface User {
  id: string;
  name: string;
  email: string;
  password: string;
  role: 'admin' | 'customer';
}

export interface Order {
  id: string;
  userId: string;
  total: number;
}

export interface Product {
  sku: string;
  title: string;
  stock: number;
}

const ITEMS: Item[] = [
  { id: 1, name: 'Espresso cup', price: 8, tags: ['kitchen', 'coffee'] },
  { id: 2, name: 'Pour-over kettle', price: 45, tags: ['kitchen', 'coffee', 'steel'] },
  { id: 3, name: 'Linen apron', price: 30, tags: ['kitchen', 'textile'] },
  { id: 4, name: 'Oak cutting board', price: 38, tags: ['kitchen', 'wood'] },
  { id: 5, name: 'Steel whisk', price: 12, tags: ['steel'] },
  { id: 6, name: 'Tea towel set', price: 15, tags: ['textile'] },
  { id: 7, name: 'Grinder', price: 89, tags: ['coffee', 'steel'] },
];

const POSTS: Post[] = [
  { id: 1, slug: 'hello-world', title: 'Hello, world', published: true, authorId: 'u1' },
  { id: 2, slug: 'brewing-guide', title: 'A brewing guide', published: true, authorId: 'u1' },
  { id: 3, slug: 'draft-notes', title: 'Draft notes', published: false, authorId: 'u2' },
];

const USERS: User[] = [
  { id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com', password: 'analytical', role: 'admin' },
  { id: 'u2', name: 'Grace Hopper', email: 'grace@example.com', password: 'cobol', role: 'customer' },
];

const ORDERS: Order[] = [
  { id: 'o-100', userId: 'u1', total: 53 },
  { id: 'o-101', userId: 'u1', total: 89 },
  { id: 'o-102', userId: 'u2', total: 30 },
  { id: 'o-103', userId: 'u1', total: 12 },
  { id: 'o-104', userId: 'u1', total: 45 },
];

const PRODUCTS: Product[] = [
  { sku: 'CUP-01', title: 'Espresso cup', stock: 12 },
  { sku: 'KET-02', title: 'Pour-over kettle', stock: 0 },
];

export const API_KEY = 'test-key';

export function listItems(tags: string[] = []): Item[] {
  return ITEMS.filter((item) => tags.every((tag) => item.tags.includes(tag)));
}

export function findItem(id: number): Item | undefined {
  return ITEMS.find((item) => item.id === id);
}

/** Validates and shapes a new item; ids are assigned from the fixed data, nothing is stored. */
export function buildItem(input: { name?: unknown; price?: unknown; tags?: unknown }): Item | string {
  if (typeof input.name !== 'string' || input.name.length === 0) return 'name is required';
  const price = Number(input.price ?? 0);
  if (!Number.isFinite(price) || price < 0) return 'price must be a positive number';
  const tags = Array.isArray(input.tags) ? input.tags.map(String) : [];
  return { id: ITEMS.length + 1, name: input.name, price, tags };
}

export function listPosts(includeDrafts = false): Post[] {
  return POSTS.filter((post) => includeDrafts || post.published);
}

export function findUserByCredentials(email: string, password: string): User | undefined {
  return USERS.find((user) => user.email === email && user.password === password);
}

export function findUserByEmail(email: string): User | undefined {
  return USERS.find((user) => user.email === email);
}

export function findUser(id: string): User | undefined {
  return USERS.find((user) => user.id === id);
}

export function ordersForUser(userId: string): Order[] {
  return ORDERS.filter((order) => order.userId === userId);
}

export function findProduct(sku: string): Product | undefined {
  return PRODUCTS.find((product) => product.sku === sku.toUpperCase());
}

export function storeStats() {
  return { items: ITEMS.length, posts: POSTS.length, users: USERS.length, orders: ORDERS.length };
}

/** Resolves like a real database call would, with the same data every time. */
export function fetchStats(): Promise<{ items: number; posts: number; users: number; orders: number }> {
  return Promise.resolve(storeStats());
}

const auditLog: string[] = [];

export function recordAudit(entry: string): void {
  auditLog.push(entry);
}

export function auditCount(): number {
  return auditLog.length;
}
