import { useEffect, useRef } from "react";
import { applyMergeChoices } from "../save/controller";
import { allChosen, conflictSubject, describeValue, type MergeConflict, type Side } from "../save/merge";
import { useMergeStore } from "../store/mergeStore";

function choose(id: string, side: Side): void {
  useMergeStore.setState((s) => ({ choices: { ...s.choices, [id]: side } }));
}

function chooseAll(conflicts: readonly MergeConflict[], side: Side): void {
  useMergeStore.setState({ choices: Object.fromEntries(conflicts.map((c) => [c.id, side])) });
}

/**
 * Someone saved changes to the same fields I changed: one row per field, mine or
 * theirs. Everything else of both has already been merged; Apply saves the result on
 * top of their save. There is no cancel: the draft cannot be saved until it is settled.
 */
export function MergeDialog() {
  const pending = useMergeStore((s) => s.pending);
  const choices = useMergeStore((s) => s.choices);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (pending) heading.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const ready = allChosen(pending.conflicts, choices);
  return (
    <div className="pw-modal-backdrop">
      <form
        className="pw-modal pw-merge"
        role="dialog"
        aria-modal="true"
        aria-labelledby="pw-merge-title"
        data-testid="merge-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          applyMergeChoices();
        }}
      >
        <h2 id="pw-merge-title" tabIndex={-1} ref={heading}>
          {pending.savedBy} saved changes to what you are editing
        </h2>
        <p className="pw-muted">
          Everything else you and they changed has been merged. For each field below you both made a different
          change: choose which to keep. The result is saved on top of their save (revision {pending.revision}).
        </p>
        <div className="pw-merge__all">
          <button type="button" className="pw-button" data-testid="merge-all-mine" onClick={() => { chooseAll(pending.conflicts, "mine"); }}>
            Keep all mine
          </button>
          <button type="button" className="pw-button" data-testid="merge-all-theirs" onClick={() => { chooseAll(pending.conflicts, "theirs"); }}>
            Take all theirs
          </button>
        </div>
        <ul className="pw-merge__list">
          {pending.conflicts.map((conflict) => {
            const where = conflict.nodeId !== null ? pending.titles[conflict.nodeId] ?? conflict.nodeId : "Pipeline";
            const subject = conflictSubject(conflict);
            return (
              <li key={conflict.id} className="pw-merge__row" data-testid={`merge-conflict-${conflict.id}`}>
                <fieldset>
                  <legend>
                    <b>{where}</b>: {subject}
                  </legend>
                  {(["mine", "theirs"] as const).map((side) => (
                    <label key={side} className="pw-merge__choice">
                      <input
                        type="radio"
                        name={conflict.id}
                        value={side}
                        checked={choices[conflict.id] === side}
                        data-testid={`merge-choice-${conflict.id}-${side}`}
                        onChange={() => {
                          choose(conflict.id, side);
                        }}
                      />
                      <span className="pw-merge__side">{side === "mine" ? "Mine" : `${pending.savedBy}'s`}</span>
                      <code className="pw-merge__value">{describeValue(conflict, side)}</code>
                    </label>
                  ))}
                </fieldset>
              </li>
            );
          })}
        </ul>
        <div className="pw-modal__actions">
          <span className="pw-muted" role="status">
            {ready ? "Ready to save" : `${pending.conflicts.filter((c) => !choices[c.id]).length} left to choose`}
          </span>
          <button type="submit" className="pw-button pw-button--primary" data-testid="merge-apply" disabled={!ready}>
            Apply and save
          </button>
        </div>
      </form>
    </div>
  );
}
