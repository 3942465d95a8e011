import { useFetcher } from "react-router"
import { AddedToCart } from "~/components/added-to-cart"
import { SlotMonth, SlotTimes } from "~/components/slot-calendar"
import type { SlotPickerData } from "~/lib/bookings.server"
import { useT } from "~/lib/use-t"

type Result = { ok: boolean; message?: string }

/**
 * Month → day → time on a product page. The time is a radio in a form posted to the product's
 * action, so the picker works without JavaScript too; with it, the fetcher keeps the page in place.
 */
export function SlotPicker({ picker, today }: { picker: SlotPickerData; today: string }) {
  const t = useT()
  const fetcher = useFetcher<Result>()
  const day = picker.day
  return (
    <section aria-labelledby="slot-heading" className="card mt-6 p-4" data-testid="slot-picker">
      <h2 id="slot-heading" className="text-lg font-semibold">
        {t("booking.pick")} · {picker.resource.name}
      </h2>
      <SlotMonth picker={picker} today={today} />
      {day ? (
        <fetcher.Form method="post" className="mt-4">
          <input type="hidden" name="intent" value="slot" />
          <input type="hidden" name="variant_id" value={picker.variantId} />
          <SlotTimes picker={{ ...picker, day }} />
          <button type="submit" className="btn-primary mt-4 px-6 py-3 text-base" disabled={fetcher.state !== "idle"}>
            {t("booking.add")}
          </button>
          <AddedToCart result={fetcher.data} className="mt-2" />
        </fetcher.Form>
      ) : (
        <p className="mt-4 text-sm text-stone-700">{t("booking.noSlots")}</p>
      )}
    </section>
  )
}
