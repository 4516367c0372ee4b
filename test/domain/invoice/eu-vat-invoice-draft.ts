import type { InvoiceDraft } from "../../../src/domain/invoice/invoice-draft";
import { newInvoiceDraft } from "../../../src/domain/invoice/new-invoice-draft";

/**
 * A complete, valid EU VAT invoice draft for the reader and warning tests: a German seller, a
 * French business client, three VAT rates (19%, 7%, 0% with an exemption note), a line discount
 * and an early-payment discount, in the en-GB number style. Totals: subtotal €1,613.50;
 * 19% on €1,278.50 = €242.92; 7% on €185.00 = €12.95; 0% on €150.00; total €1,869.37.
 */
export function euVatInvoiceDraft(): InvoiceDraft {
  const draft = newInvoiceDraft("en-GB", "2027-03-01", "EUR");
  return {
    ...draft,
    seller: { name: "Zoë Łukasiewicz", businessName: "Łódź Design Studio GmbH", address: "Hafenstraße 12\n20457 Hamburg\nGermany", email: "zoe@example.com", taxId: "DE123456789", country: "DE" },
    buyer: { name: "Nguyễn Thị Minh", businessName: "Acme SARL", address: "1 place du Marché\n75001 Paris\nFrance", email: "minh@acme.example", taxId: "FR12345678901", country: "FR" },
    supplyDate: "2027-02-26",
    terms: "net",
    netDays: "30",
    purchaseOrder: "PO-7781",
    reference: "Website redesign, contract of 1 February 2027",
    lines: [
      { id: "l1", description: "Website design", quantity: "12.5", unit: "hours", unitPrice: "85.00", taxRate: "19", discountMode: "none", discountValue: "" },
      { id: "l2", description: "Hosting (12 months)", quantity: "1", unit: "", unitPrice: "240.00", taxRate: "19", discountMode: "percent", discountValue: "10" },
      { id: "l3", description: "Printed brochures", quantity: "500", unit: "pcs", unitPrice: "0.37", taxRate: "7", discountMode: "none", discountValue: "" },
      { id: "l4", description: "Training voucher", quantity: "1", unit: "", unitPrice: "150", taxRate: "0", discountMode: "none", discountValue: "" },
    ],
    payment: { accountHolder: "Łódź Design Studio GmbH", iban: "DE89 3704 0044 0532 0130 00", bic: "COBADEFFXXX", otherAccount: "", paymentLink: "https://pay.example.com/invoice/2027-0042", qrCode: true },
    earlyDiscount: { enabled: true, percent: "2", withinDays: "10" },
    taxNote: "Training voucher: exempt under Art. 132(1)(i) Directive 2006/112/EC.",
    notes: "Please quote the invoice number with your payment.",
  };
}
