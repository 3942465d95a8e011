import type { Config } from "@react-router/dev/config"

export default {
  ssr: true,
  // every flag React Router 8 turns on by default, so the move to 8 is a version bump
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config
