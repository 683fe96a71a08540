#include "models/identifiers.h"

#include <catch2/catch.hpp>

using namespace verifact;  // NOLINT(google-build-using-namespace): a test of this namespace

TEST_CASE("SIRETs pass Luhn over all 14 digits", "[models][identifiers]") {
  CHECK(IsValidSiret("55210055400013"));
  CHECK(IsValidSiret(CompactIdentifier("552 100 554 00013")));
  CHECK_FALSE(IsValidSiret("55210055400014"));  // one digit off
  CHECK_FALSE(IsValidSiret("5521005540001"));   // 13 digits
  CHECK_FALSE(IsValidSiret("5521005540001A"));
  CHECK(IsValidSiren("552100554"));
  CHECK_FALSE(IsValidSiren("552100555"));
}

TEST_CASE("La Poste's establishments follow their own SIRET rule", "[models][identifiers]") {
  CHECK(IsValidSiret("35600000000051"));  // digit sum 20
  CHECK_FALSE(IsValidSiret("35600000000052"));
}

TEST_CASE("The French VAT key is derived from the SIREN", "[models][identifiers]") {
  CHECK(FrenchVatNumber("552100554") == "FR96552100554");
  CHECK(FrenchVatNumber("404833048") == "FR83404833048");
  CHECK(IsValidFrenchVat("FR96552100554"));
  CHECK_FALSE(IsValidFrenchVat("FR97552100554"));
  CHECK_FALSE(IsValidFrenchVat("DE96552100554"));
  CHECK(FrenchVatNumber("12345").empty());
}

TEST_CASE("IBANs pass mod 97 at their country's length", "[models][identifiers]") {
  CHECK(IsValidIban("FR7630006000011234567890189"));
  CHECK(IsValidIban(CompactIdentifier("FR76 3000 6000 0112 3456 7890 189")));
  CHECK(IsValidIban("DE89370400440532013000"));
  CHECK(IsValidIban("GB29NWBK60161331926819"));
  CHECK_FALSE(IsValidIban("FR7630006000011234567890188"));
  CHECK_FALSE(IsValidIban("FR763000600001123456789018"));  // too short for France
  CHECK(IbanLength("FR") == 27);
  CHECK(IbanLength("ZZ") == 0);
}

TEST_CASE("Funder dossier references follow AKTO's nomenclatures", "[models][identifiers]") {
  CHECK(IsDossierReference("2206AF000358"));
  CHECK(IsDossierReference("2103DCA22581"));
  CHECK_FALSE(IsDossierReference("2213AF000358"));  // month 13
  CHECK_FALSE(IsDossierReference("2206AF00035"));
  CHECK_FALSE(IsDossierReference("2206A1000358"));
  CHECK(CompactIdentifier("2206af 000358") == "2206AF000358");
  // A purchase order keeps its punctuation: the contract asks only for no spaces, upper case.
  CHECK(CompactReference("order-12345") == "ORDER-12345");
  CHECK(CompactReference("BE-44/2024\u00a0") == "BE-44/2024");
  CHECK(CompactIdentifier("BE-44/2024") == "BE44/2024");
}

TEST_CASE("Luhn rejects anything but digits", "[models][identifiers]") {
  CHECK(LuhnValid("79927398713"));
  CHECK_FALSE(LuhnValid("79927398710"));
  CHECK_FALSE(LuhnValid(""));
  CHECK_FALSE(LuhnValid("7992 7398713"));
}
