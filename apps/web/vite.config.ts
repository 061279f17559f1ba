import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const API = "http://127.0.0.1:3000";

/** Libraries change less often than the app, so they get their own long-cached chunks. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes("node_modules")) return undefined;
  if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return "react";
  if (id.includes("node_modules/@mantine/") || id.includes("node_modules/@floating-ui/")) return "mantine";
  if (id.includes("node_modules/zod/")) return "zod";
  // libsodium (WebAssembly inlined as base64) is large and only the messaging pages need it.
  if (/node_modules\/libsodium(-wrappers)?-sumo\//.test(id)) return "sodium";
  // Only the wellbeing charts use these; kept apart so the first page load does not carry them.
  if (
    /node_modules\/(recharts|@reduxjs|react-redux|redux|reselect|immer|victory-vendor|d3-[a-z-]+|internmap|decimal\.js-light|es-toolkit|eventemitter3)\//.test(
      id,
    )
  ) {
    return "charts";
  }
  return "vendor";
}

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": { target: API },
      "/socket.io": { target: API, ws: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // The sodium chunk (about 535 kB, loaded by the messaging pages only) is the largest on purpose.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: { manualChunks: vendorChunk },
      onwarn(warning, warn) {
        // zod ships comments rollup cannot place; harmless, and not ours to fix.
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("node_modules")) return;
        warn(warning);
      },
    },
  },
});
