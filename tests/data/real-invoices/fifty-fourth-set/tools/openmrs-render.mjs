// Renders the OpenMRS esm-billing-app 1.3.1 printable invoice (src/invoice/printable-invoice/
// printable-invoice.component.tsx + printable-invoice-header.component.tsx + printable-footer.component.tsx)
// to static HTML, following the JSX line by line, with the app's own translation files
// (translations/<lang>.json) and esm-framework's formatDate logic (esm-utils 10.0.0 date-util.ts).
// Carbon DataTable markup/styles are approximated with plain CSS. Data: helper (case JSON).
// usage: node openmrs-render.mjs <srcdir> <case.json> <out.html>
import fs from 'node:fs';
import path from 'node:path';

const [srcdir, casefile, outhtml] = process.argv.slice(2);
const c = JSON.parse(fs.readFileSync(casefile, 'utf8'));
const tr = JSON.parse(fs.readFileSync(path.join(srcdir, `translations-${c.lang}.json`), 'utf8'));
const core = JSON.parse(fs.readFileSync(path.join(srcdir, `esm-translations-10.0.0-${c.lang}.json`), 'utf8'));
// i18next t(key, default): translation when present and non-empty, else the default
const t = (k, d) => (tr[k] ? tr[k] : d);
const getCoreTranslation = (k) => core[k];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// --- esm-utils date-util.ts formatDate (gregorian, not today) ---
const formatParts = (separator) => (part, idx, values) => {
  if (part.type !== 'literal' || part.value !== ' ') return part;
  if (idx < values.length - 1 && values[idx + 1].type === 'era') return part;
  return { type: 'literal', value: separator };
};
function formatDate(date, options = {}) {
  let locale = c.lang;
  const _locale = new Intl.Locale(locale);
  const { mode, time, day, month, year } = { mode: 'standard', time: 'for today', day: true, month: true, year: true, ...options };
  const formatterOptions = { calendar: 'gregory', year: year ? 'numeric' : undefined, month: month ? 'short' : undefined, day: day ? '2-digit' : undefined };
  if (_locale.language === 'en') locale = 'en-GB';
  let parts = new Intl.DateTimeFormat(locale, formatterOptions).formatToParts(date);
  if (_locale.language === 'en' && mode == 'standard' && year && day) parts = parts.map(formatParts('-'));
  if (mode == 'wide') parts = parts.map(formatParts(' — '));
  let s = parts.map((p) => p.value).join('');
  if (time === true) throw new Error('time not used');
  return s;
}
const parseDate = (s) => new Date(s);

// --- data (helper) ---
const { bill, patient, defaultFacility, config } = c;
const defaultCurrency = config.defaultCurrency;
bill.totalAmount = bill.lineItems.reduce((s, i) => s + i.price * i.quantity, 0);
if (bill.netAmount == null) bill.netAmount = bill.totalAmount;
bill.tenderedAmount = (bill.payments || []).reduce((s, p) => s + p.amountTendered, 0);

const getGender = (g) => ({ male: getCoreTranslation('male'), female: getCoreTranslation('female') })[g] ?? g;
const address = patient?.address?.[0];
const addressParts = [address?.line?.join(' '), address?.city, address?.district, address?.state].filter(Boolean);
const patientDetails = {
  name: `${patient?.name?.[0]?.given?.join(' ')} ${patient?.name?.[0].family}`,
  birthDate: patient?.birthDate,
  gender: getGender(patient?.gender),
  address: addressParts.join(', '),
};

