import { index, route, type RouteConfig } from "@react-router/dev/routes"
import { studioRoutes } from "./routes/studio/routes"

export default [
  index("routes/index.ts"),
  route("robots.txt", "routes/robots.ts"),
  route("sitemap.xml", "routes/sitemap.ts"),
  route("images", "routes/images.ts"),
  // the backend's links without a locale (the invite e-mail's, Stripe's way back): on to the reader's language
  route("studio/invites/accept", "routes/studio/locale-redirect.ts", { id: "invite-link" }),
  route("creator/payouts", "routes/studio/locale-redirect.ts", { id: "stripe-return" }),
  route(":locale", "routes/locale.tsx", [
    index("routes/home.tsx"),
    route("search", "routes/search.tsx"),
    route("products/:handle", "routes/product.tsx"),
    route("categories/:handle", "routes/category.tsx"),
    route("collections/:handle", "routes/collection.tsx"),
    route("creators", "routes/creators.tsx"),
    route("creators/:handle", "routes/creator.tsx"),
    route("cart", "routes/cart.tsx"),
    route("checkout", "routes/checkout.tsx"),
    route("checkout/return", "routes/checkout-return.tsx"),
    route("orders/:id", "routes/confirmation.tsx"),
    route("orders/:id/bookings/:booking/reschedule", "routes/reschedule.tsx"),
    route("account", "routes/account.tsx"),
    route("account/login", "routes/login.tsx"),
    route("account/register", "routes/register.tsx"),
    route("account/reset-password", "routes/reset-password.tsx"),
    route("account/logout", "routes/logout.ts"),
    route("preferences", "routes/preferences.ts"),
    ...studioRoutes,
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig
