import { deleteCertificate, downloadCertificate, uploadCertificate } from "../../../../../certificate-handlers"

/** Any product's cultural-goods certificate document, for operators (the product's existence is checked in middlewares.ts). */
export const GET = downloadCertificate
export const POST = uploadCertificate
export const DELETE = deleteCertificate
