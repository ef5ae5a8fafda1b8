import { linkEntities, mentionsBySentence } from './link-entities.js';
import { defaultKnowledgeBase, createKnowledgeBase } from './knowledge-base.js';
import { normalizeText } from './normalize-text.js';
import { splitSentences } from './sentences.js';

function ids(raw: string): string[] {
  const text = normalizeText(raw);
  return linkEntities(text, splitSentences(text), defaultKnowledgeBase).map((m) => m.entry.id);
}

describe('linkEntities', () => {
  test('resolves German inflections and compounds', () => {
    expect(
      ids('DeepSeeks R2-Modells läuft auf Huaweis Ascend-Prozessoren und nicht auf H20-Chips von Nvidia.'),
    ).toEqual(['deepseek', 'deepseek-r2', 'huawei', 'huawei-ascend', 'nvidia-h20', 'nvidia']);
    expect(ids('Alibabas Qwen3-Modell')).toEqual(['alibaba', 'alibaba-qwen3']);
  });

  test('links R2 only with DeepSeek context, never Cloudflare or Rivian R2', () => {
    expect(ids('Cloudflare R2 is object storage without egress fees.')).toEqual([]);
    expect(ids('Rivian will build the R2 SUV in Normal, Illinois.')).toEqual([]);
    expect(ids('The R2 release is near, DeepSeek says.')).toEqual(['deepseek-r2', 'deepseek']);
  });

  test('does not take the verb ascend, Ascend Wellness or water for chips', () => {
    expect(ids('Prices ascend as demand grows.')).toEqual([]);
    expect(ids('Ascend Wellness reported a loss.')).toEqual([]);
    expect(ids('Trinkwasser, chemisch H20 geschrieben, ist gesund.')).toEqual([]);
    expect(ids('Huawei ships Ascend chips.')).toEqual(['huawei', 'huawei-ascend']);
  });

  test('prefers the longest name and leaves unknown variants to discovery', () => {
    expect(ids('DeepSeek-V3.2-Exp and Qwen2.5-Max')).toEqual(['deepseek-v3-2-exp', 'alibaba-qwen2-5-max']);
    expect(ids('Nvidia B30A')).toEqual(['nvidia', 'nvidia-b30a']);
    expect(ids('Alibaba Qwen3-VLX')).toEqual(['alibaba']);
  });

  test('matches names written with a dot inside ("Z.ai", "X.AI") but not across a sentence break', () => {
    expect(ids('Z.ai und X.AI stellen neue Modelle vor.')).toEqual(['zhipu-ai', 'xai']);
    expect(ids('Das neue Modell heißt GLM-4.5 von Z. AI-Labs staunen.')).toEqual(['zhipu-glm-4-5']);
    expect(ids('01.AI released Yi-Lightning.')).toEqual(['01-ai', '01-ai-yi-lightning']);
  });

  test('a spelling listed as unambiguous matches only as written when another spelling is ambiguous', () => {
    expect(ids('Ernie and Bert are puppets.')).toEqual([]);
    expect(ids('Baidu hat ERNIE vorgestellt.')).toEqual(['baidu', 'baidu-ernie']);
    expect(ids('We saw a llama on the farm.')).toEqual([]);
    expect(ids('Meta released LLaMA.')).toEqual(['meta', 'meta-llama']);
  });

  test('names a vendor and its chip separately ("Nvidia H20", "Huawei Ascend")', () => {
    expect(ids('Nvidia H20 GPUs')).toEqual(['nvidia', 'nvidia-h20']);
    expect(ids('Huawei Ascend 910C und Huawei Ascend')).toEqual([
      'huawei',
      'huawei-ascend-910c',
      'huawei',
      'huawei-ascend',
    ]);
    expect(ids('Das Huawei Ascend P7 war eines der dünnsten Smartphones.')).toEqual(['huawei']);
  });

  test('takes platform companies as makers, not as customers, hosts or investors', () => {
    expect(
      ids('Nvidia notified key customers, including Microsoft, about a delay of its B200 AI GPUs.'),
    ).toEqual(['nvidia', 'nvidia-b200']);
    expect(ids('Microsoft unveiled its Maia 200 AI chip.')).toEqual(['microsoft', 'microsoft-maia-200']);
    expect(ids('Amazon invested another $4 billion in Anthropic, an AI start-up.')).toEqual(['anthropic']);
    expect(ids('Apple delays the new Siri.')).toEqual(['apple', 'apple-siri']);
  });

  test('continues a name across a quoted part (\'Llama 4 "Behemoth"\')', () => {
    expect(ids('Meta delays release of Llama 4 “Behemoth” AI model')).toEqual([
      'meta',
      'meta-llama-4-behemoth',
    ]);
  });

  test('ends a name at a closing quote (\'its "open" AI models\' is no OpenAI)', () => {
    expect(ids('Google released Gemma 3, the newest of its “open” AI models.')).toEqual([
      'google',
      'google-gemma-3',
    ]);
    expect(ids('Google veröffentlichte Gemma 3, das neueste seiner „offenen“ KI-Modelle.')).toEqual([
      'google',
      'google-gemma-3',
    ]);
  });

  test('keeps short product codes apart from cars, laptops and esports teams', () => {
    expect(ids('Rivian R1 vehicles start at $70,000, the R1S is an SUV.')).toEqual([]);
    expect(ids('The new BMW X1 is a compact SUV with an AI assistant.')).toEqual([]);
    expect(ids('T1 won the League of Legends world championship with AI-driven training.')).toEqual([]);
  });

  test('keeps common words among the new names apart from the products', () => {
    expect(ids('Step 3: install the model and click run.')).toEqual([]);
    expect(ids('StepFun released Step 3, its new open-source model.')).toEqual(['stepfun', 'stepfun-step-3']);
    expect(ids('Apache Spark 4.0 speeds up data pipelines for AI training.')).toEqual([]);
    expect(ids('The Vera C. Rubin Observatory released its first images.')).toEqual([]);
    expect(ids("Nvidia's Rubin GPUs follow Blackwell Ultra.")).toEqual([
      'nvidia',
      'nvidia-rubin',
      'nvidia-blackwell-ultra',
    ]);
  });
});