// --- header ---
const invoiceDetails = {
  [t('invoiceNo', 'Invoice #')]: bill?.receiptNumber,
  [t('invoiceDate', 'Invoice date')]: bill?.dateCreated
    ? formatDate(parseDate(bill.dateCreated), { mode: 'wide', noToday: true, time: false })
    : '--',
  [t('totalAmount', 'Total amount')]: `${defaultCurrency} ${bill?.totalAmount}`,
  [t('totalPaid', 'Total paid')]: `${defaultCurrency} ${bill?.tenderedAmount}`,
  [t('amountBalance', 'Amount balance')]: `${defaultCurrency} ${bill?.netAmount - bill?.tenderedAmount}`,
  ...(bill?.status && { [t('invoiceStatus', 'Invoice status')]: bill.status }),
};
const patientInformation = {
  [t('name', 'Name')]: patientDetails?.name,
  ...(patientDetails.gender && { [t('gender', 'Gender')]: patientDetails.gender }),
  ...(patientDetails.birthDate && { [t('birthDate', 'Date of birth')]: formatDate(parseDate(patientDetails.birthDate), { time: false }) }),
  ...(patientDetails.address && { [t('address', 'Address')]: patientDetails.address }),
};
const hdrSrc = fs.readFileSync(path.join(srcdir, 'printable-invoice-header.component.tsx'), 'utf8');
const svgPath = hdrSrc.match(/\sd="([^"]+)"/)[1];
const logo = `<svg class="img" role="img" width="110" height="40" viewBox="0 0 380 119" xmlns="http://www.w3.org/2000/svg"><path fill-rule="evenodd" clip-rule="evenodd" d="${svgPath}"/></svg>`;
const kv = (o) => Object.entries(o).map(([k, v]) => `<p class="h-itemLabel"><strong>${esc(k)}</strong><span>: ${esc(v)}</span></p>`).join('\n');
const header = `
<div class="h-container">
  <div class="printableHeader">
    <div class="logo">${logo}</div>
    <div class="facilityDetails">
      <p class="facilityName">${esc(defaultFacility.display)}</p>
      <p class="h-itemLabel">${esc(config.country)}</p>
    </div>
  </div>
  <h1 class="invoiceHeading">${esc(t('invoice', 'Invoice'))}</h1>
  <div class="printableBody"><div class="detailsContainer">
    <div><h2 class="sectionHeading">${esc(t('patientInformation', 'Patient information'))}</h2>
${kv(patientInformation)}
    </div>
    <div><h2 class="sectionHeading">${esc(t('invoiceSummary', 'Invoice summary'))}</h2>
${kv(invoiceDetails)}
    </div>
  </div></div>
</div>`;

