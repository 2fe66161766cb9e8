// The Publish dialog's pure parts: the endpoint name it suggests and accepts, and what it
// says once published. The server's rule (runner/publishing.py ENDPOINT_NAME): 1-63 lower
// case letters, digits and "-", starting with a letter or digit.

const MAX_NAME = 63;
const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** "Churn model (v2)" -> "churn-model-v2"; "" when nothing usable is left. */
export function slugifyEndpointName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, MAX_NAME)
    .replace(/-+$/, "");
}

/** Why the name cannot be used, or null when it can. */
export function endpointNameError(name: string): string | null {
  if (name === "") return "Give the endpoint a name.";
  if (name.length > MAX_NAME) return `At most ${MAX_NAME} characters.`;
  if (!NAME.test(name)) return 'Lower case letters, digits and "-" only, starting with a letter or digit.';
  return null;
}

/** The endpoint's page in the app. */
export function endpointPageUrl(name: string): string {
  return `/pipeline-endpoints/${encodeURIComponent(name)}/`;
}

export function publishedMessage(endpoint: string, version: number): string {
  return `Published ${endpoint} version ${version}`;
}
