import { Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "./format"

/** A widget's or a section's query while it loads, or why it failed; nothing once its data is there. */
export const LoadState = ({ isLoading, error }: { isLoading: boolean; error: unknown }) => (
  <>
    {isLoading && (
      <div className="px-6 py-4">
        <Skeleton className="h-12" />
      </div>
    )}
    {Boolean(error) && (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        {errorMessage(error)}
      </Text>
    )}
  </>
)
