import { act } from "react"
import { createRoutesStub } from "react-router"
import { describe, expect, it, vi } from "vitest"
import { mount, until } from "~/test/studio-stub"
import { studioSessions } from "~/lib/studio/session.server"
import Apply, { action as applyAction } from "./apply"
import NewProduct, { action as newProductAction } from "./product-new"
import NewResource, { action as newResourceAction } from "./resource-new"

const render = mount

function fill(container: HTMLElement, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const field = container.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)
    if (!field) throw new Error(`no field ${name}`)
    field.value = value
  }
}

async function submit(container: HTMLElement, selector = 'button[type="submit"]') {
  await act(async () => container.querySelector<HTMLButtonElement>(selector)!.click())
}

/** The error shown for a field, found the way assistive technology finds it: through aria-describedby. */
function errorOf(container: HTMLElement, name: string) {
  const field = container.querySelector(`[name="${name}"]`)!
  if (field.getAttribute("aria-invalid") !== "true") return null
  const errorId = (field.getAttribute("aria-describedby") ?? "").split(" ").find((id) => id.endsWith("-error"))
  return errorId ? (container.ownerDocument.getElementById(errorId)?.textContent ?? null) : null
}

/** A backend that knows one creator and answers the studio's calls; `signup` decides how applying ends. */
function backend(answers: Record<string, (init: RequestInit) => Response>) {
  const calls: string[] = []
  vi.stubGlobal("fetch", async (input: URL | string, init: RequestInit = {}) => {
    const url = new URL(String(input))
    calls.push(`${init.method ?? "GET"} ${url.pathname}`)
    const answer = answers[`${init.method ?? "GET"} ${url.pathname}`]
    return answer ? answer(init) : new Response(JSON.stringify({ message: "Unauthorized" }), { status: 401 })
  })
  return calls
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

describe("applying for a shop", { timeout: 30_000 }, () => {
  const Stub = (locale = "en") => {
    const Routes = createRoutesStub([
      { path: "/:locale/studio/apply", Component: Apply, action: applyAction as never, loader: () => ({ title: "" }) },
    ])
    return <Routes initialEntries={[`/${locale}/studio/apply`]} />
  }

  it("shows each mistake next to its field in the reader's language, keeps what was typed and never calls the backend", async () => {
    const calls = backend({})
    const page = await render(Stub("az"), 'input[name="handle"]')
    fill(page, {
      account_email: "nigar@example.az",
      password: "short",
      handle: "-bad-",
      name: "Nigar Keramika",
      "bio.az": "Gil qablar",
      tax_id: "",
    })
    page.querySelector<HTMLInputElement>('input[name="legal_type"][value="company"]')!.click()
    await submit(page)
    await until(page, '[role="alert"]')
    expect(errorOf(page, "password")).toBe("Şifrə 10–128 simvol olmalıdır.")
    expect(errorOf(page, "handle")).toMatch(/2–64 kiçik latın hərfi/)
    expect(errorOf(page, "tax_id")).toBe("VÖEN düz 10 rəqəmdən ibarətdir.")
    expect(errorOf(page, "name")).toBeNull()
    expect(page.querySelector<HTMLInputElement>('[name="name"]')!.value).toBe("Nigar Keramika")
    expect(page.querySelector<HTMLTextAreaElement>('[name="bio.az"]')!.value).toBe("Gil qablar")
    expect(calls).toEqual([])
  })

  it("puts the backend's refusal of a reserved handle on the handle field, in Russian", async () => {
    backend({
      "POST /auth/creator/emailpass/register": () => json({ token: "t-unregistered" }),
      "POST /creator/signup": () =>
        json({ type: "invalid_data", message: "shop.handle is reserved by the marketplace: choose another." }, 400),
    })
    const page = await render(Stub("ru"), 'input[name="handle"]')
    fill(page, {
      account_email: "studio@example.az",
      password: "long-enough-password",
      handle: "studio",
      name: "Студия",
      email: "studio@example.az",
    })
    await submit(page)
    await until(page, '[role="alert"]')
    expect(errorOf(page, "handle")).toBe("Этот адрес занят или зарезервирован: выберите другой.")
    expect(page.querySelector<HTMLInputElement>('[name="handle"]')!.value).toBe("studio")
  })
})

const member = {
  member: { id: "mem_1", email: "a@example.az", name: null },
  shops: [{ id: "cre_1", handle: "a", name: "A", status: "approved", role: "owner" }],
}

/** A studio action run as a signed-in member (the stub's requests carry no cookies of their own). */
const signedIn = (action: (args: never) => unknown) => async (args: { request: Request; params: Record<string, string | undefined> }) => {
  const session = await studioSessions.getSession()
  session.set("token", "t-member")
  const cookie = (await studioSessions.commitSession(session)).split(";")[0]!
  // a Request of the test DOM drops a Cookie header (a forbidden name in browsers): what the action reads, by hand
  const form = await args.request.formData()
  const request = {
    url: args.request.url,
    headers: { get: (name: string) => (name.toLowerCase() === "cookie" ? cookie : null) },
    formData: async () => form,
  }
  return action({ ...args, request } as never)
}

describe("creating a listing", { timeout: 30_000 }, () => {
  const Stub = (kind: string) => {
    const Routes = createRoutesStub([
      {
        path: "/:locale/studio/products/new",
        Component: NewProduct,
        action: signedIn(newProductAction as never) as never,
        loader: () => ({ title: "" }),
      },
    ])
    return <Routes initialEntries={[`/en/studio/products/new?kind=${kind}`]} />
  }

  it("asks a physical listing for a price and its stock, and a service for its lead time, before sending anything", async () => {
    const calls = backend({ "GET /creator/me": () => json(member) })
    const page = await render(Stub("service"), 'input[name="title"]')
    fill(page, { title: "Recording hour", "tr.title.az": "Səsyazma saatı", lead_time_days: "", "price.azn": "0", "price.eur": "" })
    await submit(page, 'button[type="submit"]:not([name])')
    await until(page, '[role="alert"]')
    expect(errorOf(page, "price.azn")).toMatch(/above 0/)
    expect(errorOf(page, "lead_time_days")).toBe("Fill this in.")
    expect(page.querySelector<HTMLInputElement>('[name="tr.title.az"]')!.value).toBe("Səsyazma saatı")
    expect(calls.filter((c) => c.startsWith("POST"))).toEqual([])
  })

  it("maps the backend's path for the second price sent back onto that currency's field", async () => {
    let sent: Record<string, unknown> = {}
    backend({
      "GET /creator/me": () => json(member),
      "POST /creator/products": (init) => {
        sent = JSON.parse(String(init.body))
        return json({ message: "variants.0.prices.1.amount: Number must be a multiple of 0.01." }, 400)
      },
    })
    const page = await render(Stub("physical"), 'input[name="title"]')
    fill(page, { title: "Copper jug", "price.azn": "120", "price.usd": "70.5", stock: "4" })
    await submit(page, 'button[type="submit"]:not([name])')
    await until(page, '[role="alert"]')
    expect(sent).toMatchObject({
      kind: "physical",
      title: "Copper jug",
      variants: [
        {
          prices: [
            { currency_code: "azn", amount: 120 },
            { currency_code: "usd", amount: 70.5 },
          ],
          stock: 4,
        },
      ],
    })
    expect(errorOf(page, "price.usd")).toMatch(/above 0 with at most two decimals/)
    expect(errorOf(page, "price.azn")).toBeNull()
    expect(page.querySelector<HTMLInputElement>('[name="price.usd"]')!.value).toBe("70.5")
  })
})

describe("creating a bookable resource", { timeout: 30_000 }, () => {
  const Stub = () => {
    const Routes = createRoutesStub([
      {
        path: "/:locale/studio/resources/new",
        Component: NewResource,
        action: signedIn(newResourceAction as never) as never,
        loader: () => ({ title: "" }),
      },
    ])
    return <Routes initialEntries={["/ru/studio/resources/new"]} />
  }

  it("puts the API's refusal of one range on its weekday, in Russian, and keeps every weekday's hours as typed", async () => {
    let sent: { opening_hours?: unknown[] } = {}
    backend({
      "GET /creator/me": () => json(member),
      "POST /creator/resources": (init) => {
        sent = JSON.parse(String(init.body))
        return json({ message: "opening_hours.2.closes: opens must be before closes; timezone: Unknown time zone." }, 400)
      },
    })
    const page = await render(<Stub />, 'input[name="hours.1"]')
    fill(page, { name: "Танцзал", "hours.1": "10:00–14:00", "hours.3": "09:00–12:00, 13:00–18:00", "hours.5": "" })
    await submit(page)
    await until(page, '[role="alert"]')
    // the weekdays left as they were keep the new resource's 10:00–19:00; the API's index 2 is Wednesday's first range
    expect(sent.opening_hours).toEqual([
      { day: 1, opens: "10:00", closes: "14:00" },
      { day: 2, opens: "10:00", closes: "19:00" },
      { day: 3, opens: "09:00", closes: "12:00" },
      { day: 3, opens: "13:00", closes: "18:00" },
      { day: 4, opens: "10:00", closes: "19:00" },
    ])
    expect(errorOf(page, "hours.3")).toBe("Пишите интервалы как 09:00–13:00 через запятую.")
    expect(errorOf(page, "timezone")).toMatch(/Неизвестный часовой пояс/)
    expect(errorOf(page, "hours.1")).toBeNull()
    expect(page.querySelector<HTMLInputElement>('[name="hours.3"]')!.value).toBe("09:00–12:00, 13:00–18:00")
    expect(page.querySelector<HTMLInputElement>('[name="name"]')!.value).toBe("Танцзал")
  })
})
