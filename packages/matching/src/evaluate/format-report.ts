import type { FairnessReport } from "../learning/fairness.js";
import type { EvaluationReport } from "./run-evaluation.js";

/** Plain-text table: first column left-aligned, the rest right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const fixed = (x: number | null, digits = 3) => (x === null || Number.isNaN(x) ? "n/a" : x.toFixed(digits));
const signed = (x: number) => (Math.abs(x) < 0.0005 ? "0.000" : (x > 0 ? "+" : "") + x.toFixed(3));
const pct = (x: number) => (Number.isNaN(x) ? "n/a" : `${(100 * x).toFixed(1)}%`);

function modelSection(report: EvaluationReport): string[] {
  const { evaluation: e } = report;
  const out = [
    `Time split at ${e.cutDate}; success = survived ${report.horizonMonths} months (graduation counts) and rated well.`,
    table(
      ["set", "relationships", "labelled", "censored", "success rate (IPCW)"],
      [
        [
          "train (started before cut)",
          `${e.train.total}`,
          `${e.train.labelled}`,
          `${e.train.censored}`,
          pct(e.train.successRate),
        ],
        [
          "test (started on/after cut)",
          `${e.test.total}`,
          `${e.test.labelled}`,
          `${e.test.censored}`,
          pct(e.test.successRate),
        ],
      ],
    ),
    "",
    `Learned model: L2 logistic regression (l2 = ${e.model.l2}) on ${e.model.trainedOn} labelled relationships; blend weight of the learned part ${fixed(e.learnedWeight)}.`,
    table(
      ["scorer", "AUC", "Brier", "ECE"],
      e.scorers.map((s) => [s.name, fixed(s.auc), fixed(s.calibration.brier), fixed(s.calibration.ece)]),
    ),
    "(The rule score is not a probability: its Brier score and ECE show how far it is from one.)",
    ...e.warnings.map((w) => `WARNING: ${w}`),
  ];
  for (const s of e.scorers) {
    out.push(
      "",
      `Calibration of ${s.name} on the test set (deciles by prediction, IPC-weighted):`,
      table(
        ["bin", "n", "mean predicted", "observed rate"],
        s.calibration.bins.map((b, i) => [`${i + 1}`, `${b.count}`, fixed(b.predicted), fixed(b.observed)]),
      ),
    );
  }
  const weights = e.model.features
    .map((feature, j) => ({ feature, w: e.model.weights[j]! }))
    .sort((a, b) => Math.abs(b.w) - Math.abs(a.w));
  out.push(
    "",
    "Learned weights (log-odds per standard deviation of the criterion), largest first:",
    table(
      ["criterion", "weight"],
      weights.map((x) => [x.feature, signed(x.w)]),
    ),
  );
  return out;
}

function fairnessSection(f: FairnessReport): string[] {
  const row = (label: string, g: FairnessReport["overall"]) => [
    label,
    `${g.mentees}`,
    pct(g.matchRate),
    fixed(g.meanWaitDays, 1),
    fixed(g.meanScore),
  ];
  return [
    "Fairness report (wait = days from cleared to matched, among the matched; score = compatibility of the match):",
    table(
      ["group", "mentees", "match rate", "mean wait (days)", "mean score"],
      [row("all mentees", f.overall), ...f.groups.map((g) => row(`${g.group} = ${g.value}`, g))],
    ),
    "",
    `Gini of mentor load (mentees per mentor, idle mentors included): ${fixed(f.mentorLoadGini)}`,
  ];
}

export function formatReport(report: EvaluationReport, preface: string[] = []): string {
  const parts = [...preface, "", ...modelSection(report), ""];
  parts.push(
    ...(report.fairness
      ? fairnessSection(report.fairness)
      : ["Fairness report skipped: the input has no mentees or mentorLoads."]),
  );
  return `${parts.join("\n")}\n`;
}
