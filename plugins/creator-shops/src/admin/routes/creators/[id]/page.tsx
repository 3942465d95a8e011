import { errorMessage } from "@creative-market/admin-ui"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link, useLoaderData, useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { CreatorHistory } from "../../../components/creator-history"
import { CreatorProfile } from "../../../components/creator-profile"
import { fetchCreator, useCreator } from "../../../hooks/creators"
import type { CreatorDetail } from "../../../lib/types"

type LoaderData = { creator: CreatorDetail } | null

/** One shop: its profile, its decisions and its status history. */
const CreatorPage = () => {
  const { id } = useParams()
  const loaded = useLoaderData() as LoaderData
  const { data, isLoading, error } = useCreator(id!, loaded ?? undefined)

  if (isLoading) return <Skeleton className="h-64 w-full" />
  if (!data) {
    return (
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h1">Creator not found</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {errorMessage(error)}{" "}
          <Link to="/creators" className="text-ui-fg-interactive">
            Back to creators
          </Link>
        </Text>
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <CreatorProfile creator={data.creator} />
      <CreatorHistory changes={data.creator.status_changes ?? []} />
    </div>
  )
}

// Names the breadcrumb and the document title, and fills the page at once; the page shows a failure.
export const loader = ({ params }: LoaderFunctionArgs): Promise<LoaderData> => fetchCreator(params.id!).catch(() => null)

export const handle = {
  breadcrumb: (match: UIMatch<LoaderData>) => match.data?.creator.name ?? "Creator",
}

export default CreatorPage
