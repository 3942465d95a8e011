import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import MailNotificationService from "./service"

/** The Notification Module provider for the `email` channel (.eml files and/or SMTP, docs/decisions/018). */
export default ModuleProvider(Modules.NOTIFICATION, { services: [MailNotificationService] })
