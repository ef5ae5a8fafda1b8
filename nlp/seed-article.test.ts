import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from './analyze.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = path.resolve(repoRoot, '../shared/seed/article-de.txt');
const present = existsSync(seedPath);
if (!present) console.warn(`seed-article.test.ts: skipped, ${seedPath} is absent (../shared not mounted)`);
const describeSeed = present ? describe : describe.skip;

describeSeed('the seed article (shared/seed/article-de.txt)', () => {
  const analysis = present
    ? analyze({ id: 'seed', text: readFileSync(seedPath, 'utf8'), published: '2025-08-26' })
    : null;
  const events = analysis?.events ?? [];

  test('is German and names DeepSeek, R2, Ascend, H20, Qwen3 and Alibaba', () => {
    expect(analysis?.language).toBe('de');
    const ids = analysis?.entities.map((e) => e.id) ?? [];
    for (const id of ['deepseek', 'deepseek-r2', 'huawei-ascend', 'nvidia-h20', 'alibaba-qwen3', 'alibaba']) {
      expect(ids).toContain(id);
    }
  });

  test('reports the R2 delay with DeepSeek as developer and the Ascend failure as reason', () => {
    const delay = events.find((e) => e.type === 'delay' && e.subject.id === 'deepseek-r2');
    expect(delay).toBeDefined();
    expect(delay?.related).toContainEqual({ id: 'deepseek', name: 'DeepSeek', role: 'developer' });
    expect(delay?.reason).toMatch(/Ascend/);
    expect(delay?.reason).toMatch(/versagt/);
    expect(delay?.date).toBeNull(); // "um Monate verschoben" gives no new date
  });

  test('reports the switch of training back from Ascend to H20, with Ascend kept for inference', () => {
    const toH20 = events.find(
      (e) => e.type === 'hardware_switch' && e.related.some((r) => r.role === 'to' && r.id === 'nvidia-h20'),
    );
    expect(toH20).toBeDefined();
    expect(['deepseek', 'deepseek-r2']).toContain(toH20?.subject.id);
    expect(toH20?.reason).toBe('training');
    expect(toH20?.related).toContainEqual({ id: 'huawei-ascend', name: 'Huawei Ascend', role: 'from' });
    expect(toH20?.related).toContainEqual({ id: 'huawei-ascend', name: 'Huawei Ascend', role: 'inference' });
  });

  test('knows Qwen3 as an Alibaba model and gives it no event', () => {
    const qwen = analysis?.entities.find((e) => e.id === 'alibaba-qwen3');
    expect(qwen?.kind).toBe('model');
    expect(qwen?.developer).toBe('alibaba');
    expect(events.filter((e) => e.subject.id === 'alibaba-qwen3')).toEqual([]);
  });

  test('takes nothing from the two ad blocks', () => {
    for (const e of events) {
      expect(e.evidence).not.toMatch(/Kaufen oder verkaufen|Anleger|Analyse|Aktionäre|weiterlesen/);
    }
    expect(events.filter((e) => e.type === 'financial')).toEqual([]);
  });
});
