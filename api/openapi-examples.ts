/**
 * Example answers for the OpenAPI document, keyed by operationId: the demo data's answers (our own
 * sample site crawled by the real pipeline) to each operation's example request. Written by
 * `npm run openapi:examples`; test/api-openapi.test.ts checks they still match the demo data.
 */

export const responseExamples = {
  getHealth: { status: 'ok' },
  getEntityTimeline: {
    entity: { id: 'deepseek-r2', name: 'DeepSeek-R2', kind: 'model' },
    events: [
      {
        id: 1,
        type: 'delay',
        subject: { id: 'deepseek-r2', name: 'DeepSeek-R2', kind: 'model' },
        related: [
          { id: 'huawei', name: 'Huawei', role: 'cause' },
          { id: 'huawei-ascend', name: 'Huawei Ascend', role: 'cause' },
          { id: 'deepseek', name: 'DeepSeek', role: 'developer' },
        ],
        date: null,
        reason: 'after training on Huawei chips falters',
        confidence: 0.992,
        firstReportedAt: '2025-08-14T08:15:00.000Z',
        lastReportedAt: '2025-08-16T14:05:00.000Z',
        sourceCount: 2,
        languages: ['de', 'en'],
        sources: [
          {
            articleId: 2,
            url: 'https://demo-news.modelwatch.example/tech/deepseek-r2-verschoben.html',
            title: 'DeepSeek verschiebt R2: Training auf Huawei-Chips gescheitert',
            source: 'demo-news',
            language: 'de',
            evidence: 'DeepSeek verschiebt R2: Training auf Huawei-Chips gescheitert',
            reportedAt: '2025-08-14T08:15:00.000Z',
          },
          {
            articleId: 1,
            url: 'https://demo-news.modelwatch.example/en/tech/deepseek-r2-delayed-ascend-training.html',
            title: 'DeepSeek pushes back R2 launch after training on Huawei chips falters',
            source: 'demo-news',
            language: 'en',
            evidence: 'DeepSeek pushes back R2 launch after training on Huawei chips falters',
            reportedAt: '2025-08-16T14:05:00.000Z',
          },
        ],
      },
    ],
    nextCursor: null,
  },
  listEvents: {
    items: [
      {
        id: 5,
        type: 'export_control',
        subject: { id: 'nvidia-h20', name: 'H20', kind: 'chip' },
        related: [{ id: 'nvidia', name: 'Nvidia', role: 'developer' }],
        date: { value: '2025-04', precision: 'month' },
        reason: null,
        confidence: 0.75,
        firstReportedAt: '2025-08-08T21:10:00.000Z',
        lastReportedAt: '2025-08-08T21:10:00.000Z',
        sourceCount: 1,
        languages: ['en'],
        sources: [
          {
            articleId: 3,
            url: 'https://demo-news.modelwatch.example/en/chips/nvidia-h20-export-licence-china.html',
            title: 'Nvidia receives US export licences to resume H20 sales to China',
            source: 'demo-news',
            language: 'en',
            evidence:
              'In April, however, the administration told Nvidia that sales of the chip to China would require a licence, effectively halting shipments.',
            reportedAt: '2025-08-08T21:10:00.000Z',
          },
        ],
      },
    ],
    nextCursor: 'WyIyMDI1LTA4LTA4VDIxOjEwOjAwLjAwMCswMDowMCIsNV0',
  },
  getEvent: {
    id: 7,
    type: 'release',
    subject: { id: 'moonshot-kimi-k2', name: 'Kimi K2', kind: 'model' },
    related: [],
    date: { value: '2025-07-11', precision: 'day' },
    reason: null,
    confidence: 0.95,
    firstReportedAt: '2025-07-12T09:00:00.000Z',
    lastReportedAt: '2025-07-12T09:00:00.000Z',
    sourceCount: 1,
    languages: ['en'],
    sources: [
      {
        articleId: 4,
        url: 'https://demo-news.modelwatch.example/en/ai/moonshot-kimi-k2-release.html',
        title: 'Moonshot AI releases Kimi K2, a trillion-parameter open-weight model',
        source: 'demo-news',
        language: 'en',
        evidence:
          'Moonshot AI, the Beijing-based start-up behind the Kimi chatbot, released Kimi K2 on Friday, a large open-weight language model that the company says outperforms other openly available models on coding and agent tasks.',
        reportedAt: '2025-07-12T09:00:00.000Z',
      },
    ],
  },
  listEntities: {
    items: [
      {
        id: 'alibaba-qwen',
        kind: 'model',
        name: 'Qwen',
        developer: 'alibaba',
        candidate: false,
        aliases: ['Tongyi', 'Tongyi Qianwen'],
        mentions: 2,
      },
      {
        id: 'alibaba-qwen-audio',
        kind: 'model',
        name: 'Qwen-Audio',
        developer: 'alibaba',
        candidate: false,
        aliases: [],
        mentions: 0,
      },
    ],
    nextCursor: 'WyJhbGliYWJhLXF3ZW4tYXVkaW8iXQ',
  },
  getEntity: {
    id: 'deepseek-r2',
    kind: 'model',
    name: 'DeepSeek-R2',
    developer: 'deepseek',
    candidate: false,
    aliases: ['R2'],
    mentions: 3,
    family: null,
    events: 4,
    mergedFrom: [],
  },
  listReleases: {
    items: [
      {
        entity: { id: 'deepseek-r2', name: 'DeepSeek-R2', kind: 'model', developer: 'deepseek' },
        status: 'delayed',
        expected: null,
        released: null,
        lastReportedAt: '2025-08-16T14:05:00.000Z',
        history: [
          {
            status: 'planned',
            eventId: 9,
            eventType: 'plan',
            reportedAt: '2025-02-26T10:00:00.000Z',
            date: { value: '2025-05', precision: 'month' },
            reason: null,
            sourceCount: 1,
            sources: [
              {
                articleId: 7,
                url: 'https://demo-news.modelwatch.example/tech/deepseek-r2-mai-plan.html',
                title: 'DeepSeek plant R2 für Mai',
                source: 'demo-news',
                language: 'de',
                evidence: 'DeepSeek plant R2 für Mai',
                reportedAt: '2025-02-26T10:00:00.000Z',
              },
            ],
          },
          {
            status: 'delayed',
            eventId: 1,
            eventType: 'delay',
            reportedAt: '2025-08-14T08:15:00.000Z',
            date: null,
            reason: 'after training on Huawei chips falters',
            sourceCount: 2,
            sources: [
              {
                articleId: 2,
                url: 'https://demo-news.modelwatch.example/tech/deepseek-r2-verschoben.html',
                title: 'DeepSeek verschiebt R2: Training auf Huawei-Chips gescheitert',
                source: 'demo-news',
                language: 'de',
                evidence: 'DeepSeek verschiebt R2: Training auf Huawei-Chips gescheitert',
                reportedAt: '2025-08-14T08:15:00.000Z',
              },
              {
                articleId: 1,
                url: 'https://demo-news.modelwatch.example/en/tech/deepseek-r2-delayed-ascend-training.html',
                title: 'DeepSeek pushes back R2 launch after training on Huawei chips falters',
                source: 'demo-news',
                language: 'en',
                evidence: 'DeepSeek pushes back R2 launch after training on Huawei chips falters',
                reportedAt: '2025-08-16T14:05:00.000Z',
              },
            ],
          },
        ],
      },
    ],
    nextCursor: null,
  },
  getRelease: {
    entity: { id: 'alibaba-qwen3', name: 'Qwen3', kind: 'model', developer: 'alibaba' },
    status: 'released',
    expected: null,
    released: { value: '2025-04-29', precision: 'day' },
    lastReportedAt: '2025-04-29T06:30:00.000Z',
    history: [
      {
        status: 'released',
        eventId: 8,
        eventType: 'release',
        reportedAt: '2025-04-29T06:30:00.000Z',
        date: { value: '2025-04-29', precision: 'day' },
        reason: null,
        sourceCount: 1,
        sources: [
          {
            articleId: 6,
            url: 'https://demo-news.modelwatch.example/finanzen/alibaba-qwen3-veroeffentlicht.html',
            title: 'Alibaba veröffentlicht Qwen3: Neue KI-Modellfamilie fordert die Konkurrenz heraus',
            source: 'demo-news',
            language: 'de',
            evidence:
              'Der chinesische Internetkonzern Alibaba hat am Dienstag seine neue KI-Modellfamilie Qwen3 veröffentlicht.',
            reportedAt: '2025-04-29T06:30:00.000Z',
          },
        ],
      },
    ],
  },
  listArticles: {
    items: [
      {
        id: 4,
        url: 'https://demo-news.modelwatch.example/en/ai/moonshot-kimi-k2-release.html',
        title: 'Moonshot AI releases Kimi K2, a trillion-parameter open-weight model',
        authors: ['Jane Example'],
        source: 'demo-news',
        language: 'en',
        publishedAt: '2025-07-12T09:00:00.000Z',
        fetchedAt: '2026-12-03T08:54:31.999Z',
        duplicateOf: null,
      },
      {
        id: 1,
        url: 'https://demo-news.modelwatch.example/en/tech/deepseek-r2-delayed-ascend-training.html',
        title: 'DeepSeek pushes back R2 launch after training on Huawei chips falters',
        authors: ['Jane Example'],
        source: 'demo-news',
        language: 'en',
        publishedAt: '2025-08-16T14:05:00.000Z',
        fetchedAt: '2026-12-03T08:54:30.983Z',
        duplicateOf: null,
      },
    ],
    nextCursor: null,
  },
  getApiIndex: {
    openapi: '/openapi.json',
    docs: '/docs',
    routes: ['GET /health', 'GET /v1', 'GET /v1/entities', 'POST /v1/entities'],
  },
};

/** The answer to `GET /v1/entities/deepseek-r3` (no such entity). */
export const errorExample = {
  error: 'not_found',
  message: 'no entity with id "deepseek-r3"; search ids with GET /v1/entities?q=NAME',
  details: null,
};
