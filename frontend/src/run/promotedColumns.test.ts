// A columns param promoted to a pipeline parameter, then submitted the way the
// submit dialog does it (its texts start from the defaults and are parsed back),
// must reach the API as a list of names: the server refuses a string.
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { useGraphStore, initialGraphState } from "../store/graphStore";
import { initialRunStoreState, useRunStore } from "../store/runStore";
import { moduleSpec, pipeline, run } from "../test/fixtures";
import { startRun } from "./controller";
import { initialTexts, parseParameters } from "./submitForm";

const SELECT = moduleSpec({
  slug: "select_columns",
  inputs: [{ name: "dataset", type: "DataFrame" }],
  outputs: [{ name: "dataset", type: "DataFrame" }],
  params: [{ name: "columns", type: "columns", default: null }],
});

beforeEach(() => {
  vi.stubGlobal("document", { cookie: "csrftoken=t" });
  useRunStore.setState(initialRunStoreState, true);
  useGraphStore.setState(initialGraphState);
  const node = {
    id: "pick",
    module: "select_columns",
    version: null,
    params: { columns: ["sepal length", "species"] },
    position: { x: 0, y: 0 },
    label: null,
    comment: null,
    compute: null,
    reuse: true,
  };
  useGraphStore.getState().load(pipeline({ graph: { schema: 1, nodes: [node], edges: [], parameters: [] } }), [SELECT]);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function submitLikeTheDialog(edit: (texts: Record<string, string>) => Record<string, string>) {
  const bodies: unknown[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn((_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(init.body as string));
      return Promise.resolve(new Response(JSON.stringify(run()), { status: 201 }));
    }),
  );
  const parameters = useGraphStore.getState().document.parameters;
  const parsed = parseParameters(parameters, edit(initialTexts(parameters)));
  expect(parsed.errors).toEqual({});
  expect(await startRun(7, { parameters: parsed.values })).toBeNull();
  return bodies;
}

it("submits a promoted columns parameter as a list of column names", async () => {
  useGraphStore.getState().promoteParam("pick", SELECT.params[0]!);
  expect(useGraphStore.getState().document.parameters).toEqual([
    { name: "columns", type: "columns", default: ["sepal length", "species"] },
  ]);

  const unchanged = await submitLikeTheDialog((texts) => texts);
  const edited = await submitLikeTheDialog((texts) => ({ ...texts, columns: "petal width,  species , " }));

  expect(unchanged).toEqual([expect.objectContaining({ parameters: { columns: ["sepal length", "species"] } })]);
  expect(edited).toEqual([expect.objectContaining({ parameters: { columns: ["petal width", "species"] } })]);
});
