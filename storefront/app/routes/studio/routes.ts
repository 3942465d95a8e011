import { index, layout, prefix, route } from "@react-router/dev/routes"

/** The creator studio, under `/:locale/studio` (registered in app/routes.ts). */
export const studioRoutes = prefix("studio", [
  route("login", "routes/studio/login.tsx"),
  route("apply", "routes/studio/apply.tsx"),
  route("logout", "routes/studio/logout.ts"),
  route("switch", "routes/studio/switch.ts"),
  route("invites/accept", "routes/studio/invite.tsx"),
  route("products/:id/uploads/:target", "routes/studio/uploads.ts"),
  layout("routes/studio/layout.tsx", [
    index("routes/studio/home.tsx"),
    route("shop", "routes/studio/shop.tsx"),
    route("products", "routes/studio/products.tsx"),
    route("products/new", "routes/studio/product-new.tsx"),
    route("products/:id", "routes/studio/product.tsx"),
    route("products/:id/export", "routes/studio/product-export.tsx"),
    route("team", "routes/studio/team.tsx"),
    route("delivery", "routes/studio/delivery.tsx"),
    route("orders", "routes/studio/orders.tsx"),
    route("orders/:id", "routes/studio/order.tsx"),
    route("money", "routes/studio/money.tsx"),
    route("bookings", "routes/studio/bookings.tsx"),
    route("resources", "routes/studio/resources.tsx"),
    route("resources/new", "routes/studio/resource-new.tsx"),
    route("resources/:id", "routes/studio/resource.tsx"),
  ]),
])
