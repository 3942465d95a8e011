/** The Creative Market mark: a buta (the Azerbaijani paisley) inside a pomegranate-red tile. */
export function LogoMark({ className = "h-9 w-9" }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={className} aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="11" fill="#b4233c" />
      <path
        d="M25.5 9c7.6 2.4 12.4 9.5 11.3 17.3C35.6 35 28.4 40 20.6 39c-5.9-.8-9.9-5.7-9.4-11.2.5-5 4.9-8.5 9.8-8 3.9.4 6.6 3.8 6.2 7.5-.3 2.8-2.7 4.8-5.5 4.6-2-.2-3.4-1.9-3.2-3.9"
        fill="none"
        stroke="#fff6e5"
        strokeWidth="3.2"
        strokeLinecap="round"
      />
      <circle cx="25.5" cy="9.4" r="2.6" fill="#d98a1c" />
    </svg>
  )
}

export function Logo({ name }: { name: string }) {
  return (
    <span className="flex items-center gap-2">
      <LogoMark />
      <span className="text-lg font-bold tracking-tight text-stone-900">{name}</span>
    </span>
  )
}
