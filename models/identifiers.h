// Checksums of the identifiers invoices carry: SIRET/SIREN (Luhn), French VAT numbers (key),
// IBAN (ISO 7064 mod 97-10), and the funders' reference formats. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace verifact {

// Removes spaces (ASCII, no-break, narrow no-break), dots and dashes, and upper-cases ASCII.
std::string CompactIdentifier(std::string_view text);

// Removes spaces and upper-cases ASCII, keeping the punctuation a reference carries
// ("ORDER-12345", "BE-44/2024"): the contract's form of a purchase order.
std::string CompactReference(std::string_view text);

// Luhn over every digit of a string of digits; false when it holds anything else.
bool LuhnValid(std::string_view digits);

// 9 digits passing Luhn.
bool IsValidSiren(std::string_view siren);

// 14 digits passing Luhn over all 14, or La Poste's establishments (SIREN 356000000), whose
// SIRETs follow another rule: the sum of their digits is a multiple of 5.
bool IsValidSiret(std::string_view siret);

// The French VAT number of a SIREN: "FR" + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.
// Empty when `siren` is not 9 digits.
std::string FrenchVatNumber(std::string_view siren);

// "FR" + 2-digit key + 9-digit SIREN whose key matches (compact form expected).
bool IsValidFrenchVat(std::string_view vat);

// The length of an IBAN in `country` (two upper-case letters), 0 when unknown to verifact.
int IbanLength(std::string_view country);

// Compact IBAN of the right length for its country with a mod 97-10 remainder of 1.
bool IsValidIban(std::string_view iban);

// Funders' references (compact form): AKTO dossier "2206AF000358" (YYMM + 2 letters + 6 digits)
// or ex-réseau "2103DCA22581" (YYMM + DCA + 5 digits); the month must be 01-12.
bool IsDossierReference(std::string_view ref);

}  // namespace verifact
