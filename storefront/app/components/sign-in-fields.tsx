/** A sign-in form's e-mail and password, labelled; `email` refills the address after a refusal. */
export function SignInFields({ labels, email }: { labels: { email: string; password: string }; email?: string }) {
  return (
    <>
      <div>
        <label htmlFor="email" className="label">
          {labels.email}
        </label>
        <input id="email" name="email" type="email" autoComplete="email" required defaultValue={email} className="input" />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {labels.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="input" />
      </div>
    </>
  )
}
