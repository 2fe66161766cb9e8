import "@xyflow/react/dist/style.css";
import "./styles.css";
import "./designer/editing.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { readMountConfig, ROOT_ELEMENT_ID } from "./app/mountConfig";

function mount(): void {
  const root = document.getElementById(ROOT_ELEMENT_ID);
  if (!root) {
    console.error(`Pipewright: no #${ROOT_ELEMENT_ID} element on the page`);
    return;
  }
  createRoot(root).render(
    <StrictMode>
      <App config={readMountConfig(root.dataset)} />
    </StrictMode>,
  );
}

// The template may load the script in <head> without defer: wait for the body.
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", mount, { once: true });
} else {
  mount();
}
