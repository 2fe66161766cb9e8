// Picks the page named by the mount element. Pages to come (run history,
// module editor) are added as cases here.
import { ComparePage } from "../compare/ComparePage";
import { DesignerPage } from "../designer/DesignerPage";
import type { MountConfig } from "./mountConfig";

export function App({ config }: { config: MountConfig }) {
  switch (config.page) {
    case "designer":
      return <DesignerPage pipelineId={config.pipelineId} initialRunId={config.runId} />;
    case "compare":
      return <ComparePage experimentId={config.experimentId} runIds={config.runIds} />;
    case "unknown":
      return (
        <div className="pw-fatal" role="alert" data-testid="load-error">
          {config.error}
        </div>
      );
  }
}
