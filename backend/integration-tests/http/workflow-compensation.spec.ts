import { writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "@creative-market/creator-shops/modules/creator"
import { LISTING_MODULE } from "@creative-market/creator-shops/modules/listing"
import { createCreatorProductWorkflow } from "@creative-market/creator-shops/workflows/create-creator-product"
import { decideCreatorWorkflow } from "@creative-market/creator-shops/workflows/decide-creator"
import { revokeCreatorInviteWorkflow } from "@creative-market/creator-shops/workflows/revoke-creator-invite"
import { updateMarketplaceSettingsWorkflow } from "@creative-market/creator-shops/workflows/update-marketplace-settings"
import { uploadDigitalFilesWorkflow } from "@creative-market/creator-shops/workflows/upload-digital-files"
import { signUpShop } from "../utils/actors"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"

/** What the wrapped workflow returned before the forced failure (to find what it had written). */
let written: any
const failAfterWritesStep = createStep("fail-after-writes", async (output: unknown) => {
  written = output
  throw new Error("forced failure after the writes")
})

/** Runs a workflow as a step, then fails: Medusa must compensate every step the workflow ran. */
function thenFail(name: string, workflow: any) {
  return createWorkflow(`${name}-then-fail`, (input: any) => {
    const output = workflow.runAsStep({ input })
    failAfterWritesStep(output)
    return new WorkflowResponse(output)
  })
}

async function expectForcedFailure(run: Promise<{ errors: { error: { message: string } }[] }>) {
  const { errors } = await run
  expect(errors.map((e) => e.error.message)).toContain("forced failure after the writes")
}

medusaSuite("workflow_compensation", ({ api, getContainer }) => {
  beforeAll(async () => {
    await setUpMarketplace(getContainer())
  })
  beforeEach(() => {
    written = undefined
  })

  it("a shop decision that fails after its writes leaves the shop, its history and its products as they were", async () => {
    const container = getContainer()
    const shop = await signUpShop(api, "decide@example.az", { handle: "decide-shop" })
    await expectForcedFailure(
      thenFail(
        "decide-creator",
        decideCreatorWorkflow,
      )(container).run({
        input: { id: shop.creator.id, decision: "approve", reason: "looks good", actor_type: "user" },
        throwOnError: false,
      }),
    )
    expect(written).toMatchObject({ status: "approved" })
    const creators = container.resolve(CREATOR_MODULE)
    expect((await creators.retrieveCreator(shop.creator.id)).status).toBe("pending")
    const history = await creators.listCreatorStatusChanges({ creator_id: shop.creator.id })
    expect(history.map((change: any) => change.to_status)).toEqual(["pending"])
  })

  it("revoking an invite that fails after its writes leaves the invite usable", async () => {
    const container = getContainer()
    const shop = await signUpShop(api, "team@example.az", { handle: "team-shop" })
    const { data } = await api.post("/creator/invites", { email: "helper@example.az" }, shop.headers)
    await expectForcedFailure(
      thenFail(
        "revoke-creator-invite",
        revokeCreatorInviteWorkflow,
      )(container).run({
        input: { creator_id: shop.creator.id, invite_id: data.invite.id },
        throwOnError: false,
      }),
    )
    const invites = await api.get("/creator/invites", shop.headers)
    expect(invites.data.invites.map((invite: any) => invite.id)).toEqual([data.invite.id])
  })

  it("a new listing that fails after its writes leaves no product, listing or link behind", async () => {
    const container = getContainer()
    const shop = await signUpShop(api, "listing@example.az", { handle: "listing-shop" })
    const product = {
      kind: "physical" as const,
      handle: "copper-jug",
      title: "Copper jug",
      tags: ["copper"],
      translations: { title: { az: "Mis küpə" } },
      variants: [{ title: "Large", prices: [{ currency_code: "azn", amount: 120 }], stock: 3 }],
    }
    await expectForcedFailure(
      thenFail(
        "create-creator-product",
        createCreatorProductWorkflow,
      )(container).run({
        input: { creator_id: shop.creator.id, member_id: shop.member.id, product },
        throwOnError: false,
      }),
    )
    expect(written?.product?.id).toBeTruthy()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: written.product.id } })
    expect(products).toEqual([])
    expect(await container.resolve(LISTING_MODULE).listListings({})).toEqual([])
    const mine = await api.get("/creator/products", shop.headers)
    expect(mine.data.count).toBe(0)
  })

  it("an upload that fails after its writes deletes the stored file and records nothing", async () => {
    const container = getContainer()
    const shop = await signUpShop(api, "files@example.az", { handle: "files-shop" })
    const { data } = await api.post(
      "/creator/products",
      { kind: "digital", title: "Sample pack", variants: [{ title: "Personal", prices: [{ currency_code: "azn", amount: 9 }] }] },
      shop.headers,
    )
    const upload = path.join(os.tmpdir(), `compensation-${process.pid}.zip`)
    await writeFile(upload, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]))
    await expectForcedFailure(
      thenFail(
        "upload-digital-files",
        uploadDigitalFilesWorkflow,
      )(container).run({
        input: { product_id: data.product.id, member_id: shop.member.id, uploads: [{ path: upload, originalname: "pack.zip", size: 8 }] },
        throwOnError: false,
      }),
    )
    expect(written).toHaveLength(1)
    const files = await api.get(`/creator/products/${data.product.id}/files`, shop.headers)
    expect(files.data.files).toEqual([])
    await expect(container.resolve(Modules.FILE).getAsBuffer(written[0].file_key)).rejects.toThrow()
  })

  it("a settings change that fails after its write puts the previous values back", async () => {
    const container = getContainer()
    const before = await container.resolve(CREATOR_MODULE).getSettings()
    await expectForcedFailure(
      thenFail(
        "update-marketplace-settings",
        updateMarketplaceSettingsWorkflow,
      )(container).run({
        input: { auto_approve_creators: !before.auto_approve_creators },
        throwOnError: false,
      }),
    )
    expect(written).toMatchObject({ auto_approve_creators: !before.auto_approve_creators })
    const after = await container.resolve(CREATOR_MODULE).getSettings()
    expect(after).toMatchObject({
      auto_approve_creators: before.auto_approve_creators,
      require_listing_moderation: before.require_listing_moderation,
    })
  })
})
