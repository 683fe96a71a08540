#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <nlohmann/json.hpp>

#include "models/invoice_fields.h"
#include "models/result_json.h"
#include "pipeline/extract_document.h"
#include "workers/commands.h"
#include "workers/file_bytes.h"

namespace verifact {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A truth value of null or [] and an absent reading both mean "not on the document".
bool Same(const json& truth, const json& got) {
  auto empty = [](const json& v) { return v.is_null() || (v.is_array() && v.empty()); };
  if (empty(truth) || empty(got)) return empty(truth) && empty(got);
  return truth == got;
}

}  // namespace

int RunEvaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err) {
  std::vector<fs::path> truths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(options.truth_dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 11 && name.ends_with(".truth.json")) truths.push_back(entry.path());
  }
  if (ec) {
    err << "verifact evaluate: cannot list " << options.truth_dir << ": " << ec.message() << "\n";
    return 1;
  }
  std::sort(truths.begin(), truths.end());
  if (truths.empty()) {
    err << "verifact evaluate: no *.truth.json in " << options.truth_dir << "\n";
    return 1;
  }

  std::map<std::string, std::pair<int, int>> score;  // field → (right, total)
  int documents = 0, perfect = 0;
  json misses = json::array();
  for (const fs::path& truth_path : truths) {
    json truth;
    try {
      std::ifstream in(truth_path);
      truth = json::parse(in);
    } catch (const json::exception& e) {
      err << "verifact evaluate: " << truth_path.string() << ": " << e.what() << "\n";
      return 1;
    }
    fs::path doc = truth_path.parent_path() / truth.value("file", "");
    auto bytes = ReadFileBytes(doc.string());
    json got = json::object();
    if (bytes.ok()) got = FieldValues(ToJson(ExtractDocument(doc.string(), bytes.value())));
    ++documents;
    bool all_right = true;
    for (const char* field : kFieldNames) {
      json t = truth["fields"].contains(field) ? truth["fields"][field] : json(nullptr);
      json g = got.contains(field) ? got[field] : json(nullptr);
      bool right = Same(t, g);
      auto& [r, n] = score[field];
      r += right ? 1 : 0;
      n += 1;
      if (!right) {
        all_right = false;
        misses.push_back(
            {{"file", doc.filename().string()}, {"field", field}, {"expected", t}, {"found", g}});
      }
    }
    perfect += all_right ? 1 : 0;
  }

  int right_all = 0, total_all = 0;
  for (const auto& [field, rn] : score) {
    right_all += rn.first;
    total_all += rn.second;
  }
  if (options.json) {
    json fields = json::object();
    for (const auto& [field, rn] : score) {
      fields[field] = {
          {"right", rn.first}, {"total", rn.second}, {"accuracy", double(rn.first) / rn.second}};
    }
    out << json{{"documents", documents},
                {"documents_all_right", perfect},
                {"fields", fields},
                {"accuracy", double(right_all) / total_all},
                {"misses", misses}}
               .dump(2)
        << "\n";
    return 0;
  }
  out << std::left << std::setw(18) << "field" << std::right << std::setw(8) << "right"
      << std::setw(8) << "total" << std::setw(10) << "accuracy"
      << "\n";
  for (const char* field : kFieldNames) {
    auto [r, n] = score[field];
    out << std::left << std::setw(18) << field << std::right << std::setw(8) << r << std::setw(8)
        << n << std::setw(9) << std::fixed << std::setprecision(1) << 100.0 * r / n << "%\n";
  }
  out << std::left << std::setw(18) << "all fields" << std::right << std::setw(8) << right_all
      << std::setw(8) << total_all << std::setw(9) << std::fixed << std::setprecision(1)
      << 100.0 * right_all / total_all << "%\n";
  out << "documents with every field right: " << perfect << "/" << documents << "\n";
  if (options.verbose) {
    for (const auto& m : misses) {
      out << "  " << m["file"].get<std::string>() << " " << m["field"].get<std::string>()
          << ": expected " << m["expected"].dump() << ", found " << m["found"].dump() << "\n";
    }
  }
  return 0;
}

}  // namespace verifact
