// The card shown beside a palette item on hover or keyboard focus: what the module
// does, its typed ports and its parameters, before it is on the canvas.
import { portColor } from "../nodes/portTypes";
import { paramSummary } from "../nodes/palette";
import type { NodeDefinition } from "../nodes/registry";

export interface HoveredModule {
  def: NodeDefinition;
  /** Where the item is on screen: the card sits to its right, level with it. */
  top: number;
  left: number;
}

export function PaletteCard({ hovered }: { hovered: HoveredModule }) {
  const { def, top, left } = hovered;
  return (
    <div
      className="pw-palette-card"
      id="pw-palette-card"
      role="tooltip"
      data-testid="palette-card"
      style={{ top, left }}
    >
      <div className="pw-palette-card__title">
        {def.name} <span className="pw-muted">{def.slug} v{def.version}</span>
      </div>
      {def.status === "deprecated" && <div className="pw-field-error">Deprecated</div>}
      {def.description && <p>{def.description}</p>}
      <Ports title="Inputs" ports={def.inputs.map((p) => ({
            ...p,
            note: [p.optional && "optional", p.multiple && "takes many wires"].filter(Boolean).join(", "),
          }))} />
      <Ports title="Outputs" ports={def.outputs.map((p) => ({ ...p, note: "" }))} />
      {def.params.length > 0 && (
        <>
          <h4>Parameters</h4>
          <ul>
            {def.params.map((p) => (
              <li key={p.name}>
                <code>{paramSummary(p)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Ports({ title, ports }: { title: string; ports: { name: string; type: string; note: string }[] }) {
  if (ports.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {ports.map((p) => (
          <li key={p.name}>
            <span className="pw-palette__dot" style={{ background: portColor(p.type) }} /> {p.name}:{" "}
            <code>{p.type}</code> {p.note && <span className="pw-muted">({p.note})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
