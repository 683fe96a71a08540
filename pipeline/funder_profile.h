// FunderProfile: what one funder checks, how severely, its file rules and the words of its
// refusal letters — read from the data files in profiles/ (compiled in), not from code.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/check.h"

namespace verifact {

struct FileRules {
  std::vector<std::string> formats;      // sniffed media types accepted
  std::optional<long long> max_bytes;    // none: no limit
  std::optional<int> max_name_length;    // in characters; none: no limit
  bool purchase_order_name = false;      // SIGMA: <BON DE COMMANDE>_<ORGANISME>_AVANCE.pdf
};

struct FunderProfile {
  std::string funder;  // "akto", "opco-ep", "sigma", "chorus"
  std::string name;
  FileRules files;
  std::map<std::string, Severity> checks;  // code → severity; a code absent does not apply
  std::map<std::string, std::string> messages;  // code → French message
  std::string letter_request;                   // what the organisation is asked to do
  std::string letter_signature;
  std::vector<std::string> letter_actions;

  bool Applies(const std::string& code) const { return checks.count(code) > 0; }
  Severity SeverityOf(const std::string& code) const;
  std::string MessageOf(const std::string& code) const;
};

// The profile of `funder`, or null when verifact has none. Profiles are parsed once; the
// pointers live for the whole process. Thread-safe.
const FunderProfile* FindProfile(std::string_view funder);

// Every funder with a profile, sorted.
std::vector<std::string> ProfileNames();

}  // namespace verifact
