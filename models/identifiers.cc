#include "models/identifiers.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace verifact {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return !s.empty();
}

struct IbanCountry {
  const char* code;
  int length;
};

// SEPA countries an invoice to a French funder plausibly carries.
constexpr std::array kIbanLengths = {
    IbanCountry{"FR", 27}, IbanCountry{"MC", 27}, IbanCountry{"DE", 22}, IbanCountry{"BE", 16},
    IbanCountry{"LU", 20}, IbanCountry{"CH", 21}, IbanCountry{"ES", 24}, IbanCountry{"IT", 27},
    IbanCountry{"NL", 18}, IbanCountry{"GB", 22}, IbanCountry{"IE", 22}, IbanCountry{"PT", 25},
    IbanCountry{"AT", 20}, IbanCountry{"GP", 27}, IbanCountry{"MQ", 27}, IbanCountry{"RE", 27},
    IbanCountry{"GF", 27}, IbanCountry{"NC", 27}, IbanCountry{"PF", 27}, IbanCountry{"PL", 28},
    IbanCountry{"DK", 18}, IbanCountry{"SE", 24}, IbanCountry{"FI", 18}, IbanCountry{"NO", 15},
};

}  // namespace

std::string CompactReference(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    auto rest = text.substr(i);
    if (rest.starts_with("\u00a0")) {
      ++i;
      continue;
    }
    if (rest.starts_with("\u202f") || rest.starts_with("\u2009")) {
      i += 2;
      continue;
    }
    if (c == ' ' || c == '\t') continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string CompactIdentifier(std::string_view text) {
  std::string out = CompactReference(text);
  std::erase_if(out, [](char c) { return c == '.' || c == '-'; });
  return out;
}

bool LuhnValid(std::string_view digits) {
  if (!AllDigits(digits)) return false;
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool IsValidSiren(std::string_view siren) { return siren.size() == 9 && LuhnValid(siren); }

bool IsValidSiret(std::string_view siret) {
  if (siret.size() != 14 || !AllDigits(siret)) return false;
  if (siret.starts_with("356000000")) {
    int sum = 0;
    for (char c : siret) sum += c - '0';
    return sum % 5 == 0;
  }
  return LuhnValid(siret);
}

std::string FrenchVatNumber(std::string_view siren) {
  if (siren.size() != 9 || !AllDigits(siren)) return {};
  long long n = std::stoll(std::string(siren));
  int key = static_cast<int>((12 + 3 * (n % 97)) % 97);
  std::string k = std::to_string(key);
  if (k.size() < 2) k.insert(0, "0");
  return "FR" + k + std::string(siren);
}

bool IsValidFrenchVat(std::string_view vat) {
  if (vat.size() != 13 || !vat.starts_with("FR")) return false;
  return FrenchVatNumber(vat.substr(4)) == vat;
}

int IbanLength(std::string_view country) {
  for (const auto& c : kIbanLengths) {
    if (country == c.code) return c.length;
  }
  return 0;
}

bool IsValidIban(std::string_view iban) {
  if (iban.size() < 15 || !IsUpper(iban[0]) || !IsUpper(iban[1]) || !IsDigit(iban[2]) ||
      !IsDigit(iban[3])) {
    return false;
  }
  int expected = IbanLength(iban.substr(0, 2));
  if (expected != 0 && static_cast<int>(iban.size()) != expected) return false;
  if (iban.size() > 34) return false;
  // Move the first four characters to the end, letters become 10..35, remainder mod 97.
  int rem = 0;
  auto feed = [&rem](char c) {
    if (IsDigit(c)) {
      rem = (rem * 10 + (c - '0')) % 97;
    } else {
      int v = c - 'A' + 10;
      rem = (rem * 100 + v) % 97;
    }
  };
  for (size_t i = 4; i < iban.size(); ++i) {
    if (!IsDigit(iban[i]) && !IsUpper(iban[i])) return false;
    feed(iban[i]);
  }
  for (size_t i = 0; i < 4; ++i) feed(iban[i]);
  return rem == 1;
}

bool IsDossierReference(std::string_view ref) {
  if (ref.size() != 12 || !AllDigits(ref.substr(0, 4))) return false;
  int month = (ref[2] - '0') * 10 + (ref[3] - '0');
  if (month < 1 || month > 12) return false;
  if (ref.substr(4, 3) == "DCA") return AllDigits(ref.substr(7));
  return IsUpper(ref[4]) && IsUpper(ref[5]) && AllDigits(ref.substr(6));
}

}  // namespace verifact
