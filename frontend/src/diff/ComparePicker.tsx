// Picking what to compare: a checkbox per version or run in its drawer, and a bar that
// compares the two picked (or, for versions, one picked with the draft).
import { useState } from "react";
import type { Id } from "../api/types";
import { compareRuns, compareVersions, compareWithDraft } from "./diffStore";
import { togglePick } from "./pick";

export function usePicks<T>(): { picked: T[]; toggle: (item: T) => void } {
  const [picked, setPicked] = useState<T[]>([]);
  return {
    picked,
    toggle: (item: T) => {
      setPicked((current) => togglePick(current, item));
    },
  };
}

export function PickBox({
  checked,
  label,
  testId,
  onToggle,
}: {
  checked: boolean;
  label: string;
  testId: string;
  onToggle: () => void;
}) {
  return (
    <input
      type="checkbox"
      className="pw-compare-pick"
      checked={checked}
      aria-label={label}
      title={label}
      data-testid={testId}
      onChange={onToggle}
    />
  );
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : "Could not compare them";
}

/** Versions: two picked compare with each other; one picked compares with the draft. */
export function CompareVersionsBar({ picked, current }: { picked: readonly number[]; current: number | null }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [only] = picked;
  const withDraft = picked.length === 1 && only !== undefined && only !== current;
  const compare = async () => {
    setBusy(true);
    setError(null);
    try {
      const [x, y] = picked;
      if (x !== undefined && y !== undefined) await compareVersions(x, y);
      else if (x !== undefined) await compareWithDraft(x);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pw-compare-bar" data-testid="compare-versions-bar">
      <button
        type="button"
        className="pw-button"
        data-testid="compare-versions"
        disabled={busy || !(picked.length === 2 || withDraft)}
        title="Tick two versions to compare them, or one to compare it with the draft"
        onClick={() => void compare()}
      >
        {picked.length === 2
          ? `Compare v${String(Math.min(...picked))} with v${String(Math.max(...picked))}`
          : withDraft
            ? `Compare v${String(only)} with the draft`
            : "Compare"}
      </button>
      <span className="pw-muted">
        {picked.length === 0 ? "Tick two versions, or one to compare with the draft." : `${String(picked.length)} of 2 ticked`}
      </span>
      {error && (
        <span role="alert" data-testid="compare-error">
          {error}
        </span>
      )}
    </div>
  );
}

export interface PickedRun {
  id: Id;
  number: number;
}

/** Runs: the two picked, the earlier as a. */
export function CompareRunsBar({ picked }: { picked: readonly PickedRun[] }) {
  const [x, y] = picked;
  return (
    <div className="pw-compare-bar" data-testid="compare-runs-bar">
      <button
        type="button"
        className="pw-button"
        data-testid="compare-runs"
        disabled={x === undefined || y === undefined}
        title="Tick two runs to compare them node by node"
        onClick={() => {
          if (x !== undefined && y !== undefined) void compareRuns(x, y);
        }}
      >
        {x !== undefined && y !== undefined
          ? `Compare run #${String(Math.min(x.number, y.number))} with #${String(Math.max(x.number, y.number))}`
          : "Compare runs"}
      </button>
      <span className="pw-muted">{picked.length === 0 ? "Tick two runs to compare them." : `${String(picked.length)} of 2 ticked`}</span>
    </div>
  );
}
