// What an output dialog is called: the output, the node that made it and the run, so a
// dialog (or a screenshot of one) says which of several similar outputs it shows.

/** "scored_dataset" -> "Scored dataset". */
export function portTitle(port: string): string {
  const words = port.replace(/[_-]+/g, " ").trim();
  return words === "" ? port : words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Metrics — Evaluate Model, run #3"; without a known run number, "… , this run". */
export function outputDialogTitle(port: string, nodeTitle: string, runNumber: number | null): string {
  const run = runNumber === null ? "this run" : `run #${runNumber}`;
  return `${portTitle(port)} — ${nodeTitle}, ${run}`;
}
