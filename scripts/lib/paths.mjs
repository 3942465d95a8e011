import path from "node:path"
import { fileURLToPath } from "node:url"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const dataDir = path.join(root, ".data")
export const backendDir = path.join(root, "backend")
export const backendBuildDir = path.join(backendDir, ".medusa", "server")
export const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
export const turboBin = path.join(root, "node_modules", ".bin", "turbo")
