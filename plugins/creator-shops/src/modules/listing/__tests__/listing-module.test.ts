import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { expect, it } from "vitest"
import { LISTING_MODULE } from ".."
import { DigitalAsset } from "../models/digital-asset"
import { DownloadGrant } from "../models/download-grant"
import { Listing } from "../models/listing"
import { ModerationDecision } from "../models/moderation-decision"
import type ListingModuleService from "../service"

const HOUR = 60 * 60 * 1000

moduleIntegrationTestRunner<ListingModuleService>({
  moduleName: LISTING_MODULE,
  moduleModels: [Listing, ModerationDecision, DigitalAsset, DownloadGrant],
  resolve: "./src/modules/listing",
  testSuite: ({ service }) => {
    /** A digital listing with one file and one buyer's grant for it. */
    async function grantFor(grant: { max_downloads: number; downloads_used?: number; expires_at?: Date }) {
      const listing = await service.createListings({ kind: "digital" })
      const asset = await service.createDigitalAssets({
        listing_id: listing.id,
        file_key: "private-key-1",
        filename: "album.zip",
        mime_type: "application/zip",
        size: 1024,
      })
      const created = await service.createDownloadGrants({
        asset_id: asset.id,
        order_id: "order_1",
        line_item_id: "item_1",
        email: "buyer@example.az",
        expires_at: grant.expires_at ?? new Date(Date.now() + HOUR),
        max_downloads: grant.max_downloads,
        downloads_used: grant.downloads_used ?? 0,
      })
      return { asset, grant: created }
    }

    it("counts each download and hands out the grant's file until the limit", async () => {
      const { grant } = await grantFor({ max_downloads: 2 })
      expect(await service.consumeDownload(grant.id)).toMatchObject({ filename: "album.zip", downloads_used: 1, max_downloads: 2 })
      expect(await service.consumeDownload(grant.id)).toMatchObject({ downloads_used: 2 })
      expect(await service.consumeDownload(grant.id)).toBeNull()
      expect((await service.retrieveDownloadGrant(grant.id)).downloads_used).toBe(2)
    })

    it("gives the last download to exactly one of several buyers' requests arriving at once", async () => {
      const { grant } = await grantFor({ max_downloads: 3, downloads_used: 2 })
      const results = await Promise.all(Array.from({ length: 6 }, () => service.consumeDownload(grant.id)))
      expect(results.filter((file) => file !== null)).toHaveLength(1)
      expect((await service.retrieveDownloadGrant(grant.id)).downloads_used).toBe(3)
    })

    it("counts nothing for an expired grant, a withdrawn file or a peek", async () => {
      const expired = await grantFor({ max_downloads: 5, expires_at: new Date(Date.now() - HOUR) })
      expect(await service.consumeDownload(expired.grant.id)).toBeNull()
      expect((await service.retrieveDownloadGrant(expired.grant.id)).downloads_used).toBe(0)

      const live = await grantFor({ max_downloads: 5 })
      expect(await service.peekDownload(live.grant.id)).toMatchObject({ filename: "album.zip", downloads_used: 0 })
      expect((await service.retrieveDownloadGrant(live.grant.id)).downloads_used).toBe(0)

      await service.softDeleteDigitalAssets(live.asset.id)
      expect(await service.peekDownload(live.grant.id)).toBeNull()
      expect(await service.consumeDownload(live.grant.id)).toBeNull()
      await service.restoreDigitalAssets(live.asset.id)
      expect(await service.consumeDownload(live.grant.id)).toMatchObject({ downloads_used: 1 })
    })
  },
})
