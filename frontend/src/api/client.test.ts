import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, errorFromResponse, readCookie, request } from "./client";
import { submitRun } from "./runs";

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubFetch(status: number, body: unknown) {
  const fetch = vi.fn((_url: string, _init: RequestInit) =>
    Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        statusText: status === 400 ? "Bad Request" : "OK",
      }),
    ),
  );
  vi.stubGlobal("fetch", fetch);
  vi.stubGlobal("document", { cookie: "sessionid=s; csrftoken=tok%3D1; other=x" });
  return fetch;
}

describe("readCookie", () => {
  it("finds a cookie among others and decodes it", () => {
    expect(readCookie("a=1; csrftoken=abc%20d; b=2", "csrftoken")).toBe("abc d");
    expect(readCookie("a=1", "csrftoken")).toBeNull();
    expect(readCookie("", "csrftoken")).toBeNull();
  });
});

describe("errorFromResponse", () => {
  it("reads the API's error shape with per-node problems", () => {
    const err = errorFromResponse(400, "Bad Request", {
      message: "The pipeline is not valid",
      extra: {
        errors: [
          { node_id: "n1", port: "dataset", param: null, message: "required input", severity: "error" },
          "junk",
        ],
      },
    });
    expect(err.message).toBe("The pipeline is not valid");
    expect(err.status).toBe(400);
    expect(err.issues).toEqual([
      { node_id: "n1", port: "dataset", param: null, message: "required input", severity: "error" },
    ]);
  });

  it("falls back to DRF's detail and to the status line", () => {
    expect(errorFromResponse(403, "Forbidden", { detail: "No." }).message).toBe("No.");
    expect(errorFromResponse(502, "Bad Gateway", null).message).toBe("502 Bad Gateway");
  });
});

describe("request", () => {
  it("sends JSON with the CSRF token on POST", async () => {
    const fetch = stubFetch(201, { id: 9 });
    await submitRun(7);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("/api/pipelines/7/runs/");
    expect(init.method).toBe("POST");
    expect(init.credentials).toBe("same-origin");
    expect(init.headers).toMatchObject({ "X-CSRFToken": "tok=1", "Content-Type": "application/json" });
    expect(JSON.parse(init.body as string)).toEqual({
      parameters: {},
      force_rerun: false,
      experiment: "",
      continue_on_failure: false,
    });
  });

  it("sends no CSRF token on GET", async () => {
    const fetch = stubFetch(200, []);
    await request("GET", "/api/modules/");
    expect(fetch.mock.calls[0]![1].headers).not.toHaveProperty("X-CSRFToken");
  });

  it("throws an ApiError with the server's message", async () => {
    stubFetch(400, { message: "Invalid", extra: { errors: [{ node_id: "n1", message: "bad" }] } });
    const err: unknown = await submitRun(7).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).issues).toHaveLength(1);
  });
});

describe("file uploads", () => {
  it("send FormData as multipart with the CSRF header, not as JSON", async () => {
    const fetch = stubFetch(201, { id: 7 });
    const form = new FormData();
    form.append("file", new Blob(["pipewright: 1\n"]), "p.yaml");
    await request("POST", "/api/pipelines/import/", form);
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.body).toBe(form);
    const headers = init?.headers as Record<string, string>;
    expect(headers["Content-Type"]).toBeUndefined();
    expect(headers["X-CSRFToken"]).toBe("tok=1");
  });
});