const spelling = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Sizes ("7B", "8x22B", "-A22B") and date stamps ("-0905") name a checkpoint of one release, not a version. */
const numbersOf = (s: string): string[] =>
  s.replace(/\d+(?:\.\d+)?[bm]\b|\d+x\d+b|-a\d+b|-\d{4}\b/giu, '').match(/\d+(?:\.\d+)?/gu) ?? [];
/** Other numberings of the same product: code names, part numbers, "TPU v7" for Ironwood, "5" for "5.0". */
const SAME_PRODUCT_NUMBERINGS = new Set(
  (
    'B40|B300|HGX B300|GB10|TPU v6|TPU v6e|TPUv6|TPUv6e|TPU v7|TPUv7|TPU7x|EC2 Trn3 UltraServer|' +
    'EC2 Trn3 UltraServers|Kunlun K200|Kunlun R200|NNP-T1000|NNP-I1000|HW4.0|Huashan-2 A1000|Bow-2000|' +
    'MLU370-X8|Dojo D1|ERNIE 5|Gemini 3.0|Granite 4|ERNIE 4|Gemini 1.0 Ultra|Nano Banana 2|' +
    'Step-Video-T2V|NVLM 1.0|HappyHorse 1.0|HappyHorse-1.0|OmniHuman-1|Pharia-1-LLM|Claude Instant 1.2|' +
    'BitNet b1.58|MI210|MI200|MI430X|Atlas 900 A3 SuperPoD|Condor Galaxy 1|Condor Galaxy 3|Seedance 1.0'
  ).split('|'),
);

describe('createKnowledgeBase', () => {
  test('rejects dangling references and duplicate ids', () => {
    expect(() =>
      createKnowledgeBase([{ id: 'x', kind: 'model', name: 'X', aliases: ['X'], developer: 'nope' }]),
    ).toThrow(/unknown id nope/);
    const a = { id: 'a', kind: 'chip', name: 'A', aliases: ['A'] };
    expect(() => createKnowledgeBase([a, a])).toThrow(/duplicate/);
  });

  test('gives every spelling of the curated base to one entry only', () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const e of defaultKnowledgeBase.entries)
      for (const a of new Set([e.name, ...e.aliases].map(spelling))) {
        const other = owner.get(a);
        if (other !== undefined && other !== e.id) shared.push(`${a}: ${other}, ${e.id}`);
        owner.set(a, e.id);
      }
    expect(shared).toEqual([]);
  });

  test('files no other version of a product under its name (a new version is a product of its own)', () => {
    const products = defaultKnowledgeBase.entries.filter((e) => e.kind !== 'organization');
    const folded = products.flatMap((e) =>
      e.aliases
        .filter((a) => !SAME_PRODUCT_NUMBERINGS.has(a))
        .filter((a) => {
          const own = numbersOf(e.name);
          return numbersOf(a).some((n) => !own.includes(n));
        })
        .map((a) => `${e.name} <- ${a}`),
    );
    expect(folded).toEqual([]);
  });

  test('has the entities the design names, with stable ids', () => {
    for (const id of [
      'deepseek',
      'deepseek-r2',
      'alibaba-qwen3',
      'nvidia-h20',
      'huawei-ascend',
      'huawei-ascend-910c',
    ]) {
      expect(defaultKnowledgeBase.byId.has(id)).toBe(true);
    }
  });
});

