export * from "./upsert-export-profile"