// --- body ---
const headerData = [
  { header: t('inventoryItem', 'Inventory item'), key: 'billItem' },
  { header: t('quantity', 'Quantity'), key: 'quantity' },
  { header: t('unitPrice', 'Unit price'), key: 'price' },
  { header: t('total', 'Total'), key: 'total' },
];
const rowData = bill.lineItems.map((item) => ({
  billItem: item.billableService ? item.billableService : item.item,
  quantity: item.quantity,
  price: `${defaultCurrency} ${item.price}`,
  total: `${defaultCurrency} ${item.price * item.quantity}`,
}));
const table = (headers, rows, label) => `
<div class="cds--data-table-container"><table class="cds--data-table cds--data-table--sm" aria-label="${esc(label)}">
<thead><tr>${headers.map((h) => `<th>${esc(h.header)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${headers.map((h) => `<td>${esc(r[h.key])}</td>`).join('')}</tr>`).join('\n')}</tbody>
</table></div>`;
const paymentHistoryHeaders = [
  { key: 'no', header: t('no', 'No') },
  { key: 'paymentMethod', header: t('paymentMethod', 'Payment method') },
  { key: 'amountPaid', header: t('amountPaid', 'Amount paid') },
  { key: 'dateCreated', header: t('dateOfPayment', 'Date of payment') },
];
const paymentHistoryRows = (bill.payments || []).map((payment, index) => ({
  no: index + 1,
  paymentMethod: payment.instanceType.name,
  amountPaid: `${defaultCurrency} ${payment.amountTendered.toFixed(2)}`,
  dateCreated: formatDate(new Date(payment.dateCreated)),
}));
const bal = (label, value) => `<div class="balanceContainer"><span class="itemHeading">${esc(label)}:</span> <span class="itemLabel"><strong>${esc(value)}</strong></span></div>`;
let totals;
if (bill?.netAmount != null && bill.totalAmount !== bill.netAmount) {
  totals = bal(t('subtotal', 'Subtotal'), `${defaultCurrency} ${bill?.totalAmount}`) +
    bal(t('discount', 'Discount'), `- ${defaultCurrency} ${(bill?.totalAmount ?? 0) - (bill?.netAmount ?? 0)}`) +
    bal(t('totalAmount', 'Total amount'), `${defaultCurrency} ${bill?.netAmount}`);
} else {
  totals = bal(t('totalAmount', 'Total amount'), `${defaultCurrency} ${bill?.totalAmount}`);
}
const body = `
<div class="itemsContainer"><div class="tableContainer">
${table(headerData, rowData, t('invoiceLineItems', 'Invoice line items'))}
${totals}
${paymentHistoryRows.length > 0 ? `<div class="paymentHistoryContainer">${table(paymentHistoryHeaders, paymentHistoryRows, t('paymentHistory', 'Payment History'))}</div>` : ''}
${bal(t('totalTendered', 'Total tendered'), `${defaultCurrency} ${bill?.tenderedAmount}`)}
${bal(t('balance', 'Balance'), `${defaultCurrency} ${bill?.netAmount - bill?.tenderedAmount}`)}
</div></div>
<div class="f-container"><p class="itemFooter">${esc(defaultFacility.display)}</p></div>`;

// scss compiled by hand with Carbon tokens: spacing-01 2px, -02 4px, -03 8px, -04 12px, -05 16px, -07 32px;
// cool-gray-30 #c1c7cd, cool-gray-90 #21272a, green-70 #0e6027; type styles body-compact-01 14px/18px,
// body-compact-02 16px/22px, heading-compact-02 16px/22px 600, heading-04 28px/36px 400.
const css = `
@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'IBM Plex Sans', 'Helvetica Neue', Arial, sans-serif; color: #161616; }
p, h1, h2 { margin: 0; }
.container { }
.h-container { padding: 32px; }
.printableBody { border-bottom: solid 0.1pt #c1c7cd; padding: 4px; }
.printableBody .detailsContainer { display: flex; justify-content: space-between; gap: 32px; }
.printableHeader { display: flex; justify-content: space-between; align-items: flex-start; padding-bottom: 4px; margin-bottom: 4px; }
.logo { flex: 1; }
.img { height: auto; }
.facilityDetails { flex: 1; text-align: right; }
.invoiceHeading { font-size: 40px; font-weight: 400; line-height: 2.25rem; text-transform: uppercase; text-align: center; margin: 16px 0; }
.facilityName { font-size: 16px; line-height: 22px; font-weight: bold; color: #0e6027; }
.sectionHeading { font-size: 16px; line-height: 22px; font-weight: 600; margin-bottom: 12px; padding-bottom: 8px; }
.h-itemLabel { font-size: 14px; line-height: 18px; letter-spacing: 0.16px; margin-bottom: 2px; }
.itemsContainer { display: flex; flex-direction: column; padding: 16px; margin: 16px; }
.tableContainer { min-height: 50vh; }
.itemHeading { font-size: 16px; line-height: 22px; font-weight: bold; color: #21272a; margin-bottom: 4px; }
.itemLabel { float: right; }
.paymentHistoryContainer { margin-top: 16px; }
.balanceContainer { padding: 4px; margin-top: 16px; border-top: solid 0.1pt #c1c7cd; border-bottom: solid 0.1pt #c1c7cd; }
.f-container { display: flex; flex-direction: column; position: fixed; width: 100%; bottom: 0; }
.itemFooter { padding: 1rem; font-size: 16px; line-height: 22px; color: #21272a; }
.cds--data-table { width: 100%; border-collapse: collapse; font-size: 14px; }
.cds--data-table th { background: #e0e0e0; text-align: left; font-weight: 600; height: 32px; padding: 0 16px; }
.cds--data-table td { height: 32px; padding: 0 16px; border-top: 1px solid #e0e0e0; border-bottom: 1px solid #e0e0e0; color: #525252; }
`;
const html = `<!DOCTYPE html><html lang="${c.lang}"><head><meta charset="utf-8"><title>${esc(t('invoice', 'Invoice'))} ${esc(bill.receiptNumber)}</title><style>${css}</style></head>
<body><div class="container">${header}${body}</div></body></html>`;
fs.writeFileSync(outhtml, html);
console.log(JSON.stringify({ totalAmount: bill.totalAmount, netAmount: bill.netAmount, tendered: bill.tenderedAmount }));
