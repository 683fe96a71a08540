<?php
/**
 * This file is part of OXID eShop Community Edition.
 *
 * OXID eShop Community Edition is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * OXID eShop Community Edition is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with OXID eShop Community Edition.  If not, see <http://www.gnu.org/licenses/>.
 *
 * @link      http://www.oxid-esales.com
 * @copyright (C) OXID eSales AG 2003-2017
 * @version   OXID eShop CE
 */

/*
 * Capitalisation in this document:
 * First letter is always capitalized
 * All nouns are capitalized
 */
$sLangName  = "English";

// -------------------------------
// RESOURCE IDENTIFIER = STRING
// -------------------------------
$aLang = array(
    'charset'                                   => 'ISO-8859-15',
    'ORDER_OVERVIEW_PDF_ALLPRICENETTO'          => 'Total Products (net)',
    'ORDER_OVERVIEW_PDF_ZZGLVAT'                => 'plus sales tax ',
    'ORDER_OVERVIEW_PDF_PERCENTSUM'             => '% Amount',
    'ORDER_OVERVIEW_PDF_ALLPRICEBRUTTO'         => 'Total Products (brutto)',
    'ORDER_OVERVIEW_PDF_DISCOUNT'               => 'Discount',
    'ORDER_OVERVIEW_PDF_VOUCHER'                => 'Coupon',
    'ORDER_OVERVIEW_PDF_SHIPCOST'               => 'Shipping & handling',
    'ORDER_OVERVIEW_PDF_NETTO'                  => '(netto)',
    'TOTAL_PLUS_PROPORTIONAL_VAT'               => 'plus VAT (proportionally calculated)',
    'ORDER_OVERVIEW_PDF_BRUTTO'                 => '(brutto)',
    'WRAPPING_COSTS'                            => 'Gift Wrapping',
    'GIFTCARD_COSTS'                            => 'Greeting Card',
    'ORDER_OVERVIEW_PDF_PAYMENTIMPACT'          => 'Additional Charge Payment Method',
    'ORDER_OVERVIEW_PDF_TSPROTECTION'           => 'Trusted Shops buyer protection',
    'ORDER_OVERVIEW_PDF_ALLSUM'                 => 'Grand Total (brutto)',
    'ORDER_OVERVIEW_PDF_SELPAYMENT'             => 'Payment Method: ',
    'ORDER_OVERVIEW_PDF_PAYUPTO'                => 'Billing till ',
    'ORDER_OVERVIEW_PDF_PHONE'                  => 'phone: ',
    'ORDER_OVERVIEW_PDF_FAX'                    => 'fax: ',
    'ORDER_OVERVIEW_PDF_ACCOUNTNR'              => 'Account No. (or IBAN): ',
    'ORDER_OVERVIEW_PDF_BANKCODE'               => 'Bank Code (or BIC): ',
    'ORDER_OVERVIEW_PDF_VATID'           		=> 'Salex Tax ID: ',
    'ORDER_OVERVIEW_PDF_TAXID'           		=> 'Tax ID: ',
    'ORDER_OVERVIEW_PDF_AMOUNT'                 => 'Quantity',
    'ORDER_OVERVIEW_PDF_ARTID'                  => 'Art.No.:',
    'ORDER_OVERVIEW_PDF_DESC'                   => 'Description',
    'ORDER_OVERVIEW_PDF_UNITPRICE'              => 'Unit Price',
    'ORDER_OVERVIEW_PDF_ALLPRICE'               => 'Total',
    'ORDER_OVERVIEW_PDF_DELIVERYADDRESS'        => 'Shipping Address',
    'ORDER_OVERVIEW_PDF_FILLONPAYMENT'          => 'Please always indicate for payments.',
    'ORDER_OVERVIEW_PDF_CUSTNR'                 => 'Customer number',
    'ORDER_OVERVIEW_PDF_TAXIDNR'                => 'Sales tax id:',
    'ORDER_OVERVIEW_PDF_COUNTNR'                => 'Invoice No:',
    'ORDER_OVERVIEW_PDF_STORNO'                 => 'CANCELLATION',
    'ORDER_OVERVIEW_PDF_PURCHASENR'             => 'Order No.',
    'ORDER_OVERVIEW_PDF_ORDERSFROM'             => 'Your Order ',
    'ORDER_OVERVIEW_PDF_ORDERSAT'               => ' in ',
    'ORDER_OVERVIEW_PDF_VAT'                    => 'Tax %',
    'ORDER_OVERVIEW_PDF_GREETINGS'              => 'Thank you for your order! Please visit us again and recommend!',
    'ORDER_OVERVIEW_PDF_DELIVNOTE'              => 'Delivery note nr.',
);
