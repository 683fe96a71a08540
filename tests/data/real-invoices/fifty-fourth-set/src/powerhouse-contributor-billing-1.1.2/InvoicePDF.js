import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { Document, Page, Text, View, StyleSheet } from "@react-pdf/renderer";
import countries from "world-countries";
const countriesArray = countries;
function getCountryName(countryCode) {
    const country = countriesArray.find((c) => c.cca2 === countryCode);
    return country?.name.common;
}
// Create styles
const styles = StyleSheet.create({
    defaultText: {
        fontFamily: "Helvetica", // Built-in font as fallback
    },
    pageBackground: {
        backgroundColor: "#f8fafc",
    },
    page: {
        flexDirection: "column",
        backgroundColor: "#FFFFFF",
        padding: 15,
        margin: 15,
        height: "92%",
        borderRadius: 15,
        borderColor: "#fcfbfb",
        borderWidth: 0.5,
    },
    header: {
        marginBottom: 20,
        flexDirection: "row",
        justifyContent: "space-between",
        alignItems: "center",
    },
    title: {
        fontSize: 12,
        fontWeight: "bold",
        fontFamily: "Helvetica",
    },
    invoiceNumber: {
        fontSize: 11,
        marginLeft: 0,
    },
    section: {
        margin: 10,
        padding: 10,
    },
    sectionTitle: {
        marginBottom: 5,
        fontSize: 12,
        marginRight: 4,
        fontFamily: "Helvetica",
        color: "#9ea0a2",
        fontWeight: "normal",
    },
    row: {
        flexDirection: "row",
        marginBottom: 0,
    },
    label: {
        width: 70,
        color: "#4B5563", // text-gray-600
        fontSize: 10,
    },
    value: {
        flex: 1,
        fontSize: 10,
    },
    gridContainer: {
        flexDirection: "row",
        marginHorizontal: 5,
        marginTop: 20,
    },
    gridColumn: {
        flex: 2,
    },
    table: {
        marginTop: 20,
    },
    tableHeader: {
        flexDirection: "row",
        backgroundColor: "#fff",
        padding: 8,
        borderBottomWidth: 1,
        borderBottomColor: "#E5E7EB",
        fontSize: 10,
        textTransform: "uppercase",
        color: "#9ea0a2",
        fontWeight: "normal",
        letterSpacing: 1,
    },
    tableRow: {
        flexDirection: "row",
        borderBottomWidth: 0,
        paddingVertical: 8,
        fontSize: 10,
        alignItems: "flex-start",
    },
    itemName: {
        fontWeight: "bold",
        fontSize: 10,
        color: "#374151",
        marginBottom: 2,
    },
    itemDescription: {
        fontSize: 10,
        color: "#6B7280",
        fontWeight: "normal",
    },
    tableCol40: {
        width: "30%",
        paddingRight: 8,
    },
    tableCol15: {
        width: "15%",
        textAlign: "right",
    },
    tableCol12: {
        width: "15%",
        textAlign: "right",
    },
    tableCol18: {
        width: "20%",
        textAlign: "right",
    },
    totals: {
        marginTop: 20,
        marginRight: 0,
        alignItems: "flex-end",
        width: "100%",
    },
    totalRow: {
        flexDirection: "row",
        marginBottom: 8,
        justifyContent: "flex-end",
        width: "100%",
    },
    totalLabel: {
        marginRight: 8,
        color: "#6B7280",
        fontSize: 10,
        fontWeight: "normal",
        width: 120,
        textAlign: "right",
    },
    totalValue: {
        width: 160,
        textAlign: "right",
        fontSize: 10,
        fontWeight: "normal",
        color: "#374151",
    },
    totalRowBold: {
        flexDirection: "row",
        justifyContent: "flex-end",
        borderTopWidth: 1,
        borderTopColor: "#E5E7EB",
        paddingTop: 8,
        marginTop: 8,
        width: "100%",
    },
    totalLabelBold: {
        marginRight: 8,
        color: "#000",
        fontSize: 10,
        fontWeight: "bold",
        width: 120,
        textAlign: "right",
    },
    totalValueBold: {
        width: 160,
        textAlign: "right",
        fontSize: 10,
        fontWeight: "bold",
        color: "#000",
    },
    status: {
        fontSize: 10,
        fontWeight: "bold",
        color: "#1F2937",
        marginLeft: 4,
    },
    totalAmount: {
        fontSize: 20,
        paddingTop: 7,
        fontWeight: "bold",
        color: "#black",
    },
    paymentSection: {
        marginTop: 10,
        marginBottom: 10,
    },
    paymentTitle: {
        fontSize: 12,
        fontWeight: "bold",
        marginBottom: 10,
        color: "#1F2937",
    },
    paymentRow: {
        flexDirection: "row",
        marginBottom: 4,
    },
    logo: {
        width: 170,
        marginTop: -15,
        marginLeft: -15,
    },
    invoiceLabel: {
        fontSize: 11,
        marginRight: 2,
        marginBottom: 4,
        fontFamily: "Helvetica",
        color: "#9ea0a2",
        fontWeight: "normal",
    },
    companyInfo: {
        fontSize: 9,
        color: "#4B5563",
        marginBottom: 4,
        flexShrink: 1,
        flexGrow: 1,
        minWidth: 0,
        paddingRight: 1,
        wordBreak: "break-all",
    },
    companyInfoLabel: {
        color: "#9ea0a2",
        fontSize: 9,
        marginRight: 5,
        minWidth: 50,
    },
    companyName: {
        fontSize: 9,
        fontWeight: "bold",
        marginBottom: 4,
    },
    termsTitle: {
        fontSize: 10,
        color: "#6B7280",
        fontWeight: "bold",
        marginTop: 0,
        marginBottom: 4,
        fontFamily: "Helvetica",
    },
    termsText: {
        fontSize: 10,
        color: "#374151",
        fontWeight: "normal",
        fontFamily: "Helvetica",
    },
});
// Format date to readable string
const formatDate = (dateString) => {
    if (!dateString)
        return "";
    const date = new Date(dateString);
    const day = String(date.getDate()).padStart(2, "0");
    const month = date
        .toLocaleString("default", { month: "short" })
        .toUpperCase();
    const year = date.getFullYear();
    return `${day}/${month}/${year}`;
};
// Format currency
const formatCurrency = (amount, currency) => {
    // Format number with appropriate decimal places
    const formattedAmount = formatNumber(amount);
    // Use non-breaking space to keep currency inline with value
    return `${formattedAmount}\u00A0${currency}`;
};
// Helper function to format numbers with appropriate decimal places
function formatNumber(value) {
    // Check if the value has decimal places
    const hasDecimals = value % 1 !== 0;
    // If no decimals or only trailing zeros after 2 decimal places, show 2 decimal places
    if (!hasDecimals || value.toFixed(5).endsWith("000")) {
        return Number(value.toFixed(2)).toLocaleString("en-US", {
            minimumFractionDigits: 2,
            maximumFractionDigits: 2,
        });
    }
    // Otherwise, show actual decimal places up to 5
    const stringValue = value.toString();
    const decimalPart = stringValue.split(".")[1] || "";
    // Determine how many decimal places to show (up to 5)
    const decimalPlaces = Math.min(Math.max(2, decimalPart.length), 5);
    return Number(value).toLocaleString("en-US", {
        minimumFractionDigits: decimalPlaces,
        maximumFractionDigits: decimalPlaces,
    });
}
export const InvoicePDF = ({ invoice, fiatMode, }) => {
    const MAX_ITEMS_FIRST_PAGE = 15;
    const MAX_ITEMS_OTHER_PAGES = 20;
    // Helper to chunk line items with different first page size
    function chunkLineItems(lineItems, firstPageSize, otherPageSize) {
        if (lineItems.length <= firstPageSize)
            return [lineItems];
        const chunks = [lineItems.slice(0, firstPageSize)];
        let i = firstPageSize;
        while (i < lineItems.length) {
            chunks.push(lineItems.slice(i, i + otherPageSize));
            i += otherPageSize;
        }
        return chunks;
    }
    const lineItemChunks = chunkLineItems(invoice.lineItems, MAX_ITEMS_FIRST_PAGE, MAX_ITEMS_OTHER_PAGES);
    const totalPages = lineItemChunks.length;
    return (_jsx(Document, { children: lineItemChunks.map((items, pageIndex) => (_jsxs(Page, { size: "A4", style: styles.pageBackground, children: [_jsxs(View, { style: styles.page, children: [pageIndex === 0 && (_jsxs(_Fragment, { children: [_jsx(View, { style: {
                                        flexDirection: "row",
                                        justifyContent: "space-between",
                                        alignItems: "flex-start",
                                    }, children: _jsxs(View, { style: {
                                            flexDirection: "column",
                                            alignItems: "flex-start",
                                            marginRight: 0,
                                        }, children: [_jsx(Text, { style: {
                                                    fontSize: 18,
                                                    fontWeight: "bold",
                                                    marginBottom: 20,
                                                    paddingRight: 100,
                                                    marginRight: 0,
                                                }, hyphenationCallback: (word) => [word], children: invoice.issuer.name }), _jsxs(View, { style: {
                                                    flexDirection: "row",
                                                    gap: 10,
                                                    alignItems: "flex-start",
                                                    width: "100%",
                                                    flexWrap: "nowrap",
                                                }, children: [_jsxs(View, { style: { width: "30%" }, children: [_jsx(Text, { style: styles.invoiceLabel, children: "Invoice number" }), _jsx(Text, { style: [styles.invoiceNumber], wrap: true, children: invoice.invoiceNo })] }), _jsxs(View, { style: { width: "15%" }, children: [_jsx(Text, { style: styles.invoiceLabel, children: "Invoice date" }), _jsx(Text, { style: styles.invoiceNumber, children: formatDate(invoice.dateIssued) })] }), invoice.dateDelivered && (_jsxs(View, { style: { width: "15%" }, children: [_jsx(Text, { style: styles.invoiceLabel, children: "Delivery date" }), _jsx(Text, { style: styles.invoiceNumber, children: formatDate(invoice.dateDelivered) })] })), _jsxs(View, { style: { width: "20%" }, children: [_jsx(Text, { style: styles.invoiceLabel, children: "Due date" }), _jsx(Text, { style: styles.invoiceNumber, children: formatDate(invoice.dateDue) })] }), _jsxs(View, { style: { width: "20%" }, children: [_jsxs(Text, { style: styles.invoiceLabel, children: ["Invoice of ", invoice.currency] }), _jsx(Text, { style: [styles.invoiceNumber, { fontWeight: "bold" }], children: formatNumber(invoice.totalPriceTaxIncl) })] })] })] }) }), _jsxs(View, { style: {
                                        flexDirection: "row",
                                        justifyContent: "space-between",
                                        marginTop: 20,
                                    }, children: [_jsxs(View, { style: {
                                                width: "48%",
                                                minWidth: 0,
                                                flexDirection: "column",
                                                paddingRight: 30,
                                                marginRight: 20,
                                            }, children: [_jsx(Text, { style: styles.sectionTitle, children: "Issuer" }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Name:" }), _jsx(Text, { style: styles.companyInfo, wrap: true, children: invoice.issuer.name })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Tax/Corp ID:" }), _jsx(Text, { style: styles.companyInfo, children: invoice.issuer.id?.taxId ||
                                                                invoice.issuer.id?.corpRegId ||
                                                                "" })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Address:" }), _jsx(Text, { style: styles.companyInfo, wrap: true, children: invoice.issuer.address?.streetAddress || "" })] }), invoice.issuer.address?.extendedAddress && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel }), _jsx(Text, { style: styles.companyInfo, wrap: true, children: invoice.issuer.address?.extendedAddress || "" })] })), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel }), _jsxs(Text, { style: styles.companyInfo, wrap: true, children: [invoice.issuer.address?.city || "", ",", " ", invoice.issuer.address?.stateProvince || "", ",", " ", getCountryName(invoice.issuer.address?.country || "") || ""] })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Postcode:" }), _jsx(Text, { style: styles.companyInfo, children: invoice.issuer.address?.postalCode || "00000" })] }), invoice.issuer.contactInfo?.email && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Email:" }), _jsx(Text, { style: styles.companyInfo, wrap: true, children: invoice.issuer.contactInfo.email })] }))] }), _jsxs(View, { style: {
                                                width: "48%",
                                                minWidth: 0,
                                                flexDirection: "column",
                                                paddingRight: 0,
                                                marginRight: 10,
                                            }, children: [_jsx(Text, { style: styles.sectionTitle, children: "Payer" }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Name:" }), _jsx(Text, { style: styles.companyInfo, wrap: true, hyphenationCallback: (word) => [word], children: invoice.payer.name })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Tax/Corp ID:" }), _jsx(Text, { style: styles.companyInfo, children: invoice.payer.id?.taxId ||
                                                                invoice.payer.id?.corpRegId ||
                                                                "" })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Address:" }), _jsx(Text, { style: styles.companyInfo, wrap: true, hyphenationCallback: (word) => [word], children: invoice.payer.address?.streetAddress || "" })] }), invoice.payer.address?.extendedAddress && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, hyphenationCallback: (word) => [word] }), _jsx(Text, { style: styles.companyInfo, wrap: true, hyphenationCallback: (word) => [word], children: invoice.payer.address?.extendedAddress || "" })] })), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, hyphenationCallback: (word) => [word] }), _jsxs(Text, { style: styles.companyInfo, wrap: true, hyphenationCallback: (word) => [word], children: [invoice.payer.address?.city || "", ",", " ", invoice.payer.address?.stateProvince || "", ",", " ", getCountryName(invoice.payer.address?.country || "") ||
                                                                    ""] })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Postcode:" }), _jsx(Text, { style: styles.companyInfo, hyphenationCallback: (word) => [word], children: invoice.payer.address?.postalCode || "" })] }), invoice.payer.contactInfo?.email && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Email:" }), _jsx(Text, { style: styles.companyInfo, wrap: true, children: invoice.payer.contactInfo.email })] }))] })] }), _jsxs(View, { style: [styles.paymentSection, { marginLeft: 0 }], children: [_jsx(Text, { style: styles.sectionTitle, children: "Payment Information" }), fiatMode ? (_jsx("div", { children: _jsx(PaymentSectionFiat, { paymentRouting: invoice.issuer.paymentRouting }) })) : (_jsx(PaymentSectionCrypto, { paymentRouting: invoice.issuer.paymentRouting }))] })] })), _jsxs(View, { style: styles.table, children: [_jsxs(View, { style: styles.tableHeader, children: [_jsx(Text, { style: styles.tableCol40, children: "Description" }), _jsx(Text, { style: styles.tableCol15, children: "Quantity" }), _jsx(Text, { style: styles.tableCol18, children: "Unit Price" }), _jsx(Text, { style: styles.tableCol12, children: "Tax" }), _jsx(Text, { style: styles.tableCol18, children: "Total" })] }), items.map((item, index) => (_jsx(InvoiceLineItem, { item: item, currency: invoice.currency }, index + pageIndex * 1000)))] }), pageIndex === totalPages - 1 && (_jsx(_Fragment, { children: _jsxs(View, { style: { flexDirection: "row", gap: 20 }, children: [_jsxs(View, { style: {
                                            flex: 1,
                                            marginTop: 20,
                                        }, children: [_jsx(Text, { style: [styles.sectionTitle, { marginBottom: 10 }], children: invoice.notes ? "Notes" : "" }), _jsx(Text, { style: styles.companyInfo, children: invoice.notes || "" })] }), _jsxs(View, { style: [styles.totals, { flex: 1 }], children: [_jsxs(View, { style: styles.totalRow, children: [_jsx(Text, { style: styles.totalLabel, children: "Subtotal" }), _jsx(Text, { style: styles.totalValue, children: formatCurrency(invoice.lineItems.reduce((sum, item) => sum + item.quantity * item.unitPriceTaxExcl, 0), invoice.currency) })] }), _jsxs(View, { style: styles.totalRow, children: [_jsx(Text, { style: styles.totalLabel, children: "Tax" }), _jsx(Text, { style: styles.totalValue, children: formatCurrency(invoice.lineItems.reduce((sum, item) => sum +
                                                            item.quantity *
                                                                (item.unitPriceTaxIncl - item.unitPriceTaxExcl), 0), invoice.currency) })] }), _jsxs(View, { style: styles.totalRowBold, children: [_jsx(Text, { style: styles.totalLabelBold, children: "Total" }), _jsx(Text, { style: styles.totalValueBold, children: formatCurrency(invoice.lineItems.reduce((sum, item) => sum + item.quantity * item.unitPriceTaxIncl, 0), invoice.currency) })] })] })] }) }))] }), _jsxs(View, { style: {
                        marginLeft: 40,
                        flexDirection: "row",
                        alignItems: "center",
                        justifyContent: "space-between",
                        width: "90%",
                    }, children: [_jsx(View, { children: _jsx(Text, { style: styles.termsText, children: "Please pay within 30 days of receiving this invoice." }) }), _jsx(Text, { style: {
                                fontSize: 10,
                                color: "#6B7280",
                                textAlign: "right",
                                flex: 1,
                            }, children: `${pageIndex + 1}/${totalPages}` })] })] }, pageIndex))) }));
};
{
    /* New component for fiat payment section */
}
const PaymentSectionFiat = ({ paymentRouting }) => {
    if (!paymentRouting)
        return null;
    console.log("paymentRouting", paymentRouting.bank);
    return (_jsxs(View, { style: [styles.gridContainer, { marginTop: 0, marginLeft: 0 }], children: [_jsxs(View, { style: styles.gridColumn, children: [_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Bank Name:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.name || "" })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Address:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.address?.streetAddress || "" })] }), paymentRouting.bank?.address?.extendedAddress && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.address?.extendedAddress })] })), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel }), _jsxs(Text, { style: styles.companyInfo, children: [paymentRouting.bank?.address?.city || "", ",", " ", paymentRouting.bank?.address?.stateProvince || "", ",", " ", getCountryName(paymentRouting.bank?.address?.country || "") || ""] })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Postcode:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.address?.postalCode || "00000" })] })] }), _jsxs(View, { style: [styles.gridColumn, { paddingLeft: 12 }], children: [_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Beneficiary:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.beneficiary || "" })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Acct No:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.accountNum || "" })] }), paymentRouting.bank?.ABA && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "ABA/ACH:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.ABA })] })), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "BIC/SWIFT:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.BIC || paymentRouting.bank?.SWIFT || "" })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Acct Type:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.accountType || "" })] }), paymentRouting.bank?.intermediaryBank?.accountNum && (_jsxs(_Fragment, { children: [_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary Bank:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.intermediaryBank?.name })] }), paymentRouting.bank?.intermediaryBank?.accountNum && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary Acct:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.intermediaryBank?.accountNum })] })), paymentRouting.bank?.intermediaryBank?.accountType && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary Type:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.intermediaryBank?.accountType })] })), paymentRouting.bank?.intermediaryBank?.beneficiary && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary Beneficiary:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.intermediaryBank?.beneficiary })] })), paymentRouting.bank?.intermediaryBank?.ABA && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary ABA:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.intermediaryBank?.ABA })] })), (paymentRouting.bank?.intermediaryBank?.BIC ||
                                paymentRouting.bank?.intermediaryBank?.SWIFT) && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary BIC/SWIFT:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.intermediaryBank?.BIC ||
                                            paymentRouting.bank?.intermediaryBank?.SWIFT })] })), paymentRouting.bank?.intermediaryBank?.address?.streetAddress && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary Address:" }), _jsxs(Text, { style: styles.companyInfo, children: [paymentRouting.bank?.intermediaryBank?.address
                                                ?.streetAddress, paymentRouting.bank?.intermediaryBank?.address
                                                ?.extendedAddress &&
                                                `, ${paymentRouting.bank?.intermediaryBank?.address?.extendedAddress}`] })] })), (paymentRouting.bank?.intermediaryBank?.address?.city ||
                                paymentRouting.bank?.intermediaryBank?.address?.stateProvince ||
                                paymentRouting.bank?.intermediaryBank?.address?.postalCode) && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary Location:" }), _jsx(Text, { style: styles.companyInfo, children: [
                                            paymentRouting.bank?.intermediaryBank?.address?.city,
                                            paymentRouting.bank?.intermediaryBank?.address
                                                ?.stateProvince,
                                            paymentRouting.bank?.intermediaryBank?.address?.postalCode,
                                        ]
                                            .filter(Boolean)
                                            .join(", ") })] })), paymentRouting.bank?.intermediaryBank?.address?.country && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary Country:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.intermediaryBank?.address?.country })] })), paymentRouting.bank?.intermediaryBank?.memo && (_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Intermediary Memo:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.bank?.intermediaryBank?.memo })] }))] }))] })] }));
};
{
    /* New component for crypto payment section */
}
const PaymentSectionCrypto = ({ paymentRouting }) => {
    if (!paymentRouting)
        return null;
    return (_jsx(View, { style: styles.row, children: _jsxs(View, { style: styles.gridColumn, children: [_jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Chain:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.wallet?.chainName || "" })] }), _jsxs(View, { style: styles.row, children: [_jsx(Text, { style: styles.companyInfoLabel, children: "Address:" }), _jsx(Text, { style: styles.companyInfo, children: paymentRouting.wallet?.address || "" })] })] }) }));
};
{
    /* New component for line items */
}
const InvoiceLineItem = ({ item, currency }) => (_jsxs(View, { style: styles.tableRow, children: [_jsx(View, { style: styles.tableCol40, children: _jsx(Text, { style: styles.itemName, hyphenationCallback: (word) => [word], children: item.description }) }), _jsx(Text, { style: styles.tableCol15, children: item.quantity.toFixed(2) }), _jsx(Text, { style: styles.tableCol18, children: formatCurrency(item.unitPriceTaxExcl, currency) }), _jsx(Text, { style: styles.tableCol12, children: formatNumber(item.unitPriceTaxIncl - item.unitPriceTaxExcl) }), _jsx(Text, { style: styles.tableCol18, children: formatCurrency(item.quantity * item.unitPriceTaxIncl, currency) })] }));
