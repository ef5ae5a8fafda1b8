/**
 * A sparse linear model over binary features, as trained by train-logistic.ts. It is the engine of the
 * learned event scorer that `npm run eval:scorer` cross-validates (docs/nlp.md, "A learned scorer").
 */

/** Bias and feature weights of one logistic model. */
export interface LinearModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** The model's probability for a feature set: the logistic of bias plus the present features' weights. */
export function probability(model: LinearModel, features: Iterable<string>): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
