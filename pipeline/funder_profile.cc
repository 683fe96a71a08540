#include "pipeline/funder_profile.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace verifact {

const std::vector<std::pair<std::string_view, std::string_view>>& ProfileSources();

namespace {

Severity ParseSeverity(const std::string& s) {
  if (s == "refusal") return Severity::kRefusal;
  if (s == "review") return Severity::kReview;
  if (s == "info") return Severity::kInfo;
  throw std::runtime_error("unknown severity '" + s + "'");
}

// The profiles ship inside the binary: one that does not parse is a build defect, caught by the
// tests, so parsing throws rather than returning an error.
std::map<std::string, FunderProfile, std::less<>> LoadProfiles() {
  std::map<std::string, std::string> messages;
  for (const auto& [name, text] : ProfileSources()) {
    if (name != "messages") continue;
    const nlohmann::json all = nlohmann::json::parse(text);  // kept alive while iterated
    for (const auto& [code, message] : all.items()) {
      if (code.front() != '_') messages[code] = message.get<std::string>();
    }
  }
  std::map<std::string, FunderProfile, std::less<>> profiles;
  for (const auto& [name, text] : ProfileSources()) {
    if (name == "messages") continue;
    const nlohmann::json j = nlohmann::json::parse(text);
    FunderProfile p;
    p.funder = j.at("funder").get<std::string>();
    p.name = j.value("name", p.funder);
    const auto& files = j.at("file_rules");
    p.files.formats = files.at("formats").get<std::vector<std::string>>();
    if (files.contains("max_bytes")) p.files.max_bytes = files["max_bytes"].get<long long>();
    if (files.contains("max_name_length")) {
      p.files.max_name_length = files["max_name_length"].get<int>();
    }
    p.files.purchase_order_name = files.value("name_rule", "") == "purchase-order_organisme_AVANCE";
    for (const auto& [code, severity] : j.at("checks").items()) {
      if (!messages.count(code)) throw std::runtime_error("no message for check " + code);
      p.checks[code] = ParseSeverity(severity.get<std::string>());
    }
    p.messages = messages;
    if (j.contains("messages")) {
      for (const auto& [code, message] : j["messages"].items()) {
        p.messages[code] = message.get<std::string>();
      }
    }
    const auto& letter = j.at("letter");
    p.letter_request = letter.at("request").get<std::string>();
    p.letter_signature = letter.at("signature").get<std::string>();
    p.letter_actions = letter.at("actions").get<std::vector<std::string>>();
    profiles[p.funder] = std::move(p);
  }
  return profiles;
}

const std::map<std::string, FunderProfile, std::less<>>& Profiles() {
  static const auto profiles = LoadProfiles();
  return profiles;
}

}  // namespace

Severity FunderProfile::SeverityOf(const std::string& code) const {
  auto it = checks.find(code);
  return it == checks.end() ? Severity::kInfo : it->second;
}

std::string FunderProfile::MessageOf(const std::string& code) const {
  auto it = messages.find(code);
  return it == messages.end() ? code : it->second;
}

const FunderProfile* FindProfile(std::string_view funder) {
  auto it = Profiles().find(funder);
  return it == Profiles().end() ? nullptr : &it->second;
}

std::vector<std::string> ProfileNames() {
  std::vector<std::string> names;
  for (const auto& [name, profile] : Profiles()) names.push_back(name);
  return names;
}

}  // namespace verifact
