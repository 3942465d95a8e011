// route and component tests render without the root loader: the server's catalogues stand in for it
import "~/lib/i18n.server"
