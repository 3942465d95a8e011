import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { transform, when } from "@medusajs/framework/workflows-sdk"

/**
 * A member this run created is written on the signer's auth identity (its `creator_id` app
 * metadata), so the next token they get acts as that member; an existing member's identity
 * already says so. Called while a workflow is composed, with the member step's outputs.
 */
export function linkNewMemberIdentity(input: { auth_identity_id: string }, member: { id: string }, created: boolean) {
  when({ created }, ({ created }) => created).then(() => {
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "creator",
        value: member.id,
      })),
    )
  })
}
