// Helper driver: reproduces invoify's services/invoice/server/generatePdfService.ts
// (ReactDOMServer.renderToStaticMarkup(InvoiceTemplateN(body)) -> puppeteer setContent ->
// addStyleTag(TAILWIND_CDN) -> page.pdf({format:"a4", printBackground:true, preferCSSPageSize:true}))
// offline: Tailwind 2.2.19 CSS is taken from the npm tarball of tailwindcss@2.2.19 (same file as the CDN URL),
// Outfit font from @fontsource/outfit instead of Google Fonts.
import ReactDOMServer from "react-dom/server";
import InvoiceTemplate1 from "@/app/components/templates/invoice-pdf/InvoiceTemplate1";
import InvoiceTemplate2 from "@/app/components/templates/invoice-pdf/InvoiceTemplate2";
import { FORM_FILL_VALUES, TAILWIND_CDN } from "@/lib/variables";
import { formatPriceToString } from "@/lib/helpers";
import puppeteer from "puppeteer-core";
import fs from "fs";

const WORK = process.env.WORK!;

// Port of contexts/ChargesContext.tsx calculateTotal() (same order: discount, tax, shipping)
function calculateTotal(details: any, totalInWordsSwitch = true) {
  const totalSum = details.items.reduce((s: number, it: any) => s + Number(it.total), 0);
  details.subTotal = totalSum;
  const discountAmount = parseFloat(details.discountDetails.amount.toString()) ?? 0;
  const taxAmount = parseFloat(details.taxDetails.amount.toString()) ?? 0;
  const shippingCost = parseFloat(details.shippingDetails.cost.toString()) ?? 0;
  let total = totalSum;
  if (!isNaN(discountAmount)) {
    if (details.discountDetails.amountType == "amount") total -= discountAmount;
    else total -= total * (discountAmount / 100);
  }
  if (!isNaN(taxAmount)) {
    if (details.taxDetails.amountType == "amount") total += taxAmount;
    else total += total * (taxAmount / 100);
  }
  if (!isNaN(shippingCost)) {
    if (details.shippingDetails.costType == "amount") total += shippingCost;
    else total += total * (shippingCost / 100);
  }
  details.totalAmount = total;
  details.totalAmountInWords = totalInWordsSwitch ? formatPriceToString(total) : "";
}

const docs: Record<string, { tpl: any; data: any; words?: boolean }> = {};

// en-01: the project's own dev auto-fill data FORM_FILL_VALUES (lib/variables.ts), template 1;
// only invoiceDate/dueDate (new Date() in the project) fixed by the helper.
{
  const d = JSON.parse(JSON.stringify(FORM_FILL_VALUES));
  d.details.invoiceDate = "2025-03-14";
  d.details.dueDate = "2025-03-14";
  calculateTotal(d.details, true);
  docs["en-01"] = { tpl: InvoiceTemplate1, data: d };
}

// en-02: helper data, template 2, tax entered as an amount (invoify's "amount" tax type)
{
  const d = {
    sender: { name: "Liffey Web Studio Ltd", address: "14 Ormond Quay Upper", zipCode: "D07 X2Y4", city: "Dublin", country: "Ireland", email: "accounts@liffeyweb.example", phone: "+353 1 555 0142" },
    receiver: { name: "Connacht Outdoor Gear", address: "3 Eyre Square", zipCode: "H91 F2K7", city: "Galway", country: "Ireland", email: "ap@connachtgear.example", phone: "+353 91 555 0199" },
    details: {
      invoiceLogo: "", invoiceNumber: "LWS-2025-0117", invoiceDate: "2025-05-06", dueDate: "2025-06-05",
      items: [
        { name: "Website redesign", description: "Design and build of 6 page templates", quantity: 1, unitPrice: 1100, total: 1100 },
        { name: "Content migration", description: "Hours", quantity: 8, unitPrice: 50, total: 400 },
      ],
      currency: "EUR", language: "English",
      taxDetails: { amount: 345, amountType: "amount", taxID: "IE6388047V" },
      discountDetails: { amount: 0, amountType: "amount" },
      shippingDetails: { cost: 0, costType: "amount" },
      paymentInformation: { bankName: "Allied Irish Banks", accountName: "Liffey Web Studio Ltd", accountNumber: "IE29AIBK93115212345678" },
      additionalNotes: "Tax = Irish VAT at 23% on 1,500.00 EUR. VAT no. IE6388047V", paymentTerms: "Net 30", signature: { data: "" }, pdfTemplate: 2,
    },
  };
  calculateTotal(d.details, false);
  docs["en-02"] = { tpl: InvoiceTemplate2, data: d };
}

(async () => {
  const only = process.argv[2];
  const browser = await puppeteer.launch({
    executablePath: "/usr/bin/chromium", headless: true,
    args: ["--disable-setuid-sandbox", "--no-sandbox", "--no-zygote", "--disable-dev-shm-usage"],
  });
  for (const [name, { tpl, data }] of Object.entries(docs)) {
    if (only && only !== name) continue;
    const html = ReactDOMServer.renderToStaticMarkup(tpl(data));
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on("request", (r) => (r.url().startsWith("http") ? r.abort() : r.continue()));
    await page.setContent(html);
    // TAILWIND_CDN is served offline from the tailwindcss@2.2.19 npm tarball
    console.error("tailwind:", TAILWIND_CDN);
    await page.addStyleTag({ path: `${WORK}/package/dist/tailwind.min.css` });
    const f = (w: number) => `@font-face{font-family:'Outfit';font-weight:${w};src:url(data:font/woff2;base64,${fs.readFileSync(`${WORK}/node_modules/@fontsource/outfit/files/outfit-latin-${w}-normal.woff2`).toString("base64")}) format('woff2');}`;
    await page.addStyleTag({ content: [300, 400, 500, 600, 700].map(f).join("\n") });
    await page.evaluate(() => (document as any).fonts.ready);
    const pdf = await page.pdf({ format: "a4", printBackground: true, preferCSSPageSize: true });
    fs.writeFileSync(`${process.env.OUT}/${name}.pdf`, pdf);
    console.log(name, "total", data.details.totalAmount, data.details.totalAmountInWords);
    await page.close();
  }
  await browser.close();
})();
