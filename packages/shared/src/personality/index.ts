export * from "./tipi.js";
