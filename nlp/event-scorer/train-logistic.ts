/**
 * Training of the sparse logistic model (linear-model.ts): full-batch gradient descent with per-feature
 * step sizes (AdaGrad: rare features still move) and L2 regularisation over binary features. Deterministic (no random order), so a retrain on the same
 * data writes the same weights.
 */
import type { LinearModel } from './linear-model.js';

/** One training example: its features and whether it is positive. */
export interface Example {
  features: ReadonlySet<string>;
  label: boolean;
}

/** Options of {@link trainLogistic}; the defaults suit a few hundred to a few thousand examples. */
export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** Features seen in fewer examples are dropped (they would only memorise). */
  minCount?: number;
  /** Weight of positive examples relative to negatives (positives are rare). */
  positiveWeight?: number;
}

function vocabulary(examples: readonly Example[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of counts) if (c >= minCount) index.set(f, index.size);
  return index;
}

/**
 * Fits a logistic model to `examples`. Returns the bias and the non-zero weights of features seen in
 * at least `minCount` examples.
 */
export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): LinearModel {
  const { epochs = 200, rate = 0.3, l2 = 0.001, minCount = 2, positiveWeight = 1 } = options;
  const vocab = vocabulary(examples, minCount);
  const rows = examples.map((e) => ({
    idx: [...e.features].flatMap((f) => {
      const i = vocab.get(f);
      return i === undefined ? [] : [i];
    }),
    y: e.label ? 1 : 0,
    w: e.label ? positiveWeight : 1,
  }));
  const weights = new Float64Array(vocab.size);
  let bias = 0;
  const squares = new Float64Array(vocab.size);
  let biasSquares = 0;
  const totalWeight = rows.reduce((s, r) => s + r.w, 0) || 1;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const grad = new Float64Array(vocab.size);
    let gradBias = 0;
    for (const r of rows) {
      let z = bias;
      for (const i of r.idx) z += weights[i] ?? 0;
      const err = (1 / (1 + Math.exp(-z)) - r.y) * r.w;
      gradBias += err;
      for (const i of r.idx) grad[i] = (grad[i] ?? 0) + err;
    }
    const gb = gradBias / totalWeight;
    biasSquares += gb * gb;
    bias -= (rate * gb) / Math.sqrt(biasSquares + 1e-8);
    for (let i = 0; i < weights.length; i += 1) {
      const g = (grad[i] ?? 0) / totalWeight + l2 * (weights[i] ?? 0);
      squares[i] = (squares[i] ?? 0) + g * g;
      weights[i] = (weights[i] ?? 0) - (rate * g) / Math.sqrt((squares[i] ?? 0) + 1e-8);
    }
  }
  const out: Record<string, number> = {};
  for (const [f, i] of vocab) {
    const w = weights[i] ?? 0;
    if (Math.abs(w) > 1e-4) out[f] = Number(w.toFixed(4));
  }
  return { bias: Number(bias.toFixed(4)), weights: out };
}
