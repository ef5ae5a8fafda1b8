import { analyze } from '../analyze.js';
import type { FoundEvent } from '../types.js';

function eventsOf(text: string): string[] {
  return analyze({ id: 't', text, published: '2025-11-01' }).events.map(
    (e: FoundEvent) => `${e.type} ${e.subject.name}`,
  );
}

describe('the subject of a trigger in an object relative clause is its antecedent (own sentences)', () => {
  it.each([
    [
      'AMD keeps selling the MI325X, an accelerator that the company launched in October with more memory than the H200.',
      'release MI325X',
      /H200/,
    ],
    [
      'Sales of Kimi K2, the model which Moonshot released in July, beat DeepSeek-V3 on several charts.',
      'release Kimi K2',
      /DeepSeek-V3/,
    ],
  ])('%s', (text, event, wrong) => {
    const found = eventsOf(text);
    expect(found).toContain(event);
    expect(found.filter((e) => wrong.test(e))).toEqual([]);
  });

  it('a verb before "that" opens no relative clause: "said that Nvidia launched the B30A"', () => {
    expect(eventsOf('Reports on the H20 said that Nvidia launched the B30A in June.')).toEqual([
      'release B30A',
    ]);
  });
});

describe('a product in apposition after "the next generation of" is no comparison (own sentences)', () => {
  it.each([
    [
      'The founder said that the next generation of its flagship model, DeepSeek V4, is scheduled to be released in late April.',
      'plan DeepSeek-V4',
    ],
    ['Die nächste Generation der Chips, der Ascend 960, soll Ende 2027 erscheinen.', 'plan Ascend 960'],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toContain(event);
  });

  it('"a new generation of" the product named right after stays its base', () => {
    expect(eventsOf('Nvidia unveiled a new generation of Blackwell chips for China.')).not.toContain(
      'release Blackwell',
    );
  });
});

describe('a replacement and plural pronouns (own sentences)', () => {
  it.each([
    [
      'Im nächsten Jahr will Intel die Gaudi-Reihe durch Falcon Shores ersetzen.',
      'plan Falcon Shores',
      /Gaudi/,
    ],
    ['AMD plans to replace the MI300 line with the MI400 next year.', 'plan MI400', /MI300/],
  ])('the replacement is planned, not the replaced: %s', (text, event, wrong) => {
    const found = eventsOf(text);
    expect(found).toContain(event);
    expect(found.filter((e) => wrong.test(e))).toEqual([]);
  });

  it('"They" carries two chips of one maker named before, and an announcement with a later date is a plan', () => {
    const found = eventsOf(
      'Qualcomm announced two new data-centre chips. The chips, named AI200 and AI250, target inference. They will be commercially available in 2026 and 2027, respectively.',
    );
    expect(found).toEqual(expect.arrayContaining(['plan AI200', 'plan AI250']));
    expect(found.filter((e) => e.startsWith('release'))).toEqual([]);
  });

  it('"They" before a named product is its company: the product stays the subject', () => {
    expect(eventsOf('OpenAI released GPT-5 in August. They will release GPT-6 next year.')).toContain(
      'plan GPT-6',
    );
  });
});

describe('an active launch verb’s object is what was launched (own sentences)', () => {
  it.each([
    ['Alibaba’s AI unit Qwen released Qwen3-Coder on Tuesday.', 'release Qwen3-Coder', /release Qwen$/],
    [
      'Tencent pushed its Hunyuan family forward this year, launching the fast-thinking model Hunyuan T1 in March.',
      'release Hunyuan T1',
      /Hunyuan$/,
    ],
  ])('%s', (text, event, wrong) => {
    const found = eventsOf(text);
    expect(found).toContain(event);
    expect(found.filter((e) => wrong.test(e))).toEqual([]);
  });
});

describe('"services like ChatGPT" names the product, it does not compare (own sentences)', () => {
  it.each([
    [
      'Statt auf Nvidia-GPUs zu setzen, betreibt OpenAI seine Dienste wie ChatGPT nun teils auf Googles TPUs.',
      'hardware_switch ChatGPT',
    ],
    [
      'Microsoft now serves assistants like Copilot on its own Maia chips instead of Nvidia GPUs.',
      'hardware_switch Copilot',
    ],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toContain(event);
  });

  it('a rival named with "faster than assistants like" stays a comparison', () => {
    expect(eventsOf('Google released Gemini 3, faster than assistants like ChatGPT.')).not.toContain(
      'release ChatGPT',
    );
  });
});

describe('one event of several members whose family the sentence names goes to the family (own sentences)', () => {
  it.each([
    [
      'Washington warned that using Huawei’s Ascend chips, namely the 910B, 910C and 910D, anywhere violates US export controls.',
      'export_control Huawei Ascend',
    ],
    [
      'Die US-Regierung hat den Export der Ascend-Chips 910B und 910C untersagt.',
      'export_control Huawei Ascend',
    ],
  ])('%s', (text, event) => {
    const found = eventsOf(text);
    expect(found).toContain(event);
    expect(found.filter((e) => /910/u.test(e))).toEqual([]);
  });

  it('members without their family named keep their own events', () => {
    expect(eventsOf('The US banned exports of the Ascend 910B and the Ascend 910C.')).toEqual(
      expect.arrayContaining(['export_control Ascend 910B', 'export_control Ascend 910C']),
    );
  });
});

