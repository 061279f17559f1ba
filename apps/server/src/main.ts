import { ConfigError, loadConfig } from "./config/config.js";
import { startServer } from "./start-server.js";

/** Process entry: a bad configuration prints what is wrong and exits 1. */
try {
  await startServer(loadConfig());
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
