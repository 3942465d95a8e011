import { Link } from "react-router"
import type { MessageKey } from "~/lib/i18n"
import { useLocale, useT } from "~/lib/use-t"
import { Img } from "./image"

export type CreatorCardData = {
  id: string
  handle: string
  name: string
  programme?: string | null
  logo_url?: string | null
  bio?: string | null
}

export function CreatorCard({ creator }: { creator: CreatorCardData }) {
  const locale = useLocale()
  const t = useT()
  return (
    <li className="card p-4">
      <Link to={`/${locale}/creators/${creator.handle}`} className="flex items-center gap-3">
        <Img
          src={creator.logo_url}
          alt=""
          width={56}
          height={56}
          sizes="56px"
          widths={[160]}
          className="h-14 w-14 shrink-0 rounded-full object-cover"
        />
        <span>
          <span className="block font-semibold text-stone-900">{creator.name}</span>
          {creator.programme ? <span className="text-xs text-stone-600">{t(`programme.${creator.programme}` as MessageKey)}</span> : null}
        </span>
      </Link>
      {creator.bio ? <p className="mt-3 line-clamp-3 text-sm text-stone-700">{creator.bio}</p> : null}
    </li>
  )
}