describe('an ambiguous company name beside data-centre hardware (own sentences)', () => {
  it.each([
    ['Reports say Meta is weighing Google’s tensor processing units for its data centers.', 'meta'],
    ['Ein Deal mit Meta über TPU-Kapazitäten wäre für Google ein Meilenstein.', 'meta'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('stays unlinked without such a word', () => {
    expect(ids('Die Debatte bewegt sich längst auf einer Meta-Ebene.')).not.toContain('meta');
  });
});

describe('an ambiguous company name beside its share price (own sentences)', () => {
  it.each([
    'At the market close, MiniMax was up 9 percent at HK$610 per share.',
    'Die MiniMax-Papiere legten an der Börse um 9 Prozent zu.',
  ])('%s', (text) => {
    expect(ids(text)).toContain('minimax');
  });

  it('stays unlinked in a text about the algorithm', () => {
    expect(ids('The minimax rule picks the move with the best worst case.')).not.toContain('minimax');
  });
});

describe('mentionsBySentence', () => {
  it('groups mentions by sentence, keeping their order', () => {
    const m = (sentence: number, text: string) => ({ sentence, text });
    const grouped = mentionsBySentence([m(0, 'a'), m(2, 'b'), m(0, 'c'), m(2, 'd')]);
    expect([...grouped.keys()]).toEqual([0, 2]);
    expect(grouped.get(0)?.map((x) => x.text)).toEqual(['a', 'c']);
    expect(grouped.get(2)?.map((x) => x.text)).toEqual(['b', 'd']);
    expect(grouped.get(1)).toBeUndefined();
  });
});

describe('companies named in one list (round 32, own sentences)', () => {
  it('reads every member of a list of companies as a company', () => {
    expect(ids('Das träfe Meta, Alphabet und Tencent gleichermaßen.')).toEqual(['meta', 'google', 'tencent']);
    expect(ids('Das betrifft Nvidia, Meta und Alphabet.')).toEqual(['nvidia', 'meta', 'google']);
    // without a name the knowledge base reads plainly, a list of ambiguous names proves nothing
    expect(ids('Das betrifft Meta und Alphabet.')).toEqual([]);
  });

  it('still needs context for a lone ambiguous name or one that is not in the list', () => {
    expect(ids('Die Meta-Ebene des Textes ist interessant.')).toEqual([]);
    expect(ids('Auf der Reise über Meta, eine Provinz in Kolumbien, regnete es.')).toEqual([]);
  });
});

describe("Amazon's Rainier cluster (round 32, own sentences)", () => {
  it('links "Project Rainier" as a chip system and not the mountain', () => {
    expect(ids('Die Trainium2-Chips stecken in Amazons Project Rainier.')).toContain(
      'amazon-project-rainier',
    );
    expect(ids('Wir sind im Sommer auf den Mount Rainier gestiegen.')).toEqual([]);
  });
});

describe('a list of customers (round 32, own sentences)', () => {
  it('does not confirm a company the knowledge base links only as a maker', () => {
    expect(ids('Das träfe Tencent, Meta, Amazon und Microsoft gleichermaßen.')).toEqual(['tencent', 'meta']);
  });
});

describe('an ambiguous chip name beside an export restriction (own sentences)', () => {
  test.each([
    ['Washington banned H20 sales to China.', ['nvidia-h20']],
    ['The Commerce Department wants to review H20 orders.', ['nvidia-h20']],
    ['Ein Lizenzzwang trifft nun auch den H20.', ['nvidia-h20']],
    ['Die USA verboten H20-Verkäufe nach China.', ['nvidia-h20']],
    ['The bank said H20 sales were strong.', []],
    ['The band sold H20 shirts at the gig.', []],
    ['Author Jane Blackwell licensed the film rights to a studio.', []],
    ['The Rubin Museum was banned from showing the exhibit.', []],
    ['Senator Rubin called for sanctions on China.', []],
    ["Washington banned Nvidia's H20 sales to China.", ['nvidia', 'nvidia-h20']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});
