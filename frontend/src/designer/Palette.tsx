// The module palette: grouped, searchable; drag an item onto the canvas, or
// press Enter / double-click to add it at the viewport centre.
import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useMemo, useRef, useState } from "react";
import { freeSpot } from "../edit/placement";
import { portColor } from "../nodes/portTypes";
import { isListed, searchPalette } from "../nodes/palette";
import type { NodeDefinition } from "../nodes/registry";
import { useGraphStore } from "../store/graphStore";
import { PaletteCard, type HoveredModule } from "./PaletteCard";
import { useCentreWhenMeasured } from "./useCentreWhenMeasured";

const HOVER_DELAY_MS = 350;

/** The drag payload type: the module slug. */
export const MODULE_DRAG_TYPE = "application/x-pipewright-module";

/** Rough half size of a fresh node, so it lands centred on the point. */
export const NODE_HALF = { x: 100, y: 40 };

export function Palette() {
  const registry = useGraphStore((s) => s.registry);
  const addNode = useGraphStore((s) => s.addNode);
  const [query, setQuery] = useState("");
  const groups = useMemo(() => searchPalette(registry, query), [registry, query]);
  const store = useStoreApi();
  const flow = useReactFlow();
  const centreWhenMeasured = useCentreWhenMeasured();
  const [hovered, setHovered] = useState<HoveredModule | null>(null);
  const hoverTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The card describes an item of the list as it is now: an item a new search took
  // away never gets its mouseleave, so its card would otherwise stay.
  const card = hovered && isListed(groups, hovered.def.slug) ? hovered : null;

  const showCard = (def: NodeDefinition, element: HTMLElement, delay: number) => {
    if (hoverTimer.current) clearTimeout(hoverTimer.current);
    const rect = element.getBoundingClientRect();
    hoverTimer.current = setTimeout(() => {
      // Kept on screen: a card for an item low in the list moves up.
      setHovered({ def, top: Math.max(8, Math.min(rect.top, window.innerHeight - 320)), left: rect.right + 8 });
    }, delay);
  };
  const hideCard = () => {
    if (hoverTimer.current) clearTimeout(hoverTimer.current);
    setHovered(null);
  };

  const addAtCentre = (def: NodeDefinition) => {
    const { width, height, domNode } = store.getState();
    const rect = domNode?.getBoundingClientRect();
    const viewCentre = flow.screenToFlowPosition({
      x: (rect?.left ?? 0) + width / 2,
      y: (rect?.top ?? 0) + height / 2,
    });
    // Nodes added one after another from the keyboard go one under the other.
    const taken = useGraphStore.getState().nodes.map((n) => ({
      ...n.position,
      width: n.measured?.width ?? NODE_HALF.x * 2,
      height: n.measured?.height ?? NODE_HALF.y * 2,
    }));
    const centre = freeSpot(viewCentre, { width: NODE_HALF.x * 2, height: NODE_HALF.y * 2 }, taken);
    const id = addNode(def, { x: centre.x - NODE_HALF.x, y: centre.y - NODE_HALF.y });
    centreWhenMeasured(id, centre);
    // Focus stays on the palette (to add more); a screen reader hears what was added.
    store.setState({ ariaLiveMessage: `Added ${def.name} (${id}) to the canvas.` });
  };

  return (
    <aside className="pw-palette" data-testid="palette" aria-label="Modules">
      <input
        type="search"
        className="pw-palette__search"
        placeholder="Search modules…"
        aria-label="Search modules"
        data-testid="palette-search"
        value={query}
        onChange={(e) => {
          // A new list: whatever was hovered or about to be is no longer under the pointer.
          hideCard();
          setQuery(e.target.value);
        }}
      />
      <div className="pw-palette__groups">
        {groups.length === 0 && <p className="pw-muted pw-palette__empty">No module matches.</p>}
        {groups.map((group) => (
          <section key={group.category} className="pw-palette__group">
            <h2>{group.category}</h2>
            <ul>
              {group.modules.map((def) => (
                <li
                  key={def.slug}
                  className="pw-palette__item"
                  data-testid={`palette-item-${def.slug}`}
                  aria-describedby={card?.def.slug === def.slug ? "pw-palette-card" : undefined}
                  tabIndex={0}
                  draggable
                  onMouseEnter={(e) => {
                    showCard(def, e.currentTarget, HOVER_DELAY_MS);
                  }}
                  onMouseLeave={hideCard}
                  onFocus={(e) => {
                    showCard(def, e.currentTarget, 0);
                  }}
                  onBlur={hideCard}
                  onDragStart={(e) => {
                    hideCard();
                    e.dataTransfer.setData(MODULE_DRAG_TYPE, def.slug);
                    e.dataTransfer.effectAllowed = "copy";
                  }}
                  onDoubleClick={() => {
                    addAtCentre(def);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") {
                      e.preventDefault();
                      addAtCentre(def);
                    }
                  }}
                >
                  <span className="pw-palette__name">{def.name}</span>
                  {def.status === "deprecated" && <span className="pw-muted"> (deprecated)</span>}
                  <span className="pw-palette__ports" aria-hidden="true">
                    {def.outputs.map((p) => (
                      <span key={p.name} className="pw-palette__dot" style={{ background: portColor(p.type) }} />
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {card && <PaletteCard hovered={card} />}
    </aside>
  );
}
