import { Text } from "@medusajs/ui"
import type { CreatorRef } from "../lib/types"

/** A shop in a table: its name over its @handle, or the bare id when the shop is gone. */
export const CreatorCell = ({ creator, id }: { creator: Partial<CreatorRef> | null; id: string }) =>
  creator?.name ? (
    <div className="flex flex-col">
      <span className="truncate">{creator.name}</span>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {`@${creator.handle}`}
      </Text>
    </div>
  ) : (
    id
  )
