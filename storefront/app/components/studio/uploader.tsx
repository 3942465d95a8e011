import { useRef, useState } from "react"
import { useRevalidator } from "react-router"
import type { MessageKey } from "~/lib/i18n"
import { useT } from "~/lib/use-t"

type Props = {
  action: string
  accept?: string
  label: string
  hint: string
  extra?: Record<string, string>
  name: string
  /** the multipart field the backend reads; a single-file field takes one file */
  field?: "files" | "file"
}

/**
 * Drag-and-drop (or pick) files; they are sent as multipart with a progress bar (XMLHttpRequest:
 * fetch has no upload progress) to the studio's upload route, which streams them to the backend.
 * Without JavaScript the same form posts normally.
 */
export function Uploader({ action, accept, label, hint, extra = {}, name, field = "files" }: Props) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  const revalidator = useRevalidator()
  const [progress, setProgress] = useState<number | null>(null)
  const [message, setMessage] = useState<{ tone: "ok" | "error"; key: MessageKey } | null>(null)
  const [over, setOver] = useState(false)

  function send(files: FileList | File[]) {
    const list = Array.from(files).slice(0, field === "file" ? 1 : 5)
    if (!list.length) return
    const body = new FormData()
    for (const [key, value] of Object.entries(extra)) body.append(key, value)
    for (const file of list) body.append(field, file)
    const request = new XMLHttpRequest()
    request.open("POST", action)
    request.setRequestHeader("accept", "application/json")
    request.upload.onprogress = (event) => event.lengthComputable && setProgress(Math.round((event.loaded / event.total) * 100))
    request.onload = () => {
      setProgress(null)
      let answer: { ok?: boolean; error?: MessageKey } = {}
      try {
        answer = JSON.parse(request.responseText)
      } catch {
        answer = {}
      }
      setMessage(
        request.status < 300 && answer.ok
          ? { tone: "ok", key: "studio.upload.done" }
          : { tone: "error", key: answer.error ?? "studio.upload.refused" },
      )
      if (input.current) input.current.value = ""
      revalidator.revalidate()
    }
    request.onerror = () => (setProgress(null), setMessage({ tone: "error", key: "studio.upload.refused" }))
    setMessage(null)
    setProgress(0)
    request.send(body)
  }

  const id = `upload-${name}`
  return (
    <div
      onDragOver={(event) => (event.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault()
        setOver(false)
        send(event.dataTransfer.files)
      }}
      className={`rounded-lg border-2 border-dashed p-4 ${over ? "border-brand-600 bg-brand-50" : "border-stone-300"}`}
      data-testid={`dropzone-${name}`}
    >
      <label htmlFor={id} className="label">
        {label}
      </label>
      <p id={`${id}-hint`} className="mb-2 text-xs text-stone-600">
        {hint}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        multiple={field === "files"}
        accept={accept}
        aria-describedby={`${id}-hint`}
        onChange={(event) => event.currentTarget.files && send(event.currentTarget.files)}
        className="block w-full text-sm"
      />
      {progress !== null ? (
        <div className="mt-2">
          <progress max={100} value={progress} className="w-full" aria-label={t("studio.upload.progress")}>
            {progress}%
          </progress>
          <p className="text-xs text-stone-700" aria-live="polite">
            {t("studio.upload.sending", { percent: progress })}
          </p>
        </div>
      ) : null}
      {message ? (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`mt-2 text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-800"}`}
        >
          {t(message.key)}
        </p>
      ) : null}
    </div>
  )
}
