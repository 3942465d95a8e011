import { deleteCertificate, downloadCertificate, uploadCertificate } from "../../../../../certificate-handlers"

/** The cultural-goods certificate document of a creator's own product (ownership is checked in middlewares.ts). */
export const GET = downloadCertificate
export const POST = uploadCertificate
export const DELETE = deleteCertificate
