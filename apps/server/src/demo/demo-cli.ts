import { ConfigError } from "../config/config.js";
import { runDemo } from "./run-demo.js";
import { DemoRefusedError } from "./seed-demo.js";

try {
  await runDemo();
} catch (error) {
  if (error instanceof ConfigError || error instanceof DemoRefusedError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
