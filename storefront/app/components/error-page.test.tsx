import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import { mount } from "~/test/dom"
import { ErrorPage } from "./error-page"

describe("the error page", () => {
  it("a missing page is a 404 in the visitor's language", async () => {
    const Stub = createRoutesStub([{ path: "/:locale/*", Component: () => <ErrorPage status={404} /> }])
    const container = await mount(<Stub initialEntries={["/ru/creators/nobody"]} />, "h1")
    expect(container.querySelector("h1")!.textContent).toBe("Страница не найдена")
  })
})
