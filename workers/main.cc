// The `verifact` command line: parses arguments and hands each subcommand to workers/.
// The process boundary: nothing escapes as an exception.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>

#include "review/review_command.h"
#include "workers/commands.h"

namespace {

// Tesseract's OpenMP runtime reads OMP_THREAD_LIMIT once, as the program loads: a worker that
// was not given one starts again with one thread per process (several threads per worker
// thrash small machines: seven times slower).
void LimitOpenMpThreads(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "worker") != 0 || std::getenv("OMP_THREAD_LIMIT")) return;
  setenv("OMP_THREAD_LIMIT", "1", 1);
  execv("/proc/self/exe", argv);  // on failure, carry on with the threads OpenMP chose
}

void AddRunOptions(CLI::App* cmd, verifact::RunOptions& o) {
  cmd->add_option("--deposits", o.deposits, "Deposits manifest (JSON Lines)")->required();
  cmd->add_option("--proformas", o.proformas, "Pro formas (JSON Lines)")->required();
  cmd->add_option("--registry", o.registry, "Folder with dossiers.csv and/or sirene.csv");
  cmd->add_option("--out", o.out,
                  "The batch's folder: ledger verifact.db, results.jsonl, summary.json; the "
                  "same folder again resumes")
      ->required();
  cmd->add_option("--trusted-roots", o.trusted_roots,
                  "Folder of PEM roots for signatures (default: $VERIFACT_TRUSTED_ROOTS)");
  cmd->add_option("--job-timeout", o.job_timeout_s,
                  "Seconds one deposit may take before its worker is presumed stuck")
      ->check(CLI::Range(1, 86400));
  cmd->add_option("--heartbeat-ms", o.heartbeat_ms, "Heartbeat interval between broker and workers")
      ->check(CLI::Range(10, 60000));
  cmd->add_option("--worker-memory-mb", o.worker_memory_mb,
                  "Address space of each local worker, MB (0: no cap)")
      ->check(CLI::Range(0LL, 1LL << 30));
  cmd->add_option("--progress", o.progress, "1: a bar, 0: plain lines (default: a bar on a terminal)")
      ->check(CLI::Range(0, 1));
}

}  // namespace

int main(int argc, char** argv) {
  LimitOpenMpThreads(argc, argv);
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

  verifact::RunOptions run_options;
  run_options.trusted_roots = trusted_roots;
  auto* run = app.add_subcommand(
      "run", "The main job: a batch of deposits through ZeroMQ worker processes over a durable "
             "ledger; results in DIR/results.jsonl. Rerun on the same --out to resume");
  AddRunOptions(run, run_options);
  run->add_option("--workers", run_options.workers, "Local worker processes (default: one per core)")
      ->check(CLI::Range(1, 256));

  verifact::RunOptions broker_options;
  broker_options.trusted_roots = trusted_roots;
  broker_options.workers = 0;
  auto* broker = app.add_subcommand(
      "broker", "The same batch as `run`, for workers on other machines (`verifact worker`)");
  AddRunOptions(broker, broker_options);
  broker->add_option("--bind", broker_options.bind, "Endpoint to listen on, e.g. tcp://0.0.0.0:5555")
      ->required();
  broker->add_option("--workers", broker_options.workers, "Local worker processes too (default 0)")
      ->check(CLI::Range(0, 256));
  broker->add_option("--curve-secret", broker_options.curve_secret,
                     "The broker's secret key file (`verifact keys`): encrypt with CURVE");
  broker->add_option("--allow-keys", broker_options.allow_keys,
                     "Workers' public keys: a folder of *.pub files or a file of keys");

  verifact::WorkerCommandOptions worker_options;
  worker_options.trusted_roots = trusted_roots;
  auto* worker = app.add_subcommand("worker", "Read the files a broker sends, until it stops");
  worker->add_option("--connect", worker_options.connect, "The broker's endpoint")->required();
  worker->add_option("--trusted-roots", worker_options.trusted_roots,
                     "Folder of PEM roots for signatures (default: $VERIFACT_TRUSTED_ROOTS)");
  worker->add_option("--curve-secret", worker_options.curve_secret, "This worker's secret key file");
  worker->add_option("--server-key", worker_options.server_key, "The broker's public key file");
  worker->add_option("--heartbeat-ms", worker_options.heartbeat_ms, "Heartbeat interval")
      ->check(CLI::Range(10, 60000));
  worker->add_option("--memory-mb", worker_options.memory_mb, "Address-space cap, MB (0: none)");
  worker->add_option("--cpu-s", worker_options.cpu_s, "CPU seconds one file may take");
  worker->add_flag("--local", worker_options.local, "Started by `run`: end with the broker");

  std::string key_prefix;
  auto* keys = app.add_subcommand("keys", "Make a CURVE key pair: PREFIX.key and PREFIX.pub");
  keys->add_option("prefix", key_prefix, "Path prefix of the two files")->required();

  std::string review_dir, listen = "127.0.0.1:8080";
  auto* review = app.add_subcommand(
      "review", "Serve the page where validation staff decide the flagged deposits of a batch");
  review->add_option("--out", review_dir, "The batch's folder (of `verifact run --out`)")
      ->required();
  review->add_option("--listen", listen, "HOST:PORT to listen on (default 127.0.0.1:8080)");

  auto* user = app.add_subcommand("user", "Accounts of the review page");
  user->require_subcommand(1);
  std::string user_name, user_dir;
  auto* user_add = user->add_subcommand(
      "add", "Add an account (or set its password): the password is read from stdin");
  user_add->add_option("name", user_name, "The account's name")->required();
  user_add->add_option("--out", user_dir, "The batch's folder")->required();

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
    if (*run) return verifact::RunBatch(run_options, std::cout, std::cerr);
    if (*broker) return verifact::RunBatch(broker_options, std::cout, std::cerr);
    if (*worker) return verifact::RunWorkerCommand(worker_options, std::cerr);
    if (*keys) return verifact::RunKeys(key_prefix, std::cout, std::cerr);
    if (*review) return verifact::RunReview(review_dir, listen, std::cout, std::cerr);
    if (*user_add) {
      return verifact::RunUserAdd(user_name, user_dir, std::cin, std::cout, std::cerr);
    }
    if (*import) return verifact::RunRegistryImport(sirene_csv, registry_dir, std::cerr);
    if (*evaluate) return verifact::RunEvaluate(eval, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "verifact: internal error: " << e.what()
              << " (please report it with the command that caused it)\n";
    return 1;
  }
  return 2;
}
