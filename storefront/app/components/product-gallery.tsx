import { useState } from "react"
import { useT } from "~/lib/use-t"
import { Img } from "./image"

export function ProductGallery({ images, title }: { images: { id: string; url: string }[]; title: string }) {
  const t = useT()
  const [current, setCurrent] = useState(0)
  const image = images[current]
  return (
    <section aria-label={t("product.gallery")}>
      <Img
        src={image?.url}
        alt={t("product.image", { n: current + 1, total: Math.max(1, images.length), title })}
        width={800}
        height={800}
        sizes="(min-width: 1024px) 45vw, 92vw"
        widths={[320, 480, 640, 800, 1080]}
        priority
        className="aspect-square w-full rounded-lg bg-stone-100 object-cover"
      />
      {images.length > 1 ? (
        <ul className="mt-3 flex gap-2 overflow-x-auto">
          {images.map((img, index) => (
            <li key={img.id}>
              <button
                type="button"
                onClick={() => setCurrent(index)}
                aria-label={t("product.image", { n: index + 1, total: images.length, title })}
                aria-pressed={index === current}
                className={`block overflow-hidden rounded-md border-2 ${index === current ? "border-brand-600" : "border-transparent"}`}
              >
                <Img src={img.url} alt="" width={80} height={80} sizes="80px" widths={[160]} className="h-20 w-20 object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
