// The Deploy dialog's and the header's pure parts: which pipelines can be deployed, what
// the dialog says once deployed, and the pages the canvas links to. Endpoint names follow
// the same rule as pipeline endpoints' (runner/inference.py checks ENDPOINT_NAME).
import type { PublishedAs } from "../api/types";
import { endpointPageUrl } from "./publishForm";

/** The module a real-time inference pipeline takes its request rows from. */
export const WEB_SERVICE_INPUT = "web_service_input";

/** A real-time inference pipeline (one made by "Create inference pipeline") can be deployed. */
export function isRealtimeInferencePipeline(modules: Iterable<string>): boolean {
  for (const module of modules) if (module === WEB_SERVICE_INPUT) return true;
  return false;
}

/** A real-time endpoint's page in the app. */
export function realtimeEndpointPageUrl(name: string): string {
  return `/endpoints/${encodeURIComponent(name)}/`;
}

export function deployedMessage(endpoint: string, version: number, live: boolean): string {
  return `Deployed ${endpoint} version ${version} (${live ? "live" : "not live"})`;
}

/** What the header says about each endpoint the pipeline is published under, and where it links. */
export function publishedAsLinks(publishedAs: readonly PublishedAs[]): { label: string; href: string }[] {
  return publishedAs.map(({ endpoint, version }) => ({
    label: `${endpoint} (v${version})`,
    href: endpointPageUrl(endpoint),
  }));
}
