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
$sLangName  = "Deutsch";

// -------------------------------
// RESOURCE IDENTIFIER = STRING
// -------------------------------
$aLang = array(
    'charset'                               => 'ISO-8859-15',
    'ORDER_OVERVIEW_PDF_ALLPRICENETTO'      => 'Summe Artikel (netto)',
    'ORDER_OVERVIEW_PDF_ZZGLVAT'            => 'zzgl. MwSt. ',
    'ORDER_OVERVIEW_PDF_PERCENTSUM'         => '% Betrag',
    'ORDER_OVERVIEW_PDF_ALLPRICEBRUTTO'     => 'Summe Artikel (brutto)',
    'ORDER_OVERVIEW_PDF_DISCOUNT'           => 'Rabatt',
    'ORDER_OVERVIEW_PDF_VOUCHER'            => 'Gutschein',
    'ORDER_OVERVIEW_PDF_SHIPCOST'           => 'Versandkosten',
    'ORDER_OVERVIEW_PDF_NETTO'              => '(netto)',
    'TOTAL_PLUS_PROPORTIONAL_VAT'           => 'plus MwSt. (anteilig berechnet)',
    'ORDER_OVERVIEW_PDF_BRUTTO'             => '(brutto)',
    'WRAPPING_COSTS'                        => 'Geschenkverpackung',
    'GIFTCARD_COSTS'                        => 'Gru�karte',
    'ORDER_OVERVIEW_PDF_PAYMENTIMPACT'      => 'Aufschlag Zahlungsart',
    'ORDER_OVERVIEW_PDF_TSPROTECTION'       => 'Trusted Shops K�uferschutz',
    'ORDER_OVERVIEW_PDF_ALLSUM'             => 'Gesamtsumme (brutto)',
    'ORDER_OVERVIEW_PDF_SELPAYMENT'         => 'Ihre gew�hlte Zahlungsweise: ',
    'ORDER_OVERVIEW_PDF_PAYUPTO'            => 'Zahlbar bis zum ',
    'ORDER_OVERVIEW_PDF_PHONE'              => 'fon: ',
    'ORDER_OVERVIEW_PDF_FAX'                => 'fax: ',
    'ORDER_OVERVIEW_PDF_ACCOUNTNR'          => 'Kontonummer (oder IBAN): ',
    'ORDER_OVERVIEW_PDF_BANKCODE'           => 'BLZ (oder BIC): ',
    'ORDER_OVERVIEW_PDF_VATID'           	=> 'Ust.-ID: ',
    'ORDER_OVERVIEW_PDF_TAXID'           	=> 'Steuernr.: ',
    'ORDER_OVERVIEW_PDF_AMOUNT'             => 'Menge',
    'ORDER_OVERVIEW_PDF_ARTID'              => 'Art.-Nr.',
    'ORDER_OVERVIEW_PDF_DESC'               => 'Beschreibung',
    'ORDER_OVERVIEW_PDF_UNITPRICE'          => 'Einzelpreis',
    'ORDER_OVERVIEW_PDF_ALLPRICE'           => 'Gesamtpreis',
    'ORDER_OVERVIEW_PDF_DELIVERYADDRESS'    => 'Lieferadresse',
    'ORDER_OVERVIEW_PDF_FILLONPAYMENT'      => 'Bei Zahlungen bitte immer angeben.',
    'ORDER_OVERVIEW_PDF_CUSTNR'             => 'Kundennummer',
    'ORDER_OVERVIEW_PDF_TAXIDNR'            => 'USt.-ID-Nr.:',
    'ORDER_OVERVIEW_PDF_COUNTNR'            => 'Rechn-Nr.:',
    'ORDER_OVERVIEW_PDF_STORNO'             => 'STORNO',
    'ORDER_OVERVIEW_PDF_PURCHASENR'         => 'Bestellnr.',
    'ORDER_OVERVIEW_PDF_ORDERSFROM'         => 'Ihre Bestellung vom ',
    'ORDER_OVERVIEW_PDF_ORDERSAT'           => ' bei ',
    'ORDER_OVERVIEW_PDF_VAT'                => 'USt. %',
    'ORDER_OVERVIEW_PDF_GREETINGS'          => 'Herzlichen Dank f�r Ihre Bestellung! Bitte empfehlen Sie uns weiter.',
    'ORDER_OVERVIEW_PDF_DELIVNOTE'          => 'Lieferschein Nr.',
);
