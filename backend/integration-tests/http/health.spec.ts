import { medusaSuite } from "../utils/medusa-suite"

medusaSuite("health", ({ api }) => {
  describe("the backend", () => {
    it("answers its health check", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
    })

    it("serves the store API with translations enabled", async () => {
      const response = await api.get("/store/products", { validateStatus: () => true })
      // no publishable key: the store API refuses politely rather than failing
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/publishable/i)
    })
  })
})
