/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The bundle is loaded by a Django template with fixed URLs
// (/static/frontend/pipewright.js and pipewright.css), so the output names carry
// no content hash. Django's static storage can add its own hashing on collectstatic.
export default defineConfig({
  plugins: [react()],
  base: "/static/frontend/",
  build: {
    outDir: "../static/frontend",
    emptyOutDir: true,
    sourcemap: true,
    // One stylesheet for the one entry (an IIFE build would otherwise inline it into the JS).
    cssCodeSplit: false,
    // Vite 8 renamed rollupOptions to rolldownOptions (the old name is a deprecated alias).
    rolldownOptions: {
      input: "src/main.tsx",
      output: {
        // An IIFE runs the same from <script type="module"> or a plain deferred
        // <script>, and leaks no globals either way.
        format: "iife",
        // Escaped non-ASCII text reads right whatever charset the page or the
        // static server declares (or fails to).
        charset: "ascii",
        entryFileNames: "pipewright.js",
        assetFileNames: (asset) =>
          asset.names.some((name) => name.endsWith(".css"))
            ? "pipewright.css"
            : "assets/[name][extname]",
      },
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
