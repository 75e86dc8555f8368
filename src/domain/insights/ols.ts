/**
 * Ordinary least squares for one coefficient of interest (a 0/1 "target" column) adjusted for a set
 * of covariates, with a t interval. Columns are centred first (the intercept is then implicit), so
 * the normal equations stay well conditioned over years of data.
 *
 * A covariate that is constant, or a linear combination of those kept before it, carries no
 * information here and is dropped (e.g. all sessions at one hour: the daily cycle is flat). When the
 * target itself is (almost) a combination of the covariates, its effect cannot be told apart from
 * them: the result is 'singular' rather than a number.
 *
 * Rows may come in clusters (sessions of one day share that day's sleep, fluids and baby). When
 * clusters are given, the standard error is the larger of the usual one and a cluster-robust (CR1)
 * one, and the t quantile then uses the smaller of the residual df and (clusters − 1): when the
 * target varies by whole days, the usual interval would be too narrow; otherwise little changes.
 */
import jStat from 'jstat';
import { CholeskyDecomposition, Matrix } from 'ml-matrix';

export interface Covariate {
  name: string;
  values: Float64Array;
}

/** Below this share of its own variation left unexplained by the others, a column is redundant. */
const COVARIATE_TOLERANCE = 1e-9;
/** The target must keep at least this share of its variation once the covariates are accounted for. */
export const TARGET_TOLERANCE = 1e-6;

export type AdjustedDifference =
  | {
      status: 'ok';
      /** Coefficient of the target: the adjusted difference in y between target 1 and 0. */
      estimate: number;
      standardError: number;
      /** Which standard error was used: the usual one, or the cluster-robust one (it was larger). */
      errorKind: 'ols' | 'cluster-robust';
      df: number;
      /** Two-sided interval at `level`. */
      lower: number;
      upper: number;
      level: number;
      /** Mean fitted y with the target set to 0 for every row. */
      baselineMean: number;
      residualSd: number;
      used: string[];
      dropped: string[];
    }
  | { status: 'singular'; used: string[]; dropped: string[] };

function schurResidual(c: number[][], kept: readonly number[], j: number): number {
  const cjj = (c[j] as number[])[j] as number;
  if (kept.length === 0) return cjj;
  const a = new Matrix(kept.map((r) => kept.map((k) => (c[r] as number[])[k] as number)));
  const b = Matrix.columnVector(kept.map((r) => (c[r] as number[])[j] as number));
  const x = new CholeskyDecomposition(a).solve(b);
  let s = cjj;
  kept.forEach((r, i) => {
    s -= ((c[j] as number[])[r] as number) * x.get(i, 0);
  });
  return s;
}

/**
 * Fits y = a + Σ b_k·covariate_k + d·target + e by least squares and returns d with its interval
 * (t quantile on the residual degrees of freedom).
 */
export function adjustedDifference(
  covariates: readonly Covariate[],
  target: Float64Array,
  y: Float64Array,
  opts: { level?: number; clusters?: Int32Array } = {},
): AdjustedDifference {
  const level = opts.level ?? 0.95;
  const n = y.length;
  const cols = [...covariates.map((c) => c.values), target, y];
  const p = cols.length;
  const means = cols.map((v) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += v[i] as number;
    return n > 0 ? s / n : 0;
  });
  // Centred cross-products of every column with every other, in one pass over the rows.
  const c: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const row = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < p; a++) row[a] = ((cols[a] as Float64Array)[i] as number) - (means[a] as number);
    for (let a = 0; a < p; a++) {
      const ra = row[a] as number;
      const ca = c[a] as number[];
      for (let b = a; b < p; b++) ca[b] = (ca[b] as number) + ra * (row[b] as number);
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) (c[a] as number[])[b] = (c[b] as number[])[a] as number;

  const kept: number[] = [];
  const dropped: string[] = [];
  covariates.forEach((cov, j) => {
    const cjj = (c[j] as number[])[j] as number;
    if (!(cjj / Math.max(n, 1) > 1e-14) || schurResidual(c, kept, j) <= COVARIATE_TOLERANCE * cjj) dropped.push(cov.name);
    else kept.push(j);
  });
  const used = kept.map((j) => (covariates[j] as Covariate).name);
  const t = covariates.length;
  const yIdx = t + 1;
  const ctt = (c[t] as number[])[t] as number;
  const targetResidual = ctt > 0 ? schurResidual(c, kept, t) : 0;
  const df = n - 1 - kept.length - 1;
  if (!(ctt > 0) || !(targetResidual > TARGET_TOLERANCE * ctt) || df < 1) return { status: 'singular', used, dropped };

  const sIdx = [...kept, t];
  const a = new Matrix(sIdx.map((r) => sIdx.map((k) => (c[r] as number[])[k] as number)));
  const b = Matrix.columnVector(sIdx.map((r) => (c[r] as number[])[yIdx] as number));
  const beta = new CholeskyDecomposition(a).solve(b).getColumn(0);
  // The target's residual on the covariates, r = t − Kγ (Frisch–Waugh–Lovell), for the cluster-robust error.
  const gamma =
    kept.length === 0
      ? []
      : new CholeskyDecomposition(new Matrix(kept.map((r) => kept.map((k) => (c[r] as number[])[k] as number))))
          .solve(Matrix.columnVector(kept.map((r) => (c[r] as number[])[t] as number)))
          .getColumn(0);
  let rss = 0;
  const clusterScore = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    let e = (y[i] as number) - (means[yIdx] as number);
    let r = (target[i] as number) - (means[t] as number);
    sIdx.forEach((k, q) => {
      e -= (beta[q] as number) * (((cols[k] as Float64Array)[i] as number) - (means[k] as number));
    });
    kept.forEach((k, q) => {
      r -= (gamma[q] as number) * (((cols[k] as Float64Array)[i] as number) - (means[k] as number));
    });
    rss += e * e;
    if (opts.clusters) {
      const g = opts.clusters[i] as number;
      clusterScore.set(g, (clusterScore.get(g) ?? 0) + r * e);
    }
  }
  const estimate = beta[beta.length - 1] as number;
  const residualSd = Math.sqrt(rss / df);
  // Frisch–Waugh–Lovell: the variance of the target's coefficient is σ² over its residual sum of squares.
  const olsError = residualSd / Math.sqrt(targetResidual);
  let standardError = olsError;
  let errorKind: 'ols' | 'cluster-robust' = 'ols';
  let useDf = df;
  const groups = clusterScore.size;
  if (groups >= 2 && groups < n) {
    let meat = 0;
    for (const score of clusterScore.values()) meat += score * score;
    const correction = (groups / (groups - 1)) * ((n - 1) / df);
    const clusterError = Math.sqrt((correction * meat) / (targetResidual * targetResidual));
    if (clusterError > olsError) {
      standardError = clusterError;
      errorKind = 'cluster-robust';
      useDf = Math.min(df, groups - 1);
    }
  }
  const q = jStat.studentt.inv(1 - (1 - level) / 2, useDf);
  return {
    status: 'ok',
    estimate,
    standardError,
    errorKind,
    df: useDf,
    lower: estimate - q * standardError,
    upper: estimate + q * standardError,
    level,
    baselineMean: (means[yIdx] as number) - estimate * (means[t] as number),
    residualSd,
    used,
    dropped,
  };
}
