// Promote a node parameter to a pipeline parameter ({"$param": name}) and back.
import type { ModuleParam } from "../api/types";
import { isParamBinding, type GraphNode, type PipelineParameter } from "../graph/types";

/** A name not yet used by a pipeline parameter: "seed", then "seed_2", ... */
export function freeParameterName(wanted: string, parameters: readonly PipelineParameter[]): string {
  const base = wanted.replace(/[^A-Za-z0-9_]/g, "_") || "param";
  const taken = new Set(parameters.map((p) => p.name));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

export interface Promoted {
  parameters: PipelineParameter[];
  params: Record<string, unknown>;
  name: string;
}

/**
 * Binds `param` of a node to a new pipeline parameter whose default is the
 * node's current value (or the module default when the node has none).
 */
export function promoteParam(
  parameters: readonly PipelineParameter[],
  params: Readonly<Record<string, unknown>>,
  param: Pick<ModuleParam, "name" | "type" | "default">,
  wantedName: string = param.name,
): Promoted {
  const name = freeParameterName(wantedName, parameters);
  const current = params[param.name];
  const value = current === undefined || isParamBinding(current) ? param.default : current;
  return {
    name,
    parameters: [...parameters, { name, type: param.type, default: value ?? null }],
    params: { ...params, [param.name]: { $param: name } },
  };
}

export interface Demoted {
  parameters: PipelineParameter[];
  params: Record<string, unknown>;
}

/**
 * Turns a bound param back into a literal: the pipeline parameter's default.
 * The pipeline parameter goes too unless another node still uses it.
 */
export function demoteParam(
  parameters: readonly PipelineParameter[],
  params: Readonly<Record<string, unknown>>,
  paramName: string,
  otherNodes: readonly Pick<GraphNode, "params">[],
): Demoted {
  const binding = params[paramName];
  if (!isParamBinding(binding)) return { parameters: [...parameters], params: { ...params } };
  const pipelineParam = parameters.find((p) => p.name === binding.$param);
  const { [paramName]: _bound, ...rest } = params;
  const literal = pipelineParam?.default;
  // No value to restore: leave the param out so the module default applies.
  const next = literal === null || literal === undefined ? rest : { ...rest, [paramName]: structuredClone(literal) };
  const stillUsed = otherNodes.some((n) =>
    Object.values(n.params).some((v) => isParamBinding(v) && v.$param === binding.$param),
  );
  return {
    params: next,
    parameters: stillUsed ? [...parameters] : parameters.filter((p) => p.name !== binding.$param),
  };
}
