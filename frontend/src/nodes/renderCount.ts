// Counts node renders when a benchmark or a test asks for it by setting
// window.__pipewrightRenderCounts = {}; costs one property read otherwise.

declare global {
  interface Window {
    __pipewrightRenderCounts?: Record<string, number>;
  }
}

export function countRender(nodeId: string): void {
  const counts = typeof window === "undefined" ? undefined : window.__pipewrightRenderCounts;
  if (counts) counts[nodeId] = (counts[nodeId] ?? 0) + 1;
}
