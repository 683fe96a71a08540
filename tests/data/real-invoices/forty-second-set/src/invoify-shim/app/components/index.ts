// helper shim: the project's barrel file app/components/index.ts re-exports many UI
// components; only the two names the invoice templates import are provided here.
export { default as InvoiceLayout } from "@/app/components/templates/invoice-pdf/InvoiceLayout";
export { default as InvoiceTemplate1 } from "@/app/components/templates/invoice-pdf/InvoiceTemplate1";
