/** Entities related to an event besides its subject: its developer, causes, platforms, families. */
import type { KnowledgeBase } from '../knowledge-base.js';
import type { EventEntity } from '../types.js';

/**
 * The developer of an entity as a related entity, or none. Every event names the subject's maker so
 * that a digest can group a company's models and chips without looking them up again.
 */
export function developerOf(id: string, kb: KnowledgeBase): EventEntity[] {
  const entry = kb.byId.get(id);
  const dev = entry?.developer !== undefined ? kb.byId.get(entry.developer) : undefined;
  return dev ? [{ id: dev.id, name: dev.name, role: 'developer' }] : [];
}

/**
 * Appends `item` unless the list already holds the same entity in the same role; an entity may stand
 * in two roles (a chip both "from" and "cause"), but never twice in one.
 */
export function pushUnique(list: EventEntity[], item: EventEntity): void {
  if (!list.some((e) => e.id === item.id && e.role === item.role)) list.push(item);
}