describe('where a product is available is not the product (own sentences)', () => {
  it('the platforms after "available on" are no release', () => {
    expect(
      eventsOf('The preview is now available for trial use on both Qwen Chat and Alibaba Cloud.').filter(
        (e) => e.startsWith('release'),
      ),
    ).toEqual([]);
  });

  it('a dated launch of one product beside the plan of another stays a release', () => {
    expect(
      eventsOf(
        'Following the launch of its Ascend 910C in the first quarter, Huawei said its successor, the Ascend 950, will debut next year.',
      ),
    ).toEqual(expect.arrayContaining(['release Ascend 910C', 'plan Ascend 950']));
  });
});

describe('a dated launch after a preposition is background, not what the verb moves (own sentences)', () => {
  it.each([
    [
      'Nach der Veröffentlichung von DeepSeek-R1 im Januar hat DeepSeek R2 verschoben.',
      'release DeepSeek-R1',
    ],
    ['After the release of DeepSeek-R1 in January, DeepSeek delayed R2.', 'release DeepSeek-R1'],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toEqual(expect.arrayContaining([event, 'delay DeepSeek-R2']));
  });
});

describe('what a team is responsible for is not what happens to the team (own sentences)', () => {
  it.each([
    'Das Team, unter anderem für das Sprachmodell Llama verantwortlich, wurde aufgelöst.',
    'Meta hat die für Llama 5 zuständige Gruppe aufgelöst.',
    'The team responsible for Llama was disbanded after the reorganisation.',
    'The researchers working on Llama 5 were laid off and the unit was dissolved.',
  ])('%s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });

  it('keeps the product that the sentence itself stops', () => {
    expect(eventsOf('Meta stellte Llama 4 ein, das Team für Llama bleibt verantwortlich.')).toEqual([
      'cancellation Llama 4',
    ]);
    expect(eventsOf('Das für Llama verantwortliche Team hat Llama 4 veröffentlicht.')).toEqual([
      'release Llama 4',
    ]);
    expect(eventsOf('The team behind Qwen released Qwen3 on Monday.')).toEqual(['release Qwen3']);
    expect(
      eventsOf('Die Gruppe für KI-Chips hat den Ascend 950 für 2026 angekündigt, verantwortlich ist Huawei.'),
    ).toEqual(['plan Ascend 950']);
  });
});

describe('the chip a company moves to is not the chip restricted (own sentences)', () => {
  it('reads the move and no export event on its target', () => {
    expect(
      eventsOf('Nach US-Sanktionen auf Nvidia-Chips wechselt ByteDance zu Huaweis Ascend 910C.'),
    ).toEqual(['hardware_switch ByteDance']);
  });

  it('keeps the restricted chip named before the move', () => {
    expect(eventsOf('Nach dem Exportverbot für den H20 wechselt ByteDance zu Huaweis Ascend 910C.')).toEqual(
      expect.arrayContaining(['export_control H20']),
    );
  });
});

describe('"steigt ... auf ... um": the separable move verb around its target (own sentences)', () => {
  it.each([
    [
      'Wegen der US-Sanktionen gegen Nvidia-Chips steigt ByteDance auf Huaweis Ascend 910C um.',
      'hardware_switch ByteDance',
    ],
    ['ByteDance stieg im Frühjahr für das Training auf Ascend-Chips um.', 'hardware_switch ByteDance'],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toEqual([event]);
  });

  it('leaves share prices that rise to a level alone', () => {
    expect(
      eventsOf('Der Kurs von ByteDance-Zulieferern stieg auf 120 Dollar, um dann zu fallen.'),
    ).not.toContain('hardware_switch ByteDance');
  });
});

describe('shares told of before their company is named (own sentences)', () => {
  it('takes the one company the next sentences of the paragraph name', () => {
    expect(
      eventsOf(
        'Die in Hongkong gelistete Aktie verlor am Montag 3,1 Prozent. Der Umsatz sank deutlich. Als Grund nannte Baidu schwache Werbeerlöse.',
      ),
    ).toContain('financial Baidu');
    expect(eventsOf('The shares rose 4% on Tuesday. Tencent said games revenue grew.')).toContain(
      'financial Tencent',
    );
  });

  it('takes none when several companies follow or one was named before', () => {
    expect(eventsOf('The shares rose 4% on Tuesday. Analysts at Nomura upgraded Baidu and Alibaba.')).toEqual(
      [],
    );
    expect(
      eventsOf('Tencent reported results on Monday. The shares rose 4% on Tuesday. Baidu said nothing.'),
    ).not.toContain('financial Baidu');
  });
});

describe("a kind noun and a maker's possessive between coordinated products (own sentences)", () => {
  it('gives each product of the list its event', () => {
    expect(
      eventsOf(
        "AMD's MI355X accelerators and Nvidia's B200 are among the parts covered by the new licensing requirement.",
      ),
    ).toEqual(expect.arrayContaining(['export_control MI355X', 'export_control B200']));
  });

  it('does not join two clauses that a date closes', () => {
    const found = eventsOf("Nvidia shipped the H100 chips in 2022 and AMD's MI300 was delayed.");
    expect(found).toContain('release H100');
    expect(found).not.toContain('delay H100');
  });
});

describe('a chip line named as the subject keeps it against a member in another clause (own sentences)', () => {
  it.each([
    [
      'Huawei halted production of the Ascend line, since the Ascend 910C had fallen behind.',
      'cancellation Huawei Ascend',
    ],
    [
      'Huawei stoppte die Produktion der Ascend-Reihe, da der Ascend 910C zurückgefallen war.',
      'cancellation Huawei Ascend',
    ],
    [
      'Das Aus für das Dojo-Projekt kommt überraschend, da Musk betont hatte, dass Dojo 2 kommendes Jahr debütieren solle.',
      'cancellation Dojo',
    ],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toContain(event);
  });

  it('a member named in the same clause is still the subject ("a new line of TPUs called Ironwood")', () => {
    expect(
      eventsOf('Google stellte eine neue Generation von Tensor Processing Units (TPU) namens Ironwood vor.'),
    ).toEqual(['release Ironwood']);
  });
});

describe('an article after a comma that opens a main clause is no relative pronoun (own sentences)', () => {
  it.each([
    [
      'Die Nachfrage nach dem Hopper-Chip ist groß, die Produktion des Blackwell-Chips wird in der zweiten Jahreshälfte anlaufen.',
      'plan Blackwell',
    ],
    [
      'Die Nachfrage nach dem H100 bleibt hoch, die Bemusterung des Rubin-Chips hat begonnen und die Produktion wird im Herbst 2026 anlaufen.',
      'plan Rubin',
    ],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toEqual([event]);
  });

  it('still reads a relative clause with its verb last', () => {
    expect(eventsOf('Nvidia zeigte den Rubin, der im Herbst 2026 auf den Markt kommen soll.')).toEqual([
      'plan Rubin',
    ]);
  });
});

describe('a maker told by its product, a determiner and a platform used are no subjects (own sentences)', () => {
  it('reads "This decision" as a noun phrase, not a pronoun that carries the topic', () => {
    expect(
      eventsOf(
        'Moonshot, the lab behind the Kimi family, reorganised its teams. This decision, coming on the heels of the release of Kimi K2.5 in October, surprised many.',
      ),
    ).toEqual(['release Kimi K2.5']);
  });

  it('still reads "This successor" as referring back', () => {
    expect(eventsOf('Nvidia unveiled Rubin. This successor to Blackwell will ship in 2026.')).toEqual([
      'plan Rubin',
    ]);
  });

  it('still reads "This is" as a pronoun', () => {
    expect(eventsOf('Moonshot trained Kimi K2.5 on H800 chips. This was released in October.')).toEqual([
      'release Kimi K2.5',
    ]);
  });

  it('does not read the product of a company described by it as the subject', () => {
    expect(
      eventsOf(
        'Zhipu, the company behind the formidable GLM family of models, has shelved all plans for smaller variants.',
      ),
    ).toEqual([]);
  });

  it('does not read the chips a launch will use as what is planned', () => {
    expect(
      eventsOf('The Cybercab, scheduled for 2026, will launch using the current Nvidia H100 hardware.'),
    ).toEqual([]);
  });
});

describe('a rival noun right before a name is its title, not a yardstick (own sentences)', () => {
  it.each([
    ['Baidu unveiled its ChatGPT rival Ernie Bot on Thursday.', 'release ERNIE Bot'],
    ['Baidu hat seinen neuen ChatGPT-Konkurrenten Ernie Bot vorgestellt.', 'release ERNIE Bot'],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).toContain(event);
  });

  it.each([
    'Baidu unveiled a model that could rival GPT-4o on Thursday.',
    'Baidu unveiled a rival to GPT-4o on Thursday.',
    'Mit ERNIE 4.5 will Baidu den Konkurrenten DeepSeek-R1 übertreffen, sagte der Konzern.',
  ])('the name after a verb or "rival to" stays a yardstick: %s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('a name added with ", including" is a conjunct (own sentences)', () => {
  it('both chips share the decision', () => {
    const found = eventsOf("The ban covers Nvidia's A100, including its flagship H100.");
    expect(found).toEqual(expect.arrayContaining(['export_control A100', 'export_control H100']));
  });

  it('a name after a preposition in the added phrase is not', () => {
    expect(eventsOf('DeepSeek released DeepSeek-R1, including distilled versions based on Qwen3.')).toEqual([
      'release DeepSeek-R1',
    ]);
  });
});

describe('a product glued to its successor is not the subject (own sentences)', () => {
  it.each([
    'Der H20-Nachfolger rutscht vom Februar in den späten April.',
    "Nvidia's H20 successor has been delayed to April.",
  ])('%s', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});
