import { formatTimeline } from '../cli/format-timeline.js';
import type { EventView } from '../store/event-views.js';

const event: EventView = {
  id: 1,
  type: 'hardware_switch',
  subject: { id: 'deepseek-r2', name: 'DeepSeek-R2', kind: 'model' },
  related: [
    { id: 'nvidia-h20', name: 'H20', role: 'to' },
    { id: 'huawei-ascend', name: 'Huawei Ascend', role: 'from' },
    { id: 'deepseek', name: 'DeepSeek', role: 'developer' },
  ],
  date: null,
  reason: 'training',
  confidence: 0.9,
  firstReportedAt: '2025-08-14T08:00:00.000Z',
  lastReportedAt: '2025-08-14T08:00:00.000Z',
  sourceCount: 1,
  languages: ['de'],
  sources: [
    {
      articleId: 1,
      url: 'http://127.0.0.1/a.html',
      title: 'A',
      source: 'demo',
      language: 'de',
      evidence: 'DeepSeek trainiert R2 wieder auf dem H20.',
      reportedAt: '2025-08-14T08:00:00.000Z',
    },
  ],
};

describe('formatTimeline', () => {
  it('lists related entities in reading order: developer, from, to', () => {
    expect(formatTimeline([event])).toContain('developer: DeepSeek, from: Huawei Ascend, to: H20');
  });
});
