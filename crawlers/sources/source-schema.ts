import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/ });

/** One outlet in the sources registry (a JSON array of these). */
export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  language: z.enum(['de', 'en']),
  category: z.enum(['tech', 'finance']),
  homepage: httpUrl,
  feeds: z.array(httpUrl).default([]),
  sitemaps: z.array(httpUrl).default([]),
  sections: z.array(httpUrl).default([]),
  intervalMinutes: z.number().int().positive().default(60),
  enabled: z.boolean().default(true),
});

export type SourceConfig = z.infer<typeof sourceSchema>;

export const registrySchema = z.array(sourceSchema).superRefine((sources, ctx) => {
  const seen = new Set<string>();
  sources.forEach((source, index) => {
    if (seen.has(source.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${source.id}"` });
    seen.add(source.id);
  });
});
