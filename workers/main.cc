// The `verifact` command line: parses arguments and hands each subcommand to workers/.
// The process boundary: nothing escapes as an exception.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <iostream>

#include "workers/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CLI::App app{"verifact: checks the invoices training organisations deposit with their funders"};
  app.require_subcommand(1);

  std::vector<std::string> files;
  auto* extract = app.add_subcommand("extract",
                                     "Read each file (PDF, PNG, JPEG, GIF, TIFF; scans through "
                                     "OCR) and print one JSON result per line, in order");
  extract->add_option("files", files, "Files to read, in this order")->required();
  std::string trusted_roots;
  if (const char* env = std::getenv("VERIFACT_TRUSTED_ROOTS")) trusted_roots = env;
  extract->add_option("--trusted-roots", trusted_roots,
                      "Folder of PEM root certificates a signature must chain to for "
                      "'trusted' (default: $VERIFACT_TRUSTED_ROOTS; none: nothing is trusted)");

  verifact::CheckOptions check_options;
  auto* check = app.add_subcommand(
      "check", "Check each deposit of a manifest against its funder's rules, its pro forma and "
               "the registers; one JSON result per deposit, in manifest order");
  check->add_option("--deposits", check_options.deposits, "Deposits manifest (JSON Lines)")
      ->required();
  check->add_option("--proformas", check_options.proformas, "Pro formas (JSON Lines)")->required();
  check->add_option("--registry", check_options.registry,
                    "Folder with dossiers.csv and/or sirene.csv");
  check->add_option("--out", check_options.out, "Write the results here instead of stdout");
  check_options.trusted_roots = trusted_roots;
  check->add_option("--trusted-roots", check_options.trusted_roots,
                    "Folder of PEM roots for signatures (default: $VERIFACT_TRUSTED_ROOTS)");

  auto* registry = app.add_subcommand("registry", "Prepare the registers the checks look up");
  registry->require_subcommand(1);
  std::string sirene_csv, registry_dir;
  auto* import = registry->add_subcommand(
      "import", "Stream INSEE's StockEtablissement CSV into an indexed SQLite file, once");
  import->add_option("csv", sirene_csv, "StockEtablissement CSV (the national file works as is)")
      ->required();
  import->add_option("--registry", registry_dir, "Registry folder to write sirene.db into")
      ->required();

  verifact::EvaluateOptions eval;
  auto* evaluate = app.add_subcommand(
      "evaluate", "Per-field accuracy of extract against a folder of NAME.truth.json files");
  evaluate->add_option("dir", eval.truth_dir, "Folder holding the truth files and documents")
      ->required();
  evaluate->add_flag("--verbose,-v", eval.verbose, "List every wrong field");
  evaluate->add_flag("--json", eval.json, "Print the figures as JSON");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  try {
    if (*extract) return verifact::RunExtract(files, trusted_roots, std::cout, std::cerr);
    if (*check) return verifact::RunCheck(check_options, std::cout, std::cerr);
    if (*import) return verifact::RunRegistryImport(sirene_csv, registry_dir, std::cerr);
    if (*evaluate) return verifact::RunEvaluate(eval, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "verifact: internal error: " << e.what()
              << " (please report it with the command that caused it)\n";
    return 1;
  }
  return 2;
}
