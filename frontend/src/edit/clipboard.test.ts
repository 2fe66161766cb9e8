import { describe, expect, it } from "vitest";
import { graph } from "../test/fixtures";
import {
  CLIPBOARD_KEY,
  copyNodes,
  mergeParameters,
  parseClipboard,
  pasteOffset,
  pasteNodes,
  readClipboard,
  serializeClipboard,
  writeClipboard,
} from "./clipboard";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => {
      items.clear();
    },
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => {
      items.delete(k);
    },
    setItem: (k, v) => {
      items.set(k, v);
    },
  };
}

describe("clipboard", () => {
  it("copies the chosen nodes, the wires between them and the parameters they use", () => {
    const g = graph();
    const both = copyNodes(g.nodes, g.edges, new Set(["n0", "n1"]), g.parameters)!;
    expect(both.nodes.map((n) => n.id)).toEqual(["n0", "n1"]);
    expect(both.edges).toHaveLength(1);
    expect(both.parameters.map((p) => p.name)).toEqual(["seed"]);

    const one = copyNodes(g.nodes, g.edges, new Set(["n1"]), g.parameters)!;
    expect(one.edges).toEqual([]); // the wire from n0 stays behind
    const loadOnly = copyNodes(g.nodes, g.edges, new Set(["n0"]), g.parameters)!;
    expect(loadOnly.parameters).toEqual([]);
    expect(copyNodes(g.nodes, g.edges, new Set())).toBeNull();
  });

  it("round-trips through text and refuses anything else", () => {
    const g = graph();
    const content = copyNodes(g.nodes, g.edges, new Set(["n0", "n1"]), g.parameters)!;
    expect(parseClipboard(serializeClipboard(content))).toEqual(content);
    expect(parseClipboard(null)).toBeNull();
    expect(parseClipboard("not json")).toBeNull();
    expect(parseClipboard('{"kind":"other","version":1,"nodes":[],"edges":[]}')).toBeNull();
    expect(parseClipboard('{"kind":"pipewright/nodes","version":1,"nodes":[{"id":1}],"edges":[]}')).toBeNull();
  });

  it("goes through localStorage so another tab can paste", () => {
    const storage = memoryStorage();
    const g = graph();
    writeClipboard(copyNodes(g.nodes, g.edges, new Set(["n0"]))!, storage);
    expect(storage.getItem(CLIPBOARD_KEY)).toContain('"pipewright/nodes"');
    expect(readClipboard(storage)?.nodes[0]?.id).toBe("n0");
  });

  it("pastes with fresh ids, offset positions and renamed wires", () => {
    const g = graph();
    const content = copyNodes(g.nodes, g.edges, new Set(["n0", "n1"]), g.parameters)!;
    const result = pasteNodes(content, ["n0", "n1", "load_csv-1"], { x: 40, y: 40 });
    expect(result.nodes.map((n) => n.id)).toEqual(["load_csv-2", "split_data-1"]);
    expect(result.nodes.map((n) => n.position)).toEqual([
      { x: 40, y: 40 },
      { x: 160, y: 120 },
    ]);
    expect(result.edges).toEqual([
      { source: "load_csv-2", source_port: "dataset", target: "split_data-1", target_port: "dataset" },
    ]);
    expect(result.idMap.get("n1")).toBe("split_data-1");
    // The copy is independent of what was copied.
    result.nodes[1]!.params.fraction = 0.1;
    expect(content.nodes[1]!.params.fraction).toBe(0.7);
  });

  it("adds only the pipeline parameters the target lacks", () => {
    const merged = mergeParameters(
      [{ name: "seed", type: "int", default: 1 }],
      [
        { name: "seed", type: "int", default: 42 },
        { name: "rate", type: "float", default: 0.1 },
      ],
    );
    expect(merged).toEqual([
      { name: "seed", type: "int", default: 1 },
      { name: "rate", type: "float", default: 0.1 },
    ]);
  });
});

describe("where a paste lands", () => {
  const nodes = [{ position: { x: 0, y: 0 } }, { position: { x: 200, y: 100 } }];
  it("next to the copy when that is in view", () => {
    expect(pasteOffset(nodes, { x: 40, y: 40 }, { x: -100, y: -100, width: 800, height: 600 })).toEqual({ x: 40, y: 40 });
    expect(pasteOffset(nodes, { x: 40, y: 40 }, null)).toEqual({ x: 40, y: 40 });
  });
  it("centred in the view when the copy's place is out of sight", () => {
    const offset = pasteOffset(nodes, { x: 40, y: 40 }, { x: 1000, y: 2000, width: 800, height: 600 });
    // The group's centre (100, 50) moves to the view's centre (1400, 2300).
    expect(offset).toEqual({ x: 1300, y: 2250 });
  });
});
